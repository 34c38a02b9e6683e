"""A tree's value in high-precision decimal arithmetic, to refute a float match.

Floats resolve about nine digits after the noise the comparison allows, so two answers built
on long whole numbers (``99999999919\\sqrt{2}`` and ``99999999999\\sqrt{2}``) agree in floats
though they differ. :func:`differs_at_high_precision` evaluates both trees at one point with
Python's :mod:`decimal` at two precisions: a difference that stays the same from the lower
precision to the higher is a real one, while rounding noise of two equal values shrinks with
the precision and so never agrees with itself. Only numbers, letters, ``\\pi``, ``e``, sums,
products, quotients, powers and square and other roots of positive values are evaluated;
anything else leaves the float verdict alone. Pure arithmetic: no text is read here.
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from fractions import Fraction
from functools import lru_cache

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    Constant,
    Div,
    Func,
    Mul,
    Neg,
    Node,
    Number,
    Pow,
    Symbol,
)
from metacot_envs.tasks.math.answer.symbolic_points import walk

PRECISIONS = (50, 70)
"""the two precisions, in significant digits, a difference must hold at, for numbers of up to
:data:`PRECISION_MARGIN` digits fewer than the lower; longer numbers raise both by the excess
(a 54-digit coefficient's ``+ 1`` is below what 50 digits resolve)"""
PRECISION_MARGIN = 20
"""digits the lower precision keeps beyond the longest number's"""
STABLE_DIFFERENCE = Decimal("1e-3")
"""how closely the differences at the two precisions must agree, relative to the higher's"""
MAX_WHOLE_EXPONENT = 1000
"""largest whole exponent raised exactly: beyond it the relative error grows past what the
precisions leave"""
LONG_NUMBER = 10**9
"""a number's numerator or denominator at least this large is past what floats compare: only
trees that hold one are evaluated"""


def holds_long_number(node: Node, budget: Budget) -> bool:
    """Whether ``node`` holds a number whose numerator or denominator is at least
    :data:`LONG_NUMBER`: where floats can hide a difference between two whole numbers."""
    return any(
        isinstance(part, Number)
        and (abs(part.value.numerator) >= LONG_NUMBER or part.value.denominator >= LONG_NUMBER)
        for part in walk(node, budget)
    )


def differs_at_high_precision(
    candidate: Node, reference: Node, point: dict[str, Fraction], budget: Budget
) -> bool:
    """Whether the two trees' values at ``point`` differ by an amount that holds at both
    :data:`PRECISIONS` (a real difference, not rounding noise); False when either tree holds
    a part this module does not evaluate or is undefined there."""
    differences = []
    longest = max(_longest_number(candidate, budget), _longest_number(reference, budget))
    excess = max(0, longest + PRECISION_MARGIN - PRECISIONS[0])
    for digits in (precision + excess for precision in PRECISIONS):
        with localcontext() as context:
            context.prec = digits
            try:
                left = _value(candidate, point, budget, digits)
                right = _value(reference, point, budget, digits)
            except ArithmeticError:
                return False  # overflow, a division by zero, a root of a negative value
            if left is None or right is None:
                return False
            differences.append(left - right)
    low, high = differences
    return high != 0 and abs(low - high) <= abs(high) * STABLE_DIFFERENCE


def _longest_number(node: Node, budget: Budget) -> int:
    """Digits of the longest numerator or denominator of a number in ``node``."""
    return max(
        (
            len(str(abs(part)))
            for number in walk(node, budget)
            if isinstance(number, Number)
            for part in (number.value.numerator, number.value.denominator)
        ),
        default=0,
    )


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def _value(node: Node, point: dict[str, Fraction], budget: Budget, digits: int) -> Decimal | None:
    budget.tick()
    if isinstance(node, Number):
        return _decimal(node.value)
    if isinstance(node, Symbol):
        given = point.get(node.name)
        return None if given is None else _decimal(given)
    if isinstance(node, Constant):
        if node.name == "pi":
            return +_pi(digits)  # unary plus rounds to the current precision
        return Decimal(1).exp() if node.name == "e" else None
    if isinstance(node, Neg):
        inner = _value(node.operand, point, budget, digits)
        return None if inner is None else -inner
    if isinstance(node, Add | Mul):
        parts = node.terms if isinstance(node, Add) else node.factors
        total = Decimal(0) if isinstance(node, Add) else Decimal(1)
        for part in parts:
            value = _value(part, point, budget, digits)
            if value is None:
                return None
            total = total + value if isinstance(node, Add) else total * value
        return total
    if isinstance(node, Div):
        top = _value(node.numerator, point, budget, digits)
        bottom = _value(node.denominator, point, budget, digits)
        return None if top is None or bottom is None else top / bottom
    if isinstance(node, Pow):
        base = _value(node.base, point, budget, digits)
        if base is None:
            return None
        whole = _whole_exponent(node.exponent)
        if whole is not None:
            return base**whole if abs(whole) <= MAX_WHOLE_EXPONENT else None
        exponent = _value(node.exponent, point, budget, digits)
        return None if exponent is None else _positive_power(base, exponent)
    if isinstance(node, Func):
        return _root(node, point, budget, digits)
    return None


def _whole_exponent(exponent: Node) -> int | None:
    sign = 1
    if isinstance(exponent, Neg):
        sign, exponent = -1, exponent.operand
    if isinstance(exponent, Number) and exponent.value.denominator == 1:
        return sign * exponent.value.numerator
    return None


def _positive_power(base: Decimal, exponent: Decimal) -> Decimal | None:
    """``base`` to a power that is not whole, for a positive base only (the principal value
    of a negative base's power is complex)."""
    return (exponent * base.ln()).exp() if base > 0 else None


def _root(node: Func, point: dict[str, Fraction], budget: Budget, digits: int) -> Decimal | None:
    """A square root, or a root of another index, of a positive value; other functions are
    not evaluated."""
    if node.name == "sqrt" and len(node.args) == 1:
        radicand = _value(node.args[0], point, budget, digits)
        return radicand.sqrt() if radicand is not None and radicand > 0 else None
    if node.name == "root" and len(node.args) == 2:
        index = _value(node.args[0], point, budget, digits)
        radicand = _value(node.args[1], point, budget, digits)
        if index is None or radicand is None or index == 0:
            return None
        return _positive_power(radicand, 1 / index)
    return None


@lru_cache(maxsize=8)
def _pi(digits: int) -> Decimal:
    """``\\pi`` to ``digits`` significant digits and a few more, by Machin's formula."""
    with localcontext() as context:
        context.prec = digits + 10
        value = 4 * (4 * _arctan_inverse(5) - _arctan_inverse(239))
    return value


def _arctan_inverse(n: int) -> Decimal:
    """``arctan(1/n)`` at the current precision, by its alternating series."""
    total = term = Decimal(1) / n
    square = n * n
    k = 1
    while True:
        term /= -square
        addition = term / (2 * k + 1)
        if total + addition == total:
            return total
        total += addition
        k += 1
