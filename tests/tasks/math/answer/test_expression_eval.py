"""The numeric evaluator's part check: every power and function value is seen in one pass."""

import math

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.exact_arithmetic import EvaluationError
from metacot_envs.tasks.math.answer.expression_eval import numeric_value
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
