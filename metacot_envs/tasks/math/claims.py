"""Reading checkable claims out of reasoning text: ``x = 3`` and ``12 / 4 = 3``.

Two kinds of claim are recognised, both without evaluating any text as code:

* a labelled value, ``<label> = <number>`` (or ``<label> = <arithmetic> = <number>``), where ``<label>`` is a word not glued
  to a coefficient (``x = 3`` counts, ``2x = 6`` does not) and ``<number>`` is an
  integer, decimal, ``a/b`` or ``\\frac{a}{b}`` not followed by more arithmetic;
* an arithmetic identity, ``<expression> = <number>`` with digits, ``+ - * /`` and
  parentheses on the left (``\\times``, ``\\cdot``, ``\\div`` and ``\\frac`` are
  rewritten first), evaluated exactly by :mod:`metacot_envs.core.safe_math`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from metacot_envs.core.safe_math import Limits, SafeMathError, evaluate_text
from metacot_envs.tasks.math.types import Fact

CLAIM_LIMITS = Limits(
    max_chars=200, max_depth=12, max_literal_digits=12, max_bits=256, allow_decimals=True
)
"""caps for evaluating the left side of an arithmetic identity"""

_NUMBER = (
    r"-?\s*\(?-?\s*(?:\\d?frac\{-?\d{1,12}\}\{\d{1,12}\}"
    r"|\d{1,12}(?:\.\d{1,12})?(?:\s*/\s*\d{1,12})?)\)?"
)
_AFTER = r"(?![\d/\w(]|\.\d|\s*[-+*^/(]|\s*\\(?:times|cdot|div|frac|sqrt|pi))"
_CHAIN = r"(?:[-\d\s+*/().]{1,200}?=\s*)?"
_LABELLED = re.compile(rf"(?<![\w\\^_{{}}.])([A-Za-z]{{1,20}})\s*=\s*{_CHAIN}({_NUMBER}){_AFTER}")
_IDENTITY = re.compile(rf"([\d\s+\-*/().]{{3,200}}?)=\s*({_NUMBER}){_AFTER}")
_FRAC = re.compile(r"\\d?frac\{(-?\d{1,12})\}\{(\d{1,12})\}")
_OPERATOR_WORDS = (
    (r"\times", "*"),
    (r"\cdot", "*"),
    (r"\div", "/"),
    (r"\left", ""),
    (r"\right", ""),
)


@dataclass(frozen=True)
class Claim:
    """One checkable statement found in a step."""

    subject: str
    """the label (``x``) or the arithmetic expression (``12/4``)"""
    value: Fraction
    """the value the step states"""
    correct: bool | None
    """True/False when checkable (identity, or a label with a known fact), else None"""
    fact_index: int | None = None
    """index of the fact a labelled claim is about"""


def read_number(text: str) -> Fraction | None:
    """The exact value of a number as :data:`_NUMBER` matches it, or None."""
    text = text.replace(" ", "")
    sign = 1
    while text.startswith("-") or (text.startswith("(") and text.endswith(")")):
        if text.startswith("-"):
            sign, text = -sign, text[1:]
        else:
            text = text[1:-1]
    frac = _FRAC.fullmatch(text)
    try:
        if frac is not None:
            num, den = int(frac.group(1)), int(frac.group(2))
        elif "/" in text:
            head, _, tail = text.partition("/")
            num, den = int(head), int(tail)
        else:
            return sign * Fraction(text)
        return sign * Fraction(num, den) if den else None
    except (ValueError, ZeroDivisionError):
        return None


def _plain(text: str) -> str:
    for word, symbol in _OPERATOR_WORDS:
        text = text.replace(word, symbol)
    return _FRAC.sub(r"(\1/\2)", text)


def _label_fact(label: str, facts: tuple[Fact, ...]) -> int | None:
    for index, fact in enumerate(facts):
        for known in fact.labels:
            if label == known or (len(label) > 1 and label.lower() == known.lower()):
                return index
    return None


def find_claims(text: str, facts: tuple[Fact, ...] = ()) -> list[Claim]:
    """Every labelled and arithmetic claim in ``text``, judged where checkable."""
    claims: list[Claim] = []
    plain = _plain(text)
    for match in _LABELLED.finditer(plain):
        value = read_number(match.group(2))
        if value is None:
            continue
        index = _label_fact(match.group(1), facts)
        correct = None if index is None else value in facts[index].values
        claims.append(Claim(match.group(1), value, correct, index))
    for match in _IDENTITY.finditer(plain):
        expression = match.group(1).strip()
        value = read_number(match.group(2))
        if value is None or not re.search(r"\d\s*[-+*/]\s*\(?\s*\d", expression):
            continue
        try:
            actual = evaluate_text(expression, CLAIM_LIMITS)
        except SafeMathError:
            continue
        claims.append(Claim(expression, value, Fraction(actual) == value))
    return claims


def claims_in_steps(steps: Iterable[str], facts: tuple[Fact, ...] = ()) -> list[Claim]:
    """:func:`find_claims` over every step, in order."""
    return [claim for step in steps for claim in find_claims(step, facts)]
