"""Kinds the hundred-and-thirty-first peer batch (dev131, blind124) showed the checker missing.

- ``=/=`` typed for the not-equal sign.
- The reals less some points in words (``all real numbers except 3``) or typed with a plain
  backslash or ``∖`` (``R \\ {3}``, ``ℝ∖{3}``), against the inequation ``x != 3``.
- The reals as a variable's domain: the word ``in`` (``y in R``), a plain ``R`` after ``\\in``,
  and a real domain opening a condition on the same variable (``x ∈ ℝ, x ≠ 3``).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("x =/= 3", "x != 3", True),
        ("a =/= b", "a \\neq b", True),
        ("y=/=x", "y=x", False),
        ("x =/= 4", "x \\neq 3", False),
        ("all real numbers except 3", "x != 3", True),
        ("all real numbers but 3", "\\mathbb{R}\\setminus\\{3\\}", True),
        ("all reals except x = 1 and x = -1", "\\mathbb{R}\\setminus\\{-1,1\\}", True),
        ("all real numbers except 1/2", "x \\neq \\frac{1}{2}", True),
        ("all real numbers except 4", "x != 3", False),
        ("R \\ {3}", "x != 3", True),
        ("ℝ∖{3}", "x \\neq 3", True),
        ("R \\ {4}", "x != 3", False),
        ("y in R", "all real numbers", True),
        ("x \\in R", "(-\\infty, \\infty)", True),
        ("x ∈ ℝ, x ≠ 3", "x != 3", True),
        ("x \\in \\mathbb{R}, x > 2", "(2, \\infty)", True),
        ("x ∈ ℝ, x ≠ 4", "x != 3", False),
        # a domain other than the reals is not dropped
        ("x \\in \\mathbb{Z}, x > 2", "x > 2", False),
    ],
)
def test_hundred_thirty_first_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    "text", ["all real numbers except 3", "all real numbers except x = 1 and x = 2"]
)
def test_reals_less_points_in_words_are_read_whole(text: str) -> None:
    # the last number, or the excluded values listed, would state the opposite
    assert extract_answer(text) == text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The domain is all real numbers except 3.", "all real numbers except 3"),
        ("So the range is all real numbers except x = 2", "all real numbers except x = 2"),
        ("Answer: all real numbers except 3", "all real numbers except 3"),
        ("The domain is all real numbers.", "all real numbers"),
        # a quantifier, not an answer: the value before it stays the answer
        ("The answer is 5 for all real numbers", "5"),
        ("So x^2 + 1 > 0 for all real numbers.", "0"),
    ],
)
def test_reals_in_words_ending_prose(text: str, answer: str) -> None:
    assert extract_answer(text) == answer
