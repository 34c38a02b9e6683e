import numpy as np
import pytest

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.tasks.countdown import (
    CountdownConfig,
    Game24Config,
)
from metacot_envs.wrappers import DiscreteView


def test_masked_action__is_rejected_without_changing_state():
    env = DiscreteView(
        ReasoningEnv(CountdownConfig(num_numbers=3).build_task(), invalid_penalty=0.5)
    )
    env.reset(seed=0)
    illegal = int(np.flatnonzero(~env.action_masks())[0])
    before = env.unwrapped.state
    _, reward, terminated, _, info = env.step(illegal)
    assert reward == -0.5 and not terminated and "masked" in info["error"]
    assert env.unwrapped.state == before


def test_discrete_view__refuses_search_mode():
    with pytest.raises(ValueError, match="search mode"):
        DiscreteView(ReasoningEnv(Game24Config().build_task(), search=True))


def test_numbers_beyond_float_range__encode_clipped_inside_the_box():
    env = DiscreteView(ReasoningEnv(CountdownConfig(num_numbers=3).build_task()))
    huge = 10**400
    obs, _ = env.reset(options={"problem": ([huge, 3, 7], 10)})
    assert env.observation_space.contains(obs)
    assert obs[2] == env.observation_space.high[2]  # sorted: the huge number is last
    obs, _, _, _, info = env.step(int(np.flatnonzero(env.action_masks())[0]))
    assert "error" not in info and env.observation_space.contains(obs)


@pytest.mark.parametrize(
    ("action", "fragment"),
    [
        (None, "integer index in [0, 18)"),
        ("3", "integer index"),
        (2.0, "integer index"),
        (True, "integer index"),
        (-1, "integer index"),
        (10**30, "integer index"),
        (np.array([0.5]), "integer index"),
        (np.arange(3), "integer index"),
    ],
)
def test_non_index_actions__are_rejected_with_a_message_not_an_exception(action, fragment):
    env = DiscreteView(
        ReasoningEnv(CountdownConfig(num_numbers=3).build_task(), invalid_penalty=0.25)
    )
    env.reset(seed=0)
    before = env.unwrapped.state
    obs, reward, terminated, _, info = env.step(action)
    assert fragment in info["error"] and reward == -0.25 and not terminated
    assert env.unwrapped.state == before and env.observation_space.contains(obs)


def test_one_element_integer_arrays__count_as_their_index():
    env = DiscreteView(ReasoningEnv(CountdownConfig(num_numbers=3).build_task()))
    env.reset(seed=0)
    legal = int(np.flatnonzero(env.action_masks())[0])
    _, _, _, _, info = env.step(np.array([legal], dtype=np.int64))
    assert "error" not in info


def test_discrete_env__is_rebuilt_from_its_spec_without_a_second_view():
    import gymnasium as gym

    env = gym.make("MetaCoT/Countdown-v0", view="discrete", mask_in_info=True)
    rebuilt = gym.make(env.spec)
    assert [w.name for w in rebuilt.spec.additional_wrappers] == ["DiscreteView"]
    obs, info = rebuilt.reset(seed=0)
    assert np.array_equal(obs, env.reset(seed=0)[0]) and "action_mask" in info
