"""The names of units of measurement: every spelling of a known unit with its one canonical name.

A table only (no parsing of answers), so that both the unit reader
(:mod:`~metacot_envs.tasks.math.answer.stated_units`) and the answer search can ask whether a
word names a unit: ``ft``, ``foot`` and ``feet`` are ``ft``; the SI symbols take every prefix
from pico to tera (``ms``, ``kHz``, ``GJ``, ``uA``, ``μm``); a rate is two known units over each
other (``km/h``). Units of time are also named in Spanish where the spelling is plain ASCII
(``horas``, ``dias``, ``semanas``; ``segundo`` alone is left out, it is also the ordinal
"second"), as Spanish cardinals are read (``cinco horas`` is not ``5 minutos``). The unit
reader takes ASCII letters only, so ``días`` and ``años`` are not read as units yet.
"""

from __future__ import annotations

_SYNONYMS = {
    "mm": "mm millimeter millimeters millimetre millimetres",
    "um": "micron microns micrometer micrometers micrometre micrometres",
    "nm": "nanometer nanometers nanometre nanometres",
    "cm": "cm centimeter centimeters centimetre centimetres",
    "m": "m meter meters metre metres",
    "km": "km kilometer kilometers kilometre kilometres",
    "in": "in inch inches",
    "ft": "ft foot feet",
    "yd": "yd yard yards",
    "mi": "mi mile miles",
    "mg": "mg milligram milligrams",
    "g": "g gm gms gram grams",
    "kg": "kg kilogram kilograms",
    "lb": "lb lbs pound pounds",
    "oz": "oz ounce ounces",
    "s": "s sec secs second seconds segundos",
    "ms": "millisecond milliseconds",
    "us": "microsecond microseconds",
    "ns": "nanosecond nanoseconds",
    "min": "min mins minute minutes minuto minutos",
    "h": "h hr hrs hour hours hora horas",
    "day": "day days dia dias",
    "week": "week weeks semana semanas",
    "month": "month months mes meses",
    "year": "year years yr yrs",
    "ml": "ml mL milliliter milliliters millilitre millilitres",
    "l": "l L liter liters litre litres",
    "gal": "gal gallon gallons",
    "cup": "cup cups",
    "dollar": "dollar dollars USD",
    "euro": "euro euros EUR",
    "cent": "cent cents ¢",
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
    "mol": "mol mole moles",
    "K": "K kelvin kelvins",
    "H": "H henry henries henrys",
    "ohm": "ohm ohms",
    "kPa": "kPa kilopascal kilopascals",
    "deg": "deg degree degrees",
    "degC": "degC celsius Celsius",
    "degF": "degF fahrenheit Fahrenheit",
    "rad": "rad rads radian radians",
    "mi/h": "mph",
    "km/h": "kph km/h",
}
SI_PREFIXES = {"p": "1/1000000000000", "n": "1/1000000000", "u": "1/1000000", "m": "1/1000",
                "k": "1000", "M": "1000000", "G": "1000000000", "T": "1000000000000"}  # fmt: skip
"""SI prefixes read on the symbols of :data:`SI_SYMBOLS` (``ms``, ``kHz``, ``uA``; ``μ`` and
``µ`` are ``u``)"""
SI_SYMBOLS = {"m": "length", "g": "mass", "s": "time", "l": "volume", "N": "force",
               "J": "energy", "W": "power", "Pa": "pressure", "A": "current", "V": "voltage",
               "Hz": "frequency", "mol": "amount of substance", "H": "inductance",
               "ohm": "resistance", "F": "capacitance", "C": "charge"}  # fmt: skip
"""SI symbols that take a prefix, with the kind of quantity each measures; the farad and the
coulomb count only with a prefix (``μF``, ``nC``): a bare ``F`` or ``C`` is as often a name
(the constant of integration ``+ C``)"""
_PREFIXED_SPELLINGS = {
    written + symbol_spelling: prefix + symbol
    for symbol in SI_SYMBOLS
    for symbol_spelling in ((symbol, "L") if symbol == "l" else (symbol,))
    for prefix in SI_PREFIXES
    for written in ((prefix, "μ", "µ") if prefix == "u" else (prefix,))
}
"""every prefixed symbol as written (``mN``, ``GJ``, ``μL``), with its canonical name"""
CANONICAL_UNITS: dict[str, str] = _PREFIXED_SPELLINGS | {
    spelling: unit for unit, spellings in _SYNONYMS.items() for spelling in spellings.split()
}
"""each spelling of a unit of measurement, with the one name it stands for"""


def canonical_unit(spelling: str) -> str | None:
    """The canonical name of a unit spelling, or of a rate of two known units, else None."""
    if (unit := CANONICAL_UNITS.get(spelling)) is not None:
        return unit
    if len(spelling) > 1 and spelling.isupper() and spelling.isalpha() and spelling != "MM":
        # written in capitals (``84 CM^3``); ``MM`` is finance's million (``1.4MM``)
        return CANONICAL_UNITS.get(spelling.lower())
    if "/" not in spelling:
        return None
    top, _, bottom = spelling.partition("/")
    parts = CANONICAL_UNITS.get(top), CANONICAL_UNITS.get(bottom)
    return None if None in parts else f"{parts[0]}/{parts[1]}"
