"""Exact Gaussian-rational values refute a float match between rational functions holding
``i`` (``1000000000i + 1`` is not ``1000000000i``) and never an identity of ``i``."""

from __future__ import annotations

from fractions import Fraction

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.equivalence import parse_answer
from metacot_envs.tasks.math.answer.gaussian_exact import (
    Gaussian,
    gaussian_value,
    holds_imaginary_unit,
)


def _value(text: str, x: Fraction = Fraction(3, 2)) -> Gaussian | None:
    budget = Budget(5.0)
    return gaussian_value(parse_answer(text, budget), budget, {"x": x})


@pytest.mark.parametrize(
    ("text", "real", "imag"),
    [
        ("i^2", -1, 0),
        ("(1+i)^2", 0, 2),
        ("\\frac{1}{1+i}", Fraction(1, 2), Fraction(-1, 2)),
        ("(x+i)(x-i)", Fraction(13, 4), 0),
        ("i^{-1}", 0, -1),
        ("1000000000i + 1", 1, 1000000000),
    ],
)
def test_gaussian_value(text: str, real: Fraction, imag: Fraction) -> None:
    assert _value(text) == Gaussian(Fraction(real), Fraction(imag))


@pytest.mark.parametrize(
    "text", ["\\sqrt{i}", "e^{i\\pi}", "\\frac{1}{i-i}", "y i", "|i|", "i^{1/2}", "0^{-1} i"]
)
def test_no_value(text: str) -> None:
    assert _value(text) is None


def test_holds_imaginary_unit() -> None:
    budget = Budget(5.0)
    assert holds_imaginary_unit(parse_answer("3+4i", budget), budget)
    assert not holds_imaginary_unit(parse_answer("3+4x", budget), budget)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("1000000000i+1", "1000000000i", False),
        ("(3+4i) \\cdot 10^9 + 1", "(3+4i) \\cdot 10^9", False),
        ("x i \\cdot 10^9 + 1", "x i \\cdot 10^9", False),
        ("1000000000\\pi i + 1", "1000000000\\pi i", False),
        ("i^2", "-1", True),
        ("(1+i)^2", "2i", True),
        ("\\frac{1}{1+i}", "\\frac{1-i}{2}", True),
        ("(x+i)(x-i)", "x^2+1", True),
        ("1000000000i \\cdot i", "-1000000000", True),
    ],
)
def test_check_equivalent(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
