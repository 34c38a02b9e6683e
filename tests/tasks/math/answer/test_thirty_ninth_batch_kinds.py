"""Answer kinds found on the thirty-ninth peer batch's dev half (``split=dev39``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a number in E notation ending prose keeps its exponent
        ("The mass is about 6e24 kg.", "6e24 kg"),
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


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a letter glued to a number or spaced from it is the same answer, written twice
        ("5m", "5 m", True),
        ("3s", "3\\,s", True),
        ("12.5 kg", "12.5kg", True),
        ("2x+1", "2 x+1", True),
        # not swallowed: other numbers or letters, a glued letter against no letter, digits
        # that only spacing separates, and empty answers
        ("5m", "6 m", False),
        ("5m", "5 n", False),
        ("5m", "5", False),
        ("2 3", "23", False),
        ("  ", "  ", False),
    ],
)
def test_check_equivalent__spacing_after_a_number_changes_nothing(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # caps lock on: E and I inside a longer word are letters like any other
        ("SIN(THETA)", "sin(theta)", True),
        ("SIN(X)+COS(X)", "sin(x)+cos(x)", True),
        ("EXP(X)", "exp(x)", True),
        # not swallowed: a lone E or I (sympy's constants), mixed case, other letters
        ("E^X", "e^x", False),
        ("2I + X", "2i + x", False),
        # sympy's I is the imaginary unit when it is the only letter (since 2026-12-07,
        # test_hundred_twenty_seventh_batch_kinds.py)
        ("2I", "2i", True),
        ("SIN(E)", "sin(e)", False),
        ("SIN(X)", "sin(y)", False),
        ("Sin(THETA)", "sin(theta)", False),
    ],
)
def test_check_equivalent__caps_lock_reads_e_and_i_inside_words(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
