"""A reference that is a range of accepted values: ``1.5 to 2 metres``, ``24 to 28``, ``1.5–2``.

Mark schemes and answer keys write an accepted interval as two numbers joined by "to" or by an
en or em dash, perhaps followed by one unit word; two peer suites grade so (a GCSE marker and a
tutoring hub), and none of the table's suites the other way. Decided here:

- Such a reference accepts a candidate that is one number (a decimal, a fraction ``7/4`` or a
  mixed number ``1 3/4``, signed or not) within the range, both ends included, written bare or
  with the reference's own unit word (``1.75 metres``); a number outside it, or with another
  unit word, is not accepted.
- A candidate that is itself a range, or anything else, is compared with the reference as
  written, as before.
- A hyphen joins no range: ``7-11`` is a difference (the GCSE marker refuses ``9`` for it), and
  neither does a range whose first end is above its second.
- A response that states a range, however its ends are ordered and whatever math wraps it
  (``7.5 to 2 metres``, ``-(1.5 to 2 metres)``, ``The answer is 12 to 18 inches``), states
  the range: extraction keeps it whole (:func:`written_as_range`) and never reads one of its
  ends as the answer, so ``7.5 to 2 metres`` is not ``2 metres`` within ``1.5 to 2 metres``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

_NUMBER = r"[-+−]?\d{1,12}(?:\.\d{1,12})?"
_JOIN = r"\s*(?:to|–|—)\s*"
"""what joins a range's ends: "to", an en dash or an em dash (a hyphen is a minus)"""
_UNIT_WORD = r"[A-Za-z]{1,20}"
_RANGE = re.compile(
    rf"\s*(?P<low>{_NUMBER}){_JOIN}(?P<high>{_NUMBER})(?:\s+(?P<unit>{_UNIT_WORD}))?\s*\.?\s*"
)
_RANGE_INSIDE = re.compile(rf"(?<![\w.]){_NUMBER}{_JOIN}{_NUMBER}(?!\w|\.\d)(?:\s+{_UNIT_WORD})?")
_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}")
"""a word that is not a LaTeX command's name (``\\sqrt`` wraps a range; ``from`` is prose)"""
_CANDIDATE = re.compile(
    r"\s*(?P<sign>[-+−]?)\s*(?:(?P<whole>\d{1,12})\s+(?P<top>\d{1,12})\s*/\s*(?P<bottom>[1-9]\d{0,11})"
    r"|(?P<numerator>\d{1,12})\s*/\s*(?P<denominator>[1-9]\d{0,11})"
    r"|(?P<decimal>\d{0,12}(?:\.\d{1,12})?))(?:\s*(?P<unit>[A-Za-z]{1,20}))?\s*\.?\s*"
)


@dataclass(frozen=True)
class AcceptedRange:
    """The values a range key accepts: ``low`` to ``high``, ends included, and its unit word."""

    low: Fraction
    high: Fraction
    unit: str | None


def _value(written: str) -> Fraction:
    return Fraction(written.replace("−", "-").replace("+", ""))


def _may_hold_range(text: str) -> bool:
    """A cheap test before the range patterns: short, and holding a word or dash that joins."""
    return len(text) <= 80 and ("to" in text or "–" in text or "—" in text)


def accepted_range(reference: str) -> AcceptedRange | None:
    """The range ``reference`` states (``1.5 to 2 metres``), else None."""
    if not _may_hold_range(reference):
        return None
    match = _RANGE.fullmatch(reference)
    if match is None:
        return None
    low, high = _value(match["low"]), _value(match["high"])
    return AcceptedRange(low, high, match["unit"]) if low < high else None


def written_as_range(text: str) -> bool:
    """Whether ``text`` states one range and nothing else in words: ``7.5 to 2 metres``,
    ``-(1.5 to 2 metres)``, ``\\sqrt{3 to 4}``, its ends in any order (``from 3 to 5`` and
    ``3 to 5 and then 7`` are prose)."""
    if not _may_hold_range(text):
        return False
    found = _RANGE_INSIDE.search(text)
    if found is None:
        return False
    rest = text[: found.start()] + " " + text[found.end() :]
    return _WORD.search(rest) is None and not any(character.isdigit() for character in rest)


def in_range(candidate: str, accepted: AcceptedRange) -> bool | None:
    """Whether ``candidate``, one number perhaps with the range's unit word, lies in
    ``accepted``; None when it is not one number (it is then compared as written)."""
    if len(candidate) > 60:
        return None
    match = _CANDIDATE.fullmatch(candidate)
    if match is None or not (match["whole"] or match["numerator"] or match["decimal"]):
        return None
    if match["whole"] is not None:
        value = int(match["whole"]) + Fraction(int(match["top"]), int(match["bottom"]))
    elif match["numerator"] is not None:
        value = Fraction(int(match["numerator"]), int(match["denominator"]))
    else:
        value = Fraction(match["decimal"])
    if match["sign"] in ("-", "−"):
        value = -value
    if match["unit"] is not None and match["unit"].lower() != (accepted.unit or "").lower():
        return False
    return accepted.low <= value <= accepted.high
