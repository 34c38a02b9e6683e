"""Linear equations and systems, quadratic roots, polynomial expansion and factoring.

Problems are built from random integers; sympy (on objects built from those
numbers, never from text) computes the ground truth.
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd

import numpy as np
import sympy

from metacot_envs.tasks.math.generators.base import check_level, integer, make_problem, nonzero
from metacot_envs.tasks.math.generators.forms import (
    factored_forms,
    linear_factor,
    polynomial_forms,
    polynomial_text,
    rational_forms,
    to_fraction,
    tuple_forms,
    unordered_list_forms,
)
from metacot_envs.tasks.math.types import Fact, MathProblem

X = sympy.Symbol("x")
Y = sympy.Symbol("y")


def _coefficients(expr: sympy.Expr) -> list[Fraction]:
    return [to_fraction(c) for c in sympy.Poly(expr, X).all_coeffs()]


def _side(*coefficients: int) -> str:
    return polynomial_text([Fraction(c) for c in coefficients])


def linear_equation(rng: np.random.Generator, level: int) -> MathProblem:
    """Level 1: ``ax + b = c``; level 2: ``ax + b = cx + d``; level 3: the same with a fractional root."""
    check_level("linear_equation", level)
    a = nonzero(rng, -9, 9)
    b = integer(rng, -20, 20)
    if level == 3:
        c = nonzero(rng, -9, 9)
        while c == a:
            c = nonzero(rng, -9, 9)
        d = integer(rng, -20, 20)
    else:
        root = integer(rng, -10, 10)
        c = 0 if level == 1 else nonzero(rng, -9, 9)
        while c == a:
            c = nonzero(rng, -9, 9)
        d = (a - c) * root + b
    (solution,) = sympy.solve(sympy.Eq(a * X + b, c * X + d), X)
    value = to_fraction(solution)
    question = f"Solve for $x$: ${_side(a, b)} = {_side(c, d)}$."
    return make_problem(
        "linear_equation",
        level,
        "Algebra",
        question,
        rational_forms(value),
        [Fact(("x",), (value,))],
    )


def _two_variable_side(a: int, b: int) -> str:
    x_part = polynomial_text([Fraction(a), Fraction(0)], "x")
    y_part = polynomial_text([Fraction(abs(b)), Fraction(0)], "y")
    return f"{x_part} {'-' if b < 0 else '+'} {y_part}"


def linear_system(rng: np.random.Generator, level: int) -> MathProblem:
    """Two linear equations in ``x`` and ``y``: small integer (1), larger (2) or fractional (3) solutions."""
    check_level("linear_system", level)
    span = (5, 9, 9)[level - 1]
    while True:
        a1, b1, a2, b2 = (nonzero(rng, -span, span) for _ in range(4))
        if level == 1:
            a1, b1, a2 = abs(a1), abs(b1), abs(a2)
        if a1 * b2 - a2 * b1 != 0:
            break
    if level == 3:
        c1, c2 = integer(rng, -20, 20), integer(rng, -20, 20)
    else:
        x0, y0 = integer(rng, -span, span), integer(rng, -span, span)
        c1, c2 = a1 * x0 + b1 * y0, a2 * x0 + b2 * y0
    solution = sympy.solve([sympy.Eq(a1 * X + b1 * Y, c1), sympy.Eq(a2 * X + b2 * Y, c2)], [X, Y])
    x_value, y_value = to_fraction(solution[X]), to_fraction(solution[Y])
    question = (
        f"Solve the system $${_two_variable_side(a1, b1)} = {c1}, \\qquad "
        f"{_two_variable_side(a2, b2)} = {c2}.$$ Give the answer as an ordered pair $(x, y)$."
    )
    facts = [Fact(("x",), (x_value,)), Fact(("y",), (y_value,))]
    return make_problem(
        "linear_system", level, "Algebra", question, tuple_forms([x_value, y_value]), facts
    )


def _linear(rng: np.random.Generator, max_lead: int, span: int) -> tuple[int, int]:
    """A primitive ``(a, b)`` for the factor ``ax + b`` with ``a > 0``."""
    while True:
        a, b = integer(rng, 1, max_lead), nonzero(rng, -span, span)
        if gcd(a, b) == 1:
            return a, b


def quadratic_roots(rng: np.random.Generator, level: int) -> MathProblem:
    """Two distinct roots: integer with a monic (1) or scaled (2) quadratic, or rational (3)."""
    check_level("quadratic_roots", level)
    while True:
        if level == 3:
            (a1, b1), (a2, b2) = _linear(rng, 5, 7), _linear(rng, 5, 7)
            scale = 1
        else:
            a1, b1, a2, b2 = 1, integer(rng, -9, 9), 1, integer(rng, -9, 9)
            scale = 1 if level == 1 else nonzero(rng, -5, 5)
        if a1 * b2 != a2 * b1 and (level != 2 or abs(scale) > 1):
            break
    expr = sympy.expand(scale * (a1 * X + b1) * (a2 * X + b2))
    a, b, c = _coefficients(expr)
    roots = tuple(sorted(to_fraction(r) for r in sympy.solve(expr, X)))
    question = (
        f"Find all real solutions of ${polynomial_text([a, b, c])} = 0$. "
        "Separate the solutions with commas."
    )
    facts = [Fact(("D", "discriminant"), (b * b - 4 * a * c,)), Fact(("x",), roots)]
    return make_problem(
        "quadratic_roots", level, "Algebra", question, unordered_list_forms(roots), facts
    )


def polynomial_expansion(rng: np.random.Generator, level: int) -> MathProblem:
    """Expand ``(ax+b)(cx+d)`` (1), ``(ax+b)(cx^2+dx+e)`` (2) or ``(ax+b)^3`` / three factors (3)."""
    check_level("polynomial_expansion", level)
    a, b = nonzero(rng, -5, 5), nonzero(rng, -9, 9)
    c, d = nonzero(rng, -5, 5), nonzero(rng, -9, 9)
    first, second = a * X + b, c * X + d
    if level == 1:
        expr, shown = first * second, linear_factor(a, b) + linear_factor(c, d)
    elif level == 2:
        e = nonzero(rng, -9, 9)
        quadratic = [Fraction(c), Fraction(d), Fraction(e)]
        expr = first * (c * X**2 + d * X + e)
        shown = linear_factor(a, b) + "(" + polynomial_text(quadratic) + ")"
    elif integer(rng, 0, 1) == 0:
        expr, shown = first**3, linear_factor(a, b) + "^3"
    else:
        e, f = nonzero(rng, -3, 3), nonzero(rng, -9, 9)
        expr = first * second * (e * X + f)
        shown = linear_factor(a, b) + linear_factor(c, d) + linear_factor(e, f)
    coefficients = _coefficients(sympy.expand(expr))
    question = f"Expand and simplify ${shown}$."
    return make_problem(
        "polynomial_expansion", level, "Algebra", question, polynomial_forms(coefficients)
    )


def polynomial_factoring(rng: np.random.Generator, level: int) -> MathProblem:
    """Factor over the integers: monic (1), non-monic (2), or with a common factor (3)."""
    check_level("polynomial_factoring", level)
    while True:
        if level == 1:
            factors = [(1, nonzero(rng, -9, 9)), (1, nonzero(rng, -9, 9))]
        else:
            factors = [_linear(rng, 4, 7), _linear(rng, 4, 7)]
        if factors[0] != factors[1] and (level == 1 or factors[0][0] * factors[1][0] > 1):
            break
    constant = 1 if level < 3 else integer(rng, 2, 5)
    factors.sort(key=lambda f: (Fraction(-f[1], f[0]), f[0]))
    product = constant * (factors[0][0] * X + factors[0][1]) * (factors[1][0] * X + factors[1][1])
    expanded = sympy.expand(product)
    if sympy.expand(sympy.factor(expanded) - product) != 0:
        raise AssertionError(f"sympy disagrees with the factorization of {expanded}")
    question = f"Factor ${polynomial_text(_coefficients(expanded))}$ completely over the integers."
    return make_problem(
        "polynomial_factoring",
        level,
        "Algebra",
        question,
        factored_forms(constant, factors),
        required_form="factored",
    )
