"""Kinds from the hundred-and-nineteenth batch (dev119) and the blind112 half released with it.

- A reference that lists the answers it accepts, separated by a spaced bar or a double bar
  (a fraction tutor's ``0.75 | 75/100``; blind81's ``1+x||x + 1``): a candidate matching any
  is right. Only the reference is read so (a candidate listing alternatives hedges), and bars
  of absolute values, norms and Boolean "or" stay as written. (A single unspaced bar in a
  plain-text key, once read as "divides", lists alternatives since the hundred-and-thirty-
  seventh batch: ``test_hundred_thirty_seventh_batch_kinds.py``.)
- Items of a list wholly in bare braces are sets (a Korean checker's ``∅,{a},{b,a},{b}`` for
  ``\\varnothing,{a},{b},{a,b}``), as one braced answer already was.
- dev119's other misses are a strict checker's mode (``4000-1/2*x`` refused for
  ``4000-0.5x``, ``x+3>6`` for ``x>6-3``, ``1,2,3`` for ``{1,2,3}``); blind112's, a legacy
  string match (``+11`` refused for ``11``) and quantities in Vietnamese units.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent
from metacot_envs.tasks.math.answer.reference_alternatives import accepted_alternatives


@pytest.mark.parametrize(
    ("reference", "alternatives"),
    [
        ("0.75 | 75/100", ["0.75", "75/100"]),
        ("1+x||x + 1", ["1+x", "x + 1"]),
        ("2x || x+x || x\\cdot 2", ["2x", "x+x", "x\\cdot 2"]),
        ("a || b || c", None),
        ("195|195.0", ["195", "195.0"]),
        ("3|12", ["3", "12"]),
        ("|x-1|", None),
        ("|x| | |y|", None),
        ("||v||", None),
        ("\\{x | x>0\\}", None),
        ("A & ~B | ~A & B", None),
        ("A | B", None),
        ("p \\lor q | r", None),
    ],
)
def test_accepted_alternatives__reads_only_bars_between_whole_answers(
    reference: str, alternatives: list[str] | None
) -> None:
    assert accepted_alternatives(reference) == alternatives


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("3/4", "0.75 | 75/100", True),
        ("0.8", "0.75 | 75/100", False),
        ("x+1", "1+x||x + 1", True),
        ("x+2", "1+x||x + 1", False),
        # a candidate's bar is no alternative: hedging is not rewarded
        ("0.75 | 0.8", "0.8", False),
        ("A ^ B", "A & ~B | ~A & B", True),
    ],
)
def test_check_equivalent__a_reference_may_list_accepted_answers(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("∅,{a},{b,a},{b}", "\\varnothing,{a},{b},{a,b}", True),
        ("{a},{b,a}", "{a},{a,b}", True),
        ("{1,2},{3}", "{2,1},{3}", True),
        ("{1,2},{3}", "{1,3},{2}", False),
        ("x^{2},y", "x^2,y", True),
    ],
)
def test_check_equivalent__braced_items_of_a_list_are_sets(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
