"""Answer kinds found on the fifty-fourth batch's dev half (``dev54``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer
from metacot_envs.tasks.math.answer.stated_units import same_quantity


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one quantity in two units of one kind, by exact factors
        ("1000 m", "1 km", True),
        ("12inch", "1foot", True),
        ("2.54 cm", "1 in", True),
        ("0.5 m", "50 cm", True),
        ("-2 km", "-2000 m", True),
        ("6 cm^2", "0.0006 m^2", True),
        ("36 km/h", "10 m/s", True),
        ("2 h", "120 min", True),
        ("1 week", "7 days", True),
        ("1 lb", "16 oz", True),
        ("40 cents", "0.4 dollars", True),
        (r"1000\text{ m}", r"$1\text{ km}$", True),
        # not swallowed: another amount, another kind of quantity, a rounded factor, a unit
        # with no fixed size, a square against a length, a number whose commas may be either
        ("0.5 m", "5 cm", False),
        ("5 yd", "5 ft", False),
        ("35 km/h", "10 m/s", False),
        ("5 N", "5 J", False),
        ("1 mi", "1.609 km", False),
        ("1 month", "30 days", False),
        ("1 year", "365 days", False),
        ("6 cm^2", "6 cm", False),
        ("6 cm^2", "0.06 m", False),
        ("1,000 m", "1 km", False),
        ("1,000 m", "1000 mm", False),
        ("60 s", "1 h", False),
    ],
)
def test_check_equivalent__one_quantity_in_two_units_converts_exactly(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


def test_same_quantity__needs_one_number_and_a_known_unit_on_both_sides() -> None:
    assert same_quantity("1000 m", "1 km")
    assert not same_quantity("1000", "1 km")
    assert not same_quantity("1000 apples", "1 km")
    assert not same_quantity("2 + 3 m", "5 m")


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a plain function name raised to a number is that function's power
        ("sin^2(x) + cos^2(x)", "1", True),
        ("cos^2 x - sin^2 x", "cos(2x)", True),
        ("sin^{2}(x)", "sin(x)^2", True),
        ("tan^2(x)", r"\tan^2 x", True),
        # not swallowed: another function or power; the text is not read as prose and cut
        # down to its last number
        ("sin^2(x) + cos^2(x)", "2", False),
        ("sin^2(x)", "cos^2(x)", False),
        ("sin^2(x)", "sin(x)", False),
        ("sin^3(x)", "sin^2(x)", False),
    ],
)
def test_check_equivalent__a_plain_function_raised_to_a_power(
    candidate: str, reference: str, equal: bool
) -> None:
    read = extract_answer(candidate) or after_reasoning(candidate)
    assert check_equivalent(read, reference).equivalent is equal
