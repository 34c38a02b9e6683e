"""Chains and absolute values of a linear expression solved as intervals (cecepsuwanda/
hand_writing_math_grader, whose step checker compares ``-3<x-1<3`` with ``|x-1|<3``).

- ``a < p(x) < b`` with constant ends and ``p`` linear in one variable is the interval where
  both bounds hold (``-3 < x - 1 < 3`` is ``(-2, 4)``); bounds that exclude each other leave
  the empty set.
- ``|p(x)| < b`` is ``-b < p(x) < b``, and ``c < |p(x)|`` is ``p(x) < -c`` or ``c < p(x)``.
- A side that applies a function is no polynomial: the solver read its values at non-negative
  probes only, where ``|2x + 1|`` is linear, and called ``|2x+1| \\ge 3`` the ray
  ``[1, \\infty)``; ``\\lfloor x \\rfloor \\le 2`` was ``x \\le 2`` the same way.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("-2<x<4", "-3<x-1<3", True),
        ("-3<x-1<3", "|x-1|<3", True),
        ("-2<x<4", "|x-1|<3", True),
        ("|x-1|\\le 3", "[-2,4]", True),
        ("1<2x+1\\le 5", "(0,2]", True),
        ("1<-2x+1\\le 5", "[-2,0)", True),
        ("|2x-1|<3", "(-1,2)", True),
        ("5<x-1<3", "\\emptyset", True),
        ("|x-1| \\ge 3", "x\\le -2 \\text{ or } x\\ge 4", True),
        ("|1-x| > 3", "(-\\infty,-2)\\cup(4,\\infty)", True),
        ("|2x+1| \\ge 3", "(-\\infty,-2]\\cup[1,\\infty)", True),
        # not swallowed: other bounds, open against closed, one ray for two
        ("-2<x<4", "-3<x-1<2", False),
        ("|x-1|<3", "(-2,3)", False),
        ("|x-1|<3", "[-2,4]", False),
        ("|x-1| > 3", "(-\\infty,-2]\\cup[4,\\infty)", False),
        ("|2x+1| \\ge 3", "[1,\\infty)", False),
        ("\\lfloor x \\rfloor \\le 2", "x\\le 2", False),
    ],
)
def test_check_equivalent__linear_chains_and_absolute_values_are_solved(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("|k| < -5", "\\emptyset", True),
        ("|x| > -5", "(-\\infty,\\infty)", True),
        ("|x| <= \\pi/3", "[-\\pi/3,\\pi/3]", True),
        ("|x|<3", "-3<x<3", True),
        ("|x|>2", "x<-2 \\text{ or } x>2", True),
        # |x| bounded by a constant is no name bounded: it had matched the name's ray
        ("|k| < -5", "k < -5", False),
        ("|x| > -5", "x > -5", False),
        ("|x| <= \\pi/3", "x <= \\pi/3", False),
        ("|x| < -1 \\text{ or } x > 4", "x < -1 \\text{ or } x > 4", False),
    ],
)
def test_check_equivalent__an_absolute_value_s_bound_reads_its_sign(
    candidate: str, reference: str, equal: bool
) -> None:
    """Found by the soundness probe's new edit, an inequality's left side put in an absolute
    value (seed 13)."""
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
