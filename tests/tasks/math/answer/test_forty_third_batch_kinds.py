"""Answer kinds found on the forty-third peer batch's dev half (``split=dev43``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # "Final:", "Final answer:" and "Result:" label a bare answer, as "Answer:" does
        ("Final: 0.5", "1/2", True),
        ("Final answer: 0.5", "1/2", True),
        ("RESULT = 3", "3", True),
        # not swallowed: another value, a label in the middle
        ("Final: 0.5", "1/3", False),
        ("x + Final: 3", "3", False),
    ],
)
def test_check_equivalent__final_and_result_label_a_bare_answer(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
