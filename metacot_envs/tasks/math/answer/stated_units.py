"""The unit of measurement a one-number answer states, so that ``5 yd`` is not ``5 ft``.

Units after a number are dropped before answers are compared (``5 cm`` is ``5``), which would
make ``5 feet`` equal to ``5 yards`` (and ``80 radians`` equal to ``80 degrees``, ``100 USD``
equal to ``100 EUR``). When both
answers are one number followed by a known unit, the units must agree too:
:func:`measurement_unit` reads the unit and names it canonically (``ft``, ``foot`` and ``feet``
are one unit; ``hr``, ``hrs`` and ``hours`` another), and two different units make the answers
differ unless they measure one quantity, while the same unit on both sides leaves the numbers to
compare (``0.64N`` is ``0.6400 N``, where a glued one-letter unit would read as a variable); a
square or cube is part of the unit (``6 cm^2``, ``6\\text{ cm}^2``, ``6 cm²`` and ``6 cm2`` are
one unit, not ``6 cm``; so are ``6 cm**2``, ``6 sq cm`` and ``6 square centimetres``, and a
unit written in capitals, ``84 CM^3``, is that unit). A rate is the ratio of two known units (``m/s``, ``km/h``, ``mi/hr``;
``mph`` is ``mi/h``; ``m s^-2`` and ``m·s⁻²``, :func:`unit_product_as_rate`; ``m / s^2`` with
spaces, :func:`unit_rate_unspaced`), so ``2 m/s`` is not ``2 km/h``; a rate's power is its
denominator's (``m/s^2`` is metres per second squared, so ``981 cm/s^2`` is ``9.81 m/s^2``).
The SI symbols take every prefix from pico to tera (``ms``, ``kHz``, ``GJ``, ``uA``, ``μm``). :func:`same_quantity` converts between units
of one dimension by exact factors (their SI sizes, from :mod:`~metacot_envs.tasks.math.answer.unit_algebra`) (``1000 m`` is ``1 km``, ``12 in`` is ``1 ft``, ``6 cm^2`` is
``0.0006 m^2``, ``6 cm^3`` is ``6 ml``, ``36 km/h`` is ``10 m/s``, ``1000 us`` is ``1 ms``, ``1E6 pm`` is ``1 um``,
``1/1000 kJ`` and ``10**-3 kJ`` are ``1 J``): only a plain decimal number converts (in E
notation, over a whole denominator, as a power or times a power of ten too: ``55.4*10^3 ms`` is
``55.4 s``), the values must agree exactly (``1 mi``
is not ``1.609 km``), and units without one fixed factor (months, years, cups, gallons) never
convert. An answer with no unit, a unit outside the table (``apples``, ``acres``) or more than
one number says nothing about units (a product of units, ``kg m/s^2``, is read by
:mod:`~metacot_envs.tasks.math.answer.unit_algebra`). A value that is not one number keeps its unit too
(:func:`value_unit`: ``9\\pi mm^2`` is not ``9\\pi cm^2``).
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from contextvars import ContextVar, Token
from decimal import Decimal
from fractions import Fraction

from metacot_envs.tasks.math.answer.answer_spelling import decimal_comma_reading
from metacot_envs.tasks.math.answer.latex_normalize import MATH_DELIMITERS
from metacot_envs.tasks.math.answer.other_script_units import (
    CJK_METRIC_UNITS,
    CYRILLIC_METRIC_UNITS,
)
from metacot_envs.tasks.math.answer.plain_spelling import ASCII_LETTER, LETTER_PAIR
from metacot_envs.tasks.math.answer.unit_algebra import unit_size
from metacot_envs.tasks.math.answer.unit_names import canonical_unit

_ONE_NUMBER_AND_UNIT = re.compile(
    r"(?P<number>[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d{1,3}|/[1-9]\d{0,11}"
    r"|\*\*-?\d{1,3}|\s*(?:\*|\\times|×|\\cdot)\s*10\s*(?:\^\s*\{?\s*[-+]?\d{1,3}\s*\}?"
    r"|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))?)"
    r"(?:-(?=[μµ]?[A-Za-z]{2})|(?:\s|\\[ ,;!]|~)*)"
    r"(?:(?P<spatial>sq|square|cu|cubic)\.?\s+)?"
    r"(?:\\(?:text|mathrm|textrm|mbox|operatorname)\s*\{\s*)?"
    r"(?P<unit>[μµ]?[A-Za-z]+(?:/[μµ]?[A-Za-z]+)?|¢)(?:(?P<glued>[23])(?![\d.])|\.?\s*\}?"
    r"\s*(?:(?:\^|\*\*)\s*[{(]?\s*(?P<power>[1-9])\s*[})]?|(?P<glyph>[²³]))?)"
)
"""one number and a unit, its power written ``^2``, ``^(2)``, ``**2``, ``²``, as a digit glued
to the unit (``1 m2``, ``5 cm3``, as typed where no superscript is at hand) or as a word before
it (``sq ft``, ``square metres``, ``cu in``, ``cubic cm``); a hyphen may join the number to a
unit of two letters or more, as an English compound does (``a 78-yard run``)"""
_SPATIAL_POWERS = {"sq": "2", "square": "2", "cu": "3", "cubic": "3"}
_GLYPH_POWERS = {"²": "2", "³": "3", None: ""}


_UNITS_REQUIRED: ContextVar[bool] = ContextVar("metacot_answer_units_required", default=False)


class _RequiringUnits:
    """The block of :func:`requiring_units`: a plain class, not a generator-based context
    manager, since every check opens one; it sets nothing when the value is already current."""

    __slots__ = ("_value", "_token")

    def __init__(self, value: bool) -> None:
        self._value = value
        self._token: Token[bool] | None = None

    def __enter__(self) -> None:
        if _UNITS_REQUIRED.get() is not self._value:
            self._token = _UNITS_REQUIRED.set(self._value)

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            _UNITS_REQUIRED.reset(self._token)
            self._token = None


def requiring_units(required: bool) -> AbstractContextManager[None]:
    """For the checks in this block (in this thread or task only), a reference that is one
    number and a known unit needs that unit stated: a bare number for ``5 m`` is wrong, as
    graders of quantities with units judge (WeBWorK's ``NumberWithUnits``, Moodle's graded
    units). ``False`` keeps the default, where a unit on one side only is dropped."""
    return _RequiringUnits(bool(required))


def units_required() -> bool:
    """Whether the check running in this thread requires the reference's unit."""
    return _UNITS_REQUIRED.get()


