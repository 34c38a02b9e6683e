"""Answer kinds found on the seventh peer batch's dev half (``split=dev7``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # two or more dots, each before exactly three digits: thousands separators
        ("2.000.000", "2000000", True),
        ("12.345.678", "12345678", True),
        ("-4.500.000", "-4500000", True),
        ("$7.250.000$", "7,250,000", True),
        ("x = 1.000.000", "10^6", True),
        ("3.000.000", "3000001", False),
        # not swallowed: a single dot is a decimal point, other groupings are no number
        ("2.000", "2000", False),
        ("2.000", "2", True),
        ("2.000.00", "200000", False),
        ("1.2.3", "123", False),
        ("12.345.6789", "123456789", False),
        ("0.000.001", "1", False),
        ("1.000.000.5", "10000005", False),
    ],
)
def test_check_equivalent__dots_between_groups_of_three_digits_are_thousands_separators(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict
