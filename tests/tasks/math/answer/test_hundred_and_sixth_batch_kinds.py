"""Kinds written fresh in the session of the hundred-and-sixth batch.

- Its released half (blind99) showed a quantity with a Chinese metric unit (``12厘米`` for
  ``0.12米``) compared as its bare number: the answer search counted each CJK character of the
  unit as a word of prose and took the last number, so the comparison never saw the unit it
  converts. A Chinese metric unit right after a number is now no word of prose, so a bare
  quantity is read whole; a rate of two such units converts too (``10米/秒`` is ``10 m/s``).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize("text", ["25厘米", "0.25米", "3千克", "7 毫升", "2平方米"])
def test_extract_answer__a_bare_quantity_with_a_chinese_unit_is_no_prose(text: str) -> None:
    assert extract_answer(text) is None  # nothing to search: the text is the answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("25厘米", "0.25米", True),
        ("25厘米", "250毫米", True),
        ("3千克", "3000克", True),
        ("18千米/小时", "5 m/s", True),
        ("25厘米", "25米", False),
        ("3千克", "3克", False),
        ("18千米/小时", "18 m/s", False),
    ],
)
def test_check_equivalent__quantities_with_chinese_units_convert_as_the_env_reads_them(
    candidate: str, reference: str, equal: bool
) -> None:
    def read(text: str) -> str:
        return extract_answer(text) or text

    assert check_equivalent(read(candidate), read(reference)).equivalent is equal


@pytest.mark.parametrize(("text", "answer"), [("答案是25厘米", "25厘米"), ("12个苹果", "12")])
def test_extract_answer__guards_of_the_hundred_and_sixth_batch_kind(text: str, answer: str) -> None:
    # prose around a quantity reads its number, with its metric unit since session 44 (the
    # comparison converts it); a measure word is no unit
    assert extract_answer(text) == answer
