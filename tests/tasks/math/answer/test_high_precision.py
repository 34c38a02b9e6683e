"""High-precision refutation of a float match: a real difference holds at both precisions,
rounding noise and unsupported parts never refute."""

from __future__ import annotations

from fractions import Fraction

import pytest

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.equivalence import parse_answer
from metacot_envs.tasks.math.answer.high_precision import (
    differs_at_high_precision,
    holds_long_number,
)


def _differs(candidate: str, reference: str, x: Fraction = Fraction(3, 2)) -> bool:
    budget = Budget(5.0)
    trees = parse_answer(candidate, budget), parse_answer(reference, budget)
    return differs_at_high_precision(*trees, {"x": x}, budget)


@pytest.mark.parametrize(
    ("candidate", "reference", "differs"),
    [
        ("99999999919\\sqrt{2}", "99999999999\\sqrt{2}", True),
        ("99999999999\\sqrt{2}", "99999999999\\sqrt{2}", False),
        ("\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}", False),  # equal: noise never refutes
        ("(\\sqrt{2}+\\sqrt{3})^2", "5+2\\sqrt{6}", False),
        ("\\pi", "\\frac{355}{113}", True),
        ("e^{2}", "e e", False),
        ("\\sqrt[3]{x}", "x^{1/3}", False),
        ("1000000007 x^{1/3}", "1000000008 x^{1/3}", True),
        ("\\sqrt{-2}", "\\sqrt{-2}", False),  # a root of a negative value is not evaluated
        ("\\lfloor x \\rfloor", "1", False),  # nor a function other than a root
        ("x^{100000}", "x^{100000} + 1", False),  # nor a whole power past the limit
        ("\\frac{1}{x-x}", "1", False),  # nor a division by zero
        # a number longer than the lower precision raises both precisions by the excess
        (
            "540579833922455191419978421211010409605356811833049025\\sqrt{2} + 1",
            "540579833922455191419978421211010409605356811833049025\\sqrt{2}",
            True,
        ),
        (
            "123456789012345678901234567890123456789012345678901234567890\\sqrt{8}",
            "246913578024691357802469135780246913578024691357802469135780\\sqrt{2}",
            False,
        ),
    ],
)
def test_differs_at_high_precision(candidate: str, reference: str, differs: bool) -> None:
    assert _differs(candidate, reference) is differs


def test_a_missing_letter_is_no_difference() -> None:
    budget = Budget(5.0)
    trees = parse_answer("y\\sqrt{2}", budget), parse_answer("2y", budget)
    assert differs_at_high_precision(*trees, {"x": Fraction(1)}, budget) is False


@pytest.mark.parametrize(
    ("text", "long"),
    [("999999999\\sqrt{2}", False), ("1000000000\\sqrt{2}", True), ("\\frac{1}{10^{9}}", False)],
)
def test_holds_long_number(text: str, long: bool) -> None:
    budget = Budget(5.0)
    assert holds_long_number(parse_answer(text, budget), budget) is long
