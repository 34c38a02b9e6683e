"""Answer kinds found on the released half ``blind57``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a quadratic inequality that never crosses zero is solved like one that does
        (r"(x-1)^2\ge0", r"x^2\ge0", True),
        (r"x^2+1>0", r"(-\infty,\infty)", True),
        (r"-x^2-1<0", r"\mathbb{R}", True),
        (r"x^2-2x+1>0", r"x \neq 1", True),
        (r"(x-1)^2>0", r"(-\infty,1)\cup(1,\infty)", True),
        (r"x^2+1<0", r"\emptyset", True),
        # not swallowed: a touching square against one that does not, another point, a
        # square against a line, irrational roots left as written
        (r"(x-1)^2>0", r"x^2+1>0", False),
        (r"(x-1)^2>0", r"x \neq -1", False),
        (r"x^2\ge0", r"x\ge0", False),
        (r"x^2>2", r"x>\sqrt{2}", False),
    ],
)
def test_check_equivalent__a_quadratic_that_never_crosses_zero_is_solved(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


def test_check_equivalent__a_square_at_most_zero_is_its_one_point() -> None:
    assert check_equivalent(r"(x-1)^2\le0", r"\{1\}").equivalent
    assert not check_equivalent(r"(x-1)^2\le0", r"\{-1\}").equivalent
