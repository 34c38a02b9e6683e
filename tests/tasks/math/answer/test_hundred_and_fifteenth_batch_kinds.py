"""Kinds from the hundred-and-fifteenth batch and the blind108 half released with it.

- Inequalities between constants (dev115: an answer gate's ``-\\sqrt{14} > -3\\sqrt{2}`` is not
  ``-\\sqrt{14} < -3\\sqrt{2}``): two statements without a variable match side by side, and an
  equation's sides may also be swapped (``2 = 1`` states what ``1 = 2`` does), but swapping an
  inequality's sides reverses it, so ``2 > 1`` is not ``2 < 1``. Before, both orders were
  tried for inequalities too, and such pairs were judged equal.
- Found by editing real answers in ways that change their meaning and checking that the
  result no longer matches (the table's answers, one digit or one inequality sign changed):
  ``==``, the equality of code and Mathematica, is one ``=`` (before, ``-3==x`` did not parse
  and its last side ``x`` was taken, so it matched ``-1==x``); and two systems that share some
  names but not all compare item by item (``a_{37} = 19, a_3 = 2`` is not
  ``a_{37} = 19, a_7 = 2``), while systems in other letters still compare their values; and a
  quantity labelled by a name states its unit as a bare one does (``A = 1872 cm^3`` is not
  ``A = 1872 cm^2``; ``x = 5 m`` is ``x = 500 cm``); and an inequality of one variable bounds
  that variable even when it is not alone on a side (``2y < 6`` is not ``2x < 6``, as ``y < 3``
  was not ``x < 3`` already), and so does a membership opening an answer (``y \\in (1, 3)`` is
  not ``x \\in (1, 3)``); inequalities joined by "or" on two names are a region, not a union of
  intervals of one (``y < -2 \\lor 1 < x`` is not ``x < -2 \\lor 1 < x``).
- Found by spelling integers the ways answers do (``test_number_spellings_property.py``):
  ``The answer is 621.`` and ``The final answer is: 621`` open with a label, as ``Answer:``
  does, when the checker is called on a model's text without extraction first.
- The rest of dev115's and blind108's misses are conflicts, left as they are: graders' own
  tolerances (``209`` for ``200`` within 5%, ``1.587401052`` for ``1,6``), decimal commas on both
  sides (``2,50`` for ``2,500``, which other suites read as two thousand five hundred) and a
  checker that reads ``e**(i*pi)`` as two plain symbols.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("-\\sqrt{14} > -3\\sqrt{2}", "-\\sqrt{14} < -3\\sqrt{2}", False),
        ("2 > 1", "2 < 1", False),
        ("2 \\ge 1", "2 \\le 1", False),
        ("3 < 5", "5 < 3", False),
        ("2 > 1", "1 < 2", True),
        ("1 \\le 2", "2 \\ge 1", True),
        ("-\\sqrt{14} > -3\\sqrt{2}", "-3\\sqrt{2} < -\\sqrt{14}", True),
        ("2 = 1", "1 = 2", True),
        ("x + 1 < 3", "3 > x + 1", True),
        ("x + 1 < 3", "x + 1 > 3", False),
    ],
)
def test_check_equivalent__an_inequality_of_constants_keeps_its_direction(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("-3==x", "-1==x", False),
        ("-x+8 == 4*x-10", "-x+3 == 4*x-10", False),
        ("-3==x", "x=-3", True),
        ("x == -3", "-3", True),
        ("-x+8 == 4*x-10", "x = 18/5", True),
    ],
)
def test_check_equivalent__a_double_equals_is_an_equation(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("a_{37} = 19, a_3 = 2", "a_{37} = 19, a_7 = 2", False),
        ("x=2, z=3", "x=2, y=3", False),
        ("a_7 = 2, a_{37} = 19", "a_{37} = 19, a_7 = 2", True),
        ("a=2, b=3", "x=2, y=3", True),
        ("2, 3", "x=2, y=3", True),
    ],
)
def test_check_equivalent__systems_sharing_some_names_compare_item_by_item(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("A = 1872\\,cm^3", "A = 1872\\,cm^2", False),
        ("A = 1872 cm^3", "A = 1872 cm^2", False),
        ("V = 5 cm^3", "5 cm^2", False),
        ("x = 5 m", "x = 501 cm", False),
        ("x = 5 m", "x = 500 cm", True),
        ("A = 5 m", "500 cm", True),
        ("A = 1872 cm^2", "1872 cm^2", True),
        ("A = 5 m", "V = 5 m", False),
    ],
)
def test_check_equivalent__a_labelled_quantity_states_its_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("2y < 6", "2x < 6", False),
        ("-y > -1", "-x > -1", False),
        ("y \\ne 3", "x \\ne 3", False),
        ("-x > -1", "x < 1", True),
        ("-2x < 6", "x > -3", True),
        ("2x < 6", "(-\\infty, 3)", True),
    ],
)
def test_check_equivalent__an_inequality_bounds_its_one_variable(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("The answer is 621.", "621", True),
        ("the final answer is: 621", "621", True),
        ("The answer is -6.", "-6", True),
        ("The answer is 622.", "621", False),
        ("The answer is x+1", "x+1", True),
        ("The answers is 621", "621", False),
    ],
)
def test_check_equivalent__the_answer_is_opens_with_a_label(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("y \\in (1,3)", "x \\in (1,3)", False),
        ("$t\\in[-2,7]$", "$x \\in [-2,7]$", False),
        ("\\mu \\in (0,1)", "\\lambda \\in (0,1)", False),
        ("x \\in (1,3)", "(1,3)", True),
        ("x\\in(1,3)", "x \\in (1,3)", True),
        ("x \\in (1,3)", "1 < x < 3", True),
        ("y < -2 \\lor 1 < x", "x < -2 \\lor 1 < x", False),
        ("x < -2 \\lor 1 < x", "(-\\infty,-2)\\cup(1,\\infty)", True),
    ],
)
def test_check_equivalent__a_membership_is_for_its_name(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
