"""A parenthesized remark after a value: what it counts or how it was got, not a factor.

Found reading released misses again (a daily-puzzle suite's ``12 (a dozen)``): a remark was
dropped only when every word in it was a unit or counted word of three or more letters, so
``(a dozen)`` and ``(rounded to the nearest whole)`` kept their short words and the answer
failed to parse. Short words of a phrase now pass between longer ones; alone they are still
variables, and a remark stays a remark only after a value and a space.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        ("12", "12 (a dozen)"),
        ("4", "4 (rounded to the nearest whole)"),
        ("4", "4 (rounded to nearest whole)"),
        ("0.5", "0.5 (as a decimal)"),
        ("12 (a dozen)", "12"),
        ("3, 4", "3 (cm), 4 (cm)"),
    ],
)
def test_check_equivalent__a_remark_after_a_value_is_dropped(
    candidate: str, reference: str
) -> None:
    assert check_equivalent(candidate, reference).equivalent


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        ("13", "12 (a dozen)"),
        ("2", "2 (a)"),  # a lone short word is a variable: 2a
        ("2", "2 (a b)"),
        ("2", "2 (to a)"),
        ("3", "3 (not 4)"),
        ("5", "5 (is wrong)"),  # a verdict word is no remark on the value
    ],
)
def test_check_equivalent__no_remark_where_the_words_are_variables_or_a_verdict(
    candidate: str, reference: str
) -> None:
    assert not check_equivalent(candidate, reference).equivalent
