"""Answer kinds found on the tenth peer batch's dev half (``split=dev10``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # Python's Fraction repr of a rational
        ("Fraction(30, 1)", "30", True),
        ("Fraction(3, 4)", "0.75", True),
        ("Fraction(-7)", "-7", True),
        ("Fraction(3, 4)", "\\frac{3}{4}", True),
        ("Fraction(3, 4)", "0.7", False),
        # not swallowed: other arguments are no rational, other names no Fraction
        ("Fraction(x, 4)", "x/4", False),
        ("MyFraction(3, 4)", "0.75", False),
    ],
)
def test_check_equivalent__a_python_fraction_repr_is_its_rational(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # a word or sign opening the answer says the number is approximate: it states it
        ("about 5", "5", True),
        ("≈5", "5", True),
        ("\\approx 3.14", "3.14", True),
        ("approximately 12 cm", "12", True),
        ("~5", "5", True),
        ("about 5", "6", False),
        # not swallowed: the word before no number; a relation with a name keeps its rule
        # (x \approx 11 states 11). A longer word ("abouts 5") is no approximation word, but
        # as one word before a lone number it is now a label (test_released_halves_40_41_kinds)
        ("abouts 5", "5", True),
        ("abouts 5", "6", False),
        ("around x", "x", False),
        ("x \\approx 11", "11", True),
    ],
)
def test_check_equivalent__an_approximation_word_before_a_number_states_it(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict
