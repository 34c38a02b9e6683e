"""Answer kinds found on the thirty-seventh peer batch's dev half (``split=dev37``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a point named by a capital letter before its coordinates is the coordinates
        ("K(2;-1)", "(2, -1)", True),
        ("B(0, 4)", "(0,4)", True),
        ("M_1(3; 5), M_2(-3; 5)", "(3,5), (-3,5)", True),
        # not swallowed: other coordinates, C and P (combinations, permutations), a function
        ("K(2;-1)", "(-1, 2)", False),
        ("C(6, 2)", "(6,2)", False),
        ("P(6, 2)", "(6,2)", False),
        ("g(2, 1)", "(2,1)", False),
    ],
)
def test_check_equivalent__a_named_point_is_its_coordinates(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a reference listing a value and its rounding accepts either form
        ("5/6", "5/6 或 0.83", True),
        ("0.83", "5/6 或 0.83", True),
        ("\\frac{1}{7}", "\\frac17, 0.143", True),
        # not swallowed: another rounding than the one listed, a rounding that is wrong, and
        # a list of two different values
        ("0.833", "5/6 或 0.83", False),
        ("5/6", "5/6 或 0.84", False),
        ("0.83", "0.83, 0.84", False),
    ],
)
def test_check_equivalent__a_reference_listing_a_value_and_its_rounding(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
