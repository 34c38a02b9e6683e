"""Answer kinds found on the forty-sixth peer batch's dev half (``split=dev46``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # U+2044 FRACTION SLASH and U+2215 DIVISION SLASH divide, as "/" does
        ("3\u20444", "6/8", True),
        ("3\u22154", "0.75", True),
        ("x\u20443", "x/3", True),
        # not swallowed: the values must still agree
        ("3\u20444", "4/3", False),
        ("3\u22154", "3", False),
    ],
)
def test_check_equivalent__unicode_fraction_and_division_slashes_divide(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a number glued to a one-letter variable is a term: no number is stated
        ("After moving terms we have 6x on the right side.", None),
        ("So 2n must be even here.", None),
        ("The imaginary part we need is 7i in this case.", None),
        # an earlier plain number is still read
        ("So there are 9 marbles, which is 9y in total.", "9"),
        # not swallowed: units glued to a number, words starting with those letters
        ("So the rope is 8cm long.", "8"),
        ("The box is 5in wide in the end.", "5"),
        ("So we have 12 in total.", "12"),
        ("So the answer is 3 x 4 which is 12.", "12"),
    ],
)
def test_extract_answer__a_number_glued_to_a_variable_is_no_prose_number(
    text: str, answer: str | None
) -> None:
    assert extract_answer(text) == answer
