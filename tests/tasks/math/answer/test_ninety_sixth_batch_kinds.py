"""Kinds the ninety-sixth batch's dev half and the released blind89 showed, written fresh.

- ``cbrt(...)`` in a text is mathematics, as ``sqrt(...)`` is: the answer search does not take
  its last number for the answer;
- a number hyphened to its unit word, as an English compound (``a 78-yard run``), is the number
  and the unit;
- numbers times a vector written as a bracketed list (``3 * [1, 3, 5]``, ``[6, 3, 18] / 3``)
  are the vector of scaled items;
- equations with a root or a function applied (``|x| = 4``) are compared where the variable is
  negative, small or large too, as scalar answers are: there ``|x| = 4`` is not ``x = 4``.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("cbrt(54) + cbrt(2)", None),  # all of it is the answer, not its last number
        ("The answer is cbrt(2)", "cbrt(2)"),
    ],
)
def test_extract_answer__cbrt_calls_are_mathematics(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        ("78-yard", "78 yard"),
        ("78 yard", "78-yard"),
        ("5-meter", "5 m"),
        ("5-km", "5000 m"),
        ("2-min", "120 s"),
        ("[ 1 , 3 , 5 ] * 3", "[ 3 , 9 , 15 ]"),
        ("3 * [ 1 , 3 , 5 ]", "[ 3 , 9 , 15 ]"),
        ("[ 6 , 3 , 18 ] / 3", "[ 2 , 1 , 6 ]"),
        ("-2(1, 2)", "(-2, -4)"),
        ("\\frac{1}{2}(4, 6)", "(2, 3)"),
    ],
)
def test_check_equivalent__hyphened_units_and_scaled_vectors(
    candidate: str, reference: str
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent, verdict


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        ("sqrt(x^2) = 5", "x = 5"),
        ("abs(x) = 4", "x = 4"),
    ],
)
def test_check_equivalent__equations_differ_where_a_negative_variable_tells(
    candidate: str, reference: str
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert not verdict.equivalent, verdict


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("3-x", "3 x", False),  # a one-letter variable after a hyphen is subtraction
        ("10-ab", "10 ab", False),  # letters that are no unit: still subtraction
        ("1-cos(x)", "1 cos(x)", False),
        ("2-3", "-1", True),
        ("2(1, 2)", "(2, 5)", False),
        ("P(3, 4)", "(3P, 4P)", False),  # a letter before a tuple may name a point: no scaling
        ("-1 * [1, 2)", "[-2, -1)", False),  # an interval is no vector
        ("2x = 10", "x = 5", True),
        ("|x - 3| = 1", "x - 3 = 1", False),  # told apart at the usual points already
        ("\\ln(x^2) = 0", "2\\ln x = 0", True),  # compared only where both sides are real
        ("\\sin(x) = y", "y = \\sin x", True),
    ],
)
def test_check_equivalent__guards_of_the_ninety_sixth_batch_kinds(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
