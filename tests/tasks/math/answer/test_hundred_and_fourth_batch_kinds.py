"""Kinds written fresh in the session of the hundred-and-fourth batch.

- Its dev half showed a unit after an exact value ending in pi kept (``36π cm²`` for ``36π``,
  as GCSE answers write areas): the unit after a number or a closing bracket went, after
  ``\\pi`` it stayed as a variable. A unit of two letters or more now goes after ``\\pi`` too;
  a lone letter stays, since it may be a variable (``2\\pi h``, ``\\pi r``).
- With that, a value that is not one number keeps its unit against another unit: two known
  units of two letters or more that differ make the answers differ (``36π cm²`` is not ``36π
  mm²``, ``2\\sqrt{3} cm`` not ``2\\sqrt{3} mm``), as for one number and a unit.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("49π cm²", "49\\pi", True),
        ("49\\pi", "49π cm^2", True),
        ("8\\pi km", "8\\pi", True),
        ("\\frac{2}{3}\\pi mm^3", "\\frac{2\\pi}{3}", True),
        ("3\\pi rad", "3\\pi", True),
        ("49π cm²", "48\\pi", False),
    ],
)
def test_check_equivalent__a_unit_after_pi_goes(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("49π cm²", "49π mm²", False),
        ("3\\sqrt{5} cm", "3\\sqrt{5} km", False),
        ("\\frac{7}{2} ft", "\\frac{7}{2} yd", False),
        ("3\\sqrt{5} cm", "3\\sqrt{5} centimeters", True),
        ("\\frac{7}{2} \\text{ft}", "3.5 feet", True),
    ],
)
def test_check_equivalent__a_value_that_is_not_one_number_keeps_its_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("2\\pi h", "2\\pi", False),  # a lone letter after pi may be a variable
        ("\\pi r", "\\pi", False),
        ("\\pi m", "\\pi", False),
        ("4\\pi", "4\\pi", True),
    ],
)
def test_check_equivalent__guards_of_the_hundred_and_fourth_batch_kind(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
