import numpy as np
import pytest

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.tasks.countdown import (
    CountdownConfig,
    Game24Config,
)
from metacot_envs.wrappers import DiscreteView

TASKS = {
    "countdown": lambda: CountdownConfig(num_numbers=5).build_task(),
    "countdown-neg-frac": lambda: CountdownConfig(
        num_numbers=4, allow_fractions=True, allow_negative=True
    ).build_task(),
    "game24": lambda: Game24Config().build_task(),
}


@pytest.mark.parametrize("name", TASKS)
def test_mask__matches_the_task_legal_steps_along_random_episodes(name):
    env = DiscreteView(ReasoningEnv(TASKS[name]()))
    rng = np.random.default_rng(0)
    for episode in range(30):
        env.reset(seed=episode)
        done = False
        while not done:
            state = env.unwrapped.state
            mask = env.action_masks()
            masked_texts = {env.codec.step_text(state, a) for a in np.flatnonzero(mask)}
            legal = {
                env.unwrapped.task.format_step(s) for s in env.unwrapped.task.legal_steps(state)
            }
            assert masked_texts == legal
            action = int(rng.choice(np.flatnonzero(mask)))
            obs, _, terminated, truncated, info = env.step(action)
            assert "error" not in info and env.observation_space.contains(obs)
            done = terminated or truncated


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
