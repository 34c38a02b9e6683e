"""Kinds of quantity one number may state: a unit, a currency, a percent, degrees.

Each sign alone is dropped against a bare number (``$42`` is ``42``, and under the percent
rule ``42%`` is ``42`` too), but two sides that state different kinds are different answers
(``$42`` is not ``42%``, ``€100`` is not ``$100``, ``5 m`` is not ``5%``). Units the unit reader
names (:func:`~metacot_envs.tasks.math.answer.stated_units.measurement_unit`) are left to it,
which converts between them; this module reads the signs it leaves.
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.stated_units import measurement_unit

_AMOUNT = r"\s*[-+]?\d[\d,]*(?:\.\d+)?\s*"
_CURRENCY_SIGNS = {
    "$": "dollar",
    "\\$": "dollar",
    "US$": "dollar",
    "€": "euro",
    "£": "pound",
    "¥": "yen or yuan",
    "￥": "yen or yuan",
    "₹": "rupee",
    "HK$": "Hong Kong dollar",
    "NT$": "New Taiwan dollar",
    "A$": "Australian dollar",
    "C$": "Canadian dollar",
    "S$": "Singapore dollar",
    "NZ$": "New Zealand dollar",
    "R$": "real",
}
"""each currency sign the amounts below may open with, and the currency it names (``¥`` is both
the yen and the yuan; ``HK$`` and its kin are not the US dollar)"""
_SIGNED_MONEY = re.compile(
    r"\s*[-+]?(\\?\$|US\$|HK\$|NT\$|NZ\$|A\$|C\$|S\$|R\$|€|£|¥|￥|₹)" + _AMOUNT
)
"""an amount of money alone with its sign before the number (``$42``, ``\\$42``, ``€5``)"""
_CURRENCY_AFTER = {
    "€": "euro",
    "£": "pound",
    "元": "yuan",
    "円": "yen",
    "원": "won",
    "港元": "Hong Kong dollar",
    "港币": "Hong Kong dollar",
    "港幣": "Hong Kong dollar",
}
"""each currency sign or word written after an amount, and the currency it names"""
_MONEY_AFTER = re.compile(_AMOUNT + r"(€|£|港元|港币|港幣|元|円|원)\s*")
"""an amount of money alone with its sign or word after the number (``12€``, ``-300元``,
``500円``, ``1000원``)"""
_PERCENT_AMOUNT = re.compile(_AMOUNT + r"(?:\\?%|(?i:percent))\s*")
"""a number and a percent sign or word alone (``42%``, ``42\\%``, ``42 percent``)"""
_DEGREE_AMOUNT = re.compile(_AMOUNT + r"(?:°|\^\s*\{?\s*\\circ\s*\}?)\s*")
"""a number of degrees alone (``30°``, ``30^\\circ``)"""


def _quantity_kind(side: str, unit: str | None) -> tuple[str, bool] | None:
    """What one number stands for, as its sign or word says (``unit``, the unit reader's, a
    currency, ``percent``, degrees), and whether the unit reader named it; None for a bare
    number or anything else."""
    if unit is not None:
        return unit, True
    if (money := _SIGNED_MONEY.fullmatch(side)) is not None:
        return _CURRENCY_SIGNS[money.group(1)], False
    if (money := _MONEY_AFTER.fullmatch(side)) is not None:
        return _CURRENCY_AFTER[money.group(1)], False
    if _PERCENT_AMOUNT.fullmatch(side):
        return "percent", False
    if _DEGREE_AMOUNT.fullmatch(side):
        return "deg", False
    return None


def kinds_differ(
    candidate: str, reference: str, units: tuple[str | None, str | None] | None = None
) -> tuple[str, str] | None:
    """The two kinds when each side is one number of a different kind of quantity and one of
    them is a sign the unit reader leaves (``$42`` and ``42%``, ``5 m`` and ``5%``, ``€5`` and
    ``$5``, ``30°`` and ``30%``): each alone drops its sign against a bare number, but not
    against another kind. Two units the reader names go to it, which converts between them.
    ``units``: the sides' :func:`measurement_unit`, where the caller has read them already."""
    if units is None:
        units = measurement_unit(candidate), measurement_unit(reference)
    kinds = _quantity_kind(candidate, units[0]), _quantity_kind(reference, units[1])
    if kinds[0] is None or kinds[1] is None or kinds[0][0] == kinds[1][0]:
        return None
    if kinds[0][1] and kinds[1][1]:
        return None
    if {kinds[0][0], kinds[1][0]} in _ONE_KIND:
        return None
    return kinds[0][0], kinds[1][0]


_ONE_KIND = (
    {"dollar", "cent"},
    {"deg", "rad"},
    {"yen or yuan", "yen"},
    {"yen or yuan", "yuan"},
)
"""two names of one kind of quantity, which the comparison further on converts between"""