def _number_and_unit(answer: str) -> re.Match[str] | None:
    """``answer``, without math delimiters and a closing period, read as one number and a
    unit (:data:`_ONE_NUMBER_AND_UNIT`), or None."""
    text = MATH_DELIMITERS.sub("", answer) if "$" in answer or "\\" in answer else answer
    if "{,}" in text:  # LaTeX's decimal comma (``3{,}5 cm``)
        text = text.replace("{,}", ",")
    return _ONE_NUMBER_AND_UNIT.fullmatch(text.strip().rstrip(".").strip())


def measurement_unit(answer: str) -> str | None:
    """The canonical unit ``answer`` states when it is one number and a known unit, else None."""
    if len(answer) > 64:
        return None
    if answer.isascii():
        if ASCII_LETTER.search(answer) is None:
            return None
    elif not (any(ch.isalpha() for ch in answer) or "¢" in answer):
        return None
    match = _number_and_unit(answer)
    if match is None or (unit := canonical_unit(match["unit"])) is None:
        return None
    power = match["glued"] or match["power"] or _GLYPH_POWERS[match["glyph"]]
    if match["spatial"] is not None:
        power = _SPATIAL_POWERS[match["spatial"]]
    return f"{unit}^{power}" if power not in ("", "1") else unit


_VALUE_AND_UNIT = re.compile(
    r"(?P<value>[^=<>]*?(?:\d|\}|\)|\\pi|π|(?<![A-Za-z])pi))(?:\s|\\[ ,;!]|~)*"
    r"(?:(?P<wrapped>\\(?:text|mathrm|textrm|mbox|operatorname)\s*\{)\s*"
    r"|(?<=[\s,;!~]))"
    r"(?P<unit>[μµ]?[A-Za-z]+(?:/[μµ]?[A-Za-z]+)?)\s*\}?"
    r"\s*(?:(?:\^|\*\*)\s*[{(]?\s*(?P<power>[1-9])\s*[})]?|(?P<glyph>[²³]))?"
)
"""a value that is not one number (``36\\pi``, ``2\\sqrt{3}``, ``\\frac{9}{2}``), a space and a
unit, or the unit in ``\\text{}`` right after the value (``20\\sqrt{3}\\text{ cm}^3``)"""


