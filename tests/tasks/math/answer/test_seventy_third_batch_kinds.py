"""Answer kinds found on ``dev73`` and the released half ``blind66``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.english_numerals import number_from_english
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the reciprocal hyperbolic functions and the inverses of the reciprocal ones
        ("csch(2x)", r"\frac{1}{\sinh 2x}", True),
        (r"\operatorname{sech}^2 x", r"1-\tanh^2 x", True),
        ("coth x", "cosh(x)/sinh(x)", True),
        ("arcsec(2)", r"\frac{\pi}{3}", True),
        (r"\operatorname{arccsc} x", r"\arcsin\frac{1}{x}", True),
        ("arccot x", "arctan(1/x)", True),
        # their other names: sympy's, ISO's area functions, the British cosech
        ("asinh(1)", r"\ln(1+\sqrt{2})", True),
        (r"\operatorname{arsinh} x", r"\ln(x+\sqrt{x^2+1})", True),
        (r"\operatorname{artanh}(1/2)", r"\frac{1}{2}\ln 3", True),
        ("acot(1)", r"\frac{\pi}{4}", True),
        ("1 + cosech(3x)", "1 + csch(3x)", True),
        # not swallowed: the function and its reciprocal, another argument
        ("csch x", "sinh x", False),
        ("coth x", "tanh x", False),
        ("arcsec(2)", "arccos(2)", False),
        ("asinh(1)", "sinh(1)", False),
        ("cosec x", "csch x", False),
    ],
)
def test_check_equivalent__reciprocal_and_inverse_function_names(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # lg is the decimal logarithm (ISO 80000-2), lg(x, b) the logarithm to base b
        ("lg(1000)", "3", True),
        (r"\lg 100", "2", True),
        ("lg(10^x)", "x", True),
        ("lg(1/8, 2)", "-3", True),
        ("lg x", r"\log_{10} x", True),
        # not swallowed: the natural logarithm, and a product l*g with nothing applied
        ("lg(1000)", r"\ln 1000", False),
        ("lg", "l*g", True),
        (r"\sqrt{lg}", r"\sqrt{\log g}", False),
    ],
)
def test_check_equivalent__lg_is_the_decimal_logarithm(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a whole answer that is an English numeral is its number
        ("nine", "9", True),
        ("Forty-Eight", "48", True),
        ("forty eight", "48", True),
        ("nine hundred one", "901", True),
        ("one hundred and five", "105", True),
        ("five thousand", "5000", True),
        ("two thousand twenty four", "2024", True),
        ("minus nine", "-9", True),
        ("negative nine", "-9", True),
        ("zero", "0", True),
        ("two-fifths", "0.4", True),
        ("three quarters", r"\frac34", True),
        ("a third", "1/3", True),
        ("half", "0.5", True),
        (r"\text{twelve}", "12", True),
        ("eighty degrees", "80 degrees", True),
        # not swallowed: other numbers, malformed numerals, a rank, words around a numeral
        ("ninety", "80", False),
        ("five hundred", "5000", False),
        ("nine hundred", "901", False),
        ("one two", "12", False),
        ("five twenty", "25", False),
        ("two third", "2/3", False),
        ("third", "1/3", False),  # a rank alone, its number since 2026-12-07 (test_notations.py)
        ("thousand", "1000", False),
        ("eighty radians", "80 degrees", False),
        ("the answer is seven", "seven", False),
    ],
)
def test_check_equivalent__english_numerals(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen \
fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _in_words(n: int) -> str:
    """``n`` written out in English the usual way (written for the test, not by the module)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS_WORDS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = f" and {_in_words(n % 100)}" if n % 100 else ""
        return f"{_ONES[n // 100]} hundred{rest}"
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            rest = f" {_in_words(n % scale)}" if n % scale else ""
            return f"{_in_words(n // scale)} {name}{rest}"
    raise AssertionError(n)


