"""Answer kinds found on the twenty-second peer batch's dev half (``split=dev22``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow. One dev22 miss stays, a conflict: a suite says
``42 elephants`` is not ``42``, where the documented unit rule drops words after a number.
"""

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # every digit after the root sign is under it, as √ has no braces
        ("20√57", "20\\sqrt{57}", True),
        ("−185√23 / 6", "-\\frac{185\\sqrt{23}}{6}", True),
        ("√2.25", "1.5", True),
        # a function name glued to a number is that function of it
        ("24+6cos4", "24+6\\cos(4)", True),
        ("ln2", "\\ln 2", True),
        # a label naming what the value is
        ("Total: 14", "14", True),
        ("Result = 2\\pi", "2\\pi", True),
        # not swallowed: other values, roots of one digit, letters that name no function
        ("20√57", "20\\sqrt{5} \\cdot 7", False),
        ("√4", "2", True),
        ("24+6cos4", "24+6\\cos(5)", False),
        ("Total: 14", "15", False),
        ("abc3", "3abc", True),
    ],
)
def test_check_equivalent__twenty_second_batch_spellings(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a last line all in bold that states a value is the answer
        ("computation...\n**15**", "15"),
        ("Adding the parts gives the sum.\n**x = 5**.", "x = 5"),
        # not swallowed: a bold heading or remark, a bold value before more text, and an
        # earlier label still wins
        ("Some reasoning.\n**Conclusion**", None),
        ("The answer is 12.\n**13**", "12"),
        ("a bold **4** inside a line, then words", "4"),
    ],
)
def test_extract_answer__a_bold_last_line_states_the_answer(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer
