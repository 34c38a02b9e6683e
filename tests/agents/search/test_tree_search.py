"""What every external search agent shares: search mode only, giving up instead of padding, cycles."""

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.episode import play_episode
from agents.search import (
    BeamSearchPolicy,
    BestFirstPolicy,
    BestOfNPolicy,
    LegalSteps,
    MCTSPolicy,
    PRMStepScorer,
    TerminalVerifier,
)
from metacot_envs.prms import SolverPRM
from metacot_envs.tasks.maze import MazeDistancePRM

UNSOLVABLE = {"numbers": [1, 2, 3], "target": 97}


def agents(value):
    return [
        BestFirstPolicy(value),
        BeamSearchPolicy(value, width=100),
        MCTSPolicy(value, simulations=10_000),
        BestOfNPolicy(LegalSteps(), n=20, selection="oracle"),
    ]


@pytest.mark.parametrize("agent", agents(TerminalVerifier()), ids=lambda a: a.name)
def test_search_agent__gives_up_on_an_exhausted_tree_without_padding_env_steps(agent):
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, search=True, max_steps=10_000)
    record = play_episode(env, agent, seed=0, options={"problem": UNSOLVABLE})
    assert record.gave_up and record.truncated and not record.solved
    assert record.env_steps < 1000 and not record.rejected
    assert not any(a.startswith("backtrack") for a in record.actions[-1:])


@pytest.mark.parametrize("agent", agents(TerminalVerifier()), ids=lambda a: a.name)
def test_search_agent__refuses_an_env_outside_search_mode(agent):
    with pytest.raises(ValueError, match="search mode"):
        play_episode(gym.make("MetaCoT/Countdown-v0"), agent, seed=0)


@pytest.mark.parametrize("agent", agents(PRMStepScorer(MazeDistancePRM())), ids=lambda a: a.name)
def test_search_agent__never_walks_back_onto_its_own_path_in_a_maze(agent):
    env = gym.make("MetaCoT/Maze-v0", width=7, height=7, search=True, max_steps=10_000)
    record = play_episode(env, agent, seed=3)
    assert record.solved
    start = record.meta_cot[0].removeprefix("start node 0: at ")
    cells = _walk(start, record.final_cot)
    assert len(cells) == len(set(cells)) == len(record.final_cot) + 1


def _walk(start, moves):
    x, y = map(int, start.split())
    cells = [(x, y)]
    delta = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}
    for move in moves:
        dx, dy = delta[move]
        x, y = x + dx, y + dy
        cells.append((x, y))
    return cells


def test_best_first__node_budget_caps_expansions():
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=1000)
    value = PRMStepScorer(SolverPRM(graded=True))
    record = play_episode(env, BestFirstPolicy(TerminalVerifier(), node_budget=3), seed=0)
    assert record.gave_up and sum(" -> node " in line for line in record.meta_cot) == 2
    assert play_episode(env, BestFirstPolicy(value, node_budget=4), seed=0).solved


def test_best_first__widens_a_node_whose_few_candidates_all_died():
    env = gym.make("MetaCoT/Game24-v0", split="test", search=True, max_steps=10_000)
    value = PRMStepScorer(SolverPRM(graded=True))

    def solved(widen):
        agent = BestFirstPolicy(value, LegalSteps(), expand=1, widen=widen, node_budget=200)
        return [play_episode(env, agent, seed).solved for seed in range(8)]

    narrow, widened = solved(None), solved(0.9)
    assert all(widened) and sum(narrow) < len(narrow)


def test_mcts__progressive_widening_grows_the_root_beyond_its_first_candidates():
    env = gym.make("MetaCoT/Game24-v0", split="test", search=True, max_steps=10_000)
    value = PRMStepScorer(SolverPRM(graded=True))
    fixed = MCTSPolicy(value, LegalSteps(), expand=1, widening=0.0, simulations=128)
    growing = MCTSPolicy(value, LegalSteps(), expand=1, widening=0.5, simulations=128)
    narrow = [play_episode(env, fixed, seed) for seed in range(8)]
    widened = [play_episode(env, growing, seed) for seed in range(8)]
    assert all(r.solved for r in widened) and sum(r.solved for r in narrow) < 8
    root_children = [sum(line.startswith("node 0 -> ") for line in r.meta_cot) for r in narrow]
    assert max(root_children) == 1
