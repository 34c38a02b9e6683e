"""Answer kinds found on the twenty-third peer batch's dev half (``split=dev23``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. Its two case-blind misses (``X+1`` is ``x+1``) were left
here, one suite's reading; the caps-lock rule taken after the twenty-sixth batch, when five
suites said so, covers them (``test_twenty_sixth_batch_kinds.py``).
"""

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # two plain numbers, one a decimal of 7+ significant digits, one part in 100,000 apart
        ("0.7654321", "0.7654329", True),
        ("0.765432", "0.7654329", True),
        ("8.000032", "8", True),
        ("-0.7654321", "-0.7654329", True),
        # not swallowed: 6-digit amounts a cent or a last digit apart
        ("1234.57", "1234.56", False),
        ("2.71828", "2.71829", False),
        ("0.333333", "0.333334", False),
        # not swallowed: wider gaps, 5-digit decimals, integers, exact values on the other
        # side (a long decimal must still round to those), a sign
        ("0.765421", "0.7654329", False),
        ("72.001", "72", False),
        ("1.0001", "1", False),
        ("0.33333", "0.33334", False),
        ("99999999999", "100000000000", False),
        ("2.71829", "e", False),
        ("1.41421", "\\sqrt{2}", True),
        ("1.41422", "\\sqrt{2}", False),
        ("0.7654321", "-0.7654329", False),
        # a percent read as a unit is its number (since the eighty-eighth batch; it was not)
        ("0.7654321\\%", "0.7654329", True),
        ("0.7654321\\%", "0.7654429", False),
    ],
)
def test_check_equivalent__two_numbers_match_within_one_part_in_100000(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # \e is the macro papers define for Euler's number
        ("\\e", "e", True),
        ("2\\e^{x}", "2e^x", True),
        ("\\e^{i\\pi}", "-1", True),
        # not swallowed: other commands starting with e, other values
        ("\\epsilon", "e", False),
        ("\\e", "2.7", False),
        ("\\e^2", "e^3", False),
    ],
)
def test_check_equivalent__backslash_e_is_eulers_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Spanish "y"/"o", Italian and Portuguese "e" between two equations join them
        ("x = 3 y x = -3", "3, -3", True),
        ("x = 3 o x = -3", "x=-3 \\text{ or } x=3", True),
        ("a = 1 e b = 2", "a=1, b=2", True),
        ("x = \\frac{1}{2} y x = 4", "\\frac12, 4", True),
        # not swallowed: the letter is a variable or Euler's number elsewhere
        ("x = 3 y x = -3", "-3", False),
        ("3 y x = 4", "3, 4", False),
        ("a = 2 y", "a = 2*y", True),
        ("b = 2 e x", "b = 2ex", True),
        ("x = 3 y x = -3", "3, 3", False),
    ],
)
def test_check_equivalent__one_letter_words_join_two_equations(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # in prose, the values one variable takes ending the text are the answer
        ("The solutions are x = 3 and x = -3.", "x = 3 and x = -3"),
        ("las soluciones son x = 3 y x = -3", "x = 3 y x = -3"),
        ("Solving gives x = 1, x = 4, and x = 9.", "x = 1, x = 4, and x = 9"),
        ("We find $t^2 = 9$, so t = 3 or t = -3.", "t = 3 or t = -3"),
        # not swallowed: other variables, more words after the list, a label before it,
        # math spans that list the values, a lone value
        ("The system gives x = 3 and y = -3.", "-3"),
        ("so x = 3 and x = -3. That makes 5 apples.", "5"),
        ("The answer is 7. Check: x = 3 and x = -3.", "7"),
        ("We get $x=3$ and $x=-3$.", "x=3, x=-3"),
        ("So the solution is x = 3.", "3"),
    ],
)
def test_extract_answer__the_values_one_variable_takes_end_the_text(
    text: str, answer: str | None
) -> None:
    assert extract_answer(text) == answer