def value_unit(answer: str, lone_letter: bool = False) -> str | None:
    """The canonical unit after a value that is not one number (``cm^2`` of ``36\\pi cm^2``),
    else None; callers ask it where :func:`measurement_unit` reads no unit. A unit of one
    letter counts only in ``\\text{}`` (``\\frac{41}{11}\\text{ m}``) or when ``lone_letter``
    says the other answer states a unit: alone, a letter after a value may be a variable
    (``2\\pi h``)."""
    if len(answer) > 96 or (
        not lone_letter and "\\" not in answer and not LETTER_PAIR.search(answer)
    ):
        return None
    text = MATH_DELIMITERS.sub("", answer) if "$" in answer or "\\" in answer else answer
    match = _VALUE_AND_UNIT.fullmatch(text.strip().rstrip(".").strip())
    if match is None or (unit := canonical_unit(match.group("unit"))) is None:
        return None
    if len(match["unit"]) == 1 and not (lone_letter or match["wrapped"]):
        return None
    power = match.group("power") or _GLYPH_POWERS[match.group("glyph")]
    return f"{unit}^{power}" if power not in ("", "1") else unit


# The ohm written as its sign (the Greek capital omega or the ohm sign U+2126), SI prefixes too
_OHM_SIGNS = {
    written + sign: prefix + "ohm"
    for sign in ("\u03a9", "\u2126")
    for prefix in ("", "m", "u", "k", "M", "G")
    for written in ((prefix, "μ", "µ") if prefix == "u" else (prefix,))
}
_UNITS_IN_OTHER_SCRIPTS = CJK_METRIC_UNITS | CYRILLIC_METRIC_UNITS | _OHM_SIGNS
_OTHER_SCRIPT_UNIT = "|".join(sorted(_UNITS_IN_OTHER_SCRIPTS, key=len, reverse=True))
_TRAILING_OHM = re.compile(
    r"(?<=[\d})])\s+(?P<sign>(?:" + "|".join(sorted(_OHM_SIGNS, key=len, reverse=True)) + r"))\s*$"
)
"""an ohm sign set apart at the end of an answer (``\\sqrt{10000}/1 Ω``)"""
_RATE_BOTTOMS = (
    CJK_METRIC_UNITS | CYRILLIC_METRIC_UNITS | {"с": "s", "分": "min", "时": "h", "時": "h"}
)
"""units a rate's denominator may name: "км/с" is per second, and after a slash the single
characters 分 and 时 are the minute and the hour (``60米/分``, ``3.6千米/时``)"""
_RATE_BOTTOM = "|".join(sorted(_RATE_BOTTOMS, key=len, reverse=True))
_OTHER_SCRIPT_QUANTITY = re.compile(
    r"(?P<label>\s*[^\W\d_]{1,12}(?:_\{?\w{1,12}\}?)?\s*=\s*)?"
    r"\s*(?P<number>[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+))(?P<space>\s*)"
    r"(?:\\(?:text|mathrm)\s*\{\s*)?(?P<unit>"
    + _OTHER_SCRIPT_UNIT
    + r")(?:\s*/\s*(?P<per>"
    + _RATE_BOTTOM
    + r"))?\s*\}?(?:\^\s*\{?\s*(?P<power>[1-9])\s*\}?|(?P<glyph>[²³]))?\s*[。.]?\s*"
)


_TRAILING_OTHER_SCRIPT_UNIT = re.compile(
    r"(?<=[\d})])\s*(?:\\(?:text|mathrm)\s*\{\s*)?(?P<unit>"
    + _OTHER_SCRIPT_UNIT
    + r")\s*\}?(?:\^\s*\{?\s*(?P<power>[1-9])\s*\}?|(?P<glyph>[²³]))?\s*[。.]?\s*\$?\s*$"
)
"""a metric unit in another script ending an answer whose value is no plain number
(``20\\sqrt{3}\\text{ см}^2``, ``2\\sqrt{3}厘米``)"""


