"""The evaluators: the numeric part check (every power and function value seen in one pass),
exact values at a point, and exact arithmetic where floats cannot tell two answers apart."""

import math
from fractions import Fraction

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.exact_arithmetic import EvaluationError
from metacot_envs.tasks.math.answer.expression_eval import exact_value, numeric_value
from metacot_envs.tasks.math.answer.latex_parse import parse_latex


def _parts_seen(latex: str, point: dict[str, complex]) -> list[complex]:
    budget = Budget(1.0)
    seen: list[complex] = []
    numeric_value(parse_latex(latex, budget), point, budget, check_part=seen.append)
    return seen


def test_every_power_and_function_value_is_seen_once() -> None:
    seen = _parts_seen(r"\sqrt{x} + x^{2} + \sin(x^{3})", {"x": complex(4)})
    assert sorted(round(v.real, 9) for v in seen) == sorted(
        round(v, 9) for v in (2.0, 16.0, 64.0, math.sin(64))
    )


def test_a_tree_without_powers_or_functions_shows_nothing() -> None:
    assert _parts_seen("2x + 3", {"x": complex(1)}) == []


def test_the_check_stops_the_evaluation() -> None:
    budget = Budget(1.0)

    def refuse(value: complex) -> None:
        raise EvaluationError(f"refused {value}")

    with pytest.raises(EvaluationError):
        numeric_value(parse_latex(r"1 + \sqrt{2}", budget), {}, budget, check_part=refuse)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an inner value that leaves the reals below the usual range decides nothing there
        (r"\ln(x^2)", r"2\ln x", True),
        (r"\sqrt{x^2}", "x", False),
        (r"|x - 3|", "3 - x", False),
        # a sum with numeric bounds keeps the part-by-part reading
        (r"\sum_{k=1}^{3} k^2 x", "14x", True),
        (r"\sum_{k=1}^{3} \sqrt{k^2} x", "6x", True),
    ],
)
def test_real_points_verdicts(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


def test_exact_value_takes_letters_from_the_point() -> None:
    budget = Budget(1.0)
    tree = parse_latex(r"\frac{x^2 - 1}{2y}", budget)
    assert exact_value(tree, budget, point={"x": Fraction(3), "y": Fraction(1, 2)}) == 8
    assert exact_value(tree, budget, point={"x": Fraction(3)}) is None
    assert exact_value(tree, budget) is None


_EXPANDED = (
    "14336000000*x^13+250265600000*x^12+1862860800000*x^11+7623925760000*x^10"
    "+18290677760000*x^9+24744757985280*x^8+14567212351488*x^7-3267871272960*x^6"
    "-6408053107200*x^5+670406720000*x^4+1179708800000*x^3-429244800000*x^2+56696000000*x"
)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # floats cancel to noise near x = -2.5; exact arithmetic still tells
        (_EXPANDED + "-2680000000", "512*(2*x+5)^7*(5*x-1)^5*(70*x+67)", True),
        (_EXPANDED + "-2680000001", "512*(2*x+5)^7*(5*x-1)^5*(70*x+67)", False),
        # floats agree to nine digits, the exact values do not
        ("(x^2+y^2+z^2)^{60}", "(x^2+y^2+z^2)^{60} + 1", False),
        (r"\frac{(x+y)^{150}}{(x-y)^{150}}", r"\frac{(x+y)^{150}}{(x-y)^{150}} + 1", False),
        ("x^{800}", "x^{800} + 1", False),
        # a floor or ceiling is not refuted at a nearby point, where it may jump
        (r"\lceil x \rceil - \lfloor x \rfloor", "1", True),
        # a decimal's stated rounding is still a rounding
        ("0.333333 x", r"\frac{x}{3}", True),
        ("(x+1)^{2}", "x^2+2x+1", True),
    ],
)
def test_exact_arithmetic_where_floats_cannot_tell(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
