"""Arithmetic with fractions; the ground truth is computed with sympy rationals."""

from __future__ import annotations

import numpy as np
import sympy

from metacot_envs.tasks.math.generators.base import check_level, choose, integer, make_problem
from metacot_envs.tasks.math.generators.forms import rational_forms, rational_latex, to_fraction
from metacot_envs.tasks.math.types import MathProblem

_OPERATORS = {"+": " + ", "-": " - ", "*": " \\times ", "/": " \\div "}


def _fraction(rng: np.random.Generator, max_den: int) -> sympy.Rational:
    den = integer(rng, 2, max_den)
    num = integer(rng, 1, 2 * den - 1)
    return sympy.Rational(num, den)


def _combine(op: str, left: sympy.Rational, right: sympy.Rational) -> sympy.Rational:
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    return left / right


def _latex(value: sympy.Rational) -> str:
    return rational_latex(to_fraction(value))


def fraction_arithmetic(rng: np.random.Generator, level: int) -> MathProblem:
    """Level 1: ``a/b ± c/d``; level 2: ``a/b × c/d ± e/f``; level 3: ``(a/b ± c/d) ÷ e/f ± g/h``."""
    check_level("fraction_arithmetic", level)
    max_den = (6, 9, 12)[level - 1]
    f = [_fraction(rng, max_den) for _ in range(4)]
    add_sub = choose(rng, ["+", "-"])
    last = choose(rng, ["+", "-"])
    if level == 1:
        value = _combine(add_sub, f[0], f[1])
        text = _latex(f[0]) + _OPERATORS[add_sub] + _latex(f[1])
    elif level == 2:
        value = _combine(last, f[0] * f[1], f[2])
        text = _latex(f[0]) + _OPERATORS["*"] + _latex(f[1]) + _OPERATORS[last] + _latex(f[2])
    else:
        value = _combine(last, _combine(add_sub, f[0], f[1]) / f[2], f[3])
        text = (
            f"\\left({_latex(f[0])}{_OPERATORS[add_sub]}{_latex(f[1])}\\right)"
            f"{_OPERATORS['/']}{_latex(f[2])}{_OPERATORS[last]}{_latex(f[3])}"
        )
    question = f"Compute ${text}$. Give the result as a fraction in lowest terms."
    return make_problem(
        "fraction_arithmetic", level, "Prealgebra", question, rational_forms(to_fraction(value))
    )
