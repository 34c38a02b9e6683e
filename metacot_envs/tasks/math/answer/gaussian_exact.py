"""Exact values in the Gaussian rationals (``a + bi``, ``a`` and ``b`` rational), to refute a
float match between two rational functions that hold the imaginary unit.

Floats resolve about nine digits after the noise the comparison allows, so
``1000000000i + 1`` and ``1000000000i`` agree in complex floats though they differ. The exact
check for rational functions (:func:`~.expression_eval.exact_value`) works in the rationals,
where ``i`` has no value and no rational stand-in will do (``i^2`` is ``-1``, which a stand-in
would refute). :func:`gaussian_value` computes such a tree's value with ``i`` as itself:
numbers, letters and constants at the rational values a point gives them, joined by
``+ - * /`` and whole powers. Anything else is no value (``None``). Pure arithmetic: no text is
read here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.exact_arithmetic import MAX_EXACT_BITS, bits, checked
from metacot_envs.tasks.math.answer.expression_eval import constant_stand_in_name
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    Constant,
    Div,
    Mul,
    Neg,
    Node,
    Number,
    Percent,
    Pow,
    Symbol,
)
from metacot_envs.tasks.math.answer.symbolic_points import walk

_ZERO = Fraction(0)
_ONE = Fraction(1)


@dataclass(frozen=True, slots=True)
class Gaussian:
    """A Gaussian rational ``real + imag * i``; every part checked against the exact-size
    limit (:func:`~.exact_arithmetic.checked`)."""

    real: Fraction
    imag: Fraction

    def __add__(self, other: Gaussian) -> Gaussian:
        return Gaussian(checked(self.real + other.real), checked(self.imag + other.imag))

    def __mul__(self, other: Gaussian) -> Gaussian:
        real = checked(self.real * other.real - self.imag * other.imag)
        return Gaussian(real, checked(self.real * other.imag + self.imag * other.real))

    def __neg__(self) -> Gaussian:
        return Gaussian(-self.real, -self.imag)

    def reciprocal(self) -> Gaussian | None:
        """``1 / self``; None at zero."""
        norm = self.real * self.real + self.imag * self.imag
        if norm == 0:
            return None
        return Gaussian(checked(self.real / norm), checked(-self.imag / norm))

    def power(self, exponent: int) -> Gaussian | None:
        """``self ** exponent`` by squaring; None for zero to a non-positive power."""
        base: Gaussian | None = self if exponent >= 0 else self.reciprocal()
        if base is None or (exponent == 0 and self == _GAUSSIAN_ZERO):
            return None
        size = max(bits(base.real), bits(base.imag), 1)
        if abs(exponent) * size > MAX_EXACT_BITS:
            return None
        result, remaining = _GAUSSIAN_ONE, abs(exponent)
        while remaining:
            if remaining & 1:
                result = result * base
            remaining >>= 1
            if remaining:
                base = base * base
        return result


_GAUSSIAN_ZERO = Gaussian(_ZERO, _ZERO)
_GAUSSIAN_ONE = Gaussian(_ONE, _ZERO)
_IMAGINARY_UNIT = Gaussian(_ZERO, _ONE)


def holds_imaginary_unit(node: Node, budget: Budget) -> bool:
    """Whether ``node`` holds the constant ``i``."""
    return any(isinstance(part, Constant) and part.name == "i" for part in walk(node, budget))


def gaussian_value(
    node: Node, budget: Budget, point: Mapping[str, Fraction], percent_scale: Fraction = _ONE
) -> Gaussian | None:
    """The exact value of ``node`` with ``i`` as the imaginary unit and letters and other
    constants at ``point``'s values (constants under
    :func:`~.expression_eval.constant_stand_in_name`), or None where it has none (a part not
    listed above, a letter the point lacks, a division by zero)."""
    if isinstance(node, Number):
        return Gaussian(node.value, _ZERO)
    if isinstance(node, Symbol | Constant):
        if isinstance(node, Constant) and node.name == "i":
            return _IMAGINARY_UNIT
        name = node.name if isinstance(node, Symbol) else constant_stand_in_name(node.name)
        given = point.get(name)
        return None if given is None else Gaussian(given, _ZERO)
    budget.tick()  # leaves are charged to the node above them, which reads each once
    if isinstance(node, Neg):
        inner = gaussian_value(node.operand, budget, point, percent_scale)
        return None if inner is None else -inner
    if isinstance(node, Percent):
        inner = gaussian_value(node.operand, budget, point, percent_scale)
        return None if inner is None else inner * Gaussian(percent_scale, _ZERO)
    if isinstance(node, Add | Mul):
        parts = node.terms if isinstance(node, Add) else node.factors
        total = _GAUSSIAN_ZERO if isinstance(node, Add) else _GAUSSIAN_ONE
        for part in parts:
            value = gaussian_value(part, budget, point, percent_scale)
            if value is None:
                return None
            total = total + value if isinstance(node, Add) else total * value
        return total
    if isinstance(node, Div):
        top = gaussian_value(node.numerator, budget, point, percent_scale)
        bottom = gaussian_value(node.denominator, budget, point, percent_scale)
        inverse = None if bottom is None else bottom.reciprocal()
        return None if top is None or inverse is None else top * inverse
    if isinstance(node, Pow):
        exponent = gaussian_value(node.exponent, budget, point, percent_scale)
        if exponent is None or exponent.imag or exponent.real.denominator != 1:
            return None
        base = gaussian_value(node.base, budget, point, percent_scale)
        return None if base is None else base.power(exponent.real.numerator)
    return None
