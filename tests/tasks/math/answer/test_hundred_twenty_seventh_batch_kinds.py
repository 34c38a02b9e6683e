"""Kinds the hundred-and-twenty-seventh peer batch (dev127, blind120) showed the checker missing.

- sympy's imaginary unit ``I`` (``6 - 5*I``, ``6*exp(5*pi/6*I)``) is ``i`` when it is the only
  letter of its answer; beside other letters a capital ``I`` stays a name.
- The narrow no-break space and the thin space group thousands as a space does
  (``14\\u202f000,0`` is ``14000.0``).
- Plain values in square brackets against a bare list of as many values are that list in any
  order, with three items or more too (``[7, 3, 5]`` and ``3, 5, 7``); against values given to
  names they stay in order.
"""

from __future__ import annotations

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("6 - 5*I", "6 - 5i", True),
        ("6 + 9*I", "6+9i", True),
        ("sqrt(3)*I/2", "\\frac{\\sqrt{3}}{2}i", True),
        ("I", "(-1)**(1/2)", True),
        ("6*exp(5*pi/6*I)", "6*(cos(5*pi/6)+I*sin(5*pi/6))", True),
        # not swallowed: another value, a capital I beside other letters
        ("6 - 5*I", "6 + 5i", False),
        ("I", "1", False),
        ("I R", "i R", False),
        ("I_n", "i_n", False),
        ("14\u202f000,0", "14000.0", True),
        ("14\u2009000", "14000", True),
        ("14\u202f000,5", "14000.0", False),
        ("[7, 3, 5]", "3, 5, 7", True),
        ("[7, 3, 5]", "3, 5, 8", False),
        ("[7, 3, 5]", "3, 5", False),
        ("[1, 2, 3]", "x=1, y=2, z=3", True),
        ("[2, 1, 3]", "x=1, y=2, z=3", False),
    ],
)
def test_hundred_twenty_seventh_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
