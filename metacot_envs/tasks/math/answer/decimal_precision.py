"""How precisely a decimal literal states its value: the rounding rule for decimals.

A decimal written with at least :data:`MIN_ROUNDED_DIGITS` significant digits is read
as a rounded value: it matches any value within half a unit of its last place
(``0.0833333333333333`` = ``\\frac{1}{12}``, ``2.66667`` = ``\\frac83``, ``3.14159`` = ``\\pi``).
Against a value that is not itself a decimal literal it may also be that value cut off
(truncated toward zero) at its last place: ``125.663`` = ``40\\pi`` (125.6637...);
``125.662`` is neither.
A number in scientific notation (``1.09951162778E+12``, ``3.14159 \\times 10^{-3}``) states
the precision of its mantissa: half a unit of the mantissa's last place, times the power of ten.
A shorter candidate decimal must be exact (``0.33`` is not ``\\frac13``, ``1.5708`` is not
``\\frac{\\pi}{2}``, ``1.414`` is not ``\\sqrt2``, ``3.14`` is not ``\\pi``): a short decimal is
as likely a different answer as a rounding. A reference decimal of :data:`MIN_STATED_DIGITS`
or more significant digits states the precision its answer was given to, so an exact
candidate (a fraction, a root, ``\\pi``: no decimal literal) that rounds to it at its last
place matches (``\\frac23`` for ``0.6667``, ``\\sqrt3`` for ``1.732``, ``83\\frac13`` for
``83.33``; not cut off: ``\\pi`` is not ``3.141``), as the issue that asked for this rule
put it: match to the reference's stated precision. Peer suites split on it (``e`` against
``2.718`` is wrong in one); the table's pairs moved 19 right and 2 wrong with it (held back: 2
right, 1 wrong).
Between two decimal literals, one of them long, the coarser one states the precision they
are compared at, and a decimal of :data:`MIN_STATED_DIGITS` or more significant digits is
read as rounded there too: the long one matches it when it lies within half a unit of its
last place (``3.14159`` = ``3.1416``, ``0.333333`` = ``0.3333``; ``3.14159`` is not ``3.1415``
or ``3.15``). The long decimal shows that the value goes on past the shorter one's last
place, so the shorter one is that value rounded, not a different exact answer. Decimals of
fewer digits stay exact against a long decimal too (``3.14159`` is not ``3.14``, ``2.54321``
is not ``2.5``), two decimals of 4-5 digits stay exact against each other (``3.142`` is not
``3.1416``), and two decimals written to the same place match only when equal
(``0.333333`` is not ``0.333334``; from 7 digits see below): each states its own last digit.
Places are read
from the spelling, trailing zeros included: ``3.14160`` states five places, so it is not
``3.14159``, and ``1234.00`` is not ``1234.01`` (turbopresto, graph-bot); trailing zeros
still leave the value as it is (``3.14160`` = ``3.1416``, ``2.50`` = ``2.5``).
Below all of that, a decimal within one part in a million (:data:`FLOAT_NOISE`) of the other
side is the same value printed by floating point: ``0.30000000000000004`` is ``0.3``,
``2.9999999999999996`` is ``3``, ``42.00001`` is ``42``, ``3.14159265`` is ``3.14159266``
(as graders with a 1e-6 tolerance judge; it takes 7+ significant digits to come that close).
Between two plain numbers, one of them a decimal of 7+ significant digits (a computed value,
not a written amount), the allowed gap is one part in 100,000 (:data:`NUMBER_PAIR_TOLERANCE`,
edX's default numerical tolerance of 0.001%): ``0.1234561`` and ``0.123456`` are
``0.1234567``, ``8.000032`` is ``8``; ``1234.57`` is not ``1234.56`` and ``0.333334`` is not
``0.333333`` (6 digits: a cent or a last digit apart), two whole numbers never match that
way, written as integers or as decimals (``4270002.00`` is not ``4270000``, ``206588.0`` is
not ``206589``): floating point prints every whole number below 2^53 exactly, so a gap
between two is a different answer, and a reward that paid ``4270002.00`` where ``4270002``
earns nothing would pay for the ``.00`` (two peer suites' float comparators accept
``206588.0`` for ``206589``; session 45 measured 2 of the table's pairs moved wrong, none
right, and took the rule for the soundness goal), nor two whole values in which every written
decimal is whole, in an expression too (``5000000.0 + 1`` is not ``5000000.0``, ``1.0e6`` is not
``1000001``; one table pair moved wrong in session 46): both by
:func:`whole_values_below_float_precision`; and
against an exact value that is not a plain number (``e``, ``\\frac13``) a long decimal still
has to round to it.
A long decimal inside an expression is a rounding too (``0.333333 + (-0.0185185)(x - 5)`` is
``\\frac{23-x}{54}``, ``1386.15(e^{0.013t}-1)`` is ``\\frac{18.02}{0.013}(e^{0.013t}-1)``):
the expression's value may be off by the relative error its long decimals allow, summed
(first order: what rounding each one costs a product); the side whose decimals allow more
decides. Short decimals inside expressions stay exact, as alone (``x + 1.414i`` is not
``x + \\sqrt2 i``).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TypeVar

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.expression_tree import Func, Mul, Neg, Node, Number, Pow
from metacot_envs.tasks.math.answer.symbolic_points import children, walk

MIN_ROUNDED_DIGITS = 6
"""significant digits from which a decimal counts as a rounded value"""
MIN_STATED_DIGITS = 4
"""significant digits from which a decimal counts as rounded against a long decimal literal"""
FLOAT_NOISE = 1e-6
"""relative gap under which a decimal literal and the other side are one value printed
differently (floating-point output such as ``0.30000000000000004``)"""
NUMBER_PAIR_TOLERANCE = 1e-5
"""relative gap under which two plain numbers, one a decimal of :data:`COMPUTED_DIGITS`+
significant digits, are one value (``0.1234561`` and ``0.1234567``): edX's default tolerance"""
COMPUTED_DIGITS = 7
"""significant digits from which a decimal reads as a computed value, not a written amount"""


