"""A whole answer written as a Spanish cardinal: ``treinta y dos`` is 32, ``dos mil quinientos``
is 2500.

Read like :mod:`english_numerals`: only an answer that is nothing but the numeral (and perhaps
one word after it, kept as written: ``cuarenta y cinco años`` is ``45 años``), bare or in one
``\\text{}``, in any letter case, accents optional (``dieciseis`` is ``dieciséis``):

- ``cero`` to ``quince``; ``dieciséis`` to ``diecinueve`` and ``veinte`` to ``veintinueve`` as
  one word; the tens from ``treinta`` with ``y`` and a unit (``noventa y nueve``);
- ``cien`` (100 alone or before a scale), ``ciento`` before more (``ciento uno``) and the
  hundreds ``doscientos`` to ``novecientos`` (feminine ``-as`` too);
- ``mil`` (alone 1000, ``dos mil``; ``un mil`` too, as some regions say it and
  Luissalet/GaltonsHoard's checker reads it), ``millón`` / ``millones`` (``un millón``, ``tres
  millones``);
- ``menos`` in front for the sign (``menos siete`` is -7).

``un`` / ``una`` / ``veintiún`` are the apocopated ``uno``. ``once`` alone stays a word (the
English "once" is likelier than eleven; ``once mil`` is read). Ordinals (``el octavo``) are
read by :mod:`ordinal_numerals`; ``un octavo`` is left alone, as the fraction 1/8 it also is. Nor are fractions or
spoken decimals read. Luissalet/GaltonsHoard's checker accepts Spanish cardinals on an answer
line (``Respuesta: treinta y dos`` for 32); a fixed table reads the words, nothing is evaluated.
"""

from __future__ import annotations

import re
import unicodedata

from metacot_envs.tasks.math.answer.english_numerals import numeral_text

MAX_NUMERAL_WORDS = 16
"""an answer of more words is never read as a numeral"""
MAX_NUMERAL_CHARS = 160
"""nor one of more characters"""

_UNITS = {
    word: value
    for value, word in enumerate(
        "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
        "dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres "
        "veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve".split()
    )
}
_UNITS.update({"un": 1, "una": 1, "veintiun": 21, "veintiuna": 21})
_TENS = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90,
}  # fmt: skip
_HUNDREDS = {
    "ciento": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400,
    "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800,
    "novecientos": 900,
}  # fmt: skip
_HUNDREDS.update({word[:-2] + "as": value for word, value in _HUNDREDS.items() if value > 100})
_MILLIONS = frozenset({"millon", "millones"})
_NUMBER_WORDS = frozenset({*_UNITS, *_TENS, *_HUNDREDS, *_MILLIONS, "cien", "mil", "y", "menos"})
_SHAPE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,15}[ \t]*\.?")


def number_from_spanish(text: str) -> str | None:
    """The digits a Spanish cardinal answer states (``treinta y dos`` → ``32``), a word after
    it kept (``cuarenta y cinco años`` → ``45 años``), or None."""
    stripped = numeral_text(text)
    if not stripped or len(stripped) > MAX_NUMERAL_CHARS or not _SHAPE.fullmatch(stripped):
        return None
    shown = stripped.rstrip(".").split()
    words = [folded_word(word) for word in shown]
    if len(words) > MAX_NUMERAL_WORDS:
        return None
    unit = ""
    if len(words) > 1 and words[-1] not in _NUMBER_WORDS:
        unit, words = " " + shown[-1], words[:-1]
    if words == ["once"]:
        return None  # alone, the English word more likely than the Spanish eleven
    sign = ""
    if words[:1] == ["menos"]:
        sign, words = "-", words[1:]
    value = _cardinal(words)
    return None if value is None else f"{sign}{value}{unit}"


def folded_word(word: str) -> str:
    """``word`` in lower case without accents (``Dieciséis`` → ``dieciseis``)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _cardinal(words: list[str]) -> int | None:
    """The value of cardinal number words, or None when they are not one well-formed number
    (``dos tres``, ``mil millones dos mil`` and ``treinta y`` are not)."""
    if words == ["cero"]:
        return 0
    total, group, last = 0, 0, ""
    ceiling: int | None = None
    for word in words:
        if word in _UNITS and word != "cero":
            value = _UNITS[word]
            if group % 100 and not (last == "y" and value < 10):
                return None
            group += value
        elif word == "y":
            if last not in _TENS:
                return None
        elif word in _TENS:
            if group % 100:
                return None
            group += _TENS[word]
        elif word in _HUNDREDS or word == "cien":
            if group:
                return None
            group = 100 if word == "cien" else _HUNDREDS[word]
        elif word == "mil":
            if ceiling is not None and ceiling <= 1000:
                return None
            total, group, ceiling = total + (group or 1) * 1000, 0, 1000
        elif word in _MILLIONS:
            if group == 0 or ceiling is not None or (group == 1) != (word == "millon"):
                return None
            total, group, ceiling = group * 10**6, 0, 10**6
        else:
            return None
        if last == "y" and not (word in _UNITS and _UNITS[word] < 10):
            return None
        if last == "cien" and word not in ("mil", *_MILLIONS):
            return None  # "cien" is 100 alone or before a scale; "ciento" goes before more
        if last == "ciento" and word in ("mil", *_MILLIONS):
            return None
        last = word
    if not words or last in ("y", "ciento"):
        return None
    return total + group
