"""Kinds read again from the dev half of batch 152 in session 48.

- The mathematical angle brackets typed as Unicode (``⟨3, 4⟩``; U+27E8/U+27E9 and the older
  U+2329/U+232A) are ``\\langle`` and ``\\rangle``: a vector ``⟨3, 4⟩`` is ``(3, 4)``, an
  interval opened with one (``⟨2; 8]``, as Croatian textbooks write it) is ``(2, 8]``, and a
  ket ``|0⟩`` is ``|0\\rangle``.
- A unit with its power as a glued digit (``cm2``, ``m/s2``) is a unit word after a tuple too,
  as it already was after a number: ``(3, 4) m/s2`` is ``(3, 4) m/s^2``. Only a unit the tables
  know takes the digit, so ``x2`` and ``the2`` are no unit.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("⟨3, 4⟩", "(3, 4)", True),
        ("⟨3, 5⟩", "(3, 4)", False),
        ("⟨1,2,3⟩", "\\langle 1,2,3\\rangle", True),
        ("\u23291,2\u232a", "(1,2)", True),
        ("⟨2; 8]", "(2, 8]", True),
        ("⟨2; 9]", "(2, 8]", False),
        ("|0⟩", "|0\\rangle", True),
        ("(3, 4) m/s2", "(3, 4) m/s^2", True),
        ("(3, 4) cm2", "(3, 4)", True),
        ("(3, 5) cm2", "(3, 4)", False),
        ("12 cm2", "12", True),
        ("(1, 2) x2", "(1, 2)", False),
        ("x2", "x^2", False),
    ],
)
def test_angle_brackets_and_glued_unit_powers(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference, 1.0).equivalent is equal
