"""Answer kinds found on the thirty-ninth peer batch's dev half (``split=dev39``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import extract_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a number in E notation ending prose keeps its exponent
        ("The mass is about 6e24 kg.", "6e24"),
        ("It decays at 1.5E-3 per second", "1.5E-3"),
        ("So the count is 2e5.", "2e5"),
        # not swallowed: a word starting with e after a number, and an exponent glued to
        # letters or to a decimal
        ("We got 3 eggs", "3"),
        ("the value 4e5x is", "4"),
        ("The value is 1e1.5 now", "1"),
    ],
)
def test_extract_answer__e_notation_in_prose_keeps_its_exponent(text: str, answer: str) -> None:
    assert extract_answer(text) == answer
