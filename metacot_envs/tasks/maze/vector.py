"""A batched maze env: many mazes stepped at once with numpy (Gymnasium 1.x ``VectorEnv``).

``gymnasium.make_vec("MetaCoT/Maze-v0", num_envs=256, vectorization_mode="vector_entry_point")``
builds it. It is the discrete view of the single env, batched: same actions,
observations, rewards, step budget and generator, and with ``reset(seed=s)`` env
``i`` meets exactly the mazes a single env reset with seed ``s + i`` meets.
"""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium.utils.seeding import np_random
from gymnasium.vector import AutoresetMode, VectorEnv
from gymnasium.vector.utils import batch_space

from metacot_envs.make import config_from_kwargs, split_options
from metacot_envs.tasks.maze.config import MazeConfig
from metacot_envs.tasks.maze.discrete import AGENT_PLANE, GOAL_PLANE, WALL_PLANE, MazeCodec
from metacot_envs.tasks.maze.generator import MazeSource
from metacot_envs.tasks.maze.render import render_maze
from metacot_envs.tasks.maze.task import as_maze
from metacot_envs.tasks.maze.types import MOVES, Maze

_DX = np.array([m.dx for m in MOVES], dtype=np.int64)
_DY = np.array([m.dy for m in MOVES], dtype=np.int64)


