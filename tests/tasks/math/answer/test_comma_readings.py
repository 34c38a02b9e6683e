"""A glued comma before a zero-led group (``2,05``, ``0,001``) is a decimal comma only: no list
writes an item ``05``, so the text is one number, never also a list that another reading of a
different number shares (probe seeds 144-145: ``0,01`` matched ``0,001`` as the list 0, 1)."""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("0,01", "0,001", False),
        ("2,5", "2,05", False),
        ("3,01", "3,1", False),
        ("0,001", "0, 1", False),
        # the decimal readings stay, and spaced or unpadded commas keep their list readings
        ("0,001", "0.001", True),
        ("2,05", "2.05", True),
        ("x=0,05", "x=0.05", True),
        ("2, 05", "2, 5", True),
        ("1,0", "1, 0", True),
        ("2,5", "2.5", True),
        ("2,5", "2, 5", True),
    ],
)
def test_a_zero_led_group_after_a_glued_comma_is_decimal(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a decimal comma inside a root's or an exponent's braces is read, as in a fraction's
        ("\\sqrt{2,5}", "\\sqrt{2.5}", True),
        ("2\\sqrt{0,5}", "\\sqrt{2}", True),
        ("\\sqrt[3]{2,5}", "\\sqrt[3]{2.5}", True),
        ("x^{0,5}", "\\sqrt{x}", True),
        ("\\sqrt{0,5}", "\\sqrt{0,05}", False),
        ("\\sqrt{0,5}", "\\sqrt{0.05}", False),
        # a set's braces still hold two numbers
        ("\\{1,5\\}", "\\{5,1\\}", True),
        ("\\{1,5\\}", "1.5", False),
    ],
)
def test_a_decimal_comma_in_a_command_argument_is_read(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
