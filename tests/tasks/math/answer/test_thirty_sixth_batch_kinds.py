"""Answer kinds found on the thirty-sixth peer batch's dev half (``split=dev36``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # lines that are each an equation are a list, not a product across the line break:
        # working and then its answer states the answer, two assignments are a system
        ("3x = 12\nx = 4", "x = 4", True),
        ("3x = 12\nx = 4", "4", True),
        ("a = 2\nb = 5", "b = 5, a = 2", True),
        # not swallowed: an answer the working does not give, one value of a system, and an
        # answer that is not all equations keeps its lines as they were read before
        ("3x = 12\nx = 5", "x = 5", False),
        ("a = 2\nb = 5", "5", False),
        ("3x = 12\nx = 4", "12x", False),
        # a line opening with '=' goes on the chain above it: a chain across lines
        ("\\frac{25}{9} \\cdot \\frac{3}{5} = \\frac{5}{3}\n= 1\\frac{2}{3}", "\\frac53", True),
        ("a = 1 + 2\n= 3", "3", True),
    ],
)
def test_check_equivalent__equations_on_separate_lines_are_a_list(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
