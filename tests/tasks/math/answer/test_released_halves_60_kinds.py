"""Answer kinds found on the released half ``blind60``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a comma after the one leading digit of a scientific mantissa is a decimal comma, even
        # before three digits (where elsewhere it groups thousands)
        (r"1{,}357\times 10^3", "1357", True),
        (r"2{,}500 \cdot 10^{-3}", "0.0025", True),
        (r"-4,125\times10^{2}", "-412.5", True),
        (r"1,357\times 10^3", r"1.357\times 10^3", True),
        # not swallowed: thousands without the power of ten, two digits before the comma (no
        # mantissa), another exponent
        (r"1{,}357", "1357", True),
        (r"1{,}357", "1.357", False),
        (r"12{,}357\times 10^3", r"12.357\times 10^3", False),
        (r"1{,}357\times 10^3", "135.7", False),
    ],
)
def test_check_equivalent__a_scientific_mantissa_takes_a_decimal_comma(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
