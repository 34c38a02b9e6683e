import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from metacot_envs.wrappers import StepCost


def test_step_cost__is_paid_on_every_step_and_reported():
    env = StepCost(gym.make("MetaCoT/Countdown-v0", num_numbers=3, invalid_penalty=0.5), cost=0.1)
    _, info = env.reset(seed=0)
    _, reward, _, _, info = env.step("junk")
    assert reward == pytest.approx(-0.6)
    assert info["reward_components"]["step_cost"] == -0.1
    assert info["reward_components"]["invalid"] == -0.5
    rebuilt = gym.make(env.spec)
    assert isinstance(rebuilt, StepCost) and rebuilt.cost == 0.1


def test_step_cost__refuses_a_negative_cost():
    with pytest.raises(ValueError, match="cost must be >= 0"):
        StepCost(gym.make("MetaCoT/Countdown-v0"), cost=-1.0)
