"""Answer kinds found on the forty-first peer batch's dev half (``split=dev41``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # C's and JavaScript's log10(...) and log2(...) are logarithms to those bases
        ("log10(100)", "2", True),
        ("log2(8)", "3", True),
        ("LOG10(1000)", "3", True),
        # not swallowed: another value, a word ending in log; with no parenthesis log10 is
        # the logarithm of 10, as cos4 is cos 4
        ("log10(100)", "3", False),
        ("blog10(100)", "2", False),
        ("log10", "1", True),
    ],
)
def test_check_equivalent__log10_and_log2_name_their_base(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a number set's plain letter against its blackboard-bold name, and unicode ℝ
        ("R", r"\mathbb{R}", True),
        ("Z", r"$\mathbb Z$", True),
        ("R", r"\R", True),
        ("ℝ", r"\mathbb{R}", True),
        (r"x \in ℝ", r"(-\infty, \infty)", True),
        # not swallowed: another set's letter, a lower-case letter, another letter
        ("Z", r"\mathbb{R}", False),
        ("r", r"\mathbb{R}", False),
        ("x", r"\mathbb{R}", False),
    ],
)
def test_check_equivalent__a_number_set_and_its_letter(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a unit in parentheses after a value, and school abbreviations of "units" (u.a., u.c.)
        (r"\pi^2\,(u.c)", r"\pi^2", True),
        (r"V = \pi^2\,(u.c.)", r"\pi^2", True),
        ("5 (cm)", "5", True),
        ("12 u.a.", "12", True),
        ("5 (square units)", "5", True),
        # not swallowed: another value, a function's argument, a number in parentheses
        ("5 (cm)", "6", False),
        ("f (x)", "f", False),
        ("f(m)", "f", False),
        ("2 (x)", "2", False),
        ("5 (5)", "5", False),
    ],
)
def test_check_equivalent__a_parenthesized_unit_after_a_value(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
