"""Answer kinds found on the twenty-fifth peer batch's dev half (``split=dev25``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. Six dev25 misses stay, conflicts with other suites or with
documented rules: short decimals a grader's tolerance accepts (``0.33`` for ``1/3``,
``0.6667`` for ``2/3``; four suites in the table say a short decimal is not the exact value),
case-blind variables (``N`` for ``n``), ``0.7500001`` judged unlike ``\\frac34`` (the
float-noise rule, which other suites share, says alike), ``\\frac24`` judged unlike
``\\frac12`` (most suites and math-verify compare values), and a fraction in words
(``two-fifths``), which no other suite in the table tests.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a two-term ratio against a single value is its quotient: the colon is the division
        # sign in much of Europe
        ("(Q-4a):3", "\\frac{Q-4a}{3}", True),
        ("m=(S-30):4", "m=\\frac{S-30}{4}", True),
        ("7:4", "1.75", True),
        ("7:4", "\\frac74", True),
        # not swallowed: two ratios still compare term by term, three terms stay a ratio, a
        # clock time is no quotient, the inverse quotient differs
        ("7:4", "14:8", False),
        ("7:4", "4/7", False),
        ("1:2:4", "1/8", False),
        ("12:00", "12", False),
        ("(Q-4a):3", "\\frac{Q+4a}{3}", False),
    ],
)
def test_check_equivalent__a_ratio_against_a_value_is_its_quotient(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a comma-grouped number before a percent sign is one number
        ("2,500%", "25", True),
        ("2,500%", "2500", True),
        ("-1,200.5%", "-12.005", True),
        # not swallowed: another value, a list of a number and a percent
        ("2,500%", "250", False),
        ("2, 500%", "25", False),
    ],
)
def test_check_equivalent__a_comma_grouped_percent_is_one_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
