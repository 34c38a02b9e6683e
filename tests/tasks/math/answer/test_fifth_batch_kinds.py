"""Answer kinds found on the fifth peer batch's dev half (``split=dev5``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import extract_answer


@pytest.mark.parametrize(
    "text",
    [
        "\\boxed{12}\nhmm, no: the answer is \\boxed{",
        "\\boxed{12} so the final answer is \\boxed{}",
        "\\boxed{12} then \\boxed{ } at the end",
        "\\boxed{7} and later \\boxed{\\frac{3}{4}",  # cut off inside a fraction
        "\\boxed{\\boxed{\\boxed{9",
    ],
)
def test_extract_answer__an_empty_or_cut_off_last_box_is_no_answer(text: str) -> None:
    assert extract_answer(text) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("\\boxed{1 and then \\boxed{2}", "2"),  # a cut-off box before the last one
        ("\\boxed{3}, \\boxed{5}", "3, 5"),
        ("first \\boxed{4}, corrected: \\boxed{6}", "6"),
        ("\\boxed{\\{1,2\\}} is the set", "\\{1,2\\}"),  # escaped braces are not brackets
        ("\\boxed {8}", "8"),
    ],
)
def test_extract_answer__the_last_closed_box_still_answers(text: str, answer: str) -> None:
    assert extract_answer(text) == answer
