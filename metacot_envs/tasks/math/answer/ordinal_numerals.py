"""A whole answer that is one ordinal in English or Spanish words: ``tenth`` is 10, ``el
octavo`` is 8, ``the third day`` is 3, ``vigésimo primero`` is 21.

Only an answer that is nothing but the ordinal, perhaps after an article (``the``, ``el``,
``la``, ``lo``) and perhaps with one word after it (``el primer día``), is read, in any letter
case, Spanish accents optional. Read forms:

- English ``first`` to ``nineteenth``, the tens ``twentieth`` to ``ninetieth``, and a ten with a
  unit's ordinal (``twenty-first``, ``thirty second``);
- Spanish ``primero`` (``primer``) to ``noveno``, ``décimo``, ``undécimo``, ``duodécimo``, the
  tens ``vigésimo`` to ``nonagésimo``, and a ten with a unit's ordinal, in one word or two
  (``decimotercero``, ``décimo tercero``, ``vigésimo primero``), masculine or feminine.

An ordinal after ``a``, ``one`` or ``un`` is a fraction's denominator (``a third``, ``un
octavo`` is 1/8) and is left to the cardinal readers. ``second`` and ``segundo`` alone name a
unit of time as often as a rank: they are read only after an article.
Luissalet/GaltonsHoard's checker accepts ordinals on an answer line (``Respuesta: el octavo``
for 8, ``Answer: twenty-first`` for 21) and no suite in the table refuses one; a fixed table
reads the words, nothing is evaluated. The result is the digits, with the word after the
ordinal kept as written (``el primer día`` is ``1 día``), or None.
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.english_numerals import numeral_text
from metacot_envs.tasks.math.answer.spanish_numerals import folded_word

MAX_ORDINAL_CHARS = 48
"""a longer answer is never read as an ordinal"""

_ENGLISH_UNITS = {
    word: value
    for value, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
        start=1,
    )
}
_ENGLISH_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_ENGLISH_TENTHS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_SPANISH_UNITS = {
    "primero": 1, "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3, "cuarto": 4, "quinto": 5,
    "sexto": 6, "septimo": 7, "setimo": 7, "octavo": 8, "noveno": 9,
}  # fmt: skip
_SPANISH_UNITS |= {
    word[:-1] + "a": value for word, value in _SPANISH_UNITS.items() if word[-1] == "o"
}
_SPANISH_TENS = {
    "decimo": 10, "vigesimo": 20, "trigesimo": 30, "cuadragesimo": 40, "quincuagesimo": 50,
    "sexagesimo": 60, "septuagesimo": 70, "octogesimo": 80, "nonagesimo": 90,
}  # fmt: skip
_SPANISH_TENS |= {word[:-1] + "a": value for word, value in _SPANISH_TENS.items()}
_SPANISH_ONE_WORD = {"undecimo": 11, "undecima": 11, "duodecimo": 12, "duodecima": 12}
_ARTICLES = frozenset({"the", "el", "la", "lo"})
_TIME_UNITS = frozenset({"second", "segundo", "segunda"})
_SHAPE = re.compile(r"[^\W\d_]+(?:(?:[ \t]+|[ \t]*-[ \t]*)[^\W\d_]+){0,4}[ \t]*\.?")


def number_from_ordinal(text: str) -> str | None:
    """The digits an ordinal answer states (``el octavo`` → ``8``), a word after it kept
    (``el primer día`` → ``1 día``), or None."""
    stripped = numeral_text(text)
    if not stripped or len(stripped) > MAX_ORDINAL_CHARS or not _SHAPE.fullmatch(stripped):
        return None
    shown = re.split(r"[ \t]*-[ \t]*|[ \t]+", stripped.rstrip(".").strip())
    words = [folded_word(word) for word in shown]
    article = words[0] in _ARTICLES
    if article:
        shown, words = shown[1:], words[1:]
    for length in (2, 1):  # "décimo tercero" is 13, not 10 and a word
        if len(words) < length or len(words) > length + 1:
            continue
        value = _ordinal(words[:length])
        if value is None:
            continue
        if length == 1 and words[0] in _TIME_UNITS and not article:
            return None
        after = f" {shown[length]}" if len(words) > length else ""
        return f"{value}{after}"
    return None


def _ordinal(words: list[str]) -> int | None:
    """The value of one ordinal in one or two words, or None."""
    if len(words) == 1:
        word = words[0]
        for table in (_ENGLISH_UNITS, _ENGLISH_TENTHS, _SPANISH_UNITS, _SPANISH_TENS):
            if word in table:
                return table[word]
        if word in _SPANISH_ONE_WORD:
            return _SPANISH_ONE_WORD[word]
        for ten, value in _SPANISH_TENS.items():  # "decimotercero", "vigesimoprimera"
            stem = ten[:-1]
            if word.startswith(stem) and word[len(stem) + 1 :] in _SPANISH_UNITS:
                if word[len(stem)] == ten[-1]:
                    return value + _SPANISH_UNITS[word[len(stem) + 1 :]]
        return None
    ten, unit = words
    if ten in _ENGLISH_TENS and unit in _ENGLISH_UNITS and _ENGLISH_UNITS[unit] < 10:
        return _ENGLISH_TENS[ten] + _ENGLISH_UNITS[unit]
    if ten in _SPANISH_TENS and unit in _SPANISH_UNITS:
        return _SPANISH_TENS[ten] + _SPANISH_UNITS[unit]
    return None
