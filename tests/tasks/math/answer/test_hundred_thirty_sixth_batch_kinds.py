"""Kinds the hundred-and-thirty-sixth peer batch (dev136, blind129) showed the checker missing.

- The CJK compatibility signs of metric units, one character each (``12㎠``, ``5㎏``), are the
  units they stand for; ``ℓ`` stays the letter it names a length with.

And one kind read again in the released table: a fraction slash glued to a radical sign
(``√⁄3``, as answer keys exported from a word processor hold it) is the radical alone.
"""

from __future__ import annotations

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("12㎠", "12cm²", True),
        ("12㎠", "12 cm", False),
        ("5㎏", "5000 g", True),
        ("5㎏", "5 g", False),
        ("ℓ=(P-2b)/2", "l=(P-2b)/2", True),
        ("2㎡", "20000 cm^2", True),
        ("1㎞", "1000 m", True),
        ("1㎥", "1㎤", False),
        ("-5√2", "-5√⁄2", True),
        ("√3-1", "-1+√⁄3", True),
        ("2√⁄3", "2√2", False),
        ("1⁄3", "1/3", True),
    ],
)
def test_hundred_thirty_sixth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
