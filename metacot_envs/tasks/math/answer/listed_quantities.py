"""Lists whose every item is a quantity with its unit: ``10 ft, 3 km`` is not ``10 ft, 3 m``.

The unit reader (:mod:`~metacot_envs.tasks.math.answer.stated_units`) reads one number and a
unit, perhaps labelled by a name (:data:`NAME_LABEL`: ``h = 8 cm``); in a list the parser drops each item's unit, so two lists of quantities that differ only
in a unit compared equal. When both answers are lists of the same length and every item on both
sides is one number and a known unit, the items are matched to each other as whole answers, in
any order, as other lists are: each keeps its unit, and units of one kind still convert
(``10 ft, 3 km`` is ``3000 m, 10 ft``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from metacot_envs.tasks.math.answer.bracket_items import top_level_split, wholly_bracketed
from metacot_envs.tasks.math.answer.latex_normalize import MATH_DELIMITERS
from metacot_envs.tasks.math.answer.stated_units import (
    measurement_unit,
    unit_in_other_script_as_symbol,
    value_unit,
)

NAME_LABEL = re.compile(
    r"\s*[^\W\d_]{1,12}(?:_\{?\w{1,12}\}?|_\{\\(?:text|mathrm)\{[^\W\d_]{1,12}\}\})?\s*=\s*(?=\S)"
)
"""a name and ``=`` before a quantity (``A = 1872 cm^2``, ``S_1 = 5 m^2``, ``area = 9 cm^2``,
``S_{\\text{бок}} = 60 см^2``)"""
MAX_ITEMS = 12
"""longer lists are left to the parser (matching tries every pair of items)"""


def quantity_lists(candidate: str, reference: str) -> tuple[list[str], list[str]] | None:
    """The items of two lists of quantities of one length (cut at top-level commas, or
    semicolons when there are any, else at "and"), each item one number and a known unit; else
    None."""
    lists = quantity_items(candidate), quantity_items(reference)
    if lists[0] is None or lists[1] is None or len(lists[0]) != len(lists[1]):
        return None
    return lists[0], lists[1]


def quantity_tuples(candidate: str, reference: str) -> tuple[list[str], list[str]] | None:
    """The items of two bracketed tuples of quantities (``(2 mm; 3 cm)``) of one length and
    with the same brackets, each item one number and a known unit, in their order; else None.
    The parser drops each item's unit, as in a list, so ``(2 mm; 3 cm)`` read as ``(2 cm; 3
    cm)``; a tuple's items are compared in order."""
    sides: list[tuple[str, list[str]]] = []
    for answer in (candidate, reference):
        text = MATH_DELIMITERS.sub("", answer).strip()
        if len(text) < 2 or text[0] not in "([" or text[-1] not in ")]":
            return None
        if not wholly_bracketed(text):
            return None
        items = quantity_items(text[1:-1])
        if items is None:
            return None
        sides.append((text[0] + text[-1], items))
    (brackets, candidates), (other_brackets, references) = sides
    if brackets != other_brackets or len(candidates) != len(references):
        return None
    return candidates, references


_TEXT_RUN = re.compile(r"\\(?:text|mathrm)\s*\{([^{}]*)\}")
"""a run of text in a math answer (``\\text{ m/min and }``): its words, as written around it"""
_AND = re.compile(r"\s+and\s+")


def quantity_items(answer: str) -> list[str] | None:
    """The items of ``answer`` when it is a list of 2 to :data:`MAX_ITEMS` quantities, each one
    number and a known unit (cut at top-level commas, or semicolons when there are any, else at
    "and"); else None."""
    if len(answer) > 64 * MAX_ITEMS:
        return None
    text = MATH_DELIMITERS.sub("", answer).replace("\\;", " ")  # a space, not a separator
    separator = ";" if ";" in text else ","
    items = top_level_split(text, separator) if separator in text else None
    if items is None and " and " in text:
        # two quantities joined by "and", perhaps inside a text run that also holds the first
        # one's unit (``900\\text{ m/min and }750\\text{ km/min}``)
        items = _AND.split(_TEXT_RUN.sub(r" \1 ", text).strip())
    if items is None or not 2 <= len(items) <= MAX_ITEMS:
        return None
    items = [item.strip() for item in items]
    return items if all(_is_quantity(item) for item in items) else None


def _is_quantity(item: str) -> bool:
    """Whether ``item`` is one number and a known unit, perhaps labelled (``h = 8 cm``), or a
    value and a unit in ``\\text{}`` (``S = 20\\sqrt{3}\\text{ см}^2``)."""
    label = NAME_LABEL.match(item)
    value = unit_in_other_script_as_symbol(item if label is None else item[label.end() :])
    return measurement_unit(value) is not None or (
        "\\text" in value and value_unit(value) is not None
    )


def all_matched(
    candidates: list[str], references: list[str], same: Callable[[str, str], bool]
) -> bool:
    """Whether each candidate item matches a reference item of its own (``same``), in any
    order: a matching of the two lists, found by trying the pairs in turn."""
    return _match(candidates, list(references), same)


def _match(candidates: list[str], left: list[str], same: Callable[[str, str], bool]) -> bool:
    if not candidates:
        return True
    first, rest = candidates[0], candidates[1:]
    for index, reference in enumerate(left):
        if same(first, reference) and _match(rest, left[:index] + left[index + 1 :], same):
            return True
    return False
