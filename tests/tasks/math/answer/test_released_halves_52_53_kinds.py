"""Answer kinds found on the released halves ``blind52`` and ``blind53``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Japanese と ("and") between a whole number and a fraction is a mixed number
        ("5/2", "2と1/2", True),
        ("2.5", "2と1/2", True),
        ("3と1/4", r"3\frac{1}{4}", True),
        # not swallowed: another value; と between whole numbers is no number
        ("2と1/2", "2/2", False),
        ("2と1/2", "1/2", False),
        ("1と2", "3", False),
    ],
)
def test_check_equivalent__japanese_mixed_numbers(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
