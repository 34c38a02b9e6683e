"""Sets as sympy prints them (``sympy_sets``): read with sympy's meanings, never evaluated."""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer.sympy_sets import sympy_sets
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("Interval(-10/3, oo)", "x >= -10/3", True),
        ("Interval(-10/3, oo)", "\\left[-\\frac{10}{3}, \\infty\\right)", True),
        ("Interval(0, 1)", "[0, 1]", True),
        ("Interval(0, 1)", "(0, 1)", False),
        ("Interval.open(0, 1)", "(0,1)", True),
        ("Interval.Ropen(0, 1)", "[0,1)", True),
        ("Interval.Lopen(0, 1)", "[0,1)", False),
        ("Interval(0, 1, True, False)", "(0,1]", True),
        ("Interval(-oo, oo)", "\\mathbb{R}", True),
        ("Union(Interval(-oo, 1), Interval(2, oo))", "(-\\infty,1]\\cup[2,\\infty)", True),
        ("Union(FiniteSet(-2), Interval(1, 3))", "\\{-2\\}\\cup[1,3]", True),
        ("FiniteSet(1, 3, 5)", "\\{5,1,3\\}", True),
        ("FiniteSet(1, 2)", "\\{1,3\\}", False),
        ("EmptySet", "no solution", True),
        ("S.Reals", "all real numbers", True),
    ],
)
def test_sympy_sets_compare_as_sets(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    "text",
    [
        "Interval(0, 1",  # not closed
        "Interval(0, 1, 2)",  # three arguments
        "Interval(0, 1, yes, no)",  # flags that are not booleans
        "Union()",
        "MyInterval(0, 1)",
    ],
)
def test_calls_that_do_not_fit_stay_as_written(text: str) -> None:
    assert sympy_sets(text) == text


def test_many_calls_stop_at_the_bound() -> None:
    text = "Union(" + ", ".join(["FiniteSet(1)"] * 200) + ")"
    assert "FiniteSet" in sympy_sets(text)  # only MAX_CALLS rewritten, the rest left
