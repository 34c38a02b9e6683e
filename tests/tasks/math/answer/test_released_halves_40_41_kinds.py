"""Answer kinds found on the released halves ``blind40`` and ``blind41``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one word before a lone number labels it, as a trailing word does
        ("things 17", "17", True),
        ("17", "Total 17", True),
        ("Perimeter 2.5", "5/2", True),
        ("ANSWER 1,250", "1250", True),
        # not swallowed: another value; words that act on the number; short words; two words
        ("things 17", "18", False),
        ("minus 17", "17", False),
        ("not 17", "17", False),
        ("twice 17", "17", False),
        ("sqrt 16", "16", False),
        ("alpha 3", "3", False),
        ("seven 3", "3", False),
        ("ab 17", "17", False),
        ("more than 17", "17", False),
    ],
)
def test_check_equivalent__a_word_before_a_lone_number_is_its_label(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
