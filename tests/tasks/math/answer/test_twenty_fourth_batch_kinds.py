"""Answer kinds found on the twenty-fourth peer batch's dev half (``split=dev24``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. Ten dev24 misses stay, all conflicts with other suites or
with documented rules: a tutoring app's magnitude-scaled tolerance (``0.333`` for ``1/3``,
``0.7071`` for ``\\frac{\\sqrt2}{2}``; four suites in the table say a short decimal is not
the exact value), its ``1-1/2`` as the mixed number one and a half, suites that call
equivalent equations different answers (``3x = 9`` vs ``x = 3``) or ``y = x+1`` a different
answer from ``x+1``, a power rule judged without its assumptions, and a vector named on the
right of its value (``(-6, 0) = -\\overrightarrow{PR}``).
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an expression whose every comma sits between digits, unspaced, also reads with
        # decimal points (French, German and Vietnamese writing)
        ("y=0,25x+2,5", "y=0.25x+2.5", True),
        ("2,5\\times 1,5", "3.75", True),
        ("3(x+0,5)", "3x+1.5", True),
        ("x=2,5", "x=2.5", True),
        ("0,125x", "\\frac{x}{8}", True),
        # not swallowed: a pair or an interval in brackets, a possible thousands group, a
        # spaced comma (a list), other values
        ("(2,5)", "2.5", False),
        ("[2,5]", "2.5", False),
        ("3,000x", "3x", False),
        ("x=2, 5", "x=2.5", False),
        ("2,5, 1,5", "2.5, 1.5", False),
        ("y=0,25x+2,5", "y=0.25x+2.4", False),
    ],
)
def test_check_equivalent__glued_commas_in_an_expression_may_be_decimal_commas(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # cbrt(...) is the cube root, as programming libraries spell it
        ("cbrt(64)", "4", True),
        ("cbrt(x^3)+1", "x+1", True),
        ("CBRT(8)", "\\sqrt[3]{8}", True),
        # not swallowed: other values, a longer word ending in cbrt
        ("cbrt(64)", "8", False),
        ("xcbrt(8)", "2", False),
    ],
)
def test_check_equivalent__cbrt_is_the_cube_root(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a function written as a map states its expression
        ("x \\mapsto 3x-1", "3x-1", True),
        ("t ↦ t^2", "t^2", True),
        ("f: x \\to \\frac{x}{2}", "x/2", True),
        ("g^{-1}: x → 2x+1", "2x+1", True),
        ("f^{-1}:x\\to \\frac{x-3}{4}", "x \\mapsto (x-3)/4", True),
        # not swallowed: a limit's arrow alone, another expression
        ("x \\to 3", "3", False),
        ("x \\mapsto 3x-1", "3x+1", False),
    ],
)
def test_check_equivalent__a_map_states_its_expression(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