@pytest.mark.parametrize(
    "n", [*range(0, 130), 999, 1000, 1001, 12345, 100_000, 1_000_001, 987_654_321, 2 * 10**9]
)
def test_number_from_english__reads_every_numeral_written_the_usual_way(n: int) -> None:
    assert number_from_english(_in_words(n)) == str(n)
    assert number_from_english(_in_words(n).upper()) == str(n)


def test_check_equivalent__angle_units_differ() -> None:
    # the angle units are units: radians are not degrees, whatever spells the number
    assert not check_equivalent("80 rad", "80 degrees").equivalent
    assert check_equivalent("60 deg", "60 degrees").equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a set written with an element twice is the same set
        ("{1,2,3}", "{3,1,2,1}", True),
        (r"\{a, b\}", r"\{b, a, b\}", True),
        # a U between a set and an interval is the union, in either order
        ("{1,2} U [3,4)", r"[3,4) \cup \{1,2\}", True),
        ("[3,4) U {1,2}", "{1,2} U [3,4)", True),
        # bare braces around nothing are the empty set
        ("{}", "∅", True),
        ("{ }", r"\emptyset", True),
        # not swallowed: a missing or an extra element, another interval, zero
        ("{1,2}", "{1,2,3,3}", False),
        ("{1,2,4}", "{3,1,2,1}", False),
        ("{1,2} U [3,4)", "{1,2} U [3,5)", False),
        ("{}", "0", False),
        ("{}", r"\{0\}", False),
    ],
)
def test_check_equivalent__sets_repeats_unions_and_the_empty_set(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a quantity's number may be in E notation, a fraction or a power; pico is a prefix
        ("1 um", "1E6 pm", True),
        ("1 W", "1E3 mW", True),
        ("1 W", "1E-6 MW", True),
        ("1/1000 kJ", "1 J", True),
        ("10**-3 kJ", "1 J", True),
        ("2.5e3 m", "2.5 km", True),
        # not swallowed: another amount, another kind of quantity, a unit on one side only
        ("1 um", "1E5 pm", False),
        ("1/100 kJ", "1 J", False),
        ("1E3 mW", "1 J", False),
        ("3 pm", "3 nm", False),
        ("1/3 km", "333 m", False),
    ],
)
def test_check_equivalent__quantities_in_e_notation_and_fractions_convert(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a log with no base is decimal, or else natural on both sides at once
        (r"\log 100", "2", True),
        ("log(exp(x))", "x", True),
        ("log(x^2*y/exp(1))", "2*log(x) + log(y) - 1", True),
        ("Log(x^2)", r"2\log x", True),
        ("log(x)", r"\ln x", True),
        # not swallowed: a base written, lg, ln, another value under both readings
        (r"\log_2 8", "2", False),
        ("lg(e)", "1", False),
        (r"\ln 100", "2", False),
        ("log(100)", "3", False),
        ("log(x, 10)", r"\ln x", False),
    ],
)
def test_check_equivalent__a_log_without_a_base(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the counting calls of two arguments
        ("binomial(8, 3)", "56", True),
        ("binom(8,3)", r"\binom{8}{3}", True),
        ("nCr(10, 2)", "45", True),
        ("choose(n, 2)", "n(n-1)/2", True),
        ("nPr(8,3)", "336", True),
        ("nPr(n, 2)", "n^2 - n", True),
        # not swallowed: other values, permutations are not combinations, one argument
        ("nCr(8, 3)", "57", False),
        ("nPr(8, 3)", "56", False),
        ("nCr(8)", "8", False),
    ],
)
def test_check_equivalent__counting_calls(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # values far below float noise are compared relatively, not absorbed as noise
        ("1E-50*sin(x)", "1E-50*cos(x)", False),
        ("10^{-40} x", "10^{-40} y", False),
        ("10^{-40}", "10^{-41}", False),
        # still absorbed: a cancellation's noise, and equal tiny values
        (r"\sin(\pi)", "0", True),
        (r"\sin(\pi)", r"\sin(2\pi)", True),
        ("1E-50*sin(2x)", "2E-50*sin(x)*cos(x)", True),
    ],
)
def test_check_equivalent__tiny_values_are_not_float_noise(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
