import numpy as np
import pytest

from metacot_envs.prms.math_claim_prm import MathClaimPRM
from metacot_envs.prms.monte_carlo_prm import MonteCarloPRM
from metacot_envs.registry import spec_for
from metacot_envs.tasks.math.noisy_student import NoisyStudentPolicy
from metacot_envs.wrappers.prm_shaping import PRMShaping

make_math_env = spec_for("MetaCoT/Math-v0").make


@pytest.mark.parametrize(
    "make_prm",
    [MathClaimPRM, lambda: MonteCarloPRM(NoisyStudentPolicy(), rollouts=8)],
    ids=["claims", "mc_rollout"],
)
def test_potential_shaping_on_math__shaped_minus_task_return_is_minus_phi0(make_prm):
    env = PRMShaping(make_math_env(max_steps=6), make_prm(), gamma=1.0)
    student = NoisyStudentPolicy(accuracy=0.5, trust=0.8)
    rng = np.random.default_rng(0)
    phis, terminated_seen = set(), 0
    for episode in range(12):
        _, info = env.reset(seed=episode)
        phi0 = info["reward_components"]["prm"]
        phis.add(phi0)
        shaped = task_return = 0.0
        terminated = truncated = False
        while not (terminated or truncated):
            base = env.unwrapped
            action = student(base.task, base.state, rng)
            _, reward, terminated, truncated, info = env.step(action)
            shaped += reward
            task_return += info["reward_components"]["task"]
        if terminated:
            terminated_seen += 1
            assert shaped - task_return == pytest.approx(-phi0, abs=1e-9)
    assert terminated_seen >= 10 and max(phis) > 0.0
