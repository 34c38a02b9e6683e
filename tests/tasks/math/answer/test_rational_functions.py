"""Rational functions that agree at the usual sample points skip the checks at other points.

The shortcut must keep every verdict: two different rational functions whose values underflow
at the usual points (``(a-x)^{6000}``) still differ, as do ones apart by less than floats
resolve there (``x^{200} + 1``), and sides with a function or a root still get the other points.
"""

from __future__ import annotations

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("x^2-1", "(x-1)(x+1)", True),
        ("(x+1)^2", "x^2+2x+1", True),
        ("\\frac{x^2-1}{x-1}", "x+1", True),
        ("\\frac{1}{x}+\\frac{1}{y}", "\\frac{x+y}{xy}", True),
        ("(a-x)^{-2}", "\\frac{1}{(x-a)^2}", True),
        ("(a-x)^7", "(a-y)^7", False),
        ("(a-x)^{6000}", "(a-y)^{6000}", False),  # both zero in floats at the usual points
        ("(x-a)^{6001}/6001", "(y-a)^{6001}/6001", False),
        ("x^{200}+1", "x^{200}", False),  # apart by less than floats resolve
        ("\\sqrt{x^2}", "x", False),  # a root: the points below zero still decide
        ("|x|", "x", False),
        ("x^{1/2} x^{1/2}", "x", True),
    ],
)
def test_verdicts(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
