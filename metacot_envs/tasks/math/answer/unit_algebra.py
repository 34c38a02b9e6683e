"""Compound units: ``5 kg m/s^2`` is ``5 N`` and not ``5 kg m/s``.

The unit reader (:mod:`~metacot_envs.tasks.math.answer.stated_units`) reads one unit or a rate
of two; a product of units (``kg m/s^2``, ``N m``, ``kWh``, ``J/(kg K)``) was dropped as unit
words, so ``5 kg m/s^2`` matched ``5 kg m/s`` and ``5 N m`` matched ``5 W``. Here a unit
expression is read as a product of powers of known units, each an exact multiple of the SI base
units, and stands for its size and its dimension (the powers of metre, kilogram, second,
ampere, kelvin and mole): two quantities of different dimensions differ, and two of one
dimension state the same amount when their amounts agree exactly (``-10.5 kg m/s^2`` is
``-10500 g m/s^2``, ``5 N m`` is ``5 J``; ``1 mi`` is still not ``1.609 km``).

Factors are separated by spaces, ``*``, ``·`` or ``\\cdot``; everything after a ``/`` divides
(``m/s/s`` is ``m/s^2``; a parenthesised group, ``J/(kg K)``, divides whole); a power is written
``^2``, ``^{-2}``, ``^(-2)``, ``**2``, ``²`` or ``⁻¹``. Every factor must be a known unit, or
the text is no unit expression. Only an answer that is one number and such an expression is
read, and only when both answers are: a unit on one side only is dropped, as before.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import cast

from metacot_envs.tasks.math.answer.unit_names import SI_PREFIXES

Dimension = tuple[int, int, int, int, int, int]
"""powers of metre, kilogram, second, ampere, kelvin and mole"""


def _dims(*parts: tuple[Dimension, int]) -> Dimension:
    total = [0] * 6
    for base, power in parts:
        for index, value in enumerate(base):
            total[index] += value * power
    return cast(Dimension, tuple(total))


_M, _KG, _S, _A, _K, _MOL = (
    cast(Dimension, tuple(int(i == j) for j in range(6))) for i in range(6)
)


_NEWTON = _dims((_KG, 1), (_M, 1), (_S, -2))
_JOULE = _dims((_NEWTON, 1), (_M, 1))
_WATT = _dims((_JOULE, 1), (_S, -1))
_VOLT = _dims((_WATT, 1), (_A, -1))
_PREFIXED: dict[str, tuple[Fraction, Dimension]] = {
    "m": (Fraction(1), _M),
    "g": (Fraction(1, 1000), _KG),
    "s": (Fraction(1), _S),
    "A": (Fraction(1), _A),
    "K": (Fraction(1), _K),
    "mol": (Fraction(1), _MOL),
    "N": (Fraction(1), _NEWTON),
    "J": (Fraction(1), _JOULE),
    "W": (Fraction(1), _WATT),
    "Pa": (Fraction(1), _dims((_NEWTON, 1), (_M, -2))),
    "Hz": (Fraction(1), _dims((_S, -1))),
    "C": (Fraction(1), _dims((_A, 1), (_S, 1))),
    "V": (Fraction(1), _VOLT),
    "ohm": (Fraction(1), _dims((_VOLT, 1), (_A, -1))),
    "H": (Fraction(1), _dims((_VOLT, 1), (_S, 1), (_A, -1))),
    "F": (Fraction(1), _dims((_A, 1), (_S, 1), (_VOLT, -1))),
    "L": (Fraction(1, 1000), _dims((_M, 3))),
    "l": (Fraction(1, 1000), _dims((_M, 3))),
    "Wh": (Fraction(3600), _JOULE),
    "eV": (Fraction("1.602176634e-19"), _JOULE),
}
"""SI symbols (and the litre, the watt-hour and the electronvolt), which take every prefix"""
_PREFIXES = {
    **{prefix: Fraction(size) for prefix, size in SI_PREFIXES.items()},
    "μ": Fraction(1, 10**6),
    "µ": Fraction(1, 10**6),
}
_CENTI_DECI = {"cm": "m", "dm": "m", "cL": "L", "dL": "L", "cl": "l", "dl": "l"}
_OTHER: dict[str, tuple[Fraction, Dimension]] = {
    "min": (Fraction(60), _S),
    "h": (Fraction(3600), _S),
    "hr": (Fraction(3600), _S),
    "day": (Fraction(86400), _S),
    "week": (Fraction(604800), _S),
    "ha": (Fraction(10000), _dims((_M, 2))),
    "in": (Fraction("0.0254"), _M),
    "ft": (Fraction("0.3048"), _M),
    "yd": (Fraction("0.9144"), _M),
    "mi": (Fraction("1609.344"), _M),
    "lb": (Fraction("0.45359237"), _KG),
    "oz": (Fraction("0.028349523125"), _KG),
    "bar": (Fraction(100000), _dims((_NEWTON, 1), (_M, -2))),
    "atm": (Fraction(101325), _dims((_NEWTON, 1), (_M, -2))),
    "cal": (Fraction("4.184"), _JOULE),
    "kcal": (Fraction(4184), _JOULE),
}
"""units outside the SI prefixes' reach, with their exact size in SI base units"""
_NAMES = {
    "metre": "m", "meter": "m", "gram": "g", "second": "s", "sec": "s", "newton": "N",
    "joule": "J", "watt": "W", "pascal": "Pa", "hertz": "Hz", "coulomb": "C", "volt": "V",
    "ampere": "A", "amp": "A", "kelvin": "K", "mole": "mol", "litre": "L", "liter": "L",
    "minute": "min", "hour": "h", "inch": "in", "foot": "ft", "feet": "ft", "mile": "mi",
    "pound": "lb", "inches": "in", "hectare": "ha",
}  # fmt: skip
"""unit names, singular (a final ``s`` is read off: ``metres``, ``seconds``)"""
_NAME_PREFIXES = {"kilo": "k", "centi": "c", "milli": "m", "micro": "u", "nano": "n", "mega": "M", "giga": "G"}  # fmt: skip

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SUPERSCRIPT_POWER = re.compile(r"([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_POWER_SPELLINGS = re.compile(r"\s*(?:\^|\*\*)\s*[{(]?\s*([-+]?\d{1,2})\s*[})]?")
_FACTOR = re.compile(r"([μµ]?[A-Za-z]+)(?:\^([-+]?\d{1,2}))?")
_QUANTITY = re.compile(
    r"\s*(?P<number>[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d{1,3})?)"
    r"(?:\s*(?:\*|\\times|×)\s*10\s*\^\s*\{?\s*(?P<exponent>[-+]?\d{1,3})\s*\}?)?"
    r"(?P<unit>(?:\s|\\[ ,;]|~)*(?:\\(?:text|mathrm)\s*\{)?[μµA-Za-z].*)"
)
_HAS_LETTER = re.compile(r"[A-Za-zμµ]")
MAX_UNIT_CHARS = 64
"""longer unit text is never read"""


def unit_size(unit: str) -> tuple[Fraction, Dimension] | None:
    """The size in SI base units and the dimension of a unit expression (``kg m/s^2``:
    ``(1, kg m s^-2)``), or None when any factor is no known unit."""
    text = _plain(unit)
    if text is None:
        return None
    size, dimension = Fraction(1), [0] * 6
    for group_index, group in enumerate(_groups(text)):
        sign = 1 if group_index == 0 else -1
        factors = group.split()
        if not factors:
            return None
        for factor in factors:
            read = _factor(factor)
            if read is None:
                return None
            (factor_size, factor_dimension), power = read
            size *= factor_size ** (sign * power)
            for index, value in enumerate(factor_dimension):
                dimension[index] += sign * power * value
    return size, cast(Dimension, tuple(dimension))


def quantity(answer: str) -> tuple[str, Fraction, str, Fraction, Dimension] | None:
    """``answer`` read as one number and a unit expression: the number as written, its
    value, the unit as written, and the unit's size and dimension; None for anything else."""
    if len(answer) > MAX_UNIT_CHARS + 32 or not _HAS_LETTER.search(answer):
        return None
    match = _QUANTITY.fullmatch(answer.strip().strip("$").strip().rstrip(".").strip())
    if match is None:
        return None
    read = unit_size(match["unit"])
    if read is None:
        return None
    value = Fraction(match["number"])
    number = match["number"]
    if match["exponent"] is not None:
        value *= Fraction(10) ** int(match["exponent"])
        number = f"{number}e{match['exponent']}"
    return number, value, match["unit"].strip(), read[0], read[1]


_VALUE_END = re.compile(r"[\d)}\]]$")
"""the end of a word that closes a value (``sqrt(4)``, ``\\frac{1}{2}``, ``2*3``)"""


def trailing_unit(answer: str) -> tuple[str, str, Fraction, Dimension] | None:
    """The value and the unit expression ending an answer whose value is not one number
    (``sqrt(4)`` and ``kg m/s^2`` of ``sqrt(4) kg m/s^2``), with the unit's size and
    dimension, else None.

    The unit is the longest run of last words that :func:`unit_size` reads, after a word that
    closes a value. It must hold a factor of two letters or more, or a ``/``: one letter after a
    value alone may be a variable (``2\\pi h``). Both answers' values are compared elsewhere;
    this only lets two answers ending in units of different sizes or dimensions be told apart
    after the normalizer drops their unit words.
    """
    if len(answer) > MAX_UNIT_CHARS + 96 or not _HAS_LETTER.search(answer):
        return None
    words = answer.strip().strip("$").strip().rstrip(".").split()
    for start in range(1, len(words)):
        if not _VALUE_END.search(words[start - 1]):
            continue
        unit = " ".join(words[start:])
        if "/" not in unit and not any(len(match[1]) > 1 for match in _FACTOR.finditer(unit)):
            return None
        read = unit_size(unit)
        if read is not None:
            return " ".join(words[:start]), unit, read[0], read[1]
    return None


def compare_quantities(candidate: str, reference: str) -> tuple[bool, str] | tuple[str, str] | None:
    """Two answers that are each one number and a unit expression: ``(False, reason)`` when
    their dimensions differ; ``(True, reason)`` or ``(False, reason)`` when their units differ
    in size only, by their amounts compared exactly; the two numbers as written when the units
    are one (to be compared as numbers are); None when either answer is not such a quantity."""
    first = quantity(candidate)
    second = None if first is None else quantity(reference)
    if first is None or second is None:
        return None
    number, value, unit, size, dimension = first
    other, other_value, other_unit, other_size, other_dimension = second
    if dimension != other_dimension:
        return False, f"different units: {unit} vs {other_unit}"
    if size == other_size:
        return number, other
    if value * size == other_value * other_size:
        return True, f"one quantity in {unit} and {other_unit}"
    return False, f"values differ (in {unit} and {other_unit})"


def _plain(unit: str) -> str | None:
    """The unit text with markup, products and power spellings made plain (``m s^-2``)."""
    text = unit.strip()
    if len(text) > MAX_UNIT_CHARS:
        return None
    text = re.sub(r"\\(?:text|mathrm)\s*\{([^{}]*)\}", r" \1 ", text)
    text = re.sub(r"\\[ ,;]|~|\\cdot|·|\*(?!\*)", " ", text)
    text = _SUPERSCRIPT_POWER.sub(lambda m: "^" + m.group(1).translate(_SUPERSCRIPTS), text)
    text = _POWER_SPELLINGS.sub(lambda m: "^" + m.group(1).lstrip("+"), text)
    if re.search(r"[^A-Za-zμµ0-9^/() \-]", text):
        return None
    return text


def _groups(text: str) -> list[str]:
    """The numerator and each divisor of ``a b / c / (d e)``, parentheses taken off."""
    parts = [part.strip() for part in text.split("/")]
    groups = []
    for part in parts:
        if part.startswith("(") and part.endswith(")"):
            part = part[1:-1]
        if "(" in part or ")" in part:
            return [""]
        groups.append(part)
    return groups


def _factor(factor: str) -> tuple[tuple[Fraction, Dimension], int] | None:
    match = _FACTOR.fullmatch(factor)
    if match is None:
        return None
    size = _known(match[1])
    return None if size is None else (size, int(match[2] or 1))


def _known(symbol: str) -> tuple[Fraction, Dimension] | None:
    """A known unit symbol or name, prefixed or not, with its size and dimension."""
    if symbol in _OTHER:
        return _OTHER[symbol]
    if symbol in _PREFIXED:
        return _PREFIXED[symbol]
    if symbol in _CENTI_DECI:
        base = _PREFIXED[_CENTI_DECI[symbol]]
        return Fraction(1, 100 if symbol[0] == "c" else 10) * base[0], base[1]
    if len(symbol) > 1 and symbol[0] in _PREFIXES and symbol[1:] in _PREFIXED:
        base = _PREFIXED[symbol[1:]]
        return _PREFIXES[symbol[0]] * base[0], base[1]
    name = symbol.lower()
    for prefix_name, prefix in (("", ""), *_NAME_PREFIXES.items()):
        if not name.startswith(prefix_name):
            continue
        stem = name[len(prefix_name) :]
        for spelling in (stem, stem[:-1] if stem.endswith("s") else stem):
            if spelling in _NAMES:
                unit = _NAMES[spelling]
                return _known(prefix + unit) if prefix else _known(unit)
    return None
