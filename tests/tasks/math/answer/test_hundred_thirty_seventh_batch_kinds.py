"""Kinds the hundred-and-thirty-seventh peer batch (dev137, blind130) showed the checker missing.

- A plain-text key listing its accepted answers with one unspaced bar (``(6,-2)|6,-2``,
  ``4|-4``, ``3/4|0.75``): five peer suites write keys so and none of the table's keys means
  "divides" by it. Two unspaced bars may close an absolute value (``ln|x|``), a bar before a
  subscript is an evaluation bar (``x^2+3x|_1``) and a bar in LaTeX is LaTeX's: those stay as
  written.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.reference_alternatives import accepted_alternatives


@pytest.mark.parametrize(
    ("reference", "alternatives"),
    [
        ("(6,-2)|6,-2", ["(6,-2)", "6,-2"]),
        ("4|-4", ["4", "-4"]),
        ("3/4|0.75", ["3/4", "0.75"]),
        ("1/2|二分之一", ["1/2", "二分之一"]),
        ("f(x)-ln|x|-c = 0", None),
        ("|x-1|", None),
        ("x^2+3x|_1", None),
        ("\\braket{\\phi|\\psi}", None),
        ("\\left|\\psi\\right\\rangle", None),
    ],
)
def test_a_plain_key_may_list_answers_with_one_unspaced_bar(
    reference: str, alternatives: list[str] | None
) -> None:
    assert accepted_alternatives(reference) == alternatives


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("6,-2", "(6,-2)|6,-2", True),
        ("(12/2,-2)", "(6,-2)|6,-2", True),
        ("(-2,6)", "(6,-2)|6,-2", False),
        ("-4", "4|-4", True),
        ("5", "4|-4", False),
        ("0.75", "3/4|0.75", True),
        ("0.8", "3/4|0.75", False),
        ("f(x) = ln|x|+c", "f(x)-ln|x|-c = 0", True),
    ],
)
def test_hundred_thirty_seventh_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
