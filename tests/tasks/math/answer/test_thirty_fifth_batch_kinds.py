"""Answer kinds found on the thirty-fifth peer batch's dev half (``split=dev35``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the membership sign written in unicode, and a root sign with its argument in
        # parentheses
        ("x∈(2,5)", "2<x<5", True),
        ("x∈[2,5]", "2<x<5", False),
        ("√(3)", "sqrt(3)", True),
        ("2√(3)+1", "1+2\\sqrt{3}", True),
        ("√(3)", "sqrt(2)", False),
    ],
)
def test_check_equivalent__unicode_membership_and_a_parenthesized_root(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a square root written with 根号: alone, with a coefficient, over a denominator
        ("根号3", "\\sqrt{3}", True),
        ("3根号2", "3\\sqrt{2}", True),
        ("三分之根号3", "\\frac{\\sqrt{3}}{3}", True),
        ("答案是根号5", "\\sqrt{5}", True),
        # not swallowed: the radicand alone, another denominator
        ("根号3", "3", False),
        ("三分之根号3", "\\frac{\\sqrt{3}}{2}", False),
    ],
)
def test_check_equivalent__a_chinese_square_root(
    candidate: str, reference: str, equal: bool
) -> None:
    verdict = check_equivalent(_as_the_env_reads(candidate), _as_the_env_reads(reference))
    assert verdict.equivalent is equal, verdict


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a number the text denies is no answer: the last number not denied is
        ("The total is 12, not 13.", "12"),
        ("It is not 40 minutes.", None),
        ("It isn't 9.", None),
        # not swallowed: a number after "cannot", or a denial before another number
        ("It cannot be 4, so it is 6", "6"),
        ("We need 6, not 5 apples, so 6", "6"),
    ],
)
def test_extract_answer__a_denied_number_is_no_answer(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer
