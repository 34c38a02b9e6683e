r"""Inequalities as the intervals they describe, before trees are compared.

``a < x \le b`` is ``(a, b]``, with the middle any name (``0 < f(x) < 1`` is ``(0, 1)``);
``-x > -1`` is ``x < 1``; ``a \le |z| \le b`` (``a \ge 0``) is ``[-b, -a] \cup [a, b]``,
``|z| < b`` is ``(-b, b)`` and ``a < |z|`` is ``(-\infty, -a) \cup (a, \infty)``; a list
of inequalities is a union, but two that overlap bound one interval (``x > 2, x < 5`` is
``(2, 5)``); ``x \ne a`` (``a`` a constant) is ``(-\infty, a) \cup (a, \infty)``;
a linear or quadratic inequality in one variable with rational roots is solved (``2 < 2x`` is
``(1, \infty)``), as is a quadratic one that never crosses zero (``(x-1)^2 \ge 0`` holds for
every real number, ``x^2 + 1 < 0`` for none).
"""

from __future__ import annotations

import math
from fractions import Fraction

from metacot_envs.tasks.math.answer.answer_forms import is_name
from metacot_envs.tasks.math.answer.budget import Budget, BudgetExceeded, SizeLimitExceeded
from metacot_envs.tasks.math.answer.exact_arithmetic import EvaluationError
from metacot_envs.tasks.math.answer.expression_eval import numeric_value
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    AnswerList,
    Bracketed,
    Constant,
    Div,
    Func,
    Mul,
    Neg,
    Node,
    Number,
    Pow,
    Relation,
    Union,
)
from metacot_envs.tasks.math.answer.symbolic_points import collect_symbols, contains

FLIPPED = {">": "<", ">=": "<=", "<": ">", "<=": ">=", "=": "=", "!=": "!=", "~=": "~="}
"""each relation written the other way round (``x > 3`` is ``3 < x``)"""


def oriented(relation: Relation) -> Relation:
    """Write ``>``/``>=`` chains as ``<``/``<=`` so ``x > 3`` and ``3 < x`` look alike."""
    if relation.ops and relation.ops[0] in (">", ">="):
        return Relation(
            tuple(FLIPPED[op] for op in reversed(relation.ops)), tuple(reversed(relation.operands))
        )
    return relation


def _negated_name(node: Node) -> bool:
    return isinstance(node, Neg) and is_name(node.operand)


def bounded_name(node: Node) -> Node | None:
    """The name an inequality bounds (``x`` in ``x < 2``, ``2 > x`` and ``0 < x \\le 1``;
    ``z`` in ``|z| \\le 1``, which bounds ``z`` to an interval; ``\\sin x`` in
    ``\\sin x < 1``), or None when it bounds no one name (``2 < 2x``, ``x < y``)."""
    if not isinstance(node, Relation) or not set(node.ops) <= {"<", "<=", ">", ">="}:
        return None
    operands, name = node.operands, None
    if len(operands) == 3 and is_name(operands[1]):
        name = operands[1]
    elif len(operands) == 2 and is_name(operands[0]) != is_name(operands[1]):
        name = operands[0] if is_name(operands[0]) else operands[1]
    return name.args[0] if isinstance(name, Func) and _absolute_value(name) else name


def _absolute_value(node: Node) -> bool:
    """Whether ``node`` is ``|name|``."""
    return isinstance(node, Func) and node.name == "abs" and is_name(node.args[0])


