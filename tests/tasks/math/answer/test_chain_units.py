"""A chain of equations states its last side, unit and all (soundness probe, seed 14).

``1.0 in = 25.4 cm`` had matched ``1.0 in = 25.4 mm``: the unit reader saw no quantity in an
equation, and the last sides were compared as bare numbers. Two last sides that are quantities
of different units, and no one quantity, now differ.
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
