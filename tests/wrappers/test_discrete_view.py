import enum
from fractions import Fraction

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


class _Choice(enum.IntEnum):
    FIRST = 0


class _IndexInt(int):
    pass


class _UnprintableIndex:
    def __repr__(self) -> str:
        raise RuntimeError("repr refused")


def countdown3_view(invalid_penalty: float = 0.0) -> DiscreteView:
    env = DiscreteView(
        ReasoningEnv(CountdownConfig(num_numbers=3).build_task(), invalid_penalty=invalid_penalty)
    )
    env.reset(seed=0)
    return env


@pytest.mark.parametrize(
    "action",
    [
        np.array([[0]]),
        np.zeros((1, 1, 1), dtype=np.int64),
        np.ma.masked_array([0]),
        np.ma.masked_array([0], mask=[True]),
        _Choice.FIRST,
        _IndexInt(0),
        np.bool_(False),
        np.array(False),
        np.array([False]),
        np.float64(0.0),
        np.array(0.0),
        Fraction(0),
        0j,
        [0],
        (0,),
        "0",
        b"0",
    ],
    ids=[
        "int64[1,1]",
        "int64[1,1,1]",
        "masked[1]",
        "masked[1]-masked-out",
        "IntEnum",
        "int-subclass",
        "np.bool_",
        "bool-0d-array",
        "bool[1]",
        "np.float64",
        "float-0d-array",
        "Fraction",
        "complex",
        "list",
        "tuple",
        "str",
        "bytes",
    ],
)
def test_step__rejects_actions_that_only_look_like_index_0(action):
    env = countdown3_view(invalid_penalty=0.25)
    before = env.unwrapped.state
    obs, reward, terminated, _, info = env.step(action)
    assert "integer index in [0, 18)" in info.get("error", ""), info.get("error")
    assert reward == -0.25 and not terminated and env.unwrapped.state == before
    assert env.observation_space.contains(obs)


@pytest.mark.parametrize(
    ("action", "shown"),
    [(10**5000, "an unprintable int"), (_UnprintableIndex(), "an unprintable _UnprintableIndex")],
    ids=["int-of-5001-digits", "repr-raises"],
)
def test_step__rejects_actions_whose_repr_fails_with_a_message(action, shown):
    env = countdown3_view()
    before = env.unwrapped.state
    _, _, _, _, info = env.step(action)
    assert info["error"].endswith(f"got {shown}") and env.unwrapped.state == before


@pytest.mark.parametrize(
    "as_action",
    [
        int,
        np.int8,
        np.uint8,
        np.int32,
        np.uint64,
        np.array,
        lambda i: np.array([i], dtype=np.uint16),
        lambda i: np.array([i], dtype=np.int32),
    ],
    ids=["int", "int8", "uint8", "int32", "uint64", "0-d array", "uint16[1]", "int32[1]"],
)
def test_step__reads_integer_scalars_and_one_element_arrays_as_their_index(as_action):
    env = countdown3_view()
    legal = int(np.flatnonzero(env.action_masks())[0])
    before = env.unwrapped.state
    _, _, _, _, info = env.step(as_action(legal))
    assert "error" not in info and env.unwrapped.state != before


def test_discrete_env__is_rebuilt_from_its_spec_without_a_second_view():
    import gymnasium as gym

    env = gym.make("MetaCoT/Countdown-v0", view="discrete", mask_in_info=True)
    rebuilt = gym.make(env.spec)
    assert [w.name for w in rebuilt.spec.additional_wrappers] == ["DiscreteView"]
    obs, info = rebuilt.reset(seed=0)
    assert np.array_equal(obs, env.reset(seed=0)[0]) and "action_mask" in info