def inequality_as_interval(node: Node, budget: Budget | None = None) -> Node:
    """``x < 2`` as ``(-\\infty, 2)``, ``a \\le x < b`` as ``[a, b)``, ``x \\ne 1`` as
    ``(-\\infty, 1) \\cup (1, \\infty)`` (a variable that is not a constant); with a
    ``budget``, also a linear or quadratic inequality in one variable with rational roots
    (``2 < 2x`` is ``(1, \\infty)``, ``x^2 > 4`` is ``(-\\infty, -2) \\cup (2, \\infty)``);
    other nodes unchanged."""
    if isinstance(node, Relation) and node.ops == ("!=",):
        return _all_but_one_point(node)
    if not isinstance(node, Relation) or not set(node.ops) <= {"<", "<=", ">", ">="}:
        return node
    if any(_negated_name(operand) for operand in node.operands):
        # -x > -1 is x < 1: negate every side and flip every sign.
        node = Relation(
            tuple(FLIPPED[op] for op in node.ops),
            tuple(o.operand if isinstance(o, Neg) else Neg(o) for o in node.operands),
        )
    relation = oriented(node)
    if not set(relation.ops) <= {"<", "<="}:
        return node
    operands, ops = relation.operands, relation.ops
    infinity = Constant("infty")
    # Names on both sides (x > m) leave no one variable: they stay relations. In a chain the
    # middle is the variable (a < x < b is (a, b)).
    if len(operands) == 2 and (_absolute_value(operands[0]) or _absolute_value(operands[1])):
        bounded = _absolute_value_bounded(ops[0], operands)
        return node if bounded is None else bounded
    if len(operands) == 2 and is_name(operands[0]) and not is_name(operands[1]):
        return Bracketed("(", (Neg(infinity), operands[1]), ")" if ops[0] == "<" else "]")
    if len(operands) == 2 and is_name(operands[1]) and not is_name(operands[0]):
        return Bracketed("(" if ops[0] == "<" else "[", (operands[0], infinity), ")")
    if len(operands) == 3 and is_name(operands[1]):
        opening, closing = "(" if ops[0] == "<" else "[", ")" if ops[1] == "<" else "]"
        middle = operands[1]
        if isinstance(middle, Func) and middle.name == "abs" and _sign(operands[0]) in (0, 1):
            low, high = operands[0], operands[2]
            mirrored_open, mirrored_close = (
                ("(" if ops[1] == "<" else "["),
                (")" if ops[0] == "<" else "]"),
            )
            return Union(
                (
                    Bracketed(mirrored_open, (Neg(high), Neg(low)), mirrored_close),
                    Bracketed(opening, (low, high), closing),
                )
            )
        return Bracketed(opening, (operands[0], operands[2]), closing)
    if budget is not None and len(operands) == 2:
        solved = _solved_polynomial_inequality(relation, budget)
        inside = _inside_absolute_value(operands[0])
        if solved is None and inside is not None:
            solved = _solved_chain(ops * 2, (Neg(operands[1]), inside, operands[1]), budget)
        outside = _inside_absolute_value(operands[1])
        if solved is None and outside is not None and _constant(operands[0]):
            solved = _solved_outside(ops[0], outside, operands[0], budget)
        if solved is not None:
            return solved
    if budget is not None and len(operands) == 3:
        solved = _solved_chain(ops, operands, budget)
        if solved is not None:
            return solved
    return node


def _absolute_value_bounded(op: str, operands: tuple[Node, ...]) -> Node | None:
    """``|x| < c`` (``op`` ``<`` or ``<=``; the relation is oriented) as ``(-c, c)`` and ``c <
    |x|`` as ``(-\\infty, -c) \\cup (c, \\infty)`` for a constant ``c`` of known sign; a
    negative ``c`` leaves nothing (``|k| < -5``) or every real number (``|x| > -5``), a zero
    ``c`` one point or all but it; None when the bound's sign is unknown (``|x| < y``): then
    ``|x|`` is no name an interval bounds, so it stays a relation."""
    infinity = Constant("infty")
    upper = _absolute_value(operands[0])
    bound = operands[1] if upper else operands[0]
    sign = _sign(bound)
    if sign is None:
        return None
    strict = op == "<"
    if upper:  # |x| < c
        if sign < 0 or (sign == 0 and strict):
            return Bracketed("{", (), "}")
        if sign == 0:
            return Bracketed("{", (Number(Fraction(0)),), "}")
        opening, closing = ("(", ")") if strict else ("[", "]")
        return Bracketed(opening, (Neg(bound), bound), closing)
    if sign < 0 or (sign == 0 and not strict):  # c < |x|
        return Bracketed("(", (Neg(infinity), infinity), ")")
    if sign == 0:
        return _everywhere_but(Number(Fraction(0)))
    opening, closing = ("(", ")") if strict else ("[", "]")
    return Union(
        (
            Bracketed("(", (Neg(infinity), Neg(bound)), closing),
            Bracketed(opening, (bound, infinity), ")"),
        )
    )


