"""Data types of the Countdown family (Countdown and Game of 24)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from metacot_envs.core.safe_math import Number, format_number


@dataclass(frozen=True)
class CountdownRules:
    """What counts as a legal move and a solution."""

    use_all: bool = False
    """True: the episode ends when one number is left, correct iff it is the target (Game of 24).
    False: the episode ends as soon as a step produces the target (or one number is left)."""
    allow_fractions: bool = False
    """whether a division may leave a non-integer (exact rationals are kept)"""
    allow_negative: bool = False
    """whether a step may produce a negative number"""


@dataclass(frozen=True)
class CountdownProblem:
    """Numbers to combine and the target to reach."""

    numbers: tuple[Number, ...]
    target: Number


class CountdownState(NamedTuple):
    """Remaining numbers (sorted multiset) and the result of the latest step.

    Numbers are normalized: an integral value is an ``int``, never ``Fraction(n, 1)``
    (``CountdownTask.as_problem`` and every step keep it so; comparisons rely on it).
    A NamedTuple rather than a frozen dataclass: states are built on every env
    step and hashed by every memo, and tuples are cheaper at both.
    """

    numbers: tuple[Number, ...]
    target: Number
    last: Number | None = None


class CountdownStep(NamedTuple):
    """One move: ``operands`` are consumed and replaced by ``result``.

    A binary operation has two operands; a whole expression answer has more.
    Build steps with :func:`make_step` (or :func:`binary_step`), which fills ``text``
    once: the env formats every step it applies, and steps are shared by memos.
    """

    operands: tuple[Number, ...]
    result: Number
    expression: str
    """canonical text of the left-hand side, e.g. ``66-42`` or ``(66-42)*2-1``"""
    text: str
    """the whole step, e.g. ``66-42=24``"""

    def __str__(self) -> str:
        return self.text


def make_step(operands: tuple[Number, ...], result: Number, expression: str) -> CountdownStep:
    """A step with its text filled in from the expression and the result."""
    return CountdownStep(operands, result, expression, f"{expression}={format_number(result)}")


def binary_step(op: str, a: Number, b: Number, result: Number) -> CountdownStep:
    """The step ``a op b = result`` in canonical text."""
    return make_step((a, b), result, f"{format_operand(a)}{op}{format_operand(b)}")


def divides(num: Number, den: Number) -> bool:
    """Whether ``num / den`` is an exact integer division of two ints."""
    return isinstance(num, int) and isinstance(den, int) and den != 0 and num % den == 0


def same_number(a: Number | None, b: Number | None) -> bool:
    """Exact equality of two normalized numbers, fast on the hot path.

    Every number in this family is normalized (an integral value is an ``int``), so
    values of different types are never equal and ``Fraction.__eq__``, slow Python
    code, only runs when both are fractions.
    """
    return type(a) is type(b) and a == b


def format_operand(value: Number) -> str:
    """Operand text inside an expression: fractions and negatives get parentheses."""
    if type(value) is int:
        return str(value) if value >= 0 else f"({value})"
    if isinstance(value, Fraction) or value < 0:
        return f"({format_number(value)})"
    return str(value)