_WRAPPED_QUANTITY = re.compile(r"\s*([\[(])\s*([^()\[\],;]{1,40}?)\s*([\])])\s*")


def quantity_unwrapped(answer: str) -> str:
    """One number and its known unit in a pair of brackets (``[42 cm]``, ``(42 mm)``) as the
    quantity (``42 cm``), so that its unit is read; else ``answer`` (``(42)`` and ``[1, 2]``
    stay as written)."""
    if len(answer) > 48 or not ("[" in answer or "(" in answer):
        return answer
    match = _WRAPPED_QUANTITY.fullmatch(answer)
    if match is None or (match[1] == "[") != (match[3] == "]"):
        return answer
    return match[2] if measurement_unit(match[2]) is not None else answer


_BRACKETED_UNIT = re.compile(
    r"\s*(?P<number>[-+]?(?:\d+(?:\.\d+)?|\.\d+))\s*[(（]\s*(?P<unit>[^()（）\s]{1,12})\s*[)）]"
    r"\s*[。.]?\s*"
)


def unit_out_of_brackets(answer: str) -> str:
    """A number and its unit in brackets, as worksheets print an answer's unit (``3(米)``,
    ``5 (cm)``), as the number and the unit (``3 米``, ``5 cm``) when the bracket holds a known
    unit; else ``answer`` (``3(x)`` is a product)."""
    if "(" not in answer and "（" not in answer:
        return answer
    match = _BRACKETED_UNIT.fullmatch(answer)
    if match is None:
        return answer
    spaced = f"{match['number']} {match['unit']}"
    if measurement_unit(spaced) is None and unit_in_other_script_as_symbol(spaced) == spaced:
        return answer
    return spaced


def unit_in_other_script_as_symbol(answer: str) -> str:
    """A number and a metric unit named in Chinese (``0.12米``, ``12厘米``, ``3千克``) or Russian
    (``12 см``, ``128\\text{ см}^2``, ``90 км/ч``) or an ohm written as its sign (``4.7 kΩ``)
    as the number and the unit's Latin symbol (``0.12 m``, ``128 cm^2``, ``4.7 kohm``; a rate
    too, ``10米/秒`` is ``10 m/s``; a name's label kept, ``S = 60 см^2`` is ``S = 60 cm^2``;
    after a value that is no number, the unit in ``\\text{}``, ``20\\sqrt{3}\\text{ см}^2`` is
    ``20\\sqrt{3}\\text{ cm}^2``), so that units convert; else ``answer``. An ohm sign glued
    to its number stays glued (``2Ω`` may be 2 times Omega, as ``10m`` may be 10 times m)."""
    if answer.isascii():
        return answer
    match = _OTHER_SCRIPT_QUANTITY.fullmatch(MATH_DELIMITERS.sub("", answer))
    if match is None:
        ohm = _TRAILING_OHM.search(answer)  # after a value that is no plain number
        if ohm is not None:
            return f"{answer[: ohm.start()]} {_OHM_SIGNS[ohm['sign']]}"
        tail = _TRAILING_OTHER_SCRIPT_UNIT.search(answer)  # after a value that is no number
        if tail is None or tail["unit"] in _OHM_SIGNS:
            return answer
        power = tail["power"] or _GLYPH_POWERS[tail["glyph"]]
        unit = _UNITS_IN_OTHER_SCRIPTS[tail["unit"]]
        power = f"^{power}" if power not in ("", "1") else ""
        return f"{answer[: tail.start()]}\\text{{ {unit}}}{power}"
    if match["unit"] in _OHM_SIGNS and not match["space"]:
        return answer
    rate = "" if match["per"] is None else f"/{_RATE_BOTTOMS[match['per']]}"
    power = match["power"] or _GLYPH_POWERS[match["glyph"]]
    power = f"^{power}" if power not in ("", "1") else ""
    label = f"{match['label'].strip()} " if match["label"] else ""
    return f"{label}{match['number']} {_UNITS_IN_OTHER_SCRIPTS[match['unit']]}{rate}{power}"


_HYPHENED_UNIT = re.compile(r"(\d)-(?=[μµ]?[A-Za-z]{2})")


