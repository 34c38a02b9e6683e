"""Answer kinds found on ``dev86`` and the released half ``blind79``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # trailing zeros are written places: a decimal to the same place states its last digit
        ("2718.01", "2,718.00", False),
        ("2.71829", "2.71830", False),
        ("56.7891", "56.7890", False),
        # not swallowed: trailing zeros leave the value alone, and a coarser decimal still
        # states the place a long one is compared at
        ("2.71830", "2.7183", True),
        ("2,718.00", "2718", True),
        ("4.50", "9/2", True),
        ("0.142857", "0.1429", True),
        ("0.142857", "1/7", True),
        ("2718.01", "2718.01", True),
    ],
)
def test_trailing_zeros_are_written_places(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # two rays on one name that overlap state both bounds of one interval
        ("t > -3, t < 7", "-3 < t < 7", True),
        ("t \\ge 0 \\text{ and } t < 2", "[0, 2)", True),
        ("t<7, t>-3", "(-3, 7)", True),
        ("y \\leq 4, y \\geq 1", "[1, 4]", True),
        # not swallowed: rays that do not overlap are a union, two names are no interval,
        # the ends and their brackets still count
        ("t < -3, t > 7", "(-\\infty, -3) \\cup (7, \\infty)", True),
        ("t < -3, t > 7", "(-3, 7)", False),
        ("t > -3, t < 7", "[-3, 7]", False),
        ("t > -3, t < 7", "(-3, 8)", False),
        ("t > -3, s < 7", "(-3, 7)", False),
        ("t > 7, t < 7", "(7, 7)", False),
    ],
)
def test_two_overlapping_rays_bound_one_interval(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a whole number, "and", and a proper fraction in words are a mixed number
        ("three and a half", "7/2", True),
        ("one and two thirds", "5/3", True),
        ("Four and three quarters", "4.75", True),
        ("minus one and a half", "-1.5", True),
        # not swallowed: an improper fraction after "and", a cardinal's "and", a lone fraction
        ("three and five halves", "11/2", False),
        ("one hundred and six", "106", True),
        ("three and a half", "3", False),
        ("and a half", "1/2", False),
    ],
)
def test_english_mixed_numbers(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a text answer naming the empty set is the empty set
        ("\\text{no solution}", "\\emptyset", True),
        ("No real solutions", "\\varnothing", True),
        ("There are no solutions.", "\\{\\}", True),
        ("the empty set", "\\varnothing", True),
        # not swallowed: other words stay words, a set with members is not empty
        ("no solution", "\\{0\\}", False),
        ("no solution", "0", False),
        ("infinitely many solutions", "\\varnothing", False),
        ("no solution", "no solution", True),
    ],
)
def test_no_solution_is_the_empty_set(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a decimal comma that cannot be a thousands separator converts between units
        ("2,5 m", "250 cm", True),
        ("0,036 m²", "360 cm²", True),
        ("0,250 kg", "250 g", True),
        ("1,25 km", "1250 m", True),
        # not swallowed: the values still count
        ("2,5 m", "25 cm", False),
        ("2,5 m", "2.5 km", False),
    ],
)
def test_decimal_commas_with_units(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
