"""Kinds read again from the released and dev halves of batch 147, and found by probes, in
session 46.

- Soundness: ``\\pi`` and ``e`` are letters to the exact check that refutes a float match, so
  two whole numbers too close for floats beside a constant stay apart (``99999999919\\pi`` is
  not ``99999999999\\pi``, probe seed 119 found ``I get 99999999919`` accepted for ``I get
  99999999999``); a root, which may hold at a constant and fail at its stand-in, keeps the
  float verdict.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # constants are letters to the exact refutation (probe seed 119)
        ("99999999919\\pi", "99999999999\\pi", False),
        ("1+99999999919\\pi", "1+99999999999\\pi", False),
        ("99999999919e", "99999999999e", False),
        ("e^{2}+99999999919", "e^2+99999999999", False),
        ("x\\pi + 99999999919", "\\pi x + 99999999999", False),
        ("I get 99999999919", "I get 99999999999", False),
        ("99999999999\\pi", "99999999999 \\pi", True),
        ("\\pi^2+2\\pi+1", "(\\pi+1)^2", True),
        ("2\\pi r", "2 r \\pi", True),
        ("\\frac{1}{\\pi}", "\\pi^{-1}", True),
        ("\\frac{e^{3}}{e}", "e^2", True),
        # a root keeps the float verdict: at the stand-in 201/64, 3.141 - pi changes sign
        ("\\sqrt{(\\pi - 3.141)^2}", "\\pi - 3.141", True),
    ],
)
def test_check_equivalent(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
