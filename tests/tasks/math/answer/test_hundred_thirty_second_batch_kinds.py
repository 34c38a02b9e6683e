"""Kinds the hundred-and-thirty-second peer batch (dev132, blind125) showed the checker missing.

- GSM8K's ``####`` followed by no value (``#### (see above)``) states no answer there: the
  later patterns read the text, so the last number before the mark is the answer.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import extract_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("computed 55 total #### (see above)", "55"),
        ("#### 42", "42"),
        ("#### 1.234,5", "1.234,5"),
        ("#### x = 5", "x = 5"),
        ("Step 1 gives 10. #### 10\nWait, correcting: #### 20", "20"),
        # no number anywhere: still no answer
        ("#### apple", None),
    ],
)
def test_gsm8k_mark_without_a_value(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer
