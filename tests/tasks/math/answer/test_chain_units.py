"""A chain of equations states its last side, unit and all (soundness probe, seed 14).

``1.0 in = 25.4 cm`` had matched ``1.0 in = 25.4 mm``: the unit reader saw no quantity in an
equation, and the last sides were compared as bare numbers. Two last sides that are quantities
of different units, and no one quantity, now differ.

Two quantities joined by "and" are a list of quantities too, each keeping its unit, also when a
box wraps the whole answer and a text run holds the first unit with the word
(``\\boxed{900\\text{ m/min and }750\\text{ km/min}}`` had matched its ``m/min`` twin;
seed 14 too).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("1.0 in = 25.4 cm", "1.0 in = 25.4 mm", False),
        ("x = 5 m", "x = 5 km", False),
        ("d = 3 + 2 = 5 km", "d = 5 m", False),
        ("d = 3 + 2 = 5 km", "d = 5 km", True),
        ("x = 5 m", "x = 500 cm", True),
        ("1.0 in = 25.4 mm", "1.0 in = 25.4 mm", True),
    ],
)
def test_check_equivalent__a_chain_s_last_side_keeps_its_unit(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        (
            "\\boxed{900\\text{ m/min and }750\\text{ km/min}}",
            "\\boxed{900\\text{ m/min and }750\\text{ m/min}}",
            False,
        ),
        ("\\boxed{900\\text{ m/min and }750\\text{ m/min}}", "900 m/min and 750 m/min", True),
        ("900 m/min and 750 m/min", "750 m/min and 900 m/min", True),
        ("0.9 km/min and 750 m/min", "900 m/min and 750 m/min", True),
        ("900 m/min and 750 km/min", "900 m/min and 750 m/min", False),
        ("3 cm and 4 cm", "3 cm, 4 cm", True),
        ("\\boxed{1} and \\boxed{2 cm}", "1 cm and 2 cm", False),
    ],
)
def test_check_equivalent__quantities_joined_by_and_keep_their_units(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
