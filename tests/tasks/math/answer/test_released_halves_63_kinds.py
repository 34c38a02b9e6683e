"""Answer kinds found on the released half ``blind63``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a union of intervals that overlap or touch is the interval they cover
        (r"[-2,0)\cup[0,5]", "[-2,5]", True),
        (r"(1,4)\cup(3,9)", "(1,9)", True),
        (r"(-\infty,2]\cup(2,\infty)", r"(-\infty,\infty)", True),
        (r"[0,\pi)\cup[\pi,4]\cup(7,8)", r"(7,8)\cup[0,4]", True),
        # not swallowed: a point left out, a gap, a bracket that differs, unvalued ends
        (r"(-2,0)\cup(0,5)", "(-2,5)", False),
        (r"(1,3)\cup(4,9)", "(1,9)", False),
        (r"[-2,0)\cup[0,5]", "[-2,5)", False),
        (r"(a,0)\cup[0,5]", "(a,5]", False),
    ],
)
def test_check_equivalent__touching_intervals_merge(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # moles, henries and ohms are SI units with prefixes, converted exactly
        ("2500 umol", "2.5 mmol", True),
        ("0.003 H", "3 mH", True),
        ("4.7 kohm", "4700 ohms", True),
        ("3 moles", "3 mol", True),
        # not swallowed: another prefix, another amount
        ("2 mol", "2 mmol", False),
        ("4.7 kohm", "4.7 ohm", False),
        ("0.003 H", "3 uH", False),
    ],
)
def test_check_equivalent__moles_henries_and_ohms_are_units(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
