"""The batched maze vector env: make_vec, equivalence with the single env, autoreset modes."""

from __future__ import annotations

import gymnasium as gym
import numpy as np
import pytest
from gymnasium.vector import AutoresetMode

import metacot_envs  # noqa: F401
from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze.vector import MazeVectorEnv, make_maze_vector_env

make_maze_env = spec_for("MetaCoT/Maze-v0").make

KWARGS = {"width": 6, "height": 6, "max_steps": 15, "invalid_penalty": 0.1}


def test_make_vec__builds_256_batched_mazes_from_the_vector_entry_point():
    envs = gym.make_vec("MetaCoT/Maze-v0", num_envs=256, vectorization_mode="vector_entry_point")
    assert isinstance(envs.unwrapped, MazeVectorEnv)
    obs, _ = envs.reset(seed=0)
    assert obs.shape == (256, 3, 10, 10) and envs.observation_space.contains(obs)
    obs, reward, terminated, truncated, _ = envs.step(envs.action_space.sample())
    assert reward.shape == terminated.shape == truncated.shape == (256,)
    assert envs.metadata["autoreset_mode"] == AutoresetMode.NEXT_STEP


@pytest.mark.parametrize("observation", ["channels", "image"])
def test_vector_env__matches_single_envs_step_for_step_across_autoresets(observation):
    num_envs, seed = 5, 40
    vector = make_maze_vector_env(num_envs, observation=observation, **KWARGS)
    singles = [
        make_maze_env(view="discrete", observation=observation, **KWARGS) for _ in range(num_envs)
    ]
    obs, _ = vector.reset(seed=seed)
    for i, env in enumerate(singles):
        single_obs, _ = env.reset(seed=seed + i)
        np.testing.assert_array_equal(obs[i], single_obs)
    rng = np.random.default_rng(0)
    done = np.zeros(num_envs, dtype=bool)
    episodes_ended = 0
    for _ in range(120):
        masks = vector.action_masks()
        actions = rng.integers(0, 4, num_envs)
        obs, reward, terminated, truncated, _ = vector.step(actions)
        for i, env in enumerate(singles):
            if done[i]:
                expected = (env.reset()[0], 0.0, False, False)
            else:
                np.testing.assert_array_equal(masks[i], env.action_masks())
                expected = env.step(int(actions[i]))[:4]
            np.testing.assert_array_equal(obs[i], expected[0])
            assert (reward[i], terminated[i], truncated[i]) == pytest.approx(expected[1:])
        done = terminated | truncated
        episodes_ended += int(done.sum())
    assert episodes_ended > 10


def test_same_step_autoreset__returns_the_final_observation_in_info():
    vector = make_maze_vector_env(3, autoreset_mode="same_step", width=5, height=5, max_steps=2)
    vector.reset(seed=0)
    vector.step(np.zeros(3, dtype=np.int64))
    obs, _, _, truncated, info = vector.step(np.zeros(3, dtype=np.int64))
    assert truncated.all() and info["_final_obs"].all()
    assert info["final_obs"].shape == obs.shape
    assert (vector._steps == 0).all(), "finished sub-envs restart in the same step"


def test_vector_env__keeps_a_maze_for_trials_per_maze_episodes():
    vector = make_maze_vector_env(2, width=5, height=5, max_steps=1, trials_per_maze=2)
    vector.reset(seed=0)
    seen = [list(vector.mazes)]
    for _ in range(6):  # max_steps=1: each step ends an episode, the next one restarts it
        vector.step(np.zeros(2, dtype=np.int64))
        seen.append(list(vector.mazes))
    assert seen[0] == seen[1] == seen[2] == seen[3], "two episodes on the first mazes"
    assert seen[4] == seen[5] == seen[6] and seen[4][0] != seen[0][0]


def test_vector_env__masks_walls_and_rejects_bad_actions_and_views():
    vector = make_maze_vector_env(4, width=5, height=5)
    vector.reset(seed=1)
    masks = vector.action_masks()
    assert masks.shape == (4, 4) and masks.any(axis=1).all()
    with pytest.raises(ValueError):
        vector.step(np.full(4, 7))
    with pytest.raises(ValueError):
        make_maze_vector_env(2, view="text")
    with pytest.raises(TypeError):
        make_maze_vector_env(2, colour="red")


def test_vector_env__renders_one_frame_per_sub_env():
    vector = make_maze_vector_env(
        3, width=5, height=5, render_mode="rgb_array", render_cell_pixels=4
    )
    vector.reset(seed=0)
    frames = vector.render()
    assert len(frames) == 3 and frames[0].shape == (20, 20, 3)


def test_reset__reseeding_draws_the_seeded_mazes_again():
    vector = make_maze_vector_env(4, **KWARGS)
    vector.reset(seed=7)
    for _ in range(5):
        vector.step(np.zeros(4, dtype=np.int64))
    reseeded, _ = vector.reset(seed=99)
    fresh, _ = make_maze_vector_env(4, **KWARGS).reset(seed=99)
    np.testing.assert_array_equal(reseeded, fresh)


def test_reset__given_problems_match_the_single_env():
    rows = ["S.#...", "..#.#.", "....#.", "###.#.", "......", ".####G"]
    vector = make_maze_vector_env(3, **KWARGS)
    single = make_maze_env(view="discrete", **KWARGS)
    obs, _ = vector.reset(seed=0, options={"problem": rows})
    single_obs, _ = single.reset(seed=0, options={"problem": rows})
    for i in range(3):
        np.testing.assert_array_equal(obs[i], single_obs)
    with pytest.raises(ValueError, match="does not fit"):
        vector.reset(options={"problem": ["S.", ".G"]})
    with pytest.raises(ValueError, match="3 envs"):
        vector.reset(options={"problems": [rows, rows]})


def test_reset__mask_restarts_only_the_chosen_sub_envs():
    vector = make_maze_vector_env(3, **KWARGS)
    before, _ = vector.reset(seed=1)
    rows = ["S.....", "......", "......", "......", "......", ".....G"]
    mask = np.array([False, True, False])
    after, _ = vector.reset(options={"reset_mask": mask, "problem": rows})
    np.testing.assert_array_equal(after[[0, 2]], before[[0, 2]])
    assert not np.array_equal(after[1], before[1])
    assert after[1][0].sum() == 0  # the open maze has no walls
    with pytest.raises(TypeError):
        vector.reset(options={"reset_mask": [True, True, True]})