def _sign(node: Node) -> int | None:
    """The sign of a constant (``-5``, ``\\pi/3``), or None for anything else."""
    if not _constant(node):
        return None
    try:
        value = numeric_value(node, {}, Budget(0.1))
    except (EvaluationError, ValueError, SizeLimitExceeded, BudgetExceeded):
        return None
    if value.imag != 0:
        return None
    return (value.real > 0) - (value.real < 0)


def _inside_absolute_value(node: Node) -> Node | None:
    """The expression inside ``node`` when it is the absolute value of one that is no lone
    name (``x - 1`` in ``|x - 1|``; ``|x|`` is read above), else None."""
    if isinstance(node, Func) and node.name == "abs" and not is_name(node.args[0]):
        return node.args[0]
    return None


def _solved_chain(
    ops: tuple[str, ...], operands: tuple[Node, ...], budget: Budget
) -> Bracketed | None:
    """``a < p(x) \\le b`` (a chain with constant ends; ``|p(x)| < b`` comes here as ``-b <
    p(x) < b``) as the interval where both of its inequalities hold, when each is a linear
    one in the same one variable (``-3 < x - 1 < 3`` is ``(-2, 4)``); None otherwise."""
    low, middle, high = operands
    if not (_constant(low) and _constant(high)) or len(collect_symbols(middle, budget)) != 1:
        return None
    rays = [
        _solved_polynomial_inequality(Relation((ops[0],), (low, middle)), budget),
        _solved_polynomial_inequality(Relation((ops[1],), (middle, high)), budget),
    ]
    below = [ray for ray in rays if isinstance(ray, Bracketed) and _is_ray(ray, below=True)]
    above = [ray for ray in rays if isinstance(ray, Bracketed) and _is_ray(ray, below=False)]
    if len(below) != 1 or len(above) != 1:
        return None
    start, end = above[0].items[0], below[0].items[1]
    closed = above[0].opening == "[" and below[0].closing == "]"
    low_value, high_value = _exact(start), _exact(end)
    if low_value is None or high_value is None:
        return None  # a bound that is no rational number (an infinity, a root): not solved here
    if low_value > high_value or (low_value == high_value and not closed):
        return Bracketed("{", (), "}")  # the bounds exclude each other: 5 < x - 1 < 3
    return Bracketed(above[0].opening, (start, end), below[0].closing)


def _exact(end: Node) -> Fraction | None:
    """The value of a solved bound when it is a number or its negation (as :func:`_number`
    writes a rational one), else None."""
    if isinstance(end, Neg):
        inner = _exact(end.operand)
        return None if inner is None else -inner
    return end.value if isinstance(end, Number) else None


def _solved_outside(op: str, inside: Node, bound: Node, budget: Budget) -> Union | None:
    """``c < |p(x)|`` as ``p(x) < -c`` or ``c < p(x)``: the union of the two rays where they
    hold, when each is a linear inequality in one variable (``3 \\le |x - 1|`` is
    ``(-\\infty, -2] \\cup [4, \\infty)``); None otherwise."""
    rays = (
        _solved_polynomial_inequality(Relation((op,), (inside, Neg(bound))), budget),
        _solved_polynomial_inequality(Relation((op,), (bound, inside)), budget),
    )
    below, above = rays
    if not (isinstance(below, Bracketed) and isinstance(above, Bracketed)):
        return None
    if not (_is_ray(below, below=True) and _is_ray(above, below=False)):
        below, above = above, below
    if not (_is_ray(below, below=True) and _is_ray(above, below=False)):
        return None
    return Union((below, above))


def _is_ray(node: Bracketed, *, below: bool) -> bool:
    """Whether ``node`` is a ray to minus infinity (``below``) or to infinity."""
    if len(node.items) != 2:
        return False
    end = node.items[0] if below else node.items[1]
    infinity = Constant("infty")
    return end == (Neg(infinity) if below else infinity)


POLYNOMIAL_PROBES = (0, 1, 2, 3, 5)
"""where a one-variable inequality's sides are evaluated to read it as a polynomial of degree
at most 2 (three values fix the polynomial, the other two check it)"""
MAX_ROOT_DENOMINATOR = 10_000


