"""Prose handed to the checker as an answer: numbers moved around its words are not the same
answer (:mod:`metacot_envs.tasks.math.answer.prose_numbers`; found by the probe's edit "swap
two numbers", seed 176)."""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("Answer: 3  This result uses 7 steps.", "Answer: 7  This result uses 3 steps.", False),
        ("First \\boxed{99} then \\boxed{1}", "First \\boxed{1} then \\boxed{99}", False),
        ("100 rooms out of 48", "48 rooms out of 100", False),
        ("7 y luego 3", "3 y luego 7", False),
        ("Final answer: $42$ because $7$", "Final answer: $7$ because $42$", False),
        ("\\boxed{2} no no \\boxed{1}", "\\boxed{1} no no \\boxed{2}", False),
        ("10 minus 6 is \\boxed{5}.", "10 minus 5 is \\boxed{6}.", False),
        ("10 minus 5 is \\boxed{5}.", "10 minus 5 is \\boxed{5.0}.", True),
        ("\\boxed{42+\\boxed{1}}", "\\boxed{1+\\boxed{42}}", True),
        # the same numbers, or the same answer read from them, still match
        ("the answer is 5 apples", "the answer is 5.0 apples", True),
        (
            "Along the way 2 + 4 = 2, so the final answer is 7.",
            "Along the way 2 + 2 = 4, so the final answer is 7.",
            True,
        ),
        # a chain states its last side; working before it may differ
        ("Area = 72000 / 18 = 4000 kg", "Area = 18 / 72000 = 4000 kg", True),
        # no prose: function, unit and operator words, names glued to a connective
        ("80% of 25", "25% of 80", True),
        ("2 cm + 3 cm", "3 cm + 2 cm", True),
        ("x=-2andx=-3", "x=-3andx=-2", True),
        ("2ab + 3ab - a", "3ab + 2ab - a", True),
    ],
)
def test_numbers_moved_in_prose(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference, 1.0).equivalent is equal
