"""MetaStarPolicy: the line it writes becomes the env action; rejections are retried, then it gives up."""

import gymnasium as gym

import metacot_envs  # noqa: F401
from agents.backends.base import Backend, Completion
from agents.episode import play_episode
from agents.metastar.policy import MetaStarPolicy
from agents.metastar.trace_text import action_from_line


class ScriptedLines(Backend):
    """Writes the given lines in order (a unit-test stand-in for a model)."""

    name = "scripted"

    def __init__(self, lines):
        self.lines = list(lines)
        self.prompts = []

    def generate(
        self, prompts, n=1, temperature=0.7, top_p=1.0, max_new_tokens=64, stop=(), seed=None
    ):
        self.prompts.append(prompts[0])
        line = self.lines.pop(0) if self.lines else ""
        return [[Completion(line, max(1, len(line.split())))]]

    def score(self, prompt, continuations):
        return [0.0 for _ in continuations]


PROBLEM = {"problem": ([12, 13, 19], 18)}


def _play(lines, **kwargs):
    backend = ScriptedLines(lines)
    policy = MetaStarPolicy(backend, max_actions=20, **kwargs)
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, **policy.env_kwargs)
    return play_episode(env, policy, seed=0, options=PROBLEM), backend


def test_action_from_line__reads_steps_and_backtracks_of_meta_cot_lines():
    assert action_from_line("node 0 -> node 3: 13-12=1 | left 1 19") == "13-12=1"
    assert action_from_line("node 0 -> node 3: 13-12=1 (revisit)") == "13-12=1"
    assert action_from_line("backtrack to node 2 | dead line") == "backtrack 2: dead line"
    assert action_from_line("backtrack to node 0") == "backtrack 0"
    assert action_from_line("  19-1=18 ") == "19-1=18"


def test_policy__plays_a_written_search_and_the_env_lines_replace_the_model_lines():
    lines = [
        "node 0 -> node 1: 13+12=25 | left 19 25",
        "node 1 -> node 2: 25+19=44 | left 44",
        "backtrack to node 0",
        "node 0 -> node 7: 13-12=1 | left 1 99",  # wrong node id and state: the env corrects it
        "node 3 -> node 4: 19-1=18 | left 18",
    ]
    record, backend = _play(lines)
    assert record.solved and record.final_cot == ["13-12=1", "19-1=18"]
    assert "node 0 -> node 3: 13-12=1 | left 1 19\n" in backend.prompts[-1]
    assert "left 1 99" not in backend.prompts[-1]


def test_policy__gives_up_after_max_retries_rejections_in_a_row():
    record, _ = _play(["13+12=99"] * 10, max_retries=2)
    assert record.gave_up and not record.solved and len(record.rejected) == 3


def test_policy__env_arithmetic_drops_the_stated_result():
    record, _ = _play(
        ["node 0 -> node 1: 13-12=7", "node 1 -> node 2: 19-1=2"], env_arithmetic=True
    )
    assert record.solved and record.actions == ["13-12", "19-1"]
    wrong, _ = _play(["node 0 -> node 1: 13-12=7"], max_retries=0)
    assert wrong.rejected and not wrong.solved
