"""Answer kinds found on ``dev81``, ``dev82`` and the released halves ``blind74``, ``blind75``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Indonesian scale words after a number multiply it, as "thousand" and "million" do
        ("25 ribu", "25000", True),
        ("2,5 juta", "2500000", True),
        ("4 miliar", "4 \\cdot 10^{9}", True),
        ("1,2 triliun", "1200000000000", True),
        # after the rupiah's code, in any case, the amount is still read
        ("Rp 45 ribu", "45000", True),
        ("rp 3 juta", "3000000", True),
        ("rp12.500", "12500", True),
        # not swallowed: the scale is part of the value, and a word is not a scale
        ("25 ribu", "2500", False),
        ("25 ribu", "25", False),
        ("3 jutaan", "3000000", False),
    ],
)
def test_check_equivalent__indonesian_scale_words(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
