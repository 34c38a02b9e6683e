r"""A system written as an environment of rows, read as the list of its rows.

A whole answer that is a ``cases`` or ``gather`` (``gather*``, ``gathered``) environment, or
an ``array`` / ``matrix`` opened by a
brace (``\left\{\begin{array}{l} x=1 \\ y=2 \end{array}\right.``, as school systems are
typeset), whose rows are each one relation
(``x=1``, ``y=k(x-2)``, ``x>2``) is the list of those rows: ``x=1, y=2``, which then compares
as any list of equations does. A row wholly in braces (``{m=1}``) is that row; one ``&``
right beside the row's relation sign (``x &= 1``) only aligns it. Rows with another ``&``
(a piecewise function's ``x, & x>0``), with words, or without a relation, leave the answer as
written; so do nested environments.
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.answer_spans import matching_braces

_OPENER = re.compile(r"^\s*(?:\\left\s*)?\\\{\s*")
_CLOSER = re.compile(r"\s*\\right\s*\.\s*$")
_BEGIN = re.compile(
    r"^\\begin\s*\{(cases|array|matrix|gathered|gather\*?)\}\s*(?:\{[lcr| ]{1,20}\})?"
)
_RELATION = re.compile(r"=|<|>|\\(?:le|ge|leq|geq|ne|neq|lt|gt)(?![a-zA-Z])")
_ALIGNING_AMPERSAND = re.compile(
    r"&\s*(?==|<|>|\\(?:le|ge|leq|geq|ne|neq)(?![a-zA-Z]))|(?<=[=<>])\s*&"
)
_WORDS = re.compile(r"\\(?:text|mbox|quad|qquad|mathrm)(?![a-zA-Z])|\b(?:if|otherwise|for|and)\b")
_NEEDS_BRACE = frozenset({"array", "matrix"})


def system_as_list(text: str) -> str:
    """``text`` as the list of its rows when it is such a system; otherwise as it is."""
    body = text.strip()
    opened = _OPENER.match(body)
    if opened is not None:
        body = body[opened.end() :]
    closed = _CLOSER.search(body)
    if closed is not None:
        body = body[: closed.start()]
    begin = _BEGIN.match(body)
    if begin is None:
        return text
    environment = begin.group(1)
    if environment in _NEEDS_BRACE and opened is None:
        return text
    end = f"\\end{{{environment}}}"
    if not body.endswith(end):
        body = body.rstrip()
        if not body.endswith(end):
            return text
    inner = body[begin.end() : len(body) - len(end)]
    if "\\begin" in inner or "\\end" in inner:
        return text
    rows = [_row(line) for line in inner.split("\\\\")]
    rows = [row for row in rows if row != ""]
    if len(rows) < 2 or any(row is None for row in rows):
        return text
    return ", ".join(row for row in rows if row is not None)


def _row(line: str) -> str | None:
    """One row as a relation (``""``: an empty row); ``None``: not a row of a system."""
    row = line.strip()
    if not row:
        return ""
    if row.startswith("{") and matching_braces(row).get(0) == len(row) - 1:
        row = row[1:-1].strip()
    if row.count("&") == 1:
        row = _ALIGNING_AMPERSAND.sub(" ", row, count=1)
    if "&" in row or _WORDS.search(row) or not _RELATION.search(row):
        return None
    if _RELATION.match(row):
        return None  # "= 3" continues a chain: a derivation, not a system
    return row
