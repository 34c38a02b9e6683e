"""Answer kinds found on the eighteenth peer batch's dev half (``split=dev18``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. Four dev18 misses stay, each a conflict: a suite that
models no percent (``50%`` is not ``1/2``) and no algebra (``x + 1`` is not ``1 + x``), one
that reads ``[5]`` as a list unlike ``5`` (another suite states ``[45]`` is ``45``), and one
that takes the last number after "The answer is 3/4 so 4." where the documented lead-in rule
reads the value right after "the answer is".
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # two systems' solutions over the same distinct variables compare value by name
        ("x=1, y=2", "y = 2, x = 1", True),
        ("x_1 = 3; x_2 = -1", "x_2 = -1; x_1 = 3", True),
        ("a = \\frac{1}{2}, b = 0.25", "b = \\frac14, a = 0.5", True),
        ("x=1, y=2", "x=2, y=1", False),
        ("x=1 \\text{ and } y=2", "y=1, x=2", False),
        ("p = 3, q = 5, r = 7", "p = 5, q = 3, r = 7", False),
        # not swallowed: repeated names are a solution set (any order), bare values still
        # match a system's values in any order, other variables fall back to the values, and
        # a missing or extra variable differs
        ("x=1, x=2", "x=2, x=1", True),
        ("x = 1, y = 2, z = 3", "1, 2, 3", True),
        ("x = 1, y = 2", "2, 1", True),
        ("a=1, b=2", "x=1, y=2", True),
        ("x=1, y=2, z=3", "x=1, y=2", False),
        ("x=1, y=2", "x=1, y=3", False),
    ],
)
def test_check_equivalent__systems_compare_value_by_name(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
