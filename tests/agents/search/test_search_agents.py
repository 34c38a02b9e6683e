"""Every external search agent on Countdown-4, the Game of 24 and 7x7 mazes: oracle values, legal steps.

"The solver PRM" here is the exact solver's value for each family: ``SolverPRM(graded=True)``
for Countdown and the Game of 24, the maze's ``MazeDistancePRM`` (BFS distance to the goal)
for mazes, where ``SolverPRM`` is flat (every cell can still reach the goal).
"""

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.episode import play_episode
from agents.evaluate import evaluate
from agents.registry import AGENTS
from agents.search import (
    BeamSearchPolicy,
    BestFirstPolicy,
    BestOfNPolicy,
    LegalSteps,
    MCTSPolicy,
    PRMStepScorer,
)
from metacot_envs.prms import SolverPRM
from metacot_envs.tasks.maze import MazeDistancePRM

ENVS = {
    "countdown-4": ("MetaCoT/Countdown-v0", {"num_numbers": 4}, SolverPRM(graded=True)),
    "game24-test": ("MetaCoT/Game24-v0", {"split": "test"}, SolverPRM(graded=True)),
    "maze-7x7": ("MetaCoT/Maze-v0", {"width": 7, "height": 7}, MazeDistancePRM()),
}
SEEDS = range(5)


def make_agent(kind, prm):
    value = PRMStepScorer(prm)
    if kind == "best-first":
        return BestFirstPolicy(value)
    if kind == "beam":
        return BeamSearchPolicy(value, width=2)
    if kind == "mcts":
        return MCTSPolicy(value, simulations=64)
    # random legal walks, one step at a time; the PRM's value of each final state picks one
    return BestOfNPolicy(LegalSteps(), value, n=1024, selection="outcome")


@pytest.mark.parametrize("kind", ["best-first", "beam", "mcts", "best-of-n"])
@pytest.mark.parametrize("family", list(ENVS))
def test_search_agent__solves_seeded_problems_with_oracle_values_and_reports_compute(family, kind):
    env_id, kwargs, prm = ENVS[family]
    agent = make_agent(kind, prm)
    env = gym.make(env_id, **kwargs, search=True, max_steps=10**6)
    records = [play_episode(env, agent, seed) for seed in SEEDS]
    assert all(r.solved for r in records), [r.seed for r in records if not r.solved]
    for record in records:
        assert record.env_steps >= len(record.final_cot) and not record.rejected
        assert record.compute.steps_proposed > 0 and record.wall_seconds > 0
        assert record.compute.prm_calls == record.compute.steps_scored > 0
        played = [a for a in record.actions if not a.startswith("backtrack")]
        assert len(played) == sum(" -> node " in line for line in record.meta_cot)


def test_tree_search__uses_fewer_env_steps_than_best_of_n_for_the_same_success():
    """The same legal steps; best-of-N samples them one at a time and, with the verifier
    choosing (pass@N, stopping at the first correct sample), needs the fewest env steps any
    selection could. The tree searches judge with the solver PRM."""
    value = PRMStepScorer(SolverPRM(graded=True))
    agents = {
        "best-first": BestFirstPolicy(value),
        "beam": BeamSearchPolicy(value, width=2),
        "best-of-n": BestOfNPolicy(LegalSteps(), n=1024, selection="oracle"),
    }
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=4, search=True, max_steps=10**6)
    runs = {name: [play_episode(env, a, seed) for seed in range(10)] for name, a in agents.items()}
    success = {name: sum(r.solved for r in records) for name, records in runs.items()}
    steps = {name: sum(r.env_steps for r in records) for name, records in runs.items()}
    assert success["best-first"] == success["beam"] == success["best-of-n"] == 10, success
    assert steps["best-first"] < steps["best-of-n"] and steps["beam"] < steps["best-of-n"], steps


@pytest.mark.parametrize(
    "name",
    [
        "solver-prm-best-first",
        "solver-prm-beam",
        "solver-prm-mcts",
        "solver-prm-best-of-n",
        "random-best-of-n-majority",
        "random-best-of-n-oracle",
    ],
)
def test_registered_search_agent__evaluates_through_the_cli_factory(name):
    row = evaluate("MetaCoT/Countdown-v0", AGENTS[name](), episodes=3, seed=0)
    assert row.env_kwargs["search"] is True and row.invalid_step_rate == 0.0
    assert row.steps_proposed > 0 and row.env_steps > 0
    if name.startswith("solver-prm"):
        assert row.prm_calls > 0


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.llm) if n.startswith("smollm2") else n
        for n in sorted(AGENTS)
    ],
)
def test_registered_agent__builds_with_a_name_and_a_hashable_config(name):
    import json

    agent = AGENTS[name]()
    assert agent.name and json.dumps(agent.config(), sort_keys=True, default=str)
    assert dict(agent.env_kwargs).get("search", False) in (True, False)