def unit_unhyphened(answer: str) -> str:
    """``answer`` with the hyphen of a number joined to its unit as a space (``78-yard`` is
    ``78 yard``), when it is one number and a known unit; else ``answer`` unchanged."""
    if "-" not in answer or not _HYPHENED_UNIT.search(answer) or measurement_unit(answer) is None:
        return answer
    return _HYPHENED_UNIT.sub(r"\1 ", answer, count=1)


_SPACED_RATE = re.compile(
    r"(?<=[\d}])(?P<space>\s+)(?P<top>[μµ]?[A-Za-z]{1,8})(?:\s+/\s*|/\s+)"
    r"(?P<bottom>[μµ]?[A-Za-z]{1,8})(?P<rest>(?:\^\s*\{?\s*[23]\s*\}?|[²³])?\s*\.?\s*)$"
)
"""a value and a rate written with spaces around its slash at the end of an answer
(``9.81 m / s^2``, ``5 km /h``)"""


def unit_rate_unspaced(answer: str) -> str:
    """An answer ending in a value and a rate of two known units written with spaces around its
    slash, with the rate written without them (``9.81 m / s^2`` is ``9.81 m/s^2``), so that it
    is read as the unit it is; else ``answer`` (``3 x / y`` stays a quotient)."""
    if len(answer) > 96 or "/" not in answer:
        return answer
    match = _SPACED_RATE.search(answer)
    if match is None or None in (canonical_unit(match["top"]), canonical_unit(match["bottom"])):
        return answer
    return (
        f"{answer[: match.start()]}{match['space']}{match['top']}/{match['bottom']}{match['rest']}"
    )


_UNIT_OVER_POWER = re.compile(
    r"(?P<number>(?<![\w.])[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+))\s+"
    r"(?:(?P<top>[μµ]?[A-Za-z]{1,5})(?P<top_power>\^\s*\{?\s*[23]\s*\}?|[²³])?"
    r"(?:\s*(?:·|\\cdot|\*)\s*|\s+)(?P<bottom>[μµ]?[A-Za-z]{1,5})"
    r"|(?P<glued>[μµ]?[A-Za-z]{1,4}?)(?P<time>s|h|min))"
    r"(?:\^\s*\{?\s*-\s*(?P<power>[123])\s*\}?|⁻(?P<glyph>[¹²³])|-(?P<typed>[123]))"
    r"(?P<end>\s*\.?\s*)$"
)
"""one number and a unit product with a negative power at the end of an answer, the SI way of
writing a rate (``9.8 m s^-2``, ``9.8 m·s⁻²``, ``9 m s-2``, ``3.0 m s^{-1}``; glued before a
unit of time as students type it, ``3 ms^-2``, ``20 kmh^-1``)"""
_SUPERSCRIPT_DIGITS = {"¹": "1", "²": "2", "³": "3"}


def unit_product_as_rate(answer: str) -> str:
    """An answer ending in one number and two known units, the second to a negative power, with
    them as that rate (``v = 9.8 m s⁻²`` is ``v = 9.8 m/s^2``); else ``answer``. Glued, the
    second unit is one of time, so ``ms^-2`` is metres per second squared, not per millisecond."""
    if len(answer) > 96 or not any(mark in answer for mark in ("-", "⁻")):
        return answer
    match = _UNIT_OVER_POWER.search(answer)
    if match is None:
        return answer
    top = match["top"] or match["glued"]
    bottom = match["bottom"] or match["time"]
    if None in (canonical_unit(top), canonical_unit(bottom)):
        return answer
    power = match["power"] or match["typed"] or _SUPERSCRIPT_DIGITS[match["glyph"]]
    rate = f"{top}{match['top_power'] or ''}/{bottom}" + ("" if power == "1" else f"^{power}")
    return f"{answer[: match.start()]}{match['number']} {rate}{match['end']}"


_NUMBER_TIMES = re.compile(
    r"^(?P<number>\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*\*\s*(?=[μµΩA-Za-z])"
)


