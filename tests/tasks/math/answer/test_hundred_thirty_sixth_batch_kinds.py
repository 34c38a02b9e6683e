"""Kinds the hundred-and-thirty-sixth peer batch (dev136, blind129) showed the checker missing.

- The CJK compatibility signs of metric units, one character each (``12㎠``, ``5㎏``), are the
  units they stand for; ``ℓ`` stays the letter it names a length with.

And one kind read again in the released table: a fraction slash glued to a radical sign
(``√⁄3``, as answer keys exported from a word processor hold it) is the radical alone; a
lowercase ``u`` between two intervals is their union (``(-Infinity,0)u(2,Infinity)``, as WeBWorK
writes it); an operator name typeset with a thin space (``\\operatorname*{lim\\,sup}``) is the
command it spells.
"""

from __future__ import annotations

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("12㎠", "12cm²", True),
        ("12㎠", "12 cm", False),
        ("5㎏", "5000 g", True),
        ("5㎏", "5 g", False),
        ("ℓ=(P-2b)/2", "l=(P-2b)/2", True),
        ("2㎡", "20000 cm^2", True),
        ("1㎞", "1000 m", True),
        ("1㎥", "1㎤", False),
        ("-5√2", "-5√⁄2", True),
        ("√3-1", "-1+√⁄3", True),
        ("2√⁄3", "2√2", False),
        ("1⁄3", "1/3", True),
        ("(-inf,0)U(2,+inf)", "(-Infinity,0)u(2,Infinity)", True),
        ("(1,2)u(3,4)", "(1,2)\\cup(3,4)", True),
        ("(1,2)u(3,4)", "(1,2)\\cup(3,5)", False),
        ("(x+1)u(x+2)", "(x+1)(x+2)u", True),
        ("\\limsup", "\\operatorname*{lim\\,sup}", True),
        ("\\argmin", "\\operatorname*{arg\\,min}", True),
        ("\\limsup", "\\operatorname*{lim\\,inf}", False),
    ],
)
def test_hundred_thirty_sixth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
