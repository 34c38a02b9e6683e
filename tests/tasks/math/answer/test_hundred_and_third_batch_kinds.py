"""Kinds written fresh in the session of the hundred-and-third batch.

- Its released half (blind96) showed a two-argument logarithm written base first, as
  Mathematica's ``Log[b, x]``, luacas and AngouriMath write it (``log(e, e^x)`` for ``x``),
  read the other way round: sympy's ``log(x, b)`` put the base second. A base is a constant, so
  when exactly one argument is free of variables it is the base, on either side; two numbers
  keep sympy's order, where nothing in the text says which is which.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("log(e, e^y)", "y", True),
        ("log(10, t)", "\\log_{10} t", True),
        ("3^(log(3, z))", "z", True),
        ("log(2; a)", "\\ln a / \\ln 2", True),
        ("log(5, x^2)", "2\\log_5 x", True),
        ("log(10, t)", "\\ln t", False),
        ("log(2, a)", "\\log_a 2", False),
    ],
)
def test_check_equivalent__a_constant_argument_of_a_two_argument_log_is_its_base(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("log(t, 10)", "\\log_{10} t", True),  # sympy's order keeps its reading
        ("log(81, 3)", "4", True),  # two numbers: sympy's order
        ("log(3, 81)", "4", False),
        ("log(a, b)", "\\ln a / \\ln b", True),
        ("log(a, b)", "\\ln b / \\ln a", False),
    ],
)
def test_check_equivalent__guards_of_the_hundred_and_third_batch_kind(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
