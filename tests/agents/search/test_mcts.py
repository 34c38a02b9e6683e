"""MCTS: one visited node per simulation, a simulation budget, dead subtrees, rollout values."""

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.episode import play_episode
from agents.search import MCTSPolicy, PRMStepScorer, TerminalVerifier
from metacot_envs.prms import MonteCarloPRM, RandomLegalPolicy, SolverPRM


@pytest.mark.parametrize("rule", ["puct", "uct"])
def test_mcts__plays_at_most_one_new_node_per_simulation_and_gives_up_when_spent(rule):
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=1000)
    agent = MCTSPolicy(TerminalVerifier(), simulations=5, rule=rule)
    record = play_episode(env, agent, seed=1)
    steps = [a for a in record.actions if not a.startswith("backtrack")]
    assert len(steps) <= 5 and record.compute.steps_proposed > 0
    assert record.solved or record.gave_up


@pytest.mark.parametrize("rule", ["puct", "uct"])
def test_mcts__with_the_solver_prm_solves_countdown(rule):
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=4, search=True, max_steps=1000)
    agent = MCTSPolicy(PRMStepScorer(SolverPRM(graded=True)), simulations=64, rule=rule)
    assert all(play_episode(env, agent, seed).solved for seed in range(5))


def test_mcts__with_monte_carlo_rollout_values_solves_countdown():
    value = PRMStepScorer(MonteCarloPRM(RandomLegalPolicy(), rollouts=8, max_depth=8))
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=4, search=True, max_steps=1000)
    records = [play_episode(env, MCTSPolicy(value, simulations=64), seed) for seed in range(5)]
    assert sum(r.solved for r in records) >= 4
    assert all(r.compute.prm_calls > 0 for r in records)


def test_mcts__refuses_a_bad_rule():
    with pytest.raises(ValueError, match="rule"):
        MCTSPolicy(TerminalVerifier(), rule="ucb-ish")
