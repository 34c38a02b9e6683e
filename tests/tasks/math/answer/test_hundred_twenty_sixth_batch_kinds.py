"""Kinds the hundred-and-twenty-sixth peer batch (dev126, blind119) showed the checker missing.

A number spelled in English words that ends a text after "is", "equals", ``=`` or a colon,
when no digit states a value ("The greatest possible value of a is: two").
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The greatest possible value of a is: two", "2"),
        ("So the total is twelve.", "12"),
        ("It is twenty-one!", "21"),
        ("the result equals one hundred five.", "105"),
        ("The status is: unknown", None),  # no numeral: nothing stated
        ("She has twelve apples left.", None),  # a numeral inside the sentence, not its end
        ("x = 5 and that is two", "5"),  # a digit states the value first
    ],
)
def test_a_numeral_ending_the_text(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer


def test_the_numeral_is_compared_as_its_number() -> None:
    text = "The greatest possible value of a is: two"
    assert check_equivalent(extract_answer(text) or text, "2").equivalent
    assert not check_equivalent(extract_answer(text) or text, "3").equivalent
