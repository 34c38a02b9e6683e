"""Answer kinds found on the released half ``blind62``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a 2 or 3 glued to a known unit after one number is its square or cube
        ("4 cm2", "4 cm^2", True),
        ("4 cm2", "400 mm^2", True),
        ("7 m3", r"7\text{ m}^3", True),
        ("2 km2", "2000000 m^2", True),
        # not swallowed: the power still counts, a longer number is no power, letters alone
        # are no unit
        ("4 cm2", "4 cm", False),
        ("4 cm2", "8 cm", False),
        ("4 cm3", "4 cm^2", False),
        ("4 cm23", "4 cm^2", False),
        ("y2", "y^2", False),
    ],
)
def test_check_equivalent__a_digit_glued_to_a_unit_is_its_power(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
