"""Answer kinds found on the released halves ``blind54`` and ``blind55``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the same unit on both sides leaves the numbers to compare, glued or spaced
        ("0.6400 N", "0.64N", True),
        ("2.50 J", "2.5J", True),
        (r"3\text{ W}", "3.0W", True),
        ("1,200 m", "1200m", True),
        # not swallowed: another number, another unit, a unit against none
        ("0.64N", "0.65 N", False),
        ("2 N", "2 J", False),
        ("3 m", "30 m", False),
        ("0.64N", "0.64 kg", False),
    ],
)
def test_check_equivalent__one_unit_on_both_sides_compares_the_numbers(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a \mathrm or \text group as a subscript or power is a name, not a unit
        (r"T_{\mathrm{s}}", "T_s", True),
        (r"k_{\mathrm{B}} T_{\mathrm{s}}", "k_B T_s", True),
        (r"v_{\text{m}}", "v_m", True),
        # an astronomical body's sign as a whole subscript names it
        (r"R_{\odot}^2", r"R_\odot^{2}", True),
        (r"\frac{G M_\oplus}{R_{\oplus}^2}", r"G M_{\oplus} R_\oplus^{-2}", True),
        # not swallowed: a unit after a value, another body, another power
        (r"5\,\mathrm{s}", "5", True),
        (r"T_{\mathrm{s}}", "T_m", False),
        (r"M_\oplus", r"M_\odot", False),
        (r"R_\odot^2", r"R_\odot^3", False),
    ],
)
def test_check_equivalent__names_in_subscripts_are_read_as_names(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


def test_check_equivalent__a_body_sign_outside_a_subscript_stays_unsupported() -> None:
    verdict = check_equivalent(r"a \odot b", "a b")
    assert not verdict.equivalent and "odot" in verdict.reason