def _unsigned(node: Node) -> Node:
    """``node`` without the minus signs in front of it."""
    while isinstance(node, Neg):
        node = node.operand
    return node


def half_unit_in_last_place(node: Node, min_digits: int = MIN_ROUNDED_DIGITS) -> Fraction | None:
    """Half a unit in the last written place of a decimal literal of ``min_digits`` or more
    significant digits, else None."""
    node = _unsigned(node)
    scale = _power_of_ten_factor(node)
    if scale is not None:
        mantissa, power = scale
        unit = half_unit_in_last_place(mantissa, min_digits)
        return None if unit is None else unit * power
    if not isinstance(node, Number) or not node.is_decimal or node.value == 0:
        return None
    places = max(node.places or 0, _decimal_places(node.value.denominator))
    digits = len(str(abs(node.value.numerator) * 10**places // node.value.denominator))
    if digits < min_digits:
        return None
    return Fraction(1, 2 * 10**places)


def _power_of_ten_factor(node: Node) -> tuple[Number, Fraction] | None:
    """``(mantissa, 10**k)`` when ``node`` is a decimal literal times ``10^k``, integer ``k``."""
    if not isinstance(node, Mul) or len(node.factors) != 2:
        return None
    mantissa, power = node.factors
    if not isinstance(mantissa, Number) or not mantissa.is_decimal or not isinstance(power, Pow):
        return None
    exponent, sign = power.exponent, 1
    if isinstance(exponent, Neg):
        exponent, sign = exponent.operand, -1
    if power.base != Number(Fraction(10)) or not isinstance(exponent, Number):
        return None
    k = exponent.value
    if k.denominator != 1 or abs(k) > 400:
        return None
    return mantissa, Fraction(10) ** (sign * int(k))


def _decimal_places(denominator: int) -> int:
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    return max(twos, fives)


def stated_tolerance(candidate: Node, reference: Node) -> Fraction | None:
    """The larger half-unit of the two sides, or None when neither is a long decimal; when
    both are decimal literals and one is long, a side of :data:`MIN_STATED_DIGITS`+ digits
    states its half-unit too; against a candidate that is no decimal literal, a reference of
    :data:`MIN_STATED_DIGITS`+ digits states its half-unit (the precision it asks for)."""
    if not _is_decimal_literal(candidate):
        return half_unit_in_last_place(reference, MIN_STATED_DIGITS)
    min_digits = MIN_ROUNDED_DIGITS
    if (
        _is_decimal_literal(candidate)
        and _is_decimal_literal(reference)
        and (half_unit_in_last_place(candidate) or half_unit_in_last_place(reference))
    ):
        min_digits = MIN_STATED_DIGITS
    units = [
        unit
        for side in (candidate, reference)
        if (unit := half_unit_in_last_place(side, min_digits)) is not None
    ]
    return max(units) if units else None


def truncation_matches(
    candidate: Node, reference: Node, left: float | Fraction, right: float | Fraction
) -> bool:
    """Whether the one long decimal of the pair is the other side's value cut off at its
    last written place (``left``/``right``: the sides' values, candidate first; exact values
    are compared exactly, since a float cannot hold ``1.1E+912``)."""
    units = half_unit_in_last_place(candidate), half_unit_in_last_place(reference)
    if (units[0] is None) == (units[1] is None) or _is_decimal_literal(
        reference if units[0] else candidate
    ):
        return False
    half = units[0] or units[1] or Fraction(0)
    if isinstance(left, Fraction) and isinstance(right, Fraction):
        return _cut_off(left, right, units[0] is not None, 2 * half)
    return _cut_off(float(left), float(right), units[0] is not None, 2 * float(half))


_Value = TypeVar("_Value", float, Fraction)


def _cut_off(left: _Value, right: _Value, candidate_written: bool, unit: _Value) -> bool:
    written, value = (left, right) if candidate_written else (right, left)
    return written * value > 0 and 0 <= abs(value) - abs(written) < unit


def _is_decimal_literal(node: Node) -> bool:
    node = _unsigned(node)
    return (isinstance(node, Number) and node.is_decimal) or _power_of_ten_factor(node) is not None


def embedded_relative_tolerance(candidate: Node, reference: Node, budget: Budget) -> float | None:
    """The relative error the long decimals written inside one side's expression allow (the
    larger side's), or None when neither side has one; a side that is itself a decimal
    literal is left to :func:`stated_tolerance`."""
    allowed = []
    for side in (candidate, reference):
        if not _is_decimal_literal(side):
            allowed.append(_relative_rounding(side, budget))
    return max(allowed, default=0.0) or None


def _relative_rounding(side: Node, budget: Budget) -> float:
    """The summed relative half-units of the long decimals in ``side`` outside exponents and
    functions' arguments: a decimal's relative precision carries through sums, products and
    quotients, but not through a power or a function (``2^{0.5000001}`` is no rounding of
    ``\\sqrt{2}``), so only these lend it."""
    total = 0.0
    stack = [side]
    while stack:
        node = stack.pop()
        if isinstance(node, Number):
            if node.is_decimal and node.value != 0:
                unit = half_unit_in_last_place(node)
                if unit is not None:
                    total += float(unit / abs(node.value))
            continue
        budget.tick()
        if isinstance(node, Pow):
            stack.append(node.base)
        elif not isinstance(node, Func):
            stack.extend(children(node))
    return total


def has_decimal_literal_side(candidate: Node, reference: Node) -> bool:
    """Whether either side is a lone decimal literal (or one in scientific notation)."""
    return _is_decimal_literal(candidate) or _is_decimal_literal(reference)


def literal_relative_tolerance(candidate: Node, reference: Node) -> float | None:
    """The relative gap a lone decimal side allows: :data:`NUMBER_PAIR_TOLERANCE` when both
    sides are plain numbers and a decimal of them has :data:`COMPUTED_DIGITS`+ significant
    digits, :data:`FLOAT_NOISE` when a side is a decimal literal, else None."""
    if not has_decimal_literal_side(candidate, reference):
        return None
    plain = all(
        _is_decimal_literal(side) or _is_integer_literal(side) for side in (candidate, reference)
    )
    if plain and (
        half_unit_in_last_place(candidate, COMPUTED_DIGITS)
        or half_unit_in_last_place(reference, COMPUTED_DIGITS)
    ):
        return NUMBER_PAIR_TOLERANCE
    return FLOAT_NOISE


def whole_values_below_float_precision(
    candidate: Node, reference: Node, values: tuple[Fraction, Fraction], budget: Budget
) -> bool:
    """Whether two sides with these exact values are whole numbers below 2^53 in which every
    decimal written is whole (``4270002.00`` against ``4270000``, ``5000000.0 + 1`` against
    ``5000000.0``): no decimal in them is a rounding, and floating point prints every such
    whole number exactly, so they compare exactly, whatever tolerance
    :func:`literal_relative_tolerance` or :func:`embedded_relative_tolerance` would allow."""
    if not all(value.denominator == 1 and abs(value) < 2**53 for value in values):
        return False
    return not any(
        isinstance(node, Number) and node.is_decimal and node.value.denominator != 1
        for side in (candidate, reference)
        for node in walk(side, budget)
    )


def _is_integer_literal(node: Node) -> bool:
    node = _unsigned(node)
    return isinstance(node, Number) and not node.is_decimal
