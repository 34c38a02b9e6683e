"""Kinds the hundred-and-thirty-eighth peer batch (dev138, blind131) showed the checker missing.

- One text on both sides is one answer, even where a reading would split the key first (a
  ket, ``1|0>``, is no list of alternatives either).
- An empty text wrapper typesets nothing (``864 \\mbox{}``).
- A sum of amounts in one unit written alike is the amount it adds up to (``2 m + 3 m`` is
  ``500 cm``); a letter that is no unit stays algebra.
- ``f(x)`` and ``y`` bound by one inequality state one range (``f(x) \\ge -4``).
- ``=>`` or ``=<`` before a number, the answer's one relation sign, is ``>=`` or ``<=``; between
  statements it stays "implies".
- The plain letter ``R`` against another spelling of the real line names it.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.reference_alternatives import accepted_alternatives
from metacot_envs.tasks.math.answer.stated_units import unit_sum_added


@pytest.mark.parametrize(
    ("answer", "added"),
    [
        ("2 m + 3 m", "5 m"),
        ("2 m - 0.5 m", "1.5 m"),
        ("2 kg - 3 kg", "-1 kg"),
        ("1 cm2 + 2 cm2 + 3 cm2", "6 cm2"),
        ("2x + 3x", "2x + 3x"),
        ("2 m + 3 cm", "2 m + 3 cm"),
        ("5 m", "5 m"),
    ],
)
def test_a_sum_of_amounts_in_one_unit_is_added(answer: str, added: str) -> None:
    assert unit_sum_added(answer) == added


def test_a_kets_bar_lists_no_alternatives() -> None:
    assert accepted_alternatives("1|0>") is None
    assert accepted_alternatives("4|-4") == ["4", "-4"]


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("1|0>", "1|0>", True),
        ("1|1>", "1|0>", False),
        ("{1+", "{1+", False),
        ("864", "864 \\mbox{}", True),
        ("5", "5\\text{}", True),
        ("6", "5\\text{}", False),
        ("500 cm", "2 m + 3 m", True),
        ("5 cm", "2 cm + 3 cm", True),
        ("6 cm", "2 cm + 3 cm", False),
        ("5 m", "2 cm + 3 cm", False),
        ("f(x) ≥ -4", "y >= -4", True),
        ("g(x)>=-4", "y >= -4", True),
        ("f(x) ≥ -3", "y >= -4", False),
        ("y ≥ -4", "x >= -4", False),
        ("xy >= -4", "y >= -4", False),
        ("x=>2", "x >= 2", True),
        ("x =< -3", "x <= -3", True),
        ("x=>3", "x >= 2", False),
        ("x=2 => y=3", "y=3", True),
        ("R", "all real numbers", True),
        ("R", "(-\\infty,\\infty)", True),
        ("R", "(0,\\infty)", False),
        ("R", "5", False),
    ],
)
def test_hundred_thirty_eighth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