def unit_after_times(answer: str) -> str:
    """A number times a known unit, the way pint and sympy write a quantity (``8650*watt``,
    ``1.23*W``), as the number and the unit (``8650 watt``); else ``answer`` (``5*x`` stays a
    product: ``x`` is no unit)."""
    if "*" not in answer or len(answer) > 96:
        return answer
    match = _NUMBER_TIMES.match(answer)
    if match is None:
        return answer
    spaced = f"{match['number']} {answer[match.end() :]}"
    return spaced if measurement_unit(spaced) is not None else answer


_AMOUNT = r"(?:\d+(?:\.\d+)?|\.\d+)"
_UNIT_WORD = r"[μµA-Za-z][μµA-Za-z/^²³0-9]*"
_QUANTITY_SUM = re.compile(
    rf"\s*[-+]?\s*{_AMOUNT}\s*(?P<unit>{_UNIT_WORD})(?:\s*[-+]\s*{_AMOUNT}\s*(?P=unit)){{1,7}}\s*"
)
"""two to eight amounts added or subtracted, each followed by one unit written alike"""
_QUANTITY_TERM = re.compile(rf"([-+]?)\s*({_AMOUNT})\s*{_UNIT_WORD}")


def unit_sum_added(answer: str) -> str:
    """A sum or difference of amounts in one known unit written alike (``2 cm + 3 cm``,
    ``2 m - 0.5 m``), as the one amount it states (``5 cm``); else ``answer`` (``2x + 3x``
    stays: ``x`` is no unit)."""
    if len(answer) > 96 or not ("+" in answer or "-" in answer):
        return answer
    match = _QUANTITY_SUM.fullmatch(answer)
    if match is None or measurement_unit(f"1 {match['unit']}") is None:
        return answer
    total = sum(
        (Decimal(f"{sign}{digits}") for sign, digits in _QUANTITY_TERM.findall(answer)),
        Decimal(0),
    )
    written = format(total, "f")
    return f"{written} {match['unit']}"


_TEMPERATURE = re.compile(
    r"(?P<number>[-+−]?\s*(?:\d+(?:\.\d+)?|\.\d+))\s*"
    r"(?:(?:°|º|\\degree|\\textdegree|\^\s*\{?\s*\\circ\s*\}?)\s*(?:\\(?:text|mathrm)\s*\{\s*)?"
    r"(?P<scale>[CF])\s*\}?|(?P<sign>[℃℉])|\s(?:degrees?|deg)\s+(?P<word>[Cc]elsius|[Ff]ahrenheit))"
    r"\s*\.?\s*"
)
"""a temperature: a number and degrees Celsius or Fahrenheit (``6 °C``, ``6℃``,
``6^{\\circ}\\text{C}``, ``98.6 degrees Fahrenheit``)"""


def temperature_as_unit(answer: str) -> str:
    """A temperature in degrees Celsius or Fahrenheit (``6 °C``, ``6℃``, ``6^\\circ C``) as the
    number and the unit's name (``6 degC``), so that it is a unit, not an angle times ``C``;
    else ``answer``. The scales do not convert (their zeros differ): ``6 degC`` is not ``6 degF``
    or ``279.15 K``, and a bare ``6`` is ``6 degC`` as a bare number is any unit's amount."""
    if len(answer) > 64 or not (
        "C" in answer
        or "F" in answer
        or "℃" in answer
        or "℉" in answer
        or "elsius" in answer
        or "ahrenheit" in answer
    ):
        return answer
    match = _TEMPERATURE.fullmatch(answer.strip())
    if match is None:
        return answer
    scale = match["scale"] or match["sign"] or match["word"]
    name = "degF" if scale in ("F", "℉") or scale.lower() == "fahrenheit" else "degC"
    return f"{match['number'].replace('−', '-').replace(' ', '')} {name}"


_WORKING_THEN_QUANTITY = re.compile(
    r"\s*[\d\s.+\-*/×÷·()]+(?:=[\d\s.+\-*/×÷·()]+)*=(?P<last>[^=]+)"
)
"""arithmetic on numbers alone, then ``=`` and the result (``15-5=10 cm``)"""


def unit_after_working(answer: str) -> str:
    """The result of arithmetic written before it (``15 - 5 = 10 cm`` is ``10 cm``), when the
    result is one number and a known unit, so that its unit is read; else ``answer``."""
    if "=" not in answer or len(answer) > 96:
        return answer
    match = _WORKING_THEN_QUANTITY.fullmatch(answer)
    if match is None or measurement_unit(match["last"]) is None:
        return answer
    return match["last"].strip()


