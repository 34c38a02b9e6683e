"""Kinds the hundred-and-twenty-eighth peer batch (dev128, blind121) showed the checker missing.

- The kelvin is a unit: ``\\(2.31\\times10^6\\ \\mathrm{K}\\)`` is ``2.31 \\times 10^6 K``.
- An ordinal in English or Spanish words is its number (``Respuesta: el octavo`` for 8,
  ``Answer: twenty-first`` for 21); after ``a`` or ``un`` it stays a fraction's denominator,
  and ``second`` alone stays a unit of time.
- ``un mil`` is a thousand.
- A number grouped the Indian way (``1,25,000``) is also read as that number.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from metacot_envs.tasks.math.answer.ordinal_numerals import number_from_ordinal
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("el octavo", "8"),
        ("Octava", "8"),
        ("El primer día", "1 día"),
        ("tercero", "3"),
        ("décimo", "10"),
        ("undécimo", "11"),
        ("décimo tercero", "13"),
        ("decimotercero", "13"),
        ("vigésimo primero", "21"),
        ("tenth", "10"),
        ("twenty-first", "21"),
        ("the third day", "3 day"),
        ("the second", "2"),
        # not read: a fraction's denominator, a unit of time, longer text, no ordinal
        ("un octavo", None),
        ("a third", None),
        ("second", None),
        ("the first step is hard", None),
        ("twenty", None),
        ("5", None),
    ],
)
def test_number_from_ordinal(text: str, digits: str | None) -> None:
    assert number_from_ordinal(text) == digits


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\(2.31\\times10^6\\ \\mathrm{K}\\)", "\\( 2.31 \\times 10^6 K\\)", True),
        ("\\(5\\ \\mathrm{K}\\)", "5 K", True),
        ("300 K", "300 kelvin", True),
        ("5 K", "5000", False),
        ("el octavo", "8", True),
        ("twenty-first", "21", True),
        ("El octavo día", "10", False),
        ("un mil", "1000", True),
        ("1,25,000", "125000", True),
        ("12,34,56,789", "123456789", True),
        ("1,25,000", "125001", False),
    ],
)
def test_hundred_twenty_eighth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


def test_an_ordinal_on_an_answer_line() -> None:
    assert extract_answer("Respuesta: el octavo") == "el octavo"
    assert check_equivalent(extract_answer("Respuesta: el octavo") or "", "8").equivalent
