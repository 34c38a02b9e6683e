"""Kinds the hundred-and-twenty-ninth peer batch (dev129, blind122) showed the checker missing.

- ``[]``, a program's printed list of no solutions, is also the empty set.
- The word ``empty`` alone names the empty set, as ``empty set`` does.
"""

from __future__ import annotations

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("no solutions", "[]", True),
        ("[]", "\\emptyset", True),
        ("[]", "[]", True),
        ("{}", "empty", True),
        ("empty", "\\varnothing", True),
        # not swallowed: a list that holds something, a number
        ("[]", "[1]", False),
        ("[]", "0", False),
        ("empty", "0", False),
    ],
)
def test_hundred_twenty_ninth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
