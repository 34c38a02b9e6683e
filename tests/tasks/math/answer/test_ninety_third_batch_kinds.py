"""Answer kinds found on ``dev93`` and the released half ``blind86``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the decimal digits of other scripts are digits: Persian, Arabic-Indic, Devanagari,
        # Bengali, Thai and the mathematical bold digits
        ("۴۲", "42", True),
        ("٤٢", "42", True),
        ("४२", "42", True),
        ("৪২", "42", True),
        ("๔๒", "42", True),
        ("𝟒𝟐", "42", True),
        ("x = ۷", "7", True),
        ("\\frac{۳}{۴}", "0.75", True),
        # the Arabic decimal and thousands separators
        ("٣٫٥", "3.5", True),
        ("١٬٠٠٠", "1000", True),
        # not swallowed: the digits keep their values and their order
        ("۴۲", "24", False),
        ("٤٢", "4.2", False),
        ("४२", "43", False),
    ],
)
def test_digits_of_other_scripts_are_their_ascii_digits(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a comma-grouped number before an English or CJK scale word is one number
        ("$2,345 million", "2345000000", True),
        ("2,345 million", "2.345 billion", True),
        ("1,200.5 thousand", "1200500", True),
        ("3,000 dozen", "36000", True),
        ("2,345万", "23450000", True),
        # not swallowed: the scale is part of the value, a comma and a space still list, and
        # an Indonesian amount keeps its decimal comma
        ("2,345 million", "2345", False),
        ("2, 345 million", "2345000000", False),
        ("2,5 juta", "2500000", True),
        ("2,5 juta", "25000000", False),
    ],
)
def test_a_comma_grouped_number_before_a_scale_word_is_one_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Python's digit grouping in a printed literal
        ("2_345_000", "2345000", True),
        ("2_345_000.0", "2,345,000", True),
        ("-1_000", "-1000", True),
        # not swallowed: a subscript stays a subscript, and a group is three digits
        ("a_1_000", "1000", False),
        ("2_34", "234", False),
        ("2_3450", "23450", False),
    ],
)
def test_underscores_grouping_thousands_join_the_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a list printed as JSON or Python: its items are the quoted texts
        ('["x + 1", "3"]', "[1 + x, 3]", True),
        ("['x + 1', '3']", '["x+1", "3"]', True),
        ('[["2a - a", "b"], ["c", "d"]]', "[[a, b], [c, d]]", True),
        ('"12"', "12", True),
        # not swallowed: items keep their order and values, and a quote that is not a list's
        # or the whole answer's stays unread
        ('["x + 1", "3"]', "[3, x + 1]", False),
        ('["x + 1", "3"]', "[x + 1, 4]", False),
        ('"12" or "13"', "12", False),
        ("'12'", "12", False),
    ],
)
def test_a_list_of_quoted_strings_is_the_list_of_their_texts(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a spoken decimal: a cardinal, "point" and one digit word per place
        ("zero point two five", "1/4", True),
        ("four point zero six", "4.06", True),
        ("point seven five", "3/4", True),
        ("negative two point five", "-2.5", True),
        ("nine point eight meters", "9.8 meters", True),
        # not swallowed: places are digit words, and one point
        ("four point six", "4.06", False),
        ("four point sixteen", "4.16", False),
        ("one point two point three", "1.23", False),
    ],
)
def test_a_spoken_decimal_is_its_number(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # HTML's superscript and subscript tags: an exponent and an index
        ("3 \\times 10<sup>-2</sup>", "0.03", True),
        ("y<sup>3</sup> - 1", "y^3 - 1", True),
        ("a<sub>n</sub> = 2n", "a_n = 2n", True),
        ("2<SUP>8</SUP>", "256", True),
        # not swallowed: the exponent counts, and an unmatched tag is no exponent
        ("2<sup>8</sup>", "255", False),
        ("y<sup>3</sup>", "y^2", False),
        ("2<sup>8</sub>", "256", False),
    ],
)
def test_html_superscripts_and_subscripts_are_exponents_and_indices(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
