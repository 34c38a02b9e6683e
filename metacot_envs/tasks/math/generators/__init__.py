"""Procedural math problems with sympy-computed ground truth, by kind and difficulty level."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from metacot_envs.tasks.math.generators.algebra import (
    linear_equation,
    linear_system,
    polynomial_expansion,
    polynomial_factoring,
    quadratic_roots,
)
from metacot_envs.tasks.math.generators.arithmetic import fraction_arithmetic
from metacot_envs.tasks.math.generators.base import LEVELS, Generator
from metacot_envs.tasks.math.generators.counting import combinatorics, probability
from metacot_envs.tasks.math.types import MathProblem

GENERATORS: dict[str, Generator] = {
    "fraction_arithmetic": fraction_arithmetic,
    "linear_equation": linear_equation,
    "linear_system": linear_system,
    "quadratic_roots": quadratic_roots,
    "polynomial_expansion": polynomial_expansion,
    "polynomial_factoring": polynomial_factoring,
    "probability": probability,
    "combinatorics": combinatorics,
}
"""every procedural kind, by name"""


def generate(kind: str, level: int, rng: np.random.Generator) -> MathProblem:
    """One problem of ``kind`` at ``level`` drawn with ``rng``."""
    if kind not in GENERATORS:
        raise ValueError(f"unknown problem kind {kind!r}; known: {sorted(GENERATORS)}")
    return GENERATORS[kind](rng, level)


@dataclass(frozen=True)
class ProceduralSource:
    """Draws a kind and a level uniformly, then a problem of that kind and level."""

    kinds: tuple[str, ...] = tuple(GENERATORS)
    """problem kinds to draw from (keys of :data:`GENERATORS`)"""
    levels: tuple[int, ...] = LEVELS
    """difficulty levels to draw from"""

    def __post_init__(self) -> None:
        unknown = sorted(set(self.kinds) - set(GENERATORS))
        if unknown or not self.kinds:
            raise ValueError(f"unknown or no problem kinds {unknown}; known: {sorted(GENERATORS)}")
        bad = sorted(set(self.levels) - set(LEVELS))
        if bad or not self.levels:
            raise ValueError(f"levels must be among {LEVELS}, got {list(self.levels)}")

    def sample(self, rng: np.random.Generator) -> MathProblem:
        """A problem drawn with ``rng`` only."""
        kind = self.kinds[int(rng.integers(len(self.kinds)))]
        level = self.levels[int(rng.integers(len(self.levels)))]
        return generate(kind, level, rng)


def procedural_source(kinds: Sequence[str] = (), levels: Sequence[int] = ()) -> ProceduralSource:
    """A :class:`ProceduralSource`, where empty means every kind / every level."""
    return ProceduralSource(tuple(kinds) or tuple(GENERATORS), tuple(levels) or LEVELS)


__all__ = ["GENERATORS", "LEVELS", "ProceduralSource", "generate", "procedural_source"]
