"""Answer kinds found on the thirtieth peer batch's dev half (``split=dev30``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer.stated_units import measurement_unit
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # 又 ("and") joins a whole number to a fraction: a mixed number
        ("2又3/4", "11/4", True),
        (r"3又\frac{1}{2}", "3.5", True),
        # not swallowed: other values, 又 between names stays a character
        ("2又3/4", "3/4", False),
        ("2又3/4", "6/4", False),
        ("a又b", "a b", False),
    ],
)
def test_check_equivalent__a_chinese_mixed_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # two Chinese digits side by side without a zero are an estimate ("three or four")
        ("三四", "34", False),
        ("七八", "78", False),
        # not swallowed: a year's digits, a run with a zero, one digit
        ("一九四九", "1949", True),
        ("二〇二五", "2025", True),
        ("五", "5", True),
    ],
)
def test_check_equivalent__two_chinese_digits_are_no_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a scale word after a number multiplies it: it is no unit to drop
        (r"7\text{ million}", "7000000", True),
        ("7 million", r"7 \times 10^6", True),
        ("1.2 billion", "1200000000", True),
        ("40 thousand", "40000", True),
        ("2万", "20000", True),
        ("1.5亿", "150000000", True),
        # not swallowed: the bare number, other scales, a word that only starts like one
        (r"7\text{ million}", "7", False),
        ("7 million", "7000", False),
        ("2万", "2", False),
        ("7 millionaires", "7", True),
    ],
)
def test_check_equivalent__scale_words_multiply(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a square or cube is part of a stated unit
        (r"9\text{ m}^2", r"9\text{ m}", False),
        ("9 cm^3", "9 cm^2", False),
        ("9 cm²", "9 cm^2", True),
        (r"9\text{ cm}^{2}", "9 cm²", True),
        # not swallowed: a unit on one side only still goes
        ("9 cm^2", "9", True),
    ],
)
def test_check_equivalent__a_unit_power_is_part_of_the_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


def test_measurement_unit__names_the_power() -> None:
    assert measurement_unit(r"9\text{ m}^2") == "m^2"
    assert measurement_unit("9 ft³") == "ft^3"
