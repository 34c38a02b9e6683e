"""Answer kinds found on the thirty-first peer batch's dev half (``split=dev31``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Leibniz's and sympy's derivatives are one fraction
        ("dz/dt", "diff(z, t)", True),
        ("dz/dt", r"\frac{dz}{dt}", True),
        (r"\frac{\partial u}{\partial t}", "diff(u, t)", True),
        ("∂u/∂t - 2", "diff(u, t) - 2", True),
        ("d^2z/dt^2", "diff(diff(z, t), t)", True),
        ("d^{2}z/dt^{2}", "diff(z, t, 2)", True),
        # not swallowed: another function, variable or order
        ("dz/dt", "diff(y, t)", False),
        ("dz/dt", "diff(z, s)", False),
        ("dz/dt", "d^2z/dt^2", False),
        ("d^2z/dt", r"\frac{d^2z}{dt^2}", False),
    ],
)
def test_check_equivalent__derivative_notations(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a negative zero before a glued comma is a decimal comma, never a list item
        ("-0,7", "0,7", False),
        ("-0,7", "-0.7", True),
        ("y=-0,5x", "y=-0.5x", True),
        # not swallowed: "0,7" keeps both readings
        ("0,7", "0.7", True),
        ("0,7", "0, 7", True),
    ],
)
def test_check_equivalent__a_negative_zero_before_a_comma(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a division with remainder 0 is its quotient
        ("8 R 0", "8", True),
        ("8R0", "8", True),
        # not swallowed: a remainder that is not zero, another quotient
        ("8 R 1", "8", False),
        ("8 R 0", "9", False),
    ],
)
def test_check_equivalent__a_zero_remainder(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an antiderivative without its constant of integration is another answer (it was
        # read as the same one until the eightieth batch's evidence; see equivalence.py)
        ("x^4/4", "x^4/4 + C", False),
        (r"\frac{1}{4}x^4", "$x^4/4 + C$", False),
        ("x^4/4 + C", "x^4/4+C", True),
        # not swallowed: another antiderivative, a constant the other side names otherwise
        ("x^3/3", "x^4/4 + C", False),
        ("Cx^4/4", "x^4/4 + C", False),
        ("x^4/4 + K", "x^4/4 + C", False),
    ],
)
def test_check_equivalent__the_constant_of_integration(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
