"""Pictures: rgb_array from the env, colours where they belong, GIF and PNG strip files."""

from __future__ import annotations

import warnings

import gymnasium as gym
import numpy as np
from gymnasium.utils.env_checker import check_env
from PIL import Image

import metacot_envs  # noqa: F401
from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze import render_maze, save_gif, save_png_strip
from metacot_envs.tasks.maze.render import COLORS

make_maze_env = spec_for("MetaCoT/Maze-v0").make


def test_render_rgb_array__is_an_image_with_start_goal_agent_and_walls(snake):
    env = make_maze_env(render_mode="rgb_array", render_cell_pixels=10)
    env.reset(options={"problem": snake})
    env.step("right")
    frame = env.render()
    assert frame.shape == (50, 50, 3) and frame.dtype == np.uint8
    centre = lambda x, y: tuple(frame[y * 10 + 5, x * 10 + 5])  # noqa: E731
    assert centre(0, 0) == COLORS["start"]
    assert centre(1, 0) == COLORS["agent"]
    assert centre(4, 4) == COLORS["goal"]
    assert centre(3, 0) == COLORS["wall"]
    assert centre(2, 0) == COLORS["open"]


def test_render_modes__maze_offers_rgb_array_and_countdown_does_not():
    assert "rgb_array" in make_maze_env().metadata["render_modes"]
    assert "rgb_array" not in gym.make("MetaCoT/Countdown-v0").metadata["render_modes"]


def test_gym_make__rgb_array_passes_the_render_check_in_both_views():
    for view in ("text", "discrete"):
        made = gym.make("MetaCoT/Maze-v0", view=view, render_mode="rgb_array")
        made.reset(seed=0)
        assert made.render().shape == (160, 160, 3)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            check_env(make_maze_env(view=view, render_mode="rgb_array"))  # with the render check


def test_render__draws_a_path_overlay(snake):
    frame = render_maze(snake, None, cell=8, path=[(1, 0), (2, 0)])
    assert tuple(frame[4, 12]) == COLORS["path"]


def test_episode__saves_as_gif_and_png_strip(tmp_path, snake):
    env = make_maze_env(render_mode="rgb_array", render_cell_pixels=8)
    env.reset(options={"problem": snake})
    frames = [env.render()]
    for move in ["right", "right", "down"]:
        env.step(move)
        frames.append(env.render())
    save_gif(frames, tmp_path / "episode.gif")
    save_png_strip(frames, tmp_path / "episode.png", gap=2)
    with Image.open(tmp_path / "episode.gif") as gif:
        assert gif.n_frames == 4 and gif.size == (40, 40)
    with Image.open(tmp_path / "episode.png") as strip:
        assert strip.size == (4 * 40 + 3 * 2, 40)
