"""Kinds the ninety-eighth batch's dev half and the released blind91 showed, written fresh.

- a unit on one side only is dropped in the forms the unit reader knows but the normalizer did
  not (``5 m2``, ``5 m^(2)``, ``-6.6087 ns``), when the other side is a plain number; a
  one-letter unit glued to its number (``10m``) stays, as it may be a product;
- a ``- C`` ending an antiderivative is the ``+ C`` ending the other side: the constant of
  integration's sign is arbitrary.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference"),
    [
        ("5 m^(2)", "5"),
        ("5 m2", "5"),
        ("-6.6087 ns", "-6.6087"),
        ("88409.51 um^2", "88409.51"),
        ("3", "3 m2"),
        ("x^2/2 - C", "x^2/2 + C"),
        ("\\sin x + C", "\\sin x - C"),
    ],
)
def test_check_equivalent__units_on_one_side_and_the_constants_sign(
    candidate: str, reference: str
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent, verdict


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("10m", "10", False),  # a glued one-letter unit may be a variable: 10m is 10*m
        ("0.64N", "0.64", False),
        ("5 m2", "10", False),
        ("5 cm", "0.05", False),  # dropped, not converted
        ("5 m^(2)", "5 m^2", True),
        ("A - C", "A + C", False),  # angles, not a constant of integration
        ("x^2/2 - C", "x^2/2", False),  # a constant on one side only stays
    ],
)
def test_check_equivalent__guards_of_the_ninety_eighth_batch_kinds(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
