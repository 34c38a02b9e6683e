"""Kinds written fresh in the session of the hundred-and-fifth batch.

- Its released half (blind98) showed the ``siunitx`` package's ``\\num{10000}`` refused as an
  unknown command. siunitx's macros are now what they typeset, read before units are compared:
  ``\\num`` its number (``e`` marks the exponent, a comma the decimal), ``\\SI``/``\\qty`` a
  number and a unit, ``\\si``/``\\unit`` a unit, ``\\ang`` degrees.
- It also showed a rate written the SI way, as a product with a negative power (``9.8 m s⁻²``
  for ``9.8``), read as two variables: one number and two known units, the second to a negative
  power, is now that rate (``9.8 m/s^2``), with a dot, a space, ``^-2``, ``⁻²`` or a typed
  ``-2``; glued before a unit of time as students type it (``3 ms^-2``).
- And a quantity whose number is written times a power of ten (``55.4*10^3 ms`` for ``55.4
  s``) left unconverted: such a number now converts like a plain or E-notation one.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\num{25000}", "25000", True),
        ("\\num{2.5e4}", "25000", True),
        ("\\num{6,25}", "6.25", True),  # siunitx's decimal comma
        ("\\frac{\\num{3}}{8}", "0.375", True),
        ("\\SI{3.2}{kg}", "3.2", True),
        ("\\qty{250}{cm}", "2.5 m", True),
        ("\\SI{4}{\\kilo\\metre}", "4", True),  # a unit in siunitx's macros is dropped
        ("7 \\si{cm}", "7", True),
        ("\\ang{45}", "45^\\circ", True),
        ("\\num{25000}", "2500", False),
        ("\\qty{250}{cm}", "250 mm", False),
        ("\\SI{3.2}{kg}", "3.2 g", False),
    ],
)
def test_check_equivalent__siunitx_macros_are_what_they_typeset(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\qty{y}", "\\{y\\}", False),  # the physics package's bracket: unread, as before
        ("\\sin x", "\\sin(x)", True),  # \si does not reach into \sin
        ("\\angle A", "\\angle A", True),
        ("y\\num{4}", "4y", True),  # a number in braces, never glued to its neighbour
    ],
)
def test_check_equivalent__guards_of_the_hundred_and_fifth_batch_kind(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("4.9 m s⁻²", "4.9", True),
        ("4.9 m s^-2", "4.9 m/s^2", True),
        ("4.9 m·s⁻²", "4.9 m/s^2", True),
        ("7 m s-1", "7 m/s", True),
        ("a = 4.9 m s^{-2}", "4.9 m/s^2", True),
        ("72 km h^-1", "20 m/s", True),
        ("2 ms^-2", "2 m/s^2", True),
        ("1000 kg m^-3", "1000 kg/m^3", True),
        ("4.9 m s^-2", "4.9 m/s", False),
        ("72 km h^-1", "72 m/s", False),
    ],
)
def test_check_equivalent__a_unit_product_with_a_negative_power_is_a_rate(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("2 x y^-1", "\\frac{2x}{y}", True),  # letters that are not units stay variables
        ("3 s^-1", "3 s^-1", True),
        ("x^-2", "\\frac{1}{x^2}", True),
    ],
)
def test_check_equivalent__guards_of_the_rate_kind(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("12.5*10^3 ms", "12.5 s", True),
        ("3 \\times 10^{-3} L", "3 mL", True),
        ("2×10^-6 N", "2 uN", True),
        ("4*10^2 cm", "4 m", True),
        ("12.5*10^3 ms", "12.5 min", False),
        ("3 \\times 10^{-3} L", "3 L", False),
    ],
)
def test_check_equivalent__a_number_times_a_power_of_ten_converts_its_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
