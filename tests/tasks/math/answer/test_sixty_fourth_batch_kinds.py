"""Answer kinds found on the sixty-fourth batch's dev half (``dev64``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a rate of two words in another script after a number is its unit (км/ч: km per hour)
        ("90 км/ч", "90", True),
        ("12 м/с", "12", True),
        ("7,5 км/ч", "7.5", True),
        # not swallowed: another number, a rate in ASCII letters glued to the number (a variable's
        # quotient), a rate between numbers
        ("90 км/ч", "80", False),
        ("90x/y", "90", False),
        ("90 км/2", "90", False),
    ],
)
def test_check_equivalent__a_rate_in_another_script_is_a_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    verdict = check_equivalent(_as_the_env_reads(candidate), _as_the_env_reads(reference))
    assert verdict.equivalent is equal
