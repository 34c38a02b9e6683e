"""Kinds the hundred-and-forty-third peer batch (dev143, blind136) showed the checker missing.

- A key listing accepted answers with spaced bars holds powers (``300 cm^3 | 300cm³``,
  ``2^3 × 11 | 2 × 2 × 2 × 11``): a caret is Boolean xor only spaced between letters
  (``A ^ B | C``), so such a key is its alternatives.
- A root sign written as a word before its radicand (``root 3``, ``root(3)``, ``10 root 2 cm``,
  ``square root of 3``, ``cube root of 8``) is that root; ``fourth root`` is left as written.
- A count of combinations with the set's size as a prescript (``{}_5C_2``, ``^5C_2``) is
  ``\\binom{5}{2}``.
- A bare number against one number and a compound unit set apart from it (``2.88 m³/s``,
  ``9.8 m s^-2``) drops the unit, as it does against a single unit.
- From blind49, released earlier: the last number of Chinese prose keeps a metric unit glued to
  it (``电功率为1100瓦。`` reads ``1100瓦``, which converts; ``千瓦时`` is the kilowatt hour, and
  a rate's denominator may be 分 or 时); a one-character conclusion word (``故``) is prose of its
  own, so ``x+1=4，故x=3。`` reads ``x=3``.
- From the soundness probe (seed 90): one quantity in a pair of brackets keeps its unit
  (``[42 mm]`` matched ``[42 cm]``: the bracket hid the unit from the unit reader).
- A key written as a range (``1.5 to 2 metres``, ``24 to 28``, ``1.5–2``), as a GCSE marker and
  a tutoring hub grade it, accepts one number within it, ends included (``reference_ranges``);
  such a text is read whole, not cut to its last number.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("300cm^3", "300 | 300cm3 | 300 cm^3 | 300cm³", True),
        ("301cm^3", "300 | 300 cm^3", False),
        ("2^3 * 11", "2^3 × 11 | 2 × 2 × 2 × 11", True),
        ("2^3 * 13", "2^3 × 11 | 2 × 2 × 2 × 11", False),
        ("A ^ B", "A ^ B | C", False),
        ("root3", "√3", True),
        ("root(3)", "√3", True),
        ("10 root 2 cm", "10√2 cm", True),
        ("square root of 3", "√3", True),
        ("cube root of 8", "2", True),
        ("root 2", "√3", False),
        ("fourth root of 16", "2", False),
        ("{}_5C_2", "10", True),
        ("^5C_2", "10", True),
        ("{}_5C_3", "9", False),
        ("x_5C_2", "10", False),
        ("2.88", "2.88 m³/s", True),
        ("9.8 m s^-2", "9.8", True),
        ("2.89", "2.88 m^3/s", False),
        ("3", "3 x/y", False),
        ("1100瓦", "1100W", True),
        ("1千瓦时", "3600000 J", True),
        ("1千瓦", "1千瓦时", False),
        ("3.6千米/时", "1米/秒", True),
        # probe seed 90: a quantity in brackets keeps its unit ("[42 mm]" was "[42 cm]")
        ("[42 mm]", "[42 cm]", False),
        ("(42 mm)", "42 cm", False),
        ("[42 cm]", "420 mm", True),
        ("[42 cm]", "42", True),
        # dev143 and dev83/blind83: a range key accepts one number within it, ends included
        ("1.75", "1.5 to 2 metres", True),
        ("1 3/4", "1.5 to 2 metres", True),
        ("1.75 metres", "1.5 to 2 metres", True),
        ("2", "1.5–2 metres", True),
        ("50805", "50805 to 56154", True),
        ("2.1", "1.5 to 2 metres", False),
        ("1.75 cm", "1.5 to 2 metres", False),
        ("50804", "50805 to 56154", False),
        ("9", "7-11", False),  # a hyphen joins no range
        ("0.2 to 0.5", "0.2 to 0.7", False),  # a range candidate compares as written
        ("1:2", "1 to 2", True),  # against a ratio, "to" is still the ratio's
        ("5", "8 to 6", False),  # a range whose first end is above its second is none
    ],
)
def test_hundred_forty_third_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # blind49: the last number of Chinese prose keeps the metric unit glued to it
        ("该用电器的电功率为1100瓦。", "1100瓦"),
        ("消耗电能为1千瓦时。", "1千瓦时"),
        ("他跑了3.6千米/时", "3.6千米/时"),
        ("一共有12个苹果。", "12"),  # a measure word is no unit
        # a one-character conclusion word is prose of its own
        ("x+1=4，故x=3。", "x=3"),
        ("故x=3。", "x=3"),
        ("代入即可。", None),
        ("1.5 to 2 metres", None),  # a range is read whole
    ],
)
def test_hundred_forty_third_batch_extraction(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer
