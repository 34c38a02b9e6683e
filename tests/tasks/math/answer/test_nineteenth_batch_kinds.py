"""Answer kinds found on the nineteenth peer batch's dev half (``split=dev19``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metacot_envs.tasks.math.answer import check_equivalent
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a match at the usual sample points (all in (1.25, 2.75)) is checked at negative and
        # larger values too, where both sides are real: |x| is not x, nor |x-3| 3-x
        ("x", "\\sqrt{x^2}", False),
        ("x", "|x|", False),
        ("|x-3|", "3-x", False),
        ("\\frac{x}{|x|}", "1", False),
        ("\\max(x, 3)", "3", False),
        # not swallowed: true identities, and identities that hold where the reals define
        # both sides (not compared where a side leaves the reals)
        ("|x|", "\\sqrt{x^2}", True),
        ("\\ln(x^2)", "2\\ln x", True),
        ("\\sqrt{a}\\sqrt{b}", "\\sqrt{ab}", True),
        ("\\log(a^2 b)", "2\\log a + \\log b", True),
        ("e^{\\ln x}", "x", True),
        ("\\frac{x^2-1}{x-1}", "x+1", True),
        ("\\sin^2 x + \\cos^2 x", "1", True),
        ("x^{1/3}", "\\sqrt[3]{x}", True),
        # a rounded decimal inside an expression keeps its rounding rule (cancellation near
        # x = -3 is not checked)
        ("0.333333 x + 1", "\\frac{x}{3} + 1", True),
    ],
)
def test_check_equivalent__a_symbolic_match_holds_at_negative_and_larger_values(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # abs(...) (sympy's Abs(...)) is an absolute value, as sqrt(...) is a square root
        ("abs(x)", "\\sqrt{x^2}", True),
        ("Abs(x) + Abs(y)", "|y| + |x|", True),
        ("abs(abs(x) - 1)", "|1 - |x||", True),
        ("abs(-3)", "3", True),
        # not swallowed: another value, a word ending in "abs", an unclosed call
        ("abs(x)", "x", False),
        ("abs(x - 1)", "|x + 1|", False),
        ("cabs(x)", "|x|", False),
        ("abs(x", "|x|", False),
    ],
)
def test_check_equivalent__plain_abs_is_an_absolute_value(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a linear or quadratic inequality in one variable with rational roots is the
        # interval (or union) where it holds
        ("2 < 2x", "x > 1", True),
        ("3x + 1 \\ge 7", "[2, \\infty)", True),
        ("2(13.1 + x) < 10 - 5", "x < -10.6", True),
        ("x^2 > 4", "x > 2 \\text{ or } x < -2", True),
        ("x^2 \\le 4", "[-2, 2]", True),
        ("1 - x^2 < 0", "(-\\infty, -1) \\cup (1, \\infty)", True),
        ("x^2 - x - 6 \\le 0", "-2 \\le x \\le 3", True),
        # not swallowed: strictness, direction, other roots, and what is left as a relation
        # (irrational roots, other degrees, other functions, two variables, a pole at a
        # probe)
        ("x^2 < 4", "[-2, 2]", False),
        ("3x + 1 \\ge 7", "x > 2", False),
        ("2 < 2x", "x < 1", False),
        ("2 < 2x", "x > 2", False),
        ("x^2 > 2", "x > \\sqrt{2}", False),
        ("x^3 > 8", "x > 3", False),
        ("\\sin x < 1", "x < 1", False),
        ("x + y < 1", "x < 1", False),
        ("\\frac{1}{x} < 1", "x > 1", False),
        ("y > x", "x > y", False),
    ],
)
def test_check_equivalent__a_polynomial_inequality_is_the_set_where_it_holds(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


def _signed(value: int) -> str:
    return f"+ {value}" if value >= 0 else f"- {-value}"


@settings(max_examples=60, deadline=None)
@given(
    roots=st.lists(st.integers(-9, 9), min_size=2, max_size=2, unique=True).map(sorted),
    lead=st.sampled_from([-3, -1, 1, 2]),
    op=st.sampled_from(["<", "\\le", ">", "\\ge"]),
)
def test_check_equivalent__a_quadratic_inequality_matches_its_intervals(
    roots: list[int], lead: int, op: str
) -> None:
    low, high = roots
    text = f"{lead}x^2 {_signed(-lead * (low + high))}x {_signed(lead * low * high)} {op} 0"
    strict = op in ("<", ">")
    between = (op in ("<", "\\le")) == (lead > 0)
    o, c = ("(", ")") if strict else ("[", "]")
    if between:
        expected, shifted = f"{o}{low}, {high}{c}", f"{o}{low}, {high + 1}{c}"
    else:
        outside = "(-\\infty, {0}{1} \\cup {2}{3}, \\infty)"
        expected = outside.format(low, c, o, high)
        shifted = outside.format(low - 1, c, o, high)
    assert check_equivalent(text, expected).equivalent, (text, expected)
    assert not check_equivalent(text, shifted).equivalent, (text, shifted)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a rounded decimal's error scales with its own term, carried through the product it
        # sits in: the 5 of 0.0185145(x-5) weighs 0.09, not 5 (probe seed 141 matched these)
        ("0.333333-0.0185145(x-5)", "0.333333-0.0185185(x-5)", False),
        ("0.333333-0.0185145(x-6)", "0.333333-0.0185185(x-6)", False),
        # and a decimal factor outside a sum that cancels weighs the small product (seed 146)
        ("1386.115(e^{0.013t}-1)", "1386.15(e^{0.013t}-1)", False),
        ("1386.15(e^{0.013t}-1)", "1386.1538(e^{0.013t}-1)", True),
        # the roundings themselves still match their exact values, and cancel where they do
        ("0.333333-0.0185185(x-5)", "\\frac13-\\frac{x-5}{54}", True),
        ("2(0.333333 x + 1)", "\\frac{2x}{3} + 2", True),
    ],
)
def test_check_equivalent__a_rounding_weighs_what_its_term_weighs(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
