"""Answer kinds found on ``dev88`` and the released half ``blind81``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # set-builder notation typed with bare braces, or naming the variable's real domain
        ("{t | t>5}", "(5, \\infty)", True),
        ("{y : -1 <= y < 3}", "[-1, 3)", True),
        ("\\{x \\in \\mathbb{R} \\mid x \\ge 0\\}", "[0, \\infty)", True),
        ("\\{x \\in \\mathbb{R} : x < -4\\}", "x < -4", True),
        # not swallowed: the bounds still count, an integer domain is not the interval,
        # braces that do not pair are no set, a ratio in braces stays a ratio
        ("{t | t>5}", "[5, \\infty)", False),
        ("{y : -1 <= y < 3}", "[-1, 3]", False),
        ("\\{x \\in \\mathbb{Z} \\mid x \\ge 0\\}", "[0, \\infty)", False),
        ("{x | x<2\\}", "(-\\infty, 2)", False),
        ("{3:4}", "3:4", True),
    ],
)
def test_set_builder_with_bare_braces_or_a_real_domain(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a percent read as a unit is its number, and read as a value that number's hundredth
        # written to two more places, rounded like any number against a long one
        ("48.12%", "48.123456", True),
        ("48.12%", "0.48123456", True),
        ("12.35%", "0.123456", True),
        ("-3.7%", "-3.6999972", True),
        ("15%", "14.99999812", True),
        # not swallowed: rounding to other places, a short decimal, the value reading's own
        # values, and percent against percent
        ("48.12%", "48.126456", False),
        ("4.81%", "4.8123", False),
        ("15%", "0.15", True),
        ("15%", "0.16", False),
        ("48.12%", "0.4813", False),
        ("28%", "0.2801", False),
        ("-5%", "0.05", False),
        ("48.12%", "48.13%", False),
    ],
)
def test_a_percent_read_as_a_unit_or_a_value_is_rounded_as_a_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
