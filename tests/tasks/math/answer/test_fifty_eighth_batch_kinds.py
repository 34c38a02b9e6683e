"""Answer kinds found on the fifty-eighth batch's dev half (``dev58``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a plain function name after a number and a space is still that function
        ("1/3 sin 3t", "sin(3 * t) / 3", True),
        ("2 sin x", r"2\sin(x)", True),
        ("4 cos 2x", r"4\cos(2x)", True),
        ("3 ln x", r"\ln x^3", True),
        # not swallowed: another function or argument; "sec" after a number may be seconds
        ("2 sin x", r"2\cos(x)", False),
        ("2 sin x", "2", False),
        ("4 cos 2x", r"4\cos(x)", False),
        ("5 sec", "5", True),
        ("2 sec x", r"2\sec x", False),
    ],
)
def test_check_equivalent__a_function_name_after_a_number_and_a_space(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
