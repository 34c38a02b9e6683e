"""Kinds written fresh in the session of the hundred-and-twelfth batch.

- Reading the prose misses again showed escapes a string literal ate (released pairs of an RL
  reward suite and a reasoning trainer): in a non-raw Python or JSON string ``\\boxed`` loses
  its ``\\b`` to a backspace and ``\\frac`` its ``\\f`` to a form feed, so the answer held a
  control character and no box was found. A bell, backspace, vertical tab or form feed right
  before a letter is the backslash and letter again; a tab, carriage return or newline stays
  whitespace.
- Noticed while testing the value-before-label reading, with no pair behind it: the
  last-number fallback read a number the text denies right after it ("42 is not the answer.",
  "So 42 is wrong."), as it already refused one denied right before it ("not 42"). Such a
  number is no answer now; no verdict of the bench moved.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.answer_spelling import restore_eaten_escapes
from metacot_envs.tasks.math.answer.extraction import extract_answer

# The strings below are not raw on purpose: "\boxed" and "\frac" in them are the backspace and
# form feed that a slip makes of those commands.


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The answer is \boxed{42}", "42"),
        ("so $n=\frac{72}{36}=\\boxed{2}$.", "2"),
        ("<think>x</think>\boxed{\frac{1}{2}}", "\\frac{1}{2}"),
    ],
)
def test_extract_answer__a_box_whose_backslash_a_string_escape_ate(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\frac{1}{2}", "0.5", True),
        ("3\frac{1}{3}", "\\frac{10}{3}", True),
        ("\x07lpha", "\\alpha", True),
        ("\beta", "\\beta", True),
        ("\frac{1}{3}", "0.5", False),
        ("\x07lpha", "\\beta", False),
    ],
)
def test_check_equivalent__a_command_whose_backslash_a_string_escape_ate(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        ("\x08oxed{4}", "\\boxed{4}"),
        ("\x0crac{1}{2} + \x0bec{v}", "\\frac{1}{2} + \\vec{v}"),
        ("a\x08", "a\x08"),  # no letter after it: nothing a command lost
        ("\x08 x", "\x08 x"),
        ("x\ty", "x\ty"),  # a tab stays whitespace
    ],
)
def test_restore_eaten_escapes(text: str, restored: str) -> None:
    assert restore_eaten_escapes(text) == restored


def test_a_control_character_before_no_letter_is_still_refused() -> None:
    verdict = check_equivalent("a\x08", "a")
    assert not verdict.equivalent
    assert "control character" in verdict.reason


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("42 is not the answer.", None),
        ("So 42 is wrong.", None),
        ("So 42 isn't correct.", None),
        ("I got 42 which is wrong. Then 7.", "7"),
        ("42 is not the answer, 43 is.", "43"),
        ("We get 5 is correct.", "5"),  # no denial
        ("The total is 42", "42"),
    ],
)
def test_extract_answer__a_number_denied_right_after_it_is_no_answer(
    text: str, answer: str | None
) -> None:
    assert extract_answer(text) == answer
