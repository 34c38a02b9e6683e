"""Answer kinds found on the forty-seventh peer batch's dev half (``split=dev47``), one rule
each (the forty-eighth batch's dev half, read with it, had only conflicts).

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a triangle right before a number is Japanese accounting's minus sign
        ("△2,500", "-2500", True),
        ("▲0.75", "-3/4", True),
        ("△ 40", "-40", True),
        # not swallowed: the sign counts, and a triangle before letters names a triangle
        ("△2,500", "2500", False),
        ("▲0.75", "0.75", False),
        ("△PQR", "-PQR", False),
    ],
)
def test_check_equivalent__a_triangle_before_a_number_is_a_minus_sign(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # basis points glued to the number are its unit, as spaced
        ("75bps", "75", True),
        ("75 bps", "75", True),
        # not swallowed: another value; two letters glued stay variables
        ("75bps", "7.5", False),
        ("75bp", "75", False),
    ],
)
def test_check_equivalent__basis_points_are_a_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
