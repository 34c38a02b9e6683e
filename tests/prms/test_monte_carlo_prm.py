import numpy as np
import pytest

from metacot_envs.core.task import replay
from metacot_envs.prms.monte_carlo_prm import MonteCarloPRM
from metacot_envs.prms.rollout_policies import NoisySolverPolicy
from metacot_envs.prms.solver_prm import SolverPRM
from metacot_envs.tasks.countdown import (
    CountdownConfig,
    CountdownProblem,
)
from metacot_envs.tasks.math.config import MathConfig
from metacot_envs.tasks.math.generators.forms import rational_plain
from metacot_envs.tasks.math.noisy_student import NoisyStudentPolicy


def claim_states(task, problem):
    """(no work yet, a right intermediate claim, a wrong one) for a linear equation."""
    (fact,) = problem.facts
    start = task.initial_state(problem)
    good = replay(task, start, [f"Isolating x gives x = {rational_plain(fact.values[0])}."])
    bad = replay(task, start, [f"Isolating x gives x = {rational_plain(fact.values[0] + 2)}."])
    return start, good, bad


def test_mc_prm__ranks_a_right_claim_above_no_work_above_a_wrong_claim():
    # The student builds on what the steps claim (trust 0.9) and solves afresh otherwise
    # (accuracy 0.6), so the true values are 0.96 (right claim), 0.6 (no work), 0.06 (wrong).
    task = MathConfig(kinds=["linear_equation"]).build_task()
    prm = MonteCarloPRM(NoisyStudentPolicy(accuracy=0.6, trust=0.9), rollouts=64, seed=1)
    rng = np.random.default_rng(0)
    estimates = np.array(
        [prm.score(task, claim_states(task, task.sample(rng))) for _ in range(5)]
    ).mean(axis=0)
    start, good, bad = estimates
    assert good > start > bad
    assert estimates == pytest.approx([0.6, 0.96, 0.06], abs=0.1)


def test_mc_prm__caches_by_state_and_is_deterministic():
    task = MathConfig(kinds=["linear_equation"]).build_task()
    problem = task.sample(np.random.default_rng(2))
    states = claim_states(task, problem)
    first = MonteCarloPRM(NoisyStudentPolicy(), rollouts=8, seed=3)
    scores = first.score(task, states)
    assert first.cache_info()["size"] == 3
    assert first.score(task, states) == scores
    assert MonteCarloPRM(NoisyStudentPolicy(), rollouts=8, seed=3).score(task, states) == scores


def test_mc_prm__scores_terminal_states_by_correctness():
    task = MathConfig().build_task()
    problem = task.sample(np.random.default_rng(4))
    start = task.initial_state(problem)
    right = replay(task, start, [f"\\boxed{{{problem.reference}}}"])
    wrong = replay(task, start, ["\\boxed{123456789}"])
    assert MonteCarloPRM(NoisyStudentPolicy()).score(task, [right, wrong]) == [1.0, 0.0]


def test_mc_prm__with_a_perfect_solver_policy_agrees_with_the_solver_prm():
    task = CountdownConfig(num_numbers=4).build_task()
    start = task.initial_state(CountdownProblem((2, 3, 5, 7), 41))
    states = [start, *(task.apply(start, step) for step in task.legal_steps(start))]
    mc = MonteCarloPRM(NoisySolverPolicy(accuracy=1.0), rollouts=2)
    assert mc.score(task, states) == SolverPRM().score(task, states)
    assert 0.0 in mc.score(task, states) and 1.0 in mc.score(task, states)
