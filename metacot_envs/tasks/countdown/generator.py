"""Seeded Countdown problem generators; every problem they emit is checked solvable."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from metacot_envs.core.safe_math import Number
from metacot_envs.tasks.countdown.solver import is_solvable, moves, solvable_within
from metacot_envs.tasks.countdown.types import CountdownProblem, CountdownRules, CountdownState


class ProblemSource(ABC):
    """Draws Countdown problems; injected into :class:`CountdownTask` (Jumanji style)."""

    rules: CountdownRules
    num_numbers: int
    max_value: int = 100
    """scale for the discrete view's numeric observation"""

    @abstractmethod
    def sample(self, rng: np.random.Generator) -> CountdownProblem:
        """A solvable problem drawn with ``rng`` only."""


class CountdownSettings(Protocol):
    """What :class:`CountdownGenerator` reads from its settings: the fields of
    :class:`~metacot_envs.tasks.countdown.config.CountdownConfig` that shape a problem."""

    num_numbers: int
    number_min: int
    number_max: int
    target_min: int
    target_max: int
    min_solution_steps: int
    holdout_targets: tuple[int, ...]
    split: str
    max_tries: int

    @property
    def rules(self) -> CountdownRules: ...


class CountdownGenerator(ProblemSource):
    """Random numbers and a target reachable from them, as a :class:`~metacot_envs.tasks.countdown.config.CountdownConfig` asks.

    The target is built by a random walk of legal moves (so it is reachable by
    construction, like Stream-of-Search), must land in ``[target_min,
    target_max]`` and not be one of the numbers, and is then re-checked by the
    exact solver. ``holdout_targets`` with ``split`` keeps a set of targets out
    of training (``"train"``) or uses only them (``"val"``).
    """

    def __init__(self, config: CountdownSettings) -> None:
        self.config = config
        self.rules = config.rules
        self.num_numbers = config.num_numbers
        self.max_value = max(config.number_max, config.target_max)
        self._holdout = frozenset(config.holdout_targets)

    def __repr__(self) -> str:
        return f"CountdownGenerator({self.config!r})"

    def _target_ok(self, value: Number) -> bool:
        cfg = self.config
        if not isinstance(value, int) or not cfg.target_min <= value <= cfg.target_max:
            return False
        if cfg.split == "train":
            return value not in self._holdout
        if cfg.split == "val":
            return value in self._holdout
        return True

    def sample(self, rng: np.random.Generator) -> CountdownProblem:
        cfg = self.config
        for _ in range(cfg.max_tries):
            numbers = tuple(
                sorted(
                    int(x)
                    for x in rng.integers(cfg.number_min, cfg.number_max + 1, cfg.num_numbers)
                )
            )
            target = self._random_walk_target(numbers, rng)
            if target is None or target in numbers:
                continue
            if not is_solvable(CountdownState(numbers, target), self.rules):
                continue
            if not self.rules.use_all and cfg.min_solution_steps > 1:
                if solvable_within(numbers, target, self.rules, cfg.min_solution_steps - 1):
                    continue
            return CountdownProblem(numbers, target)
        raise RuntimeError(
            f"no solvable problem found in {cfg.max_tries} draws; widen the number or target ranges"
        )

    def _random_walk_target(
        self, numbers: tuple[int, ...], rng: np.random.Generator
    ) -> Number | None:
        pool: list[Number] = list(numbers)
        candidates: list[Number] = []
        made = 0
        while len(pool) > 1:
            i = int(rng.integers(len(pool)))
            j = int(rng.integers(len(pool) - 1))
            j += j >= i  # a second, different index without numpy's slower choice()
            options = moves(pool[i], pool[j], self.rules)
            _, _, _, result = options[int(rng.integers(len(options)))]
            pool = [x for k, x in enumerate(pool) if k not in (i, j)] + [result]
            made += 1
            # a value made by fewer moves than min_solution_steps would be rejected anyway
            if made >= self.config.min_solution_steps and self._target_ok(result):
                candidates.append(result)
        if self.rules.use_all:
            return pool[0] if self._target_ok(pool[0]) else None
        return candidates[int(rng.integers(len(candidates)))] if candidates else None


@dataclass
class ProblemPool(ProblemSource):
    """A fixed, seeded pool of problems drawn once from another source, then sampled uniformly.

    Drawing a fresh Countdown problem re-checks it with the exact solver (~0.5 ms for 4
    numbers); RL on 2-3-step episodes then spends most of its time in ``reset``. A pool
    moves that cost to the first reset and keeps episodes seeded: the pool depends
    only on ``seed``, the choice from it on the episode's rng.
    """

    source: ProblemSource
    """where the pool's problems come from"""
    size: int = 10_000
    """number of problems in the pool"""
    seed: int = 0
    """seed of the draws that fill the pool"""

    def __post_init__(self) -> None:
        if self.size < 1:
            raise ValueError("a problem pool needs size >= 1")
        self.rules = self.source.rules
        self.num_numbers = self.source.num_numbers
        self.max_value = self.source.max_value
        self._problems: list[CountdownProblem] | None = None

    def sample(self, rng: np.random.Generator) -> CountdownProblem:
        if self._problems is None:
            draw = np.random.default_rng(self.seed)
            self._problems = [self.source.sample(draw) for _ in range(self.size)]
        return self._problems[int(rng.integers(self.size))]
