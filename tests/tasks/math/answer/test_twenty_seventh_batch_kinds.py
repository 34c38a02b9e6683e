"""Answer kinds found on the twenty-seventh peer batch's dev half (``split=dev27``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # dots grouping thousands and a decimal comma, as most of Europe writes
        ("4.321,5", "4321.5", True),
        ("-2.500,75", "-2500.75", True),
        ("1.000.000,5", "1000000.5", False),  # more than one group is not read this way
        # not swallowed: a single dot stays a decimal point, a spaced comma is a list, other
        # values
        ("4.321", "4321", False),
        ("4.321, 5", "4321.5", False),
        ("4.321,5", "4321.6", False),
    ],
)
def test_check_equivalent__european_thousands_dots_and_decimal_comma(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # inside a matrix a single backslash before a number is a row break that lost one
        # backslash to an escaping slip
        (
            "\\begin{pmatrix}2&0\\3&1\\end{pmatrix}",
            "\\begin{pmatrix}2&0\\\\3&1\\end{pmatrix}",
            True,
        ),
        ("\\begin{bmatrix}2\\-3\\end{bmatrix}", "\\begin{bmatrix}2\\\\-3\\end{bmatrix}", True),
        # not swallowed: other entries, a thin space between entries, outside a matrix
        (
            "\\begin{pmatrix}2&0\\3&1\\end{pmatrix}",
            "\\begin{pmatrix}2&0\\\\3&2\\end{pmatrix}",
            False,
        ),
        ("\\begin{pmatrix}2\\,3\\end{pmatrix}", "\\begin{pmatrix}2\\\\3\\end{pmatrix}", False),
        ("2\\3", "2, 3", False),
    ],
)
def test_check_equivalent__a_matrix_row_break_missing_a_backslash(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
