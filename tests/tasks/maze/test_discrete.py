"""The discrete maze view: masks agree with the rules, planes show the state, image obs pass check_env."""

from __future__ import annotations

import numpy as np
import pytest

from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze import MazeCodec, MazeList, MazeState, MazeTask
from metacot_envs.testing import check_reasoning_env

make_maze_env = spec_for("MetaCoT/Maze-v0").make


def test_action_masks__agree_with_the_legal_text_moves_on_every_open_cell(snake):
    task = MazeTask(MazeList([snake]))
    codec = task.discrete_codec()
    for y in range(snake.height):
        for x in range(snake.width):
            if not snake.is_open((x, y)):
                continue
            state = MazeState(snake, (x, y))
            legal = {task.format_step(m) for m in task.legal_steps(state)}
            mask = codec.action_mask(state)
            assert {codec.step_text(state, a) for a in np.flatnonzero(mask)} == legal
            assert all(codec.step(state, a) is None for a in np.flatnonzero(~mask))


def test_planes__mark_walls_agent_and_goal(snake):
    codec = MazeCodec(5, 5)
    planes = codec.encode(MazeState(snake, (2, 1)))
    assert planes.shape == (3, 5, 5) and planes.dtype == np.float32
    np.testing.assert_array_equal(planes[0], snake.wall_array())
    assert planes[1].sum() == 1 and planes[1, 1, 2] == 1
    assert planes[2].sum() == 1 and planes[2, 4, 4] == 1


def test_image_observation__is_uint8_upscaled_planes(snake):
    codec = MazeCodec(5, 5, observation="image", cell_pixels=3)
    image = codec.encode(MazeState(snake, (0, 0)))
    assert image.shape == (3, 15, 15) and image.dtype == np.uint8
    assert image[1, :3, :3].min() == 255 and image[1].sum() == 9 * 255


def test_image_view__passes_the_shared_env_checks():
    check_reasoning_env(make_maze_env(view="discrete", width=7, height=6, observation="image"))


def test_masked_step__is_rejected_like_a_wall_bump(snake):
    env = make_maze_env(view="discrete", width=5, height=5, invalid_penalty=0.5)
    env.reset(options={"problem": snake})
    obs, reward, _, _, info = env.step(1)  # down from (0, 0) is a wall
    assert reward == -0.5 and "masked" in info["error"]
    assert obs[1, 0, 0] == 1.0


def test_discrete_view__refuses_a_maze_of_another_size(snake):
    env = make_maze_env(view="discrete")
    with pytest.raises(ValueError, match="this discrete view is 10x10; got a 5x5 maze"):
        env.reset(options={"problem": snake})


def test_hide_goal__leaves_the_goal_plane_empty_and_the_goal_still_pays(snake):
    codec = MazeCodec(5, 5, hide_goal=True)
    planes = codec.encode(MazeState(snake, (2, 1)))
    assert planes[2].sum() == 0 and planes[1, 1, 2] == 1
    np.testing.assert_array_equal(planes[0], snake.wall_array())
    env = make_maze_env(view="discrete", width=5, height=5, hide_goal=True)
    obs, _ = env.reset(seed=0, options={"problem": snake})
    assert obs[2].sum() == 0
    reward, terminated = 0.0, False
    for move in env.unwrapped.task.solve(env.unwrapped.state):
        obs, reward, terminated, _, _ = env.step(["up", "down", "left", "right"].index(move.name))
    assert terminated and reward == 1.0 and obs[2].sum() == 0


def test_hide_goal__also_empties_the_vector_envs_goal_plane():
    import gymnasium as gym

    envs = gym.make_vec(
        "MetaCoT/Maze-v0",
        num_envs=3,
        vectorization_mode="vector_entry_point",
        view="discrete",
        width=5,
        height=5,
        hide_goal=True,
    )
    obs, _ = envs.reset(seed=0)
    assert obs[:, 2].sum() == 0 and obs[:, 1].sum() == 3
