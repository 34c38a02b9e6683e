"""Kinds the hundred-and-twenty-fifth peer batch (dev125, blind118) showed the checker missing.

A number times a unit, the way pint and sympy write a quantity (``8650*watt``); a product of
units written with spaces after a value in prose (``-10.5 kilogram metre/second^2``); and a
formula whose names are words (``Vmax*(1-exp(-t/tau))``), which is no prose to search for a
last number.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from metacot_envs.tasks.math.answer.answer_spans import reads_as_prose
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("8650*watt", "8.65 kW", True),
        ("8650*W", "8.65 kW", True),
        ("1230*mW", "1.23*W", True),
        ("8650*W", "8.65 W", False),
        ("5*m", "500 cm", True),
        ("5*x", "5x", True),  # x is no unit: still a product
        ("5*x", "500 cm", False),
        ("Vmax - Vmaxe^-(t/tau)", "Vmax*(1-exp(-t/tau))", True),
    ],
)
def test_verdicts(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("-10.5 kilogram metre/second^2", "-10.5 kilogram metre/second^2"),
        ("The force is 5 kg m/s^2.", "5 kg m/s^2"),
        ("It weighs 5 kg a week", "5 kg"),  # a one-letter word that is no SI symbol stops it
        ("The speed is 5 m per second", "5 m"),
    ],
)
def test_a_product_of_units_after_a_value_reads_whole(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Vmax*(1-exp(-t/tau))", False),
        ("3*longName**2 + 3*longName + 5", False),
        ("x_max + y_min", False),
        ("the speed at noon is 5", True),
        ("a well-known result: 5", True),
    ],
)
def test_names_in_a_formula_are_not_prose(text: str, prose: bool) -> None:
    assert reads_as_prose(text) is prose
