"""The unit of measurement a one-number answer states, so that ``5 yd`` is not ``5 ft``.

Units after a number are dropped before answers are compared (``5 cm`` is ``5``), which
would make ``5 feet`` equal to ``5 yards``. When both answers are one number followed by a
known unit, the units must agree too: :func:`measurement_unit` reads the unit and names it
canonically (``ft``, ``foot`` and ``feet`` are one unit; ``hr``, ``hrs`` and ``hours`` another),
and two different units make the answers differ; a square or cube is part of the unit
(``6 cm^2``, ``6\text{ cm}^2`` and ``6 cm²`` are one unit, not ``6 cm``). Values are never
converted (``0.5 m`` is not ``50 cm``, as ``0.5`` is not ``50``). A rate is the ratio of two
known units (``m/s``, ``km/h``, ``mi/hr``; ``mph`` is ``mi/h``), so ``2 m/s`` is not ``2 km/h``.
An answer with no unit, a unit outside the table (``apples``, ``sq ft``) or more than one number
says nothing about units.
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.latex_normalize import MATH_DELIMITERS

_SYNONYMS = {
    "mm": "mm millimeter millimeters millimetre millimetres",
    "cm": "cm centimeter centimeters centimetre centimetres",
    "m": "m meter meters metre metres",
    "km": "km kilometer kilometers kilometre kilometres",
    "in": "in inch inches",
    "ft": "ft foot feet",
    "yd": "yd yard yards",
    "mi": "mi mile miles",
    "mg": "mg milligram milligrams",
    "g": "g gram grams",
    "kg": "kg kilogram kilograms",
    "lb": "lb lbs pound pounds",
    "oz": "oz ounce ounces",
    "s": "s sec secs second seconds",
    "min": "min mins minute minutes",
    "h": "h hr hrs hour hours",
    "day": "day days",
    "week": "week weeks",
    "month": "month months",
    "year": "year years yr yrs",
    "ml": "ml mL milliliter milliliters millilitre millilitres",
    "l": "l L liter liters litre litres",
    "gal": "gal gallon gallons",
    "cup": "cup cups",
    "dollar": "dollar dollars",
    "cent": "cent cents",
    "N": "N newton newtons",
    "kN": "kN kilonewton kilonewtons",
    "J": "J joule joules",
    "kJ": "kJ kilojoule kilojoules",
    "W": "W watt watts",
    "kW": "kW kilowatt kilowatts",
    "V": "V volt volts",
    "A": "A amp amps ampere amperes",
    "Hz": "Hz hertz",
    "Pa": "Pa pascal pascals",
    "kPa": "kPa kilopascal kilopascals",
    "mi/h": "mph",
    "km/h": "kph km/h",
}
CANONICAL_UNITS: dict[str, str] = {
    spelling: unit for unit, spellings in _SYNONYMS.items() for spelling in spellings.split()
}
"""each spelling of a unit of measurement, with the one name it stands for"""

_ONE_NUMBER_AND_UNIT = re.compile(
    r"[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)"
    r"(?:\s|\\[ ,;!]|~)*"
    r"(?:\\(?:text|mathrm|textrm|mbox|operatorname)\s*\{\s*)?"
    r"([A-Za-z]+(?:/[A-Za-z]+)?)\.?\s*\}?"
    r"\s*(?:\^\s*\{?\s*([23])\s*\}?|([²³]))?"
)


def measurement_unit(answer: str) -> str | None:
    """The canonical unit ``answer`` states when it is one number and a known unit, else None."""
    if len(answer) > 64 or not any(ch.isalpha() for ch in answer):
        return None
    text = MATH_DELIMITERS.sub("", answer) if "$" in answer or "\\" in answer else answer
    text = text.strip().rstrip(".").strip()
    match = _ONE_NUMBER_AND_UNIT.fullmatch(text)
    if match is None or (unit := _canonical(match.group(1))) is None:
        return None
    power = match.group(2) or {"²": "2", "³": "3", None: ""}[match.group(3)]
    return f"{unit}^{power}" if power else unit


def _canonical(spelling: str) -> str | None:
    """The canonical name of a unit spelling, or of a rate of two known units, else None."""
    if (unit := CANONICAL_UNITS.get(spelling)) is not None or "/" not in spelling:
        return unit
    top, _, bottom = spelling.partition("/")
    parts = CANONICAL_UNITS.get(top), CANONICAL_UNITS.get(bottom)
    return None if None in parts else f"{parts[0]}/{parts[1]}"
