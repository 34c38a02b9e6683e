"""Kinds the hundred-and-fortieth peer batch (dev140, blind133) showed the checker missing.

- A choice label set in ``\\text{}`` (``\\text{(E)}\\ \\dfrac{7}{2}``, ``\\text{(C) } \\frac{1}{6}``),
  as one in ``\\textbf{}`` already was, states its option's text against a bare answer and stays
  the choice against a label.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\text{(E)}\\ \\dfrac{7}{2}", "\\dfrac{7}{2}", True),
        ("\\text{(C) } \\frac{1}{6}", "\\frac{1}{6}", True),
        ("\\text{(C) } \\frac{1}{2}", "\\frac{1}{6}", False),
        ("\\mathrm{(B)}\\ 12", "12", True),
        ("\\text{(C) } \\frac{1}{6}", "\\text{(D)}", False),
    ],
)
def test_hundred_fortieth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
