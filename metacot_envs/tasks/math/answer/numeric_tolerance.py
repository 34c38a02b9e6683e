"""A numeric tolerance the caller gives the checker, as many graders state one.

Some graders accept a number within a stated gap of the reference: ChartQA's relaxed accuracy
(5% relative), Moodle's and Canvas's numerical questions (an absolute margin), physics and
finance benchmarks (1-5% relative). The checker's own rules already forgive what a written
number shows of its rounding (see :mod:`decimal_precision`); a :class:`Tolerance` widens that
for two values whose gap the caller allows, and never narrows it.

The tolerance holds for one :func:`~metacot_envs.tasks.math.answer.check_equivalent` call. It
is kept in a context variable for that call rather than passed down every comparison, so it
is per thread (and per asyncio task), never shared between concurrent checks.
"""

from __future__ import annotations

import math
from contextlib import AbstractContextManager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Tolerance:
    """How far a candidate's value may be from the reference's and still match.

    Two values match when ``|candidate - reference| <= max(absolute, relative * |reference|)``:
    the gap is measured against the reference, as graders with a stated answer do (not against
    the larger of the two, as ``math.isclose`` does). It applies where both answers are
    numbers without variables (whole answers, and the items of tuples, lists, intervals and
    quantities with the same unit); symbolic answers are compared as without it.
    """

    relative: float = 0.0
    """allowed gap as a fraction of the reference's size (``0.05`` for 5%)"""
    absolute: float = 0.0
    """allowed gap in the answer's own units"""

    def __post_init__(self) -> None:
        for name in ("relative", "absolute"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"tolerance {name} must be a number, got {value!r}")
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"tolerance {name} must be finite and >= 0, got {value!r}")

    @property
    def widens(self) -> bool:
        """Whether it allows any gap at all (a zero tolerance changes nothing)."""
        return self.relative > 0 or self.absolute > 0

    def allows_exact(self, candidate: Fraction, reference: Fraction) -> bool:
        """Whether two exact values are within the tolerance, decided without rounding
        (the tolerance is read as the decimal it was written as: ``0.3`` is 3/10)."""
        bound = max(_exact(self.absolute), _exact(self.relative) * abs(reference))
        return abs(candidate - reference) <= bound

    def allows(self, candidate: complex, reference: complex) -> bool:
        """Whether two floating-point values are within the tolerance (with the float noise
        of one part in 10^12 forgiven, as :func:`allows_exact` needs none)."""
        bound = max(self.absolute, self.relative * abs(reference))
        return abs(candidate - reference) <= bound + 1e-12 * max(abs(reference), 1.0)


def _exact(value: float) -> Fraction:
    return Fraction(repr(float(value)))


_GIVEN: ContextVar[Tolerance | None] = ContextVar("metacot_answer_tolerance", default=None)


class _GivenTolerance:
    """The block of :func:`given_tolerance`: a plain class, not a generator-based context
    manager, since every check opens one; it sets nothing when the value is already current."""

    __slots__ = ("_value", "_token")

    def __init__(self, value: Tolerance | None) -> None:
        self._value = value
        self._token: Token[Tolerance | None] | None = None

    def __enter__(self) -> None:
        if _GIVEN.get() is not self._value:
            self._token = _GIVEN.set(self._value)

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            _GIVEN.reset(self._token)
            self._token = None


def given_tolerance(tolerance: Tolerance | None) -> AbstractContextManager[None]:
    """Make ``tolerance`` the one :func:`current_tolerance` reports until the block ends."""
    return _GivenTolerance(tolerance if tolerance is not None and tolerance.widens else None)


def current_tolerance() -> Tolerance | None:
    """The tolerance of the check running in this thread, or None (the checker's own rules)."""
    return _GIVEN.get()
