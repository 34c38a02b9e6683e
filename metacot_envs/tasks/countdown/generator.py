"""Seeded Countdown problem generators; every problem they emit is checked solvable."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

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


@dataclass
class CountdownGenerator(ProblemSource):
    """Random numbers and a target reachable from them.

    The target is built by a random walk of legal moves (so it is reachable by
    construction, like Stream-of-Search), must land in ``[target_min,
    target_max]`` and not be one of the numbers, and is then re-checked by the
    exact solver. ``holdout_targets`` with ``split`` keeps a set of targets out
    of training (``"train"``) or uses only them (``"val"``).
    """

    num_numbers: int = 4
    """how many numbers a problem starts with (3-6 is typical)"""
    number_min: int = 1
    """smallest number"""
    number_max: int = 25
    """largest number"""
    target_min: int = 10
    """smallest target"""
    target_max: int = 100
    """largest target"""
    rules: CountdownRules = field(default_factory=CountdownRules)
    """move and termination rules the problem must be solvable under"""
    holdout_targets: tuple[int, ...] = ()
    """targets reserved for validation"""
    split: str = "all"
    """``all``, ``train`` (avoid holdout targets) or ``val`` (only holdout targets)"""
    min_solution_steps: int = 2
    """reject problems a shorter solution solves (ignored with ``rules.use_all``)"""
    max_tries: int = 10_000
    """draws before giving up on impossible settings"""

    def __post_init__(self) -> None:
        if self.num_numbers < 2:
            raise ValueError("num_numbers must be at least 2")
        if not (0 <= self.number_min <= self.number_max and self.target_min <= self.target_max):
            raise ValueError("need 0 <= number_min <= number_max and target_min <= target_max")
        if self.split not in ("all", "train", "val"):
            raise ValueError(f"split must be 'all', 'train' or 'val', got {self.split!r}")
        if self.split == "val" and not self.holdout_targets:
            raise ValueError("split='val' needs holdout_targets")
        self.max_value = max(self.number_max, self.target_max)
        self._holdout = frozenset(self.holdout_targets)

    def _target_ok(self, value: Number) -> bool:
        if not isinstance(value, int) or not self.target_min <= value <= self.target_max:
            return False
        if self.split == "train":
            return value not in self._holdout
        if self.split == "val":
            return value in self._holdout
        return True

    def sample(self, rng: np.random.Generator) -> CountdownProblem:
        for _ in range(self.max_tries):
            numbers = tuple(
                sorted(
                    int(x)
                    for x in rng.integers(self.number_min, self.number_max + 1, self.num_numbers)
                )
            )
            target = self._random_walk_target(numbers, rng)
            if target is None or target in numbers:
                continue
            if not is_solvable(CountdownState(numbers, target), self.rules):
                continue
            if not self.rules.use_all and self.min_solution_steps > 1:
                if solvable_within(numbers, target, self.rules, self.min_solution_steps - 1):
                    continue
            return CountdownProblem(numbers, target)
        raise RuntimeError(
            f"no solvable problem found in {self.max_tries} draws; widen the number or target ranges"
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
            if made >= self.min_solution_steps and self._target_ok(result):
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
