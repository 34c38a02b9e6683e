"""Compound units read as products of powers of known units (``unit_algebra.py``)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.unit_algebra import quantity, unit_size


@pytest.mark.parametrize(
    ("unit", "size", "dimension"),
    [
        ("kg m/s^2", Fraction(1), (1, 1, -2, 0, 0, 0)),
        ("N m", Fraction(1), (2, 1, -2, 0, 0, 0)),
        ("kWh", Fraction(3_600_000), (2, 1, -2, 0, 0, 0)),
        ("J/(kg K)", Fraction(1), (2, 0, -2, 0, -1, 0)),
        ("m s^-2", Fraction(1), (1, 0, -2, 0, 0, 0)),
        ("m·s⁻²", Fraction(1), (1, 0, -2, 0, 0, 0)),
        ("m/s/s", Fraction(1), (1, 0, -2, 0, 0, 0)),
        ("g\\,cm^{-3}", Fraction(1000), (-3, 1, 0, 0, 0, 0)),
        ("kilometres/hour", Fraction(5, 18), (1, 0, -1, 0, 0, 0)),
        ("\\text{km}^2", Fraction(10**6), (2, 0, 0, 0, 0, 0)),
    ],
)
def test_unit_size__reads_products_quotients_and_powers(
    unit: str, size: Fraction, dimension: tuple[int, ...]
) -> None:
    assert unit_size(unit) == (size, dimension)


@pytest.mark.parametrize("unit", ["apples", "kg x", "m/(s", "", "x^2", "m + s"])
def test_unit_size__refuses_anything_but_known_units(unit: str) -> None:
    assert unit_size(unit) is None


def test_quantity__reads_the_number_as_written_and_its_value() -> None:
    read = quantity("1.5 \\times 10^{3} kg m/s^2")
    assert read is not None
    number, value, unit, size, _ = read
    assert (number, value, unit, size) == ("1.5e3", Fraction(1500), "kg m/s^2", Fraction(1))
    assert quantity("5") is None
    assert quantity("x kg") is None


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # different dimensions: these had matched, their units dropped as words
        ("5 kg m/s^2", "5 kg m/s", False),
        ("5 N m", "5 W", False),
        ("10 kg*m/s", "10 kg*m/s^2", False),
        ("3 m^2/s", "3 m/s", False),
        ("2 kWh", "2 kW", False),
        # one dimension: the amounts compared exactly
        ("5 kg m/s^2", "5 N", True),
        ("5 N m", "5 J", True),
        ("-10.5 kg m/s^2", "-10500 g m/s^2", True),
        ("2 kWh", "7200000 J", True),
        ("5000000000 metre kilogram second^(-2)", "5 GN", True),
        ("4.2 J/(g K)", "4200 J/(kg K)", True),
        ("1 C", "1000 mC", True),
        ("4.2 J/(g K)", "4.3 J/(g K)", False),
        ("1 mi", "1.609 km", False),
        # one unit on both sides: the numbers compare as numbers do
        ("9.81 m/s^2", "9.81 m s^-2", True),
        ("3.14159 N m", "3.141590 N m", True),
        # a unit on one side only is still dropped
        ("5 kg m/s^2", "5", True),
    ],
)
def test_check_equivalent__compound_units_keep_their_dimension(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one unit on each side converts through the same sizes (stated_units.same_quantity)
        ("5 cm^3", "5 ml", True),
        ("1 week", "7 days", True),
        ("1000 mH", "1 H", True),
        ("5 dollars", "500 cents", True),
        ("1 month", "30 days", False),
    ],
)
def test_check_equivalent__one_unit_converts_by_the_same_sizes(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
