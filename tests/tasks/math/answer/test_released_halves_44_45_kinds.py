"""Answer kinds found on the released halves ``blind44`` and ``blind45``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # unit words go after each item of a semicolon list, as of a comma list
        ("2.5 m; 4 m", "2.5, 4", True),
        ("(7 kg; 9 kg)", "(7; 9)", True),
        ("1.5kg，3kg", "1.5 kg；3 kg", True),
        # not swallowed: another value; the order of a bracketed tuple still counts
        ("2.5 m; 4 m", "2.5, 5", False),
        ("(7 kg; 9 kg)", "(9; 7)", False),
    ],
)
def test_check_equivalent__units_go_after_each_item_of_a_semicolon_list(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # lines that each hold one number (perhaps with a unit) are a list of them
        ("6\n-1", "-1, 6", True),
        ("2.5kg\n0kg", "2.5 kg; 0 kg", True),
        # not swallowed: another value; two lines are no product or single number; a line
        # that is not one number leaves the text as it was
        ("6\n-1", "6, 1", False),
        ("6\n-1", "-6", False),
        ("6\n-1", "6-1", False),
        ("y\n4", "y, 4", False),
    ],
)
def test_check_equivalent__lines_of_single_numbers_are_a_list(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
