"""Answer kinds found on the released halves ``blind46`` and ``blind47``, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


@pytest.mark.parametrize(
    ("text", "reference", "equal"),
    [
        # a number labelling a step of the working states no answer
        ("Step 4: simplify both sides.", "4", False),
        ("Then step 2. Divide each side by the same amount.", "2", False),
        ("Schritt 3: beide Seiten vereinfachen.", "3", False),
        # not swallowed: a value after the label, or a step number without a label mark
        ("Step 1: add them. Step 2: the total is 12.", "12", True),
        ("Step 3: so the answer is 7", "7", True),
        ("After step 2 we are left with 9 apples.", "9", True),
    ],
)
def test_extract_answer__a_step_number_is_no_answer(text: str, reference: str, equal: bool) -> None:
    assert check_equivalent(_as_the_env_reads(text), reference).equivalent is equal
