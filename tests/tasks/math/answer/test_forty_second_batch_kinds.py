"""Answer kinds found on the forty-second peer batch's dev half (``split=dev42``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an SI symbol after a number and a space is its unit
        (r"1.5 \times 10^{-2} N", "0.015", True),
        ("10 N", "10", True),
        ("220 V", "220", True),
        ("3.2 kW", "3.2", True),
        ("10 N", "10 newtons", True),
        # not swallowed: two different units, another value, a glued capital (a variable),
        # a capital after an operator
        ("10 N", "10 W", False),
        ("10 N", "11", False),
        ("10N", "10", False),
        (r"2 \cdot A", "2", False),
        ("x + A", "x", False),
    ],
)
def test_check_equivalent__an_si_symbol_after_a_number_is_its_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # words compare in any case and spacing, Turkish dotless and dotted I included
        ("  Beş   bölü ALTI ", "beş bölü altı", True),
        ("İKİ", "iki", True),
        # not swallowed: other words
        ("beş bölü yedi", "beş bölü altı", False),
        ("ALTI", "altmış", False),
    ],
)
def test_check_equivalent__turkish_words_in_capitals(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a unit glued to its number with a typed superscript square or cube
        ("12m²", "12", True),
        ("12m³", "12", True),
        ("5cm³", "5", True),
        # not swallowed: another unit, another value, a variable squared, a LaTeX power
        ("12m²", "12cm²", False),
        ("12m²", "13", False),
        ("12x²", "12", False),
        ("12m^2", "12", False),
    ],
)
def test_check_equivalent__a_glued_unit_with_a_typed_square(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
