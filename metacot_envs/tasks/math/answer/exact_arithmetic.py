"""Exact rational arithmetic with size limits: powers and roots that stay rational.

Used by :mod:`expression_eval`; every result is checked against :data:`MAX_EXACT_BITS`
and raises :class:`SizeLimitExceeded` instead of building a huge number.
"""

from __future__ import annotations

import math
from fractions import Fraction

from metacot_envs.tasks.math.answer.budget import SizeLimitExceeded


class EvaluationError(ValueError):
    """Raised for undefined values (division by zero, infinity in arithmetic, unknown names)."""


MAX_EXACT_BITS = 16_384
"""largest numerator/denominator (in bits) of any exact intermediate value"""
MAX_ROOT_INDEX = 64
"""largest n for which an exact n-th root is attempted"""


def bits(value: Fraction) -> int:
    return max(value.numerator.bit_length(), value.denominator.bit_length())


def checked(value: Fraction) -> Fraction:
    if bits(value) > MAX_EXACT_BITS:
        raise SizeLimitExceeded(f"exact value exceeds {MAX_EXACT_BITS} bits")
    return value


def exact_power(base: Fraction, exponent: Fraction) -> Fraction | None:
    """``base ** exponent`` when it is rational; real roots of negative bases for odd indices."""
    if base in (0, 1) and exponent > 0 or base == 1:
        return base
    if base == 0:
        raise EvaluationError("zero to a non-positive power")
    if base == -1 and exponent.denominator == 1:
        return Fraction(1 if exponent.numerator % 2 == 0 else -1)
    if abs(exponent.numerator) * bits(base) > MAX_EXACT_BITS * exponent.denominator:
        raise SizeLimitExceeded(f"power result exceeds {MAX_EXACT_BITS} bits")
    root = exact_root(base, exponent.denominator) if exponent.denominator != 1 else base
    if root is None:
        return None
    return checked(root**exponent.numerator)


def exact_root(value: Fraction, index: int) -> Fraction | None:
    """The real ``index``-th root of ``value`` if it is rational, else ``None``."""
    if index <= 0 or index > MAX_ROOT_INDEX:
        return None
    if value < 0:
        if index % 2 == 0:
            return None
        positive = exact_root(-value, index)
        return None if positive is None else -positive
    numerator = _integer_root(value.numerator, index)
    denominator = _integer_root(value.denominator, index)
    if numerator is None or denominator is None:
        return None
    return Fraction(numerator, denominator)


def _integer_root(value: int, index: int) -> int | None:
    if index == 2:
        root = math.isqrt(value)
    elif value.bit_length() < 1000:
        root = round(value ** (1 / index))
    else:
        return None
    for candidate in (root - 1, root, root + 1):
        if candidate >= 0 and candidate**index == value:
            return candidate
    return None
