"""Kinds written fresh in the session of the hundred-and-seventh batch.

- Its released half (blind100) showed a decimal written with a comma and no leading zero
  (``,5`` for ``0.5``), which a Russian checker's tests accept: a whole answer that opens with
  a comma before digits has no other reading, so it is that decimal.
- Its dev half showed a ratio in words (``1 to 100`` for ``1:100``): against a ratio of two
  numbers written with a colon, two numbers joined by "to" are that ratio. Alone, "1 to 100"
  may be a range, so it is read so only against a ratio.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        (",5", "0.5", True),
        (",25", "1/4", True),
        ("-,5", "-0.5", True),
        ("0.5", ",5", True),
        (",5", "5", False),
        (",5", "0.05", False),
        ("-,5", "0.5", False),
    ],
)
def test_check_equivalent__a_decimal_comma_without_its_leading_zero(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("1 to 100", "1:100", True),
        ("3 to 4", "3 : 4", True),
        ("2:5", "2 to 5", True),
        ("1.5 to 2", "1.5:2", True),
        ("1 to 100", "100:1", False),
        ("3 to 4", "3:5", False),
        ("1 to 100", "0.01", False),  # not against a ratio: words stay words
    ],
)
def test_check_equivalent__a_ratio_in_words_against_a_ratio(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
