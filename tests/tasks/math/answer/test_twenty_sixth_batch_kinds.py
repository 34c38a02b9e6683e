"""Answer kinds found on the twenty-sixth peer batch's dev half (``split=dev26``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. The caps-lock rule rests on five suites of student-answer
graders (fisherapp, NudgeMath, wiskunde-wilds, ExamWeb, mathmatix-ai); sympy-based checkers and
math-verify keep case, so it is kept narrow. Twelve dev26 misses stay, conflicts: SAT grid-in
rules that accept a rounded or cut-off short decimal for a fraction (``.667`` for ``2/3``; four
suites in the table say a short decimal is not the exact value), ``0.333333`` said unlike
``1/3`` (the rounding rule, with other suites, says alike), equivalent ratios (``4:6`` for
``2:3``), an ordered reading of a bare pair (``3,0`` unlike ``0,3``), scientific notation
required in normal form, and unit squares glued to a number (``12m²`` for ``12``, where a
glued one-letter name is a variable).
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a side written all in capitals against the same letters all in lower case
        ("Y = 4", "y=4", True),
        ("(Y+2)(Y-2)", "(y+2)(y-2)", True),
        ("3*Y + Z", "3y+z", True),
        ("T^2-1", "t^2-1", True),
        # not swallowed: a side mixing cases, other letters, LaTeX commands, sympy's E and I,
        # other values
        ("B+b", "b+b", False),
        ("Y+Z", "y+Z", False),
        ("Y = 4", "z=4", False),
        ("\\frac{Y}{2}", "y/2", False),
        ("E", "e", False),
        ("2I + Y", "2i + y", False),
        ("Y = 4", "y=5", False),
    ],
)
def test_check_equivalent__a_side_all_in_capitals_is_the_same_letters(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a reference listing one value in several forms accepts each form
        ("7/4", "7/4, 1.75", True),
        ("1.75", "7/4, 1.75", True),
        ("1.75", "1.75 or \\frac74", True),
        ("\\frac{14}{8}", "1.75, 7/4", True),
        # not swallowed: a list of different values, another value, a reference list of pairs
        ("7/4", "7/4, 1.5", False),
        ("1.8", "7/4, 1.75", False),
        ("(1,2)", "(1,2), (1,2)", False),
    ],
)
def test_check_equivalent__a_reference_listing_one_value_in_several_forms(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    # the other way round too since blind26 (a candidate repeating a double root, x=2,2, is
    # x=2, as naru18vr/math states): a list of one value is that value on either side
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a reference writing one whole number twice lists a double root (or is a decimal
        # comma), never forms of one key: 5 matches neither 5,5 read as 5.5 nor 5, 5 read as two
        # roots (probe seed 136)
        ("5", "5,5", False),
        ("8", "8, 8", False),
        ("-2", "-2, -2", False),
        ("5.5", "5,5", True),
        ("5, 5", "5, 5", True),
        # a candidate repeating a double root is still that root, and keys in several forms stay
        ("2, 2", "2", True),
        ("0.5", "1/2, 0.5, .5", True),
        ("(5x^2)(3x-5)", "5x^2(3x-5); (5x^2)(3x-5)", True),
    ],
)
def test_check_equivalent__a_reference_repeating_a_whole_number_is_no_key(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