class MazeVectorEnv(VectorEnv[np.ndarray, np.ndarray, np.ndarray]):
    """``num_envs`` mazes stepped in one numpy call each, for fast classic-RL training.

    ## Description
    Every sub-env is ``MetaCoT/Maze-v0`` in the discrete view. Finished sub-envs
    reset themselves (``autoreset_mode``, default next-step: the action after a
    terminal or truncated step is ignored and the sub-env returns its new maze).

    ## Action Space
    ``MultiDiscrete([4] * num_envs)``: 0 up, 1 down, 2 left, 3 right per sub-env.
    ``action_masks()`` is ``(num_envs, 4)``; sub-envs awaiting a reset allow all.

    ## Observation
    The single env's planes ``[walls, agent, goal]``, batched:
    ``(num_envs, 3, height, width)`` float32, or uint8 images with ``observation="image"``.

    ## Rewards
    1.0 on reaching the goal; a move into a wall or off the grid leaves the agent
    in place and costs ``invalid_penalty``; 0.0 otherwise.

    ## Termination
    Terminated at the goal; truncated after ``max_steps`` moves (bumps included).
    ``info`` is empty except in same-step mode (``final_obs`` / ``_final_obs``).
    """

    metadata = {
        "render_modes": ["rgb_array"],
        "render_fps": 4,
        "autoreset_mode": AutoresetMode.NEXT_STEP,
    }

    def __init__(
        self,
        num_envs: int,
        source: MazeSource,
        codec: MazeCodec,
        *,
        trials_per_maze: int = 1,
        max_steps: int | None = None,
        invalid_penalty: float = 0.0,
        render_mode: str | None = None,
        render_cell_pixels: int = 16,
        autoreset_mode: AutoresetMode | str = AutoresetMode.NEXT_STEP,
    ) -> None:
        mode = _autoreset_mode(autoreset_mode)
        if mode not in (AutoresetMode.NEXT_STEP, AutoresetMode.SAME_STEP):
            raise ValueError(f"autoreset_mode must be next_step or same_step, got {mode.value!r}")
        if render_mode not in (None, "rgb_array"):
            raise ValueError(f"render_mode must be 'rgb_array' or None, got {render_mode!r}")
        self.metadata = {**self.metadata, "autoreset_mode": mode}
        self.num_envs = int(num_envs)
        self.source, self.codec, self.trials = source, codec, int(trials_per_maze)
        self.max_steps = (
            int(max_steps) if max_steps is not None else 4 * (source.width + source.height)
        )
        self.invalid_penalty = float(invalid_penalty)
        self.render_mode, self.render_cell_pixels = render_mode, render_cell_pixels
        self.single_action_space = gym.spaces.Discrete(len(MOVES))
        self.action_space = batch_space(self.single_action_space, self.num_envs)
        self.single_observation_space = gym.spaces.Box(
            codec.observation_low,
            codec.observation_high,
            codec.observation_shape,
            codec.observation_dtype,
        )
        self.observation_space = batch_space(self.single_observation_space, self.num_envs)

        n, h, w = self.num_envs, source.height, source.width
        self._rows = np.arange(n)
        self._padded_walls = np.ones((n, h + 2, w + 2), dtype=bool)
        self._planes = np.zeros((n, 3, h, w), dtype=np.float32)
        self._x = np.zeros(n, dtype=np.int64)
        self._y = np.zeros(n, dtype=np.int64)
        self._goal_x = np.zeros(n, dtype=np.int64)
        self._goal_y = np.zeros(n, dtype=np.int64)
        self._steps = np.zeros(n, dtype=np.int64)
        self._prev_done = np.zeros(n, dtype=bool)
        self._uses = np.zeros(n, dtype=np.int64)
        self.mazes: list[Maze | None] = [None] * n
        self._rngs: list[np.random.Generator] = []

    def reset(
        self, *, seed: int | list[int | None] | None = None, options: dict[str, Any] | None = None
    ) -> tuple[np.ndarray, dict[str, Any]]:
        """Start new episodes, like ``SyncVectorEnv`` over single envs.

        ``options`` may hold ``"reset_mask"`` (bool array of shape ``(num_envs,)``: reset
        only those sub-envs, as in Gymnasium's vector envs), ``"problem"`` (one maze, as
        the single env accepts it, for every reset sub-env) or ``"problems"`` (one maze
        per sub-env). Given mazes must have the env's width and height.
        """
        options = dict(options or {})
        mask = self._reset_mask(options.pop("reset_mask", None))
        mazes = self._given_mazes(options)
        if isinstance(seed, int):
            seeds: list[int | None] = [seed + i for i in range(self.num_envs)]
        elif seed is None:
            seeds = [None] * self.num_envs
        else:
            seeds = list(seed)
            if len(seeds) != self.num_envs:
                raise ValueError(f"got {len(seeds)} seeds for {self.num_envs} envs")
        if not self._rngs:
            self._rngs = [np_random(s)[0] for s in seeds]
        elif seed is not None:
            for i in np.flatnonzero(mask):
                self._rngs[i] = np_random(seeds[i])[0]
        for i in np.flatnonzero(mask):
            if mazes is not None:
                self.mazes[i] = mazes[i]
            self._uses[i] = 0 if mazes is not None else self.trials
            self._new_episode(int(i))
        self._prev_done[mask] = False
        return self._observation(), {}

    def _reset_mask(self, mask: Any) -> np.ndarray:
        if mask is None:
            return np.ones(self.num_envs, dtype=bool)
        if not isinstance(mask, np.ndarray) or mask.dtype != np.bool_:
            raise TypeError("options['reset_mask'] must be a numpy bool array")
        if mask.shape != (self.num_envs,) or not mask.any():
            raise ValueError(
                f"options['reset_mask'] must have shape ({self.num_envs},) and a True entry"
            )
        return mask

    def _given_mazes(self, options: dict[str, Any]) -> list[Maze] | None:
        if options.get("problems") is not None:
            given = list(options["problems"])
            if len(given) != self.num_envs:
                raise ValueError(f"got {len(given)} problems for {self.num_envs} envs")
        elif options.get("problem") is not None:
            given = [options["problem"]] * self.num_envs
        else:
            return None
        mazes = [as_maze(value) for value in given]
        for maze in mazes:
            if (maze.width, maze.height) != (self.source.width, self.source.height):
                raise ValueError(
                    f"a {maze.width}x{maze.height} maze does not fit this "
                    f"{self.source.width}x{self.source.height} vector env"
                )
        return mazes

    def step(
        self, actions: Any
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict[str, Any]]:
        if not self._rngs:
            raise gym.error.ResetNeeded("call reset() before step()")
        act = np.asarray(actions, dtype=np.int64).reshape(self.num_envs)
        if act.min() < 0 or act.max() >= len(MOVES):
            raise ValueError(f"actions must lie in 0..{len(MOVES) - 1}, got {actions!r}")
        rows, x, y = self._rows, self._x, self._y
        nx, ny = x + _DX[act], y + _DY[act]
        free = ~self._padded_walls[rows, ny + 1, nx + 1]
        self._planes[rows, AGENT_PLANE, y, x] = 0.0
        np.copyto(x, nx, where=free)
        np.copyto(y, ny, where=free)
        self._planes[rows, AGENT_PLANE, y, x] = 1.0
        self._steps += 1
        terminated = (x == self._goal_x) & (y == self._goal_y)
        truncated = ~terminated & (self._steps >= self.max_steps)
        reward = np.where(free, 0.0, 0.0 - self.invalid_penalty)
        reward[terminated] = 1.0
        info: dict[str, Any] = {}
        if self.metadata["autoreset_mode"] == AutoresetMode.NEXT_STEP:
            restart = self._prev_done
            if restart.any():
                for i in np.flatnonzero(restart):
                    self._new_episode(int(i))
                reward[restart] = 0.0
                terminated[restart] = False
                truncated[restart] = False
            self._prev_done = terminated | truncated
        else:
            done = terminated | truncated
            if done.any():
                info = {"final_obs": self._observation(), "_final_obs": done.copy()}
                for i in np.flatnonzero(done):
                    self._new_episode(int(i))
        return self._observation(), reward.astype(np.float32), terminated, truncated, info

    def action_masks(self) -> np.ndarray:
        """``(num_envs, 4)`` booleans: True where a move stays on open ground."""
        rows = self._rows[:, None]
        mask: np.ndarray = ~self._padded_walls[
            rows, self._y[:, None] + 1 + _DY, self._x[:, None] + 1 + _DX
        ]
        mask[self._prev_done] = True
        return mask

    def render(self) -> tuple[np.ndarray, ...] | None:
        if self.render_mode != "rgb_array":
            return None
        return tuple(
            render_maze(maze, (int(self._x[i]), int(self._y[i])), cell=self.render_cell_pixels)
            for i, maze in enumerate(self.mazes)
            if maze is not None
        )

    def _new_episode(self, i: int) -> None:
        maze = self.mazes[i]
        if maze is None or self._uses[i] >= self.trials:
            maze = self.mazes[i] = self.source.sample(self._rngs[i])
            self._uses[i] = 0
        self._uses[i] += 1
        walls = np.frombuffer(maze.walls, dtype=np.uint8).reshape(maze.height, maze.width)
        self._padded_walls[i, 1:-1, 1:-1] = walls
        planes = self._planes[i]
        planes[WALL_PLANE] = walls
        planes[AGENT_PLANE] = 0.0
        planes[GOAL_PLANE] = 0.0
        planes[AGENT_PLANE, maze.start[1], maze.start[0]] = 1.0
        if not self.codec.hide_goal:
            planes[GOAL_PLANE, maze.goal[1], maze.goal[0]] = 1.0
        self._x[i], self._y[i] = maze.start
        self._goal_x[i], self._goal_y[i] = maze.goal
        self._steps[i] = 0

    def _observation(self) -> np.ndarray:
        observation: np.ndarray = np.array(self.codec.finish(self._planes), copy=True)
        return observation


