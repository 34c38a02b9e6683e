"""Answer kinds found on the twenty-ninth peer batch's dev half (``split=dev29``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. (The batch's fifth kind, a reasoning tag left open, is
tested with the other reasoning-tag cases in ``test_sixth_batch_kinds.py``.)
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.stated_units import measurement_unit
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one number and a known unit on each side: the units must agree
        ("7 ft", "7 yd", False),
        ("7ft", "7yd", False),
        ("12 cm", "12 m", False),
        (r"12\text{ cm}", r"12\text{ mm}", False),
        ("3 hours", "3 minutes", False),
        ("40 cents", "40 dollars", False),
        ("2 kg", "2 lb", False),
        # not swallowed: spellings of one unit, a unit on one side only, counted nouns,
        # different values stay different
        ("7 feet", "7 ft", True),
        ("1 foot", "1 ft", True),
        ("3 hrs", "3 hours", True),
        (r"12\text{ cm}", "12 centimeters", True),
        ("12 cm", "12", True),
        # counted nouns that differ were equal here until session 44, when five peer suites
        # (and none the other way) showed them refused: test_hundred_forty_fourth_batch_kinds
        ("10 apples", "10 oranges", False),
        ("7 ft", "8 ft", False),
    ],
)
def test_check_equivalent__units_stated_on_both_sides_must_agree(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("answer", "unit"),
    [
        ("5 ft", "ft"),
        ("$5\\text{ yards}$", "yd"),
        ("2.5 L", "l"),
        ("5", None),
        ("5 apples", None),
        ("5 sq ft", "ft^2"),
        ("5 sq", None),
        ("x + 5 ft", None),
        ("5, 6 ft", None),
    ],
)
def test_measurement_unit__reads_one_number_and_a_known_unit(answer: str, unit: str | None) -> None:
    assert measurement_unit(answer) == unit


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # LaTeX's root that lost its backslash
        ("3sqrt{7}", r"3\sqrt{7}", True),
        ("sqrt{2}/2", r"\frac{\sqrt2}{2}", True),
        ("sqrt[3]{27}", "3", True),
        # not swallowed: another radicand, a name glued before it stays letters
        ("3sqrt{7}", r"3\sqrt{8}", False),
        ("ysqrt{4}", "2y", False),
    ],
)
def test_check_equivalent__a_plain_sqrt_with_braces(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an unsure answer's question mark
        ("35?", "35", True),
        ("x = 4?", "4", True),
        ("35?", "36", False),
    ],
)
def test_check_equivalent__a_trailing_question_mark(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a percent sign ending both answers is the unit of each whole answer
        (r"12\frac{1}{2}\%", r"12+\frac{1}{2}\%", True),
        (r"3\frac{1}{3}\%", "10/3 %", True),
        # not swallowed: different values, a percent on one side keeps its two readings,
        # a second percent sign leaves the sides as written
        (r"12\frac{1}{2}\%", r"12+\frac{1}{3}\%", False),
        (r"12.5\%", "0.125", True),
        (r"12.5\%", "0.13", False),
        (r"5\% + 5\%", r"10\%", True),
    ],
)
def test_check_equivalent__a_percent_ending_both_answers(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a whole answer that is a share of a number is that product
        ("60", r"\text{24\% of 250}", True),
        ("12.5% of 80", "10", True),
        # not swallowed: another value, a share inside words, a share of a name
        ("61", r"\text{24\% of 250}", False),
        ("24% of 250 students", "60", False),
        ("x% of 250", "2.5x", False),
    ],
)
def test_check_equivalent__a_percent_of_a_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


def test_check_equivalent__different_units_say_so() -> None:
    verdict = check_equivalent("7 ft", "7 yd")
    assert verdict.reason == "different units: ft vs yd"