def _solved_polynomial_inequality(relation: Relation, budget: Budget) -> Node | None:
    """``p(x) < q(x)`` (or ``<=``; the relation is oriented) as the interval or union of two
    intervals where it holds, when ``p - q`` is a polynomial of degree 1 or 2 in its one
    variable with rational roots (read from its values at :data:`POLYNOMIAL_PROBES`, so
    ``2 < 2x``, ``x^2 > 4``, ``2(13.1+x) < 10-5``), or that never crosses zero (``x^2 + 1 > 0``
    holds everywhere, ``(x-1)^2 > 0`` everywhere but 1); None otherwise (other functions, other
    degrees, irrational roots). A side that applies a function is none: ``|2x + 1|`` and
    ``\\lfloor x \\rfloor`` are linear at the probes, which are all non-negative, and not
    elsewhere."""
    symbols = collect_symbols(relation, budget)
    if len(symbols) != 1 or contains(relation, Func, budget):
        return None
    (name,) = symbols
    left, right = relation.operands
    values: list[float] = []
    try:
        for probe in POLYNOMIAL_PROBES:
            point = {name: complex(probe)}
            value = numeric_value(left, point, budget) - numeric_value(right, point, budget)
            if abs(value.imag) > 1e-12:
                return None
            values.append(value.real)
    except (EvaluationError, ValueError, SizeLimitExceeded):
        return None
    # p(t) = a t^2 + b t + c from the values at 0, 1 and 2; the values at 3 and 5 check it
    c = values[0]
    a = (values[2] - 2 * values[1] + c) / 2
    b = values[1] - c - a
    scale = max(1.0, *(abs(v) for v in values))
    for probe, value in zip(POLYNOMIAL_PROBES[3:], values[3:], strict=True):
        if abs(a * probe * probe + b * probe + c - value) > 1e-9 * scale:
            return None
    exact = [_small_fraction(coefficient) for coefficient in (a, b, c)]
    if exact[0] is None or exact[1] is None or exact[2] is None:
        return None
    return _where_negative(exact[0], exact[1], exact[2], strict=relation.ops[0] == "<")


def _where_negative(a: Fraction, b: Fraction, c: Fraction, *, strict: bool) -> Node | None:
    """Where ``a t^2 + b t + c < 0`` (``<= 0`` unless ``strict``) holds, as an interval, a
    union of two, a set of one point or the empty set; None with irrational roots or for a
    constant."""
    if a == 0:
        if b == 0:
            return None
        root = -c / b
        # b t + c < 0 holds below the root when b > 0, above it when b < 0
        return _ray(root, below=b > 0, strict=strict)
    discriminant = b * b - 4 * a * c
    if discriminant <= 0:
        return _where_negative_without_a_crossing(a, -b / (2 * a), discriminant == 0, strict)
    root_of_discriminant = _rational_square_root(discriminant)
    if root_of_discriminant is None:
        return None
    low, high = sorted(
        ((-b - root_of_discriminant) / (2 * a), (-b + root_of_discriminant) / (2 * a))
    )
    opening, closing = ("(", ")") if strict else ("[", "]")
    if a > 0:  # negative between the roots
        return Bracketed(opening, (_number(low), _number(high)), closing)
    return Union((_ray(low, below=True, strict=strict), _ray(high, below=False, strict=strict)))


def _where_negative_without_a_crossing(
    a: Fraction, vertex: Fraction, touches: bool, strict: bool
) -> Node:
    """Where a quadratic that never crosses zero is below it (``< 0``, or ``<= 0`` unless
    ``strict``): it keeps the sign of ``a`` except at its vertex when it ``touches`` zero
    there. ``x^2 + 1 < 0`` holds nowhere, ``(x-1)^2 <= 0`` at 1 only, ``-(x-1)^2 < 0`` at
    every point but 1, ``-x^2 - 1 < 0`` everywhere."""
    if a > 0:
        if touches and not strict:
            return Bracketed("{", (_number(vertex),), "}")
        return Bracketed("{", (), "}")
    if touches and strict:
        return _everywhere_but(_number(vertex))
    infinity = Constant("infty")
    return Bracketed("(", (Neg(infinity), infinity), ")")


def _ray(point: Fraction, *, below: bool, strict: bool) -> Bracketed:
    infinity = Constant("infty")
    if below:
        return Bracketed("(", (Neg(infinity), _number(point)), ")" if strict else "]")
    return Bracketed("(" if strict else "[", (_number(point), infinity), ")")


