"""What every procedural generator shares: drawing numbers and packaging a problem."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence

import numpy as np

from metacot_envs.tasks.math.types import Fact, MathProblem

Generator = Callable[[np.random.Generator, int], MathProblem]
"""``generate(rng, level) -> MathProblem``: one procedural problem kind"""

LEVELS: tuple[int, ...] = (1, 2, 3)
"""difficulty levels every generator accepts"""


def integer(rng: np.random.Generator, low: int, high: int) -> int:
    """A uniform integer in ``[low, high]`` (inclusive)."""
    return int(rng.integers(low, high + 1))


def nonzero(rng: np.random.Generator, low: int, high: int) -> int:
    """A uniform nonzero integer in ``[low, high]``."""
    choices = [n for n in range(low, high + 1) if n != 0]
    return choices[int(rng.integers(len(choices)))]


def choose(rng: np.random.Generator, options: Sequence[str]) -> str:
    """One of ``options``, uniformly."""
    return options[int(rng.integers(len(options)))]


def check_level(kind: str, level: int) -> None:
    """Raise a clear error for a level the generators do not have."""
    if level not in LEVELS:
        raise ValueError(f"{kind}: level must be one of {LEVELS}, got {level!r}")


def make_problem(
    kind: str,
    level: int,
    subject: str,
    question: str,
    forms: Sequence[str],
    facts: Sequence[Fact] = (),
    required_form: str = "",
) -> MathProblem:
    """A procedural problem whose reference is ``forms[0]`` and whose id is stable."""
    digest = zlib.crc32(question.encode("utf-8"))
    return MathProblem(
        question=question,
        reference=forms[0],
        problem_id=f"{kind}/L{level}/{digest:08x}",
        source="procedural",
        kind=kind,
        level=level,
        subject=subject,
        answer_forms=tuple(forms[1:]),
        facts=tuple(facts),
        required_form=required_form,
    )
