"""Answer kinds found on the released halves ``blind42`` and ``blind43``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a root sign without braces takes a signed number or one letter
        ("√-9", "3i", True),
        ("5/√y", "5y^{-1/2}", True),
        ("√ab", "\\sqrt{a}b", True),
        ("√(-9)", "√-9", True),
        # not swallowed: the root covers one letter only, and values must agree
        ("√ab", "\\sqrt{ab}", False),
        ("√-9", "-3", False),
        ("5/√y", "5/y", False),
    ],
)
def test_check_equivalent__a_bare_root_sign_takes_a_signed_number_or_one_letter(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # function names applied to something are mathematics, not the words of prose
        ("2(t+sin3t)(1+3cos3t)", None),
        ("tan x + sec x", None),
        # not swallowed: a function name before a word, and real words, still make prose
        ("the tan of 4 is what we need", "4"),
        ("So we get 7 in the end", "7"),
    ],
)
def test_extract_answer__function_names_applied_to_something_are_no_words(
    text: str, answer: str | None
) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a speaker's hedge before a lone number: the number is the answer
        ("I think 27", "27", True),
        ("I believe 0.5", "1/2", True),
        ("I'd say -3", "-3", True),
        # not swallowed: another value; a hedge before anything but a lone number
        ("I think 27", "28", False),
        ("I think not 27", "27", False),
        ("I think 27 or 28", "27", False),
    ],
)
def test_check_equivalent__a_hedge_before_a_lone_number_states_it(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
