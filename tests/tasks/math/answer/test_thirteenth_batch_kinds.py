"""Answer kinds found on the thirteenth peer batch's dev half (``split=dev13``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from metacot_envs.tasks.math.task import BOXED_ONLY


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # words after an empty closed box may state the answer; they alone are read
        ("so the answer is \\boxed{}. It is 42", "42"),
        ("the result \\boxed{ } equals 7", "7"),
        ("\\boxed{42} and \\boxed{} and then 7 apples are left over", "7"),
        # an empty box lists nothing
        ("\\boxed{} \\boxed{3}", "3"),
        ("\\boxed{1}, \\boxed{ }, \\boxed{2}", "1, 2"),
        # not swallowed: an earlier box never stands in for an empty or cut-off last one
        ("\\boxed{42} ... actually \\boxed{}", None),
        ("\\boxed{42}. \\boxed{} Hmm.", None),
        ("\\boxed{42} ... actually \\boxed{", None),
        ("\\boxed{42} ... actually \\boxed{ 7", None),
    ],
)
def test_extract_answer__words_after_an_empty_box_may_state_the_answer(
    text: str, answer: str | None
) -> None:
    assert extract_answer(text) == answer


def test_extract_answer__the_envs_box_only_patterns_read_no_words_after_an_empty_box() -> None:
    assert extract_answer("so the answer is \\boxed{}. It is 42", BOXED_ONLY) is None
