"""Answer kinds found on the ninth peer batch's dev half (``split=dev9``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # a brace group holding only a comma-grouped number: thousands
        ("\\frac{945}{16,384}", "\\frac{945}{16384}", True),
        ("\\frac{1,000}{3}", "1000/3", True),
        ("\\frac{2}{1,000,000}", "2 \\times 10^{-6}", True),
        ("\\frac{1,000}{3}", "\\frac{1000}{7}", False),
        # not swallowed: sets and tuples keep their commas, ungrouped digits are no number
        ("\\{1,000\\}", "1000", False),
        ("(1,000)", "(1,0)", True),
        # (an unspaced comma between digits in a \frac argument also reads as a decimal comma
        # since blind24's French pair, \frac{1,5}{2,5} = 0.6; spaced, it is no number)
        ("\\frac{1,2}{3}", "0.4", True),
        ("\\frac{1, 2}{3}", "0.4", False),
        ("\\frac{12,34}{1}", "1234", False),
    ],
)
def test_check_equivalent__a_grouped_number_in_braces_is_thousands(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # plain function calls and infinity are mathematics, not the words of a prose text
        ("{-2,1+sqrt(5),1-sqrt(5)}", None),
        ("sqrt(2) + sqrt(3)", None),
        ("log(2) + sin(1)", None),
        ("infinity and 3", None),
        # not swallowed: the same names as words, or among other words, stay prose
        ("The sqrt of 4 is 2", "2"),
        ("The value of log(2) is about 0.69", "0.69"),
    ],
)
def test_extract_answer__plain_function_calls_are_not_prose(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # in a set, a member with a sign choice is two members
        ("\\{1\\pm\\sqrt{5},-2\\}", "\\{-2,1+\\sqrt5,1-\\sqrt5\\}", True),
        ("\\{1\\pm 2, 5\\}", "\\{3,-1,5\\}", True),
        ("\\{\\pm 1\\}", "\\{1,-1\\}", True),
        ("\\{1\\pm 2, 5\\}", "\\{3,5\\}", False),
        # not swallowed: tuples and intervals keep the sign as written
        ("(1\\pm 2, 3)", "(3,3),(-1,3)", False),
        ("[1\\pm 2, 5]", "[3,5]", False),
    ],
)
def test_check_equivalent__a_plus_minus_member_of_a_set_is_two_members(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict
