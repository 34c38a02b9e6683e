"""Beam search: the width best children of each level, visited best first, through search mode."""

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.episode import play_episode
from agents.search import BeamSearchPolicy, PRMStepScorer
from metacot_envs.core import as_searchable
from metacot_envs.prms import SolverPRM

PUZZLE = {"numbers": [4, 9, 10, 13], "target": 24}


class ByText:
    """A made-up value: steps whose text sorts later score higher (ranks are easy to predict)."""

    name = "by-text"

    def score_steps(self, env, at, candidates, compute):
        compute.steps_scored += len(candidates)
        order = sorted(text for text, _ in candidates)
        return [order.index(text) / len(order) for text, _ in candidates]

    def config(self):
        return {"value": self.name}


def visited(meta_cot):
    """(parent, child, step) of every node the Meta-CoT says was entered."""
    out = []
    for line in meta_cot:
        if " -> node " in line:
            edge, rest = line.split(": ", 1)
            parent, child = edge.removeprefix("node ").split(" -> node ")
            out.append((int(parent), int(child), rest.split(" | ")[0]))
    return out


@pytest.mark.parametrize("width", [1, 2, 3])
def test_beam__keeps_width_best_nodes_per_level(width):
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=1000)
    agent = BeamSearchPolicy(ByText(), width=width, transpositions=False)
    record = play_episode(env, agent, seed=0, options={"problem": PUZZLE})
    edges = visited(record.meta_cot)
    roots = [step for parent, _, step in edges if parent == 0]
    env.reset(options={"problem": PUZZLE})
    legal = sorted(as_searchable(env).legal_steps())
    assert roots == sorted(legal, reverse=True)[:width]  # the width best, best first
    level_one = {child for parent, child, _ in edges if parent == 0}
    level_two = [child for parent, child, _ in edges if parent in level_one]
    assert 0 < len(level_two) <= width


def test_beam__backtracks_between_parents_with_its_reason():
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=1000)
    record = play_episode(env, BeamSearchPolicy(ByText(), width=2), 0, options={"problem": PUZZLE})
    assert any(
        line.startswith("backtrack to node 0 | beam level 1, child 2 of 2")
        for line in record.meta_cot
    )


def test_beam__with_the_solver_prm_visits_about_width_nodes_per_level():
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=1000)
    agent = BeamSearchPolicy(PRMStepScorer(SolverPRM(graded=True)), width=2)
    record = play_episode(env, agent, 0, options={"problem": PUZZLE})
    assert record.solved and len(visited(record.meta_cot)) <= 2 * 3