def _autoreset_mode(value: AutoresetMode | str) -> AutoresetMode:
    if isinstance(value, AutoresetMode):
        return value
    names = {m.name.lower(): m for m in AutoresetMode} | {m.value: m for m in AutoresetMode}
    if value not in names:
        raise ValueError(f"autoreset_mode must be one of {sorted(names)}, got {value!r}")
    return names[value]


def make_maze_vector_env(num_envs: int = 1, **kwargs: Any) -> MazeVectorEnv:
    """Vector entry point of ``MetaCoT/Maze-v0``: the discrete view of ``num_envs`` mazes.

    Takes the single env's keyword arguments (``view`` must be ``discrete`` if
    given, no search mode) plus ``autoreset_mode`` (an ``AutoresetMode``, ``next_step``
    or ``same_step``).
    """
    autoreset_mode = kwargs.pop("autoreset_mode", AutoresetMode.NEXT_STEP)
    if kwargs.get("max_episode_steps") is not None:
        kwargs.setdefault("max_steps", kwargs["max_episode_steps"])
    kwargs.pop("max_episode_steps", None)
    kwargs.pop("disable_env_checker", None)  # a gym.make argument some callers pass along
    if kwargs.pop("view", "discrete") != "discrete":
        raise ValueError(
            "the vector maze env has the discrete view only; drop view= or pass 'discrete'"
        )
    options, rest = split_options(kwargs)
    if options.search:
        raise ValueError("search mode needs the text view; the vector maze env is discrete")
    if options.trials != 1:
        raise ValueError(
            "the vector maze env has no meta-episodes: use trials_per_maze, or "
            "gym.make(..., trials=k) per env"
        )
    cfg: MazeConfig = config_from_kwargs(MazeConfig, rest)
    return MazeVectorEnv(
        num_envs,
        cfg.build_source(repeat=False),
        MazeCodec(cfg.width, cfg.height, cfg.observation, cfg.cell_pixels, hide_goal=cfg.hide_goal),
        trials_per_maze=cfg.trials_per_maze,
        max_steps=options.max_steps,
        invalid_penalty=options.invalid_penalty,
        render_mode=options.render_mode,
        render_cell_pixels=cfg.render_cell_pixels,
        autoreset_mode=autoreset_mode,
    )
