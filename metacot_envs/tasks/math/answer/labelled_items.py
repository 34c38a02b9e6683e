"""A list whose every item is a value after a worded label, read as the list of its values.

``quotient: -3x-2, remainder: -1``, ``商:-3x-2,餘:-1`` and ``Paolo: 18, Qing: 14`` state the
values ``-3x-2, -1`` and ``18, 14``, in their order: the labels name what each value is, as
an answer's items are named in a worked question. Only labels that are words are read so:
one to three words of letters, each of two or more letters or of a script other than Latin,
so a ratio or a map between variables (``x:y``, ``a:b, b:c``) and a time (``4:45``) keep
their colons. Items are cut at top-level commas, or at semicolons when there is no comma;
the full-width colon, comma and semicolon count as theirs. Every item must carry a label and
a value, and there must be two or more items. A label that says "answer" or "result"
(``Reasoning: ..., Answer: 42``) and a value holding two words in a row (prose, not a value)
leave the text as it is.

Parts lettered in order (``a) 27\nb) 8\nc) 12``, ``(a) 5 (b) 6``) or numbered (``(1) x=4 (2)
a=2``, ``⑴ 5 ⑵ 6``, ``① 5 ② 6``), as a multi-part question is answered, state the list of
their values the same way: the labels must run ``a``, ``b``, ... (or 1, 2, ...) from the start
of the text, each after a line break, a space or a separator (full-width too), so ``f(a) = 2``
keeps its argument.
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.answer_spans import ANSWER_WORDS
from metacot_envs.tasks.math.answer.bracket_items import top_level_split

_ANSWER_LABEL_WORD = re.compile(rf"(?i)answer|result|solution|final|{ANSWER_WORDS}|答|結果|结果|解")
_FULL_WIDTH = str.maketrans({"：": ":", "，": ",", "；": ";"})
_LABELLED = re.compile(r"\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*:(.*)", re.DOTALL)
"""one item: a label of one to three words of letters, a colon, then the value"""
_PART_LABEL = re.compile(r"(?:^|(?<=[\s,;，；、]))\(?([a-h])\)[ \t]*")
"""a part's letter label (``a)``, ``(b)``) at the start, after whitespace or a separator"""
_PART_LETTERS = "abcdefgh"
_NUMBERED_PART_LABEL = re.compile(r"(?:^|(?<=[\s,;，；、]))(?:\(([1-8])\)|([⑴-⑻])|([①-⑧]))[ \t]*")
"""a part's number label in parentheses or circled (``(1)``, ``⑵``, ``③``), placed as a letter
label is"""
_PART_NUMBERS = "12345678"
MAX_LABELLED_LIST_CHARS = 1000
"""longer texts are never read as a labelled list (an answer's list is short): the reading
stays linear in the text's length"""


def labelled_items_as_list(text: str) -> str:
    """``text`` as the comma list of its values when every item is a worded label and a
    value; otherwise ``text`` as it is."""
    if (":" not in text and "：" not in text) or len(text) > MAX_LABELLED_LIST_CHARS:
        return text
    plain = text.translate(_FULL_WIDTH)
    separator = "," if "," in plain else ";"
    items = top_level_split(plain, separator)
    if items is None or len(items) < 2:
        return text
    values = []
    for item in items:
        labelled = _LABELLED.fullmatch(item)
        if labelled is None or not _is_worded(labelled.group(1)):
            return text
        value = labelled.group(2).strip()
        if (
            not value
            or ":" in value
            or _is_prose(value)
            or _ANSWER_LABEL_WORD.search(labelled.group(1))
        ):
            return text
        values.append(value)
    return ", ".join(values)


def lettered_parts_as_list(text: str) -> str:
    """``text`` as the comma list of its parts' values when it is parts lettered in order from
    ``a`` (or numbered from 1: ``(1) x=4 (2) a=2``, ``⑴ 5 ⑵ 6``); otherwise ``text`` as it
    is."""
    if len(text) > MAX_LABELLED_LIST_CHARS:
        return text
    if "a)" in text:
        labels = list(_PART_LABEL.finditer(text))
        names, order = "".join(label.group(1) for label in labels), _PART_LETTERS
    elif "(1)" in text or "⑴" in text or "①" in text:
        labels = list(_NUMBERED_PART_LABEL.finditer(text))
        names, order = "".join(_part_number(label) for label in labels), _PART_NUMBERS
    else:
        return text
    if len(labels) < 2 or text[: labels[0].start()].strip() or names != order[: len(labels)]:
        return text
    ends = [label.start() for label in labels[1:]] + [len(text)]
    values = [
        text[label.end() : end].strip().strip(",;").strip()
        for label, end in zip(labels, ends, strict=True)
    ]
    if any(not value or _is_prose(value) for value in values):
        return text
    return ", ".join(values)


def _part_number(label: re.Match[str]) -> str:
    """The digit a numbered part's label stands for (``(2)``, ``⑵`` and ``②`` are ``2``)."""
    if label.group(1) is not None:
        return label.group(1)
    if label.group(2) is not None:
        return str(ord(label.group(2)) - ord("⑴") + 1)
    return str(ord(label.group(3)) - ord("①") + 1)


def is_labelled_list(text: str) -> bool:
    """Whether the whole of ``text`` is a list of labelled values or lettered parts: a bare
    answer, whose labels are not sentences to search for the answer."""
    if len(text) > MAX_LABELLED_LIST_CHARS:
        return False
    whole = text.strip()
    if "\n" not in whole and labelled_items_as_list(whole) != whole:
        return True
    return lettered_parts_as_list(whole) != whole


def _is_prose(value: str) -> bool:
    """Whether ``value`` holds two words of two or more letters in a row."""
    words = [word.strip(".,;!?") for word in value.split()]
    return any(
        len(first) >= 2 and len(second) >= 2 and first.isalpha() and second.isalpha()
        for first, second in zip(words, words[1:], strict=False)
    )


def _is_worded(label: str) -> bool:
    return all(len(word) >= 2 or not word.isascii() for word in label.split())
