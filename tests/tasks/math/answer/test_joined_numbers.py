"""Two numbers joined by a word, read apart from the letters of the word
(:mod:`metacot_envs.tasks.math.answer.joined_numbers`)."""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer.joined_numbers import (
    JoinedNumbers,
    compare_joined_numbers,
    joined_numbers,
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("0 to 10", JoinedNumbers("", "to", ("0", "10"))),
        ("From 2 TO 6", JoinedNumbers("from", "to", ("2", "6"))),
        ("5.5 to 6.9 nM", JoinedNumbers("", "to", ("5.5 nM", "6.9 nM"))),
        ("2 by 3", JoinedNumbers("", "by", ("2", "3"))),
        ("3 R 12", JoinedNumbers("", "r", ("3", "12"))),
        ("3r12", JoinedNumbers("", "r", ("3", "12"))),
        ("12 R0", None),
        ("2 times 3", None),
        ("x to y", None),
        ("0 to 10 and 3", None),
    ],
)
def test_joined_numbers_reads_the_numbers_and_the_word(
    text: str, read: JoinedNumbers | None
) -> None:
    assert joined_numbers(text) == read


def _same(first: str, second: str) -> bool:
    return float(first.split()[0]) == float(second.split()[0]) and (
        first.split()[1:] == second.split()[1:]
    )


@pytest.mark.parametrize(
    ("candidate", "reference", "outcome"),
    [
        ("0 to 10", "0 to 10.0", True),
        ("0 to 90", "0 to 10", False),
        ("2 by 3", "2 to 3", False),
        ("from 2 to 6", "from 3 to 4", False),
        ("the answer is 2 to 6", "2 to 6", None),
        ("the answer is 2 by 6", "2 to 6", None),
    ],
)
def test_compare_joined_numbers(candidate: str, reference: str, outcome: bool | None) -> None:
    read = joined_numbers(candidate), joined_numbers(reference)
    assert read[0] is not None and read[1] is not None
    result = compare_joined_numbers(read[0], read[1], _same)
    assert (None if result is None else result[0]) is outcome