def unit_stands_apart(answer: str) -> bool:
    """Whether the unit :func:`measurement_unit` reads in ``answer`` is written apart from its
    number (``5 m``) or is two letters or more (``24cm2``), so that it cannot be a variable the
    number multiplies (``10m``, ``0.64N``: a product to graders that read algebra)."""
    match = _number_and_unit(answer)
    if match is None:
        return False
    glued = match.string[match.end("number") : match.end("number") + 1].isalpha()
    return len(match["unit"]) >= 2 or not glued


def stated_number(answer: str) -> str:
    """The number of an answer :func:`measurement_unit` reads a unit from (``0.64`` of
    ``0.64N``, glued or spaced, in ``\\text`` or not)."""
    match = _number_and_unit(answer)
    if match is None:
        raise ValueError(f"no number and unit in {answer!r}")
    return match["number"]


_MONEY = {"cent": Fraction(1, 100), "dollar": Fraction(1)}
"""money's units with their size in dollars; every other unit's size is its SI one
(:func:`~metacot_envs.tasks.math.answer.unit_algebra.unit_size`)"""
_PLAIN_NUMBER = re.compile(
    r"\s*([-+]?(?:\d+(?:\.\d+)?|\.\d+))"
    r"(?:[eE]([-+]?\d{1,3})|/([1-9]\d{0,11})|\*\*(-?\d{1,3})"
    r"|\s*(?:\*|\\times|×|\\cdot)\s*10\s*(?:\^\s*\{?\s*([-+]?\d{1,3})\s*\}?"
    r"|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})))?(?![\d,.])"
)
"""a plain decimal number, perhaps in E notation (``1E6``), over a whole denominator
(``1/1000``), raised to a whole power (``10**-3``) or times a power of ten (``55.4*10^3``,
``1.5 \\times 10^{-2}``); decimal commas are read first, as
:func:`decimal_comma_reading` reads them (``0,0084 m²``), so ``1,000`` (thousands or a decimal
comma) is left unconverted"""


def _scale(unit: str) -> tuple[object, Fraction] | None:
    """What a canonical unit measures (its dimension, or money) and its exact size, if it has
    one: ``km/h`` is a speed of 5/18 m/s; months, gallons and cups have none."""
    if unit in _MONEY:
        return "money", _MONEY[unit]
    read = unit_size(unit)
    return None if read is None else (read[1], read[0])


_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _amount(answer: str, size: Fraction) -> Fraction | None:
    """The amount of base units ``answer`` (one plain number and a unit of ``size``) states."""
    text = MATH_DELIMITERS.sub("", answer) if "$" in answer or "\\" in answer else answer
    if "," in text:
        text = decimal_comma_reading(text.replace("{,}", ",")) or text
    number = _PLAIN_NUMBER.match(text)
    if number is None:
        return None
    value = Fraction(number.group(1))
    superscript = number.group(6) and number.group(6).translate(_FROM_SUPERSCRIPT)
    exponent, denominator, power = (
        number.group(2) or number.group(5) or superscript,
        number.group(3),
        number.group(4),
    )
    if exponent is not None:
        value *= Fraction(10) ** int(exponent)
    elif denominator is not None:
        value /= int(denominator)
    elif power is not None:
        if value == 0 and int(power) < 0:
            return None
        value = value ** int(power)
    return value * size


def same_quantity(
    candidate: str, reference: str, units: tuple[str | None, str | None] | None = None
) -> bool:
    """Whether two answers in different units of one kind state the same amount exactly.

    Both must be one plain number and a known unit, as :func:`measurement_unit` reads them;
    ``units`` passes the units already read, so they are not read twice.
    """
    units = units or (measurement_unit(candidate), measurement_unit(reference))
    if units[0] is None or units[1] is None:
        return False
    scales = _scale(units[0]), _scale(units[1])
    if scales[0] is None or scales[1] is None or scales[0][0] != scales[1][0]:
        return False
    amount = _amount(candidate, scales[0][1])
    return amount is not None and amount == _amount(reference, scales[1][1])
