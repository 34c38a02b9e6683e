"""Kinds written fresh in the session of the ninety-ninth batch.

- Its dev half showed metric units named in Chinese (``米``, ``厘米``, ``千克``, ``小时``): they
  are their SI units, so quantities convert and a different unit is told apart, as with ``m``
  and ``cm``.
- A floored pair math-verify gets right showed a discourse word opening an answer without a
  comma (``so x = 5``, ``Thus 5``): it goes, as ``Therefore, 5`` already did.
- Floored pairs (three suites, every one stating a verdict on such a pair) showed two plain
  values in square brackets against a bare list of two: the same list, in any order
  (``[-9, 9]`` and ``9, -9``); against a tuple, a set or another interval it stays an interval.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("0.12米", "12厘米", True),
        ("3千克", "3000克", True),
        ("2公里", "2000米", True),
        ("1.5小时", "90分钟", True),
        ("2平方米", "20000平方厘米", True),
        ("30秒", "0.5 min", True),
        ("5米", "5 cm", False),  # read as 5 m, not a bare 5
        ("5米", "5厘米", False),
    ],
)
def test_check_equivalent__chinese_metric_units_convert(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [("12厘米", "12 cm"), ("12厘米", "12"), ("12个", "12"), ("5元", "5")],
)
def test_check_equivalent__guards_of_the_ninety_ninth_batch_kind(
    candidate: str, reference: str
) -> None:
    assert check_equivalent(candidate, reference).equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("so x = 5", "x = 5", True),
        ("Thus x = 5", "x=5", True),
        ("so 5", "5", True),
        ("Then -3", "-3", True),
        ("sox = 5", "x = 5", False),  # a word glued to the name is no discourse word
        ("so", "5", False),
    ],
)
def test_check_equivalent__a_discourse_word_without_a_comma_opens_the_answer(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("[1, 2]", "1, 2", True),
        ("9, -9", "[-9, 9]", True),
        ("\\pm 9", "[-9, 9]", True),
        ("[1, 2]", "1, 3", False),
        ("[1, 2]", "(1, 2)", False),  # an interval against a tuple
        ("[1, 2]", "[1, 2)", False),
        ("\\{1, 2\\}", "[1, 2]", False),  # a set is no interval
    ],
)
def test_check_equivalent__two_values_in_square_brackets_against_a_bare_list(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
