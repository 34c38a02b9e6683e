"""Pictures of mazes: an RGB array per state, and episodes saved as a GIF or a PNG strip.

Pure numpy for the array (no display, no pygame); Pillow only to write files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from metacot_envs.tasks.maze.types import Cell, Maze

COLORS: dict[str, tuple[int, int, int]] = {
    "wall": (38, 42, 56),
    "open": (236, 236, 230),
    "grid": (205, 205, 198),
    "path": (168, 206, 250),
    "start": (250, 200, 60),
    "goal": (46, 160, 67),
    "agent": (32, 96, 220),
}
"""RGB colours of the picture"""


def render_maze(
    maze: Maze, agent: Cell | None = None, *, cell: int = 16, path: Sequence[Cell] = ()
) -> np.ndarray:
    """RGB ``(height*cell, width*cell, 3)`` uint8 image: walls dark, start yellow, goal green,
    agent a blue disc, ``path`` cells light blue, thin grid lines between open cells."""
    if cell < 3:
        raise ValueError(f"cell must be at least 3 pixels, got {cell}")
    grid = np.empty((maze.height, maze.width, 3), dtype=np.uint8)
    grid[:] = COLORS["open"]
    grid[maze.wall_array()] = COLORS["wall"]
    for x, y in path:
        grid[y, x] = COLORS["path"]
    image = np.repeat(np.repeat(grid, cell, axis=0), cell, axis=1)
    open_mask = np.repeat(np.repeat(~maze.wall_array(), cell, axis=0), cell, axis=1)
    lines = np.zeros_like(open_mask)
    lines[::cell, :] = True
    lines[:, ::cell] = True
    image[lines & open_mask] = COLORS["grid"]
    _fill(image, maze.start, cell, COLORS["start"], _square(cell))
    _fill(image, maze.goal, cell, COLORS["goal"], _square(cell))
    if agent is not None:
        _fill(image, agent, cell, COLORS["agent"], _disc(cell))
    return image


def _square(cell: int) -> np.ndarray:
    margin = max(1, cell // 6)
    mask = np.zeros((cell, cell), dtype=bool)
    mask[margin : cell - margin + 1, margin : cell - margin + 1] = True
    return mask


def _disc(cell: int) -> np.ndarray:
    centre = (cell - 1) / 2
    yy, xx = np.mgrid[0:cell, 0:cell]
    return np.asarray((yy - centre) ** 2 + (xx - centre) ** 2 <= (0.36 * cell) ** 2, dtype=bool)


def _fill(
    image: np.ndarray, at: Cell, cell: int, color: tuple[int, int, int], mask: np.ndarray
) -> None:
    x, y = at
    block = image[y * cell : (y + 1) * cell, x * cell : (x + 1) * cell]
    block[mask] = color


def save_png(frame: np.ndarray, path: str | Path) -> None:
    """Write one RGB frame as a PNG."""
    from PIL import Image

    Image.fromarray(frame).save(path)


def png_strip(
    frames: Sequence[np.ndarray], *, columns: int | None = None, gap: int = 4
) -> np.ndarray:
    """Frames tiled left to right (``columns`` per row, default all) on a white background."""
    if not frames:
        raise ValueError("no frames to tile")
    height, width = frames[0].shape[:2]
    columns = columns or len(frames)
    rows = -(-len(frames) // columns)
    sheet = np.full(
        (rows * height + (rows - 1) * gap, columns * width + (columns - 1) * gap, 3), 255, np.uint8
    )
    for i, frame in enumerate(frames):
        r, c = divmod(i, columns)
        top, left = r * (height + gap), c * (width + gap)
        sheet[top : top + height, left : left + width] = frame
    return sheet


def save_png_strip(
    frames: Sequence[np.ndarray], path: str | Path, *, columns: int | None = None, gap: int = 4
) -> None:
    """Write an episode's frames as one PNG (see :func:`png_strip`)."""
    save_png(png_strip(frames, columns=columns, gap=gap), path)


def save_gif(frames: Sequence[np.ndarray], path: str | Path, *, fps: float = 4.0) -> None:
    """Write an episode's frames as a looping GIF (Pillow; no imageio needed)."""
    from PIL import Image

    if not frames:
        raise ValueError("no frames to save")
    images = [Image.fromarray(frame) for frame in frames]
    images[0].save(path, save_all=True, append_images=images[1:], duration=int(1000 / fps), loop=0)
