import pytest

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.core.search_tree import format_meta_cot
from metacot_envs.tasks.countdown import CountdownProblem, Game24Config

PUZZLE = CountdownProblem((4, 9, 10, 13), 24)


@pytest.fixture
def env():
    env = ReasoningEnv(Game24Config().build_task(), search=True)
    env.reset(options={"problem": PUZZLE})
    return env


def test_backtrack__returns_to_earlier_node_after_a_dead_end_and_solves(env):
    for action in ["4+9=13", "13+13=26", "26-10=16"]:
        _, reward, terminated, _, info = env.step(action)
        assert reward == 0.0 and not terminated
    assert info["meta_cot"][-1] == "node 3: dead end"
    _, _, _, _, info = env.step("13-9=4")
    assert "dead end" in info["error"] and info["node_id"] == 3

    _, reward, terminated, _, info = env.step("backtrack 0")
    assert info["node_id"] == 0 and info["trace"] == () and not terminated
    for action in ["13-9=4", "10-4=6"]:
        env.step(action)
    _, reward, terminated, _, info = env.step("6*4=24")

    assert terminated and reward == 1.0 and info["solved"]
    assert info["trace"] == ("13-9=4", "10-4=6", "6*4=24")  # the final CoT: path to the solution
    assert list(info["meta_cot"]) == [
        "start node 0: left 4 9 10 13",
        "node 0 -> node 1: 4+9=13 | left 10 13 13",
        "node 1 -> node 2: 13+13=26 | left 10 26",
        "node 2 -> node 3: 26-10=16 | left 16",
        "node 3: dead end",
        "node 3: rejected step (node 3 is a dead end: backtrack to an earlier node, e.g. 'backtrack 0')",
        "backtrack to node 0",
        "node 0 -> node 4: 13-9=4 | left 4 4 10",
        "node 4 -> node 5: 10-4=6 | left 4 6",
        "node 5 -> node 6: 6*4=24 | left 24",
        "node 6: solved",
    ]
    assert format_meta_cot(info["meta_cot"]).count("\n") == 10


def test_backtrack__to_unknown_node_is_rejected_and_state_kept(env):
    env.step("4+9=13")
    before = env.state
    _, _, _, _, info = env.step("backtrack 7")
    assert "node 7 does not exist" in info["error"] and env.state == before
    _, _, _, _, info = env.step("backtrack to node")
    assert "backtrack <node id>" in info["error"]


def test_repeating_a_step__revisits_the_existing_node(env):
    env.step("4+9=13")
    env.step("backtrack 0")
    _, _, _, _, info = env.step("4+9=13")
    assert info["node_id"] == 1 and info["meta_cot"][-1].endswith("(revisit)")
    assert len(env.search_tree.nodes) == 2


def test_snapshots__restore_state_trace_and_step_count():
    env = ReasoningEnv(Game24Config().build_task())
    env.reset(options={"problem": PUZZLE})
    env.step("13-9=4")
    snap = env.get_state()
    env.step("10-4=6")
    env.set_state(snap)
    assert env.state.numbers == (4, 4, 10) and env.get_state() == snap
    _, _, _, _, info = env.step("10-4=6")
    assert info["trace"] == ("13-9=4", "10-4=6")
    assert env.legal_steps() and all(isinstance(t, str) for t in env.legal_steps())


def test_search_budget__truncates():
    env = ReasoningEnv(Game24Config().build_task(), search=True, max_steps=4)
    env.reset(options={"problem": PUZZLE})
    flags = [env.step(a)[3] for a in ["4+9=13", "backtrack 0", "4+9=13", "backtrack 0"]]
    assert flags == [False, False, False, True]


def test_meta_cot__keeps_one_event_per_line_for_multiline_steps():
    from metacot_envs.core.search_tree import SearchTree

    tree = SearchTree()
    tree.start("s0")
    tree.expand(0, "First,\nlet x = 3.", "s1", "two\nlines")
    assert tree.meta_cot[-1] == "node 0 -> node 1: First,\\nlet x = 3. | two\\nlines"
    assert all("\n" not in line for line in tree.meta_cot)


def test_info_steps__counts_rejected_steps_and_backtracks(env):
    counts = [env.step(action)[4]["steps"] for action in ["nonsense", "4+9=13", "backtrack 0"]]
    assert counts == [1, 2, 3]


def test_math_search__a_step_that_opens_with_the_word_backtrack_is_reasoning_not_a_command():
    import gymnasium as gym

    env = gym.make("MetaCoT/Math-v0", search=True)
    env.reset(seed=0)
    _, _, _, _, info = env.step("Backtrack: let me reconsider the setup.")
    assert "error" not in info and info["node_id"] == 1
    _, _, _, _, info = env.step("backtrack to node 0")
    assert "error" not in info and info["node_id"] == 0
    _, _, _, _, info = env.step("backtrack nowhere")
    assert "backtrack <node id>" in info["error"]


def test_backtrack__records_the_agents_reason_in_the_meta_cot(env):
    env.step("4+9=13")
    _, _, _, _, info = env.step("backtrack 0: 10, 13 and 13 cannot make 24")
    assert "error" not in info and info["node_id"] == 0
    assert info["meta_cot"][-1] == "backtrack to node 0 | 10, 13 and 13 cannot make 24"
    _, _, _, _, info = env.step("backtrack 1:\nmulti\nline ")
    assert info["meta_cot"][-1] == "backtrack to node 1 | multi\\nline"
    _, _, _, _, info = env.step("backtrack 0:")
    assert info["meta_cot"][-1] == "backtrack to node 0"


def test_backtrack__with_a_malformed_or_overlong_reason_is_rejected(env):
    env.step("4+9=13")
    for action in ["backtrack 0 0", "backtrack 0 because", "backtrack 0: " + "x" * 301]:
        _, _, _, _, info = env.step(action)
        assert "error" in info and info["node_id"] == 1, action


def test_answer__is_the_outcome_a_finished_path_gives(env):
    root = env.get_state()
    assert env.answer() is None and env.answer(env.child("13-9=4", root)) is None
    solved = env.child("6*4=24", env.child("10-4=6", env.child("13-9=4", root)))
    wrong = env.child("26-10=16", env.child("13+13=26", env.child("4+9=13", root)))
    assert env.answer(solved) == "24" and env.answer(wrong) == "16"


def test_state_key__is_equal_for_one_state_reached_by_two_steps():
    env = ReasoningEnv(Game24Config().build_task(), search=True)
    env.reset(options={"problem": CountdownProblem((2, 2, 3, 3), 24)})
    added, multiplied = env.child("2+2=4"), env.child("2*2=4")
    assert added != multiplied and added.trace != multiplied.trace
    assert env.state_key(added) == env.state_key(multiplied) != env.state_key()
