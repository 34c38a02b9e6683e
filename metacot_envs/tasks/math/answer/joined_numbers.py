"""Two numbers joined by a word: a range ``0 to 10``, a size ``2 by 3``, odds ``1 in 3``.

The grammar reads a word it does not know as a product of its letters, so such an answer was a
product in which its numbers commute: ``2 to 6`` matched ``3 to 4``, ``2 over 3`` matched ``3
over 2``, and a range from 0 matched ``0``. :func:`joined_numbers` reads the two numbers and
the word (after any lead-in words, with a unit after the second number: ``from 2 to 6``, ``5.5
to 6.9 nM``), and :func:`compare_joined_numbers` compares two such answers number by number
under the same word. A quotient with its remainder (``3 R 12``, ``3r12``) is read the same way,
with the word ``r``. Words that join as arithmetic (``times``, ``plus``, ``choose``, ``mod``)
or as a list (``and``, ``or``) are read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_JOINED = re.compile(
    r"\s*((?:[^\s0-9][^0-9]*?\s+)?)([-+]?[0-9]+(?:\.[0-9]+)?)\s+(to|by|of|at|then|from|in|per"
    r"|into|with|than|on|for|vs|versus|over|till|until|through)\s+([-+]?[0-9]+(?:\.[0-9]+)?)"
    r"((?:\s+[^\s0-9][^0-9]*)?)\s*",
    re.IGNORECASE,
)
"""two numbers joined by a word, after words without digits (``from 2 to 6``) and before
words without digits (a unit: ``5.5 to 6.9 nM``)"""
_QUOTIENT_AND_REMAINDER = re.compile(r"\s*([0-9]+)\s*[Rr]\s*([0-9]+)\s*")
"""a quotient and its remainder as division is taught (``3 R 12``, ``3r12``)"""


@dataclass(frozen=True)
class JoinedNumbers:
    """Two numbers joined by a word, as one answer states them."""

    lead: str
    """the words before the first number, spaces folded, in lower case (``from``), or empty"""
    word: str
    """the joining word in lower case (``to``; ``r`` for a quotient and remainder)"""
    ends: tuple[str, str]
    """each number with the words after the second (its unit: ``5.5 nM``, ``6.9 nM``)"""


def joined_numbers(side: str) -> JoinedNumbers | None:
    """``side`` read as two numbers joined by a word, or None when it is not one (a remainder
    of 0 is None too: ``12 R0`` is the quotient ``12``, read elsewhere)."""
    if not any(char.isdigit() for char in side):
        return None
    words = _JOINED.fullmatch(side)
    if words is None:
        remainder = _QUOTIENT_AND_REMAINDER.fullmatch(side)
        if remainder is None or int(remainder.group(2)) == 0:
            return None
        return JoinedNumbers("", "r", (remainder.group(1), remainder.group(2)))
    tail = words.group(5).strip()
    first, second = (f"{words.group(index)} {tail}".strip() for index in (2, 4))
    return JoinedNumbers(
        " ".join(words.group(1).split()).lower(), words.group(3).lower(), (first, second)
    )


def compare_joined_numbers(
    candidate: JoinedNumbers, reference: JoinedNumbers, same: Callable[[str, str], bool]
) -> tuple[bool, str] | None:
    """Two answers of two joined numbers, each pair of numbers compared by ``same``: unequal
    when a pair differs, or when the words differ after the same lead; equal when lead, word
    and numbers agree; None (read on) when only the leads differ (``the answer is 2 to 6``
    against ``2 to 6``)."""
    if candidate.word != reference.word:
        if candidate.lead == reference.lead:
            return False, f"numbers joined by {candidate.word!r} vs {reference.word!r}"
        return None
    for ends in zip(candidate.ends, reference.ends, strict=True):
        if not same(*ends):
            return False, "two numbers differ"
    return (True, "the same two numbers") if candidate.lead == reference.lead else None
