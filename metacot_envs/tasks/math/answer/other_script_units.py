"""Unit words written in another script after a number: ``51 đô la``, ``365 nghìn đồng``, ``12个``.

The English unit rule (:mod:`latex_normalize`) drops known units and lower-case ASCII words
of 3+ letters that trail a number. Words in other scripts cannot be variables (the grammar
reads ASCII letters only), so after a number they are units or counted nouns too:

- a trailing phrase of words after a number goes whole when it holds a letter of another
  script (a rate of two such words, ``км/ч``, is one word) (Latin with diacritics, Cyrillic, Hebrew, Arabic, Indic, Thai, CJK, Hangul), its
  short lower-case ASCII syllables with it (``đô la``: "la" goes with "đô");
- in ``\\text{...}`` after other content, such a phrase goes, as ASCII units do there;
- glued to the number, a run starting with a letter of another script goes (``12个``,
  ``5元``: scripts written without spaces); ASCII letters glued to a number stay variables.

Greek letters are mathematics, not words, and never count as another script; a phrase with
no number before it (``Hà Nội``) is an answer in words and stays as written.
"""

from __future__ import annotations

import re
from decimal import Decimal

from metacot_envs.tasks.math.answer.verdict_words import holds_verdict_word

OTHER_SCRIPT_LETTERS = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # Latin-1 letters and Latin Extended-A/B
    "\u0300-\u036f"  # combining diacritics (decomposed Vietnamese, French, ...)
    "\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f"  # Cyrillic, Hebrew, Arabic, Indic, Thai
    "\u1e00-\u1eff"  # Latin Extended Additional (Vietnamese)
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"  # kana, CJK, Hangul
)
"""letters of scripts other than ASCII and Greek, as a regex character-class body"""

_OTHER_SCRIPT_LETTER = re.compile(f"[{OTHER_SCRIPT_LETTERS}]")
_PHRASE_WORD = re.compile(f"[a-z{OTHER_SCRIPT_LETTERS}]+(?:/[a-z{OTHER_SCRIPT_LETTERS}]+)?")
"""a word of a unit phrase, or a rate of two (``км/ч``, ``м/с``)"""
_GLUED_TAIL = re.compile(f"(.*[0-9}})])([{OTHER_SCRIPT_LETTERS}][a-z{OTHER_SCRIPT_LETTERS}]*)")
CJK_METRIC_UNITS = {
    "平方厘米": "cm^2", "平方米": "m^2", "立方厘米": "cm^3", "立方米": "m^3",
    "平方分米": "dm^2", "立方分米": "dm^3", "平方千米": "km^2", "平方公里": "km^2", "公顷": "ha",
    "公頃": "ha", "分米": "dm", "厘米": "cm", "釐米": "cm", "公分": "cm", "毫米": "mm",
    "千米": "km", "公里": "km",
    "米": "m", "公尺": "m", "千克": "kg", "公斤": "kg", "毫克": "mg", "公克": "g", "克": "g",
    "毫升": "mL", "公升": "L", "升": "L", "秒钟": "s", "秒鐘": "s", "秒": "s",
    "分钟": "min", "分鐘": "min", "小时": "h", "小時": "h", "千瓦": "kW", "瓦": "W",
    "焦耳": "J", "焦": "J", "牛顿": "N", "牛頓": "N", "千瓦时": "kWh", "千瓦時": "kWh",
    "千瓦·时": "kWh", "千瓦·時": "kWh",
}  # fmt: skip
"""Chinese names of metric units, with their SI symbols (simplified and traditional spellings)"""
CJK_METRIC_UNIT_PATTERN = "|".join(sorted(CJK_METRIC_UNITS, key=len, reverse=True))
"""the names of :data:`CJK_METRIC_UNITS` as a regex alternation, longest first"""
CYRILLIC_METRIC_UNITS = {
    "мм": "mm", "см": "cm", "м": "m", "км": "km", "кг": "kg", "мг": "mg", "мл": "mL", "л": "L",
    "мин": "min", "сек": "s", "ч": "h",
}  # fmt: skip
"""Russian symbols of metric units, with their SI symbols (``г`` and ``с`` are left out: after
a number they are as often "year" and "with")"""
MAX_PHRASE_CHARS = 48
"""longer text after a number is never a unit phrase"""


def is_other_script_unit_phrase(content: str) -> bool:
    """Whether ``\\text{...}`` content is a unit phrase in another script (``nghìn đồng``)."""
    words = content.split()
    return (
        0 < len(content) <= MAX_PHRASE_CHARS
        and bool(words)
        and all(_PHRASE_WORD.fullmatch(word) for word in words)
        and _OTHER_SCRIPT_LETTER.search(content) is not None
        and not holds_verdict_word(content)
    )


def strip_other_script_unit_tail(text: str) -> str:
    """``text`` without a unit phrase in another script after its last number, if it has one."""
    if text.isascii():
        return text
    words = text.split()
    kept = len(words)
    while kept > 0 and _PHRASE_WORD.fullmatch(words[kept - 1].rstrip(".")):
        kept -= 1
    run = " ".join(words[kept:])
    glued = _GLUED_TAIL.fullmatch(words[kept - 1]) if kept > 0 else None
    if glued is not None:
        run = f"{glued.group(2)} {run}"
        words[kept - 1] = glued.group(1)
    if not _OTHER_SCRIPT_LETTER.search(run) or len(run) > MAX_PHRASE_CHARS:
        return text
    if holds_verdict_word(run):
        return text
    if kept == 0 or words[kept - 1][-1] not in "0123456789}).":
        return text
    return " ".join(words[:kept])


_CHINESE_MONEY = re.compile(
    r"\s*(?:(?P<yuan>\d{1,12}(?:\.\d{1,6})?)\s*[元圆])?\s*(?:(?P<jiao>\d{1,3})\s*角)?"
    r"\s*(?:(?P<fen>\d{1,3})\s*分)?\s*[。.]?\s*"
)
"""an amount of Chinese money in yuan, jiao (a tenth) and fen (a hundredth): ``1元5角``"""


def money_in_yuan(answer: str) -> str:
    """An amount of Chinese money counted in jiao (``5角``, ``1元5角``, ``2角5分``) as yuan
    (``0.5元``, ``1.5元``, ``0.25元``), so that it compares with a price in yuan; else ``answer``.

    Fen alone (``5分``) stays as written: after a number 分 is as often minutes or points."""
    if "角" not in answer and "分" not in answer:
        return answer
    match = _CHINESE_MONEY.fullmatch(answer)
    if match is None or (match["jiao"] is None and (match["yuan"] is None or match["fen"] is None)):
        return answer
    yuan = Decimal(match["yuan"] or 0) + Decimal(match["jiao"] or 0) / 10
    yuan += Decimal(match["fen"] or 0) / 100
    return f"{format(yuan.normalize(), 'f')}元"
