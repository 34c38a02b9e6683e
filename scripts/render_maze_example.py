"""Render example mazes for the docs: a picture with A* plans and a solved episode.

Writes ``docs/images/maze.png`` (a random-walls maze and a Prim maze, each with its
A* plan in light blue), ``docs/images/maze_episode.gif`` and
``docs/images/maze_episode_strip.png`` (the A* plan played in the env with
``render_mode="rgb_array"``). Deterministic: the same seeds give the same files.

    python scripts/render_maze_example.py [--out docs/images] [--seed 3]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze import (
    MazeConfig,
    MazeGenerator,
    astar,
    render_maze,
    save_gif,
    save_png_strip,
)
from metacot_envs.tasks.maze.render import png_strip, save_png

make_maze_env = spec_for("MetaCoT/Maze-v0").make


def planned_picture(kind: str, seed: int, size: int = 15, cell: int = 20) -> np.ndarray:
    """A ``kind`` maze: start yellow, goal green, the A* plan between them light blue."""
    maze = MazeGenerator(MazeConfig(width=size, height=size, kind=kind)).sample(
        np.random.default_rng(seed)
    )
    plan = astar(maze)
    assert plan is not None
    return render_maze(maze, None, cell=cell, path=plan.path[1:-1])


def episode_frames(seed: int) -> list[np.ndarray]:
    """Frames of the A* plan played in ``MetaCoT/Maze-v0`` (10x10, default generator)."""
    env = make_maze_env(render_mode="rgb_array", render_cell_pixels=16)
    env.reset(seed=seed)
    frames = [env.render()]
    for move in env.unwrapped.task.solve(env.unwrapped.state):
        _, reward, terminated, _, _ = env.step(move.name)
        frames.append(env.render())
    assert terminated and reward == 1.0
    return frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/images", help="directory to write the images to")
    parser.add_argument("--seed", type=int, default=3, help="seed of the mazes")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pictures = [planned_picture("random", args.seed), planned_picture("prim", args.seed)]
    save_png(png_strip(pictures, gap=12), out / "maze.png")
    frames = episode_frames(args.seed)
    save_gif(frames, out / "maze_episode.gif", fps=6)
    save_png_strip(frames, out / "maze_episode_strip.png", columns=8)
    for name in ("maze.png", "maze_episode.gif", "maze_episode_strip.png"):
        print(f"wrote {out / name} ({(out / name).stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
