"""Kinds the hundred-and-thirtieth peer batch (dev130, blind123) showed the checker missing.

- A value that opens the text, followed by the reason for it (``x = 4，因为 2*4+3 = 11``,
  ``12, because 3 * 4 = 12``), is the answer; the last number would read the check's.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("x = 4，因为 2*4+3 = 8+3 = 11，等式成立", "x = 4"),
        ("x = 4, because 2*4+3 = 8+3 = 11, so it holds", "x = 4"),
        ("12, because 3 * 4 = 12 and nothing else fits", "12"),
        ("x = -3/4 porque 4x + 3 = 0 se cumple con este valor", "x = -3/4"),
        ("x = 4 since 2*4+3 = 11 holds for this value of x", "x = 4"),
        # a label later in the text still wins; a reason first leaves the conclusion last
        ("12, because 3 * 4 = 12. The answer is 13.", "13"),
        ("因为 2x = 8，所以 x = 4", "x = 4"),
    ],
)
def test_leading_answer_before_its_reason(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


def test_leading_answer_is_compared_not_the_check() -> None:
    wrong = extract_answer("x = 5，因为 2*5+3 = 13")
    assert wrong is not None
    assert not check_equivalent(wrong, "x = 4").equivalent
