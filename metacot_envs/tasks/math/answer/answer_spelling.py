r"""Spelling rules applied to answer text before parsing: number formats and escaping slips.

Each rule is a linear regex rewrite; none evaluates anything.

- Thousands separators: ``10,\!080`` and ``11,\! 111,\! 111,\! 100`` (MATH's spelling),
  ``1 000`` and ``1\ 000`` (groups of exactly three digits after a space) are one number.
  Two numbers side by side that are not such groups (``2 3``) are a parse error, never
  a product (see the grammar).
- Decimal commas: a whole answer ``1,22`` / ``1000,99`` / ``0,111`` that is not valid
  thousands grouping (first group 1-3 digits not starting with 0, then groups of three)
  also has the reading ``1.22``; ``3,5`` keeps both readings (the list 3, 5 and 3.5) and
  matches if either does.
- Escaping slips: a doubled backslash before a known command (``\\frac``, ``\\le``: text
  escaped twice) is one backslash; a trailing lone backslash (``185\``) goes; a literal
  ``\n`` (backslash, n) not starting a command is a line break; ``\quadx`` (spacing
  glued to a letter) is ``\quad x``.
- Unreadable chains: when the grammar cannot read an equation chain whole
  (``1 = \zzz = x = 0``), its last top-level side is the answer.
"""

from __future__ import annotations

import re

_COMMA_BANG_THOUSANDS = re.compile(r"(?<=\d),\s*\\!\s*(?=\d{3}(?!\d))")
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:(?:\s|\\ |~)+\d{3}(?![\d]))+")
_SPACE_INSIDE = re.compile(r"(?:\s|\\ |~)+")
_DECIMAL_COMMA = re.compile(r"([-+]?)(\d+),(\d+)")
_THOUSANDS_GROUPING = re.compile(r"[-+]?[1-9]\d{0,2}(?:,\d{3})+")
_KNOWN_COMMANDS = (
    "frac|dfrac|tfrac|sqrt|left|right|boxed|text|textbf|mathrm|le|leq|ge|geq|lt|gt|ne|neq"
    "|cdot|times|pi|infty|in|cup|approx|pm|mp|circ|begin|end|quad|qquad|dots|ldots"
)
_DOUBLED_BACKSLASH = re.compile(r"(?<!\\)\\\\(?=(?:" + _KNOWN_COMMANDS + r")(?![a-zA-Z]))")
_LITERAL_NEWLINE = re.compile(r"(?<!\\)\\n(?![a-zA-Z])")
_TRAILING_BACKSLASH = re.compile(r"(?<!\\)\\\s*$")
_GLUED_SPACING = re.compile(r"(?<!\\)\\(q?quad)(?=[a-zA-Z])")


def repair_escaping(text: str) -> str:
    """Undo double escaping (``\\\\frac``), literal ``\\n`` and a trailing lone backslash."""
    if "\\" not in text:
        return text
    text = _DOUBLED_BACKSLASH.sub(r"\\", text)
    text = _LITERAL_NEWLINE.sub(" ", text)
    text = _GLUED_SPACING.sub(r"\\\1 ", text)
    return _TRAILING_BACKSLASH.sub("", text)


def join_thousands(text: str) -> str:
    """``10,\\!080`` and ``1 000`` as one digit run (call before ``\\!`` and spaces go)."""
    if ",\\!" in text or ", \\!" in text:
        text = _COMMA_BANG_THOUSANDS.sub("", text)
    if " " in text or "\\ " in text or "~" in text:
        text = _SPACE_THOUSANDS.sub(lambda m: _SPACE_INSIDE.sub("", m.group()), text)
    return text


def decimal_comma_reading(normalized: str) -> str | None:
    """``1.22`` for the whole answer ``1,22`` (not thousands grouping), else None."""
    match = _DECIMAL_COMMA.fullmatch(normalized.strip())
    if match is None or _THOUSANDS_GROUPING.fullmatch(normalized.strip()):
        return None
    sign, whole, fraction = match.groups()
    return f"{sign}{whole}.{fraction}"


def last_top_level_side(normalized: str) -> str | None:
    """The text after the last ``=`` outside brackets (not ``<=``, ``>=``, ``!=``), or None."""
    depth, cut = 0, -1
    for index, ch in enumerate(normalized):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "=" and depth == 0 and (index == 0 or normalized[index - 1] not in "<>!"):
            cut = index
    side = normalized[cut + 1 :].strip() if cut >= 0 else ""
    return side or None
