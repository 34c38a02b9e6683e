"""Kinds the hundred-and-twenty-fourth peer batch (dev124, blind117) showed the checker missing.

The word ``union`` between two intervals, and an answer hedged after a modal verb ("the answer
may be 41 or 42"), which states both values, not the last number of the sentence.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("[5,infinity) union (-infinity,2]", "(-inf, 2] U [5, inf)", True),
        ("(1,2) Union (3,4)", "(1,2)\\cup(3,4)", True),
        ("(1,2) union (3,5)", "(1,2)\\cup(3,4)", False),
        # a lowercase u between two bracketed pairs is their union (WeBWorK writes it so, and
        # two pairs have no product with a variable); between other brackets it is a factor
        ("(1,2) u (3,4)", "(1,2)\\cup(3,4)", True),
        ("(x+1) u (x+2)", "(x+1)(x+2)u", True),
    ],
)
def test_verdicts(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The answer may be 41 or 42.", "41 or 42"),
        ("The answer should be 42.", "42"),
        ("I think the answer might be \\frac{1}{2}", "\\frac{1}{2}"),
    ],
)
def test_an_answer_after_a_modal_verb(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


def test_a_hedged_answer_does_not_match_one_of_its_values() -> None:
    assert not check_equivalent(
        extract_answer("The answer may be 41 or 42.") or "", "42"
    ).equivalent