def _number(value: Fraction) -> Node:
    return Number(value) if value >= 0 else Neg(Number(-value))


def _small_fraction(value: float) -> Fraction | None:
    """``value`` as a fraction of small denominator when it is one to float precision."""
    fraction = Fraction(value).limit_denominator(MAX_ROOT_DENOMINATOR)
    return fraction if abs(float(fraction) - value) <= 1e-9 * max(1.0, abs(value)) else None


def _rational_square_root(value: Fraction) -> Fraction | None:
    if value < 0:
        return None
    numerator, denominator = math.isqrt(value.numerator), math.isqrt(value.denominator)
    if numerator * numerator != value.numerator or denominator * denominator != value.denominator:
        return None
    return Fraction(numerator, denominator)


def _all_but_one_point(node: Relation) -> Node:
    left, right = node.operands
    name, point = (left, right) if is_name(left) else (right, left)
    if not is_name(name) or is_name(point) or not _constant(point):
        return node
    return _everywhere_but(point)


def _everywhere_but(point: Node) -> Union:
    """The real line without ``point``: two open rays."""
    infinity = Constant("infty")
    return Union(
        (Bracketed("(", (Neg(infinity), point), ")"), Bracketed("(", (point, infinity), ")"))
    )


def _constant(node: Node) -> bool:
    """Whether ``node`` is built from numbers and named constants only (no variable)."""
    if isinstance(node, Number):
        return True
    if isinstance(node, Constant):
        return node.name != "infty"
    if isinstance(node, Neg):
        return _constant(node.operand)
    if isinstance(node, Div):
        return _constant(node.numerator) and _constant(node.denominator)
    if isinstance(node, Mul):
        return all(_constant(factor) for factor in node.factors)
    if isinstance(node, Add):
        return all(_constant(term) for term in node.terms)
    if isinstance(node, Pow):
        return _constant(node.base) and _constant(node.exponent)
    if isinstance(node, Func):
        return all(_constant(arg) for arg in node.args)
    return False


def inequalities_as_union(node: Node, budget: Budget) -> Node:
    """``x < -1 \\text{ or } x > 1`` (a list of inequalities) as a union of intervals; two
    rays on one name that overlap (``x > 2, x < 5``; ``x \\ge 1 \\text{ and } x < 4``) as the
    interval between them: their union would be every real number, which no answer writes as
    two inequalities, so the list states both bounds of one interval."""
    if not isinstance(node, AnswerList) or not all(isinstance(i, Relation) for i in node.items):
        return node
    intervals = tuple(inequality_as_interval(item) for item in node.items)
    if not all(isinstance(i, Bracketed) for i in intervals):
        return node
    names = [bounded_name(item) for item in node.items]
    if len({name for name in names if name is not None}) > 1:
        return node  # x < -2 or y > 1 bounds two names: a region, not one set of reals
    brackets = [i for i in intervals if isinstance(i, Bracketed)]
    if len(brackets) == 2 and names[0] is not None and names[0] == names[1]:
        between = _between_overlapping_rays(brackets[0], brackets[1], budget)
        if between is not None:
            return between
    return Union(intervals)


def _between_overlapping_rays(first: Bracketed, second: Bracketed, budget: Budget) -> Node | None:
    """``[a, b)`` from the rays ``[a, \\infty)`` and ``(-\\infty, b)`` (either order) when
    ``a < b``, both constants; else None."""
    infinity = Constant("infty")
    if any(len(ray.items) != 2 for ray in (first, second)):
        return None
    lower = [ray for ray in (first, second) if ray.items[1] == infinity]
    upper = [ray for ray in (first, second) if ray.items[0] == Neg(infinity)]
    if len(lower) != 1 or len(upper) != 1 or lower[0] is upper[0]:
        return None
    low, high = lower[0].items[0], upper[0].items[1]
    try:
        start, end = numeric_value(low, {}, budget), numeric_value(high, {}, budget)
    except (EvaluationError, ValueError, SizeLimitExceeded):
        return None
    if start.imag or end.imag or not start.real < end.real:
        return None
    return Bracketed(lower[0].opening, (low, high), upper[0].closing)
