"""Boolean and set-algebra answers compared by their truth tables.

Logic and set-algebra tests write answers such as ``~(A & B)``, ``A' n B'``, ``(A Or B) And
Not A`` or ``A ∪ B``: capital letters joined by operators. Two such answers are equal when
they agree on every assignment of true and false to their letters, which for set algebra is
the identity of the two sets for every Venn region. Decided here:

- the letters are single capitals (``A`` ... ``Z``); a side with no operator is one letter;
- not: ``~``, ``!``, ``¬``, the words ``Not``/``NOT``, and a complement prime after an operand
  (``A'``, ``(A u B)'``); and: ``&``, ``∧``, ``∩``, ``And``/``AND`` and a lower-case ``n``
  between spaces (``A n B``); or: ``|``, ``∨``, ``∪``, ``Or``/``OR`` and a spaced ``u``; exclusive
  or: ``⊕``, ``Xor``/``XOR`` and ``^``;
- binding, tightest first: not, and, exclusive or, or (as in Python's bitwise operators);
- ``^`` is an exclusive or only when the pair also holds an operator no algebra has (``&``,
  ``|``, ``~``, a word, a spaced ``u`` or ``n``, ...): ``A ^ B`` alone stays a power;
- a pair is read this way only when both sides read whole as such expressions and their
  letters number at most :data:`MAX_LETTERS`; otherwise the checker's algebra reads them.

Nothing is evaluated from the text: a small parser builds the expression, and each letter is
the bit pattern of its column in the truth table, so one pass of integer bit operations
computes every row at once.
"""

from __future__ import annotations

import re

MAX_LETTERS = 12
"""most distinct letters in a pair (4,096 rows); more is read as algebra, not logic"""
MAX_NESTING = 64
"""deepest nesting of parentheses and negations a logic answer may have"""

_TOKEN = re.compile(
    r"\s*(?:(?P<letter>[A-Z])(?![A-Za-z])|(?P<word>Not|NOT|And|AND|Or|OR|Xor|XOR)(?![A-Za-z])"
    r"|(?P<spaced>(?<=\s)[un](?=\s))|(?P<symbol>[~!¬&∧∩|∨∪^⊕'()]))"
)
_NOT = frozenset({"~", "!", "¬", "Not", "NOT"})
_AND = frozenset({"&", "∧", "∩", "And", "AND", "n"})
_OR = frozenset({"|", "∨", "∪", "Or", "OR", "u"})
_XOR = frozenset({"^", "⊕", "Xor", "XOR"})
_ALGEBRA_TOO = frozenset({"^", "'", "(", ")"})
"""tokens ordinary algebra uses as well: a pair with no other operator is not read as logic"""


class _NotLogic(Exception):
    """The text is not a logic expression (the checker's algebra reads it instead)."""


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            if text[position:].strip():
                raise _NotLogic
            break
        tokens.append(match.group(match.lastgroup or "symbol"))
        position = match.end()
    if not tokens:
        raise _NotLogic
    return tokens


class _Parser:
    """Recursive descent over the tokens; each letter is its truth-table column."""

    def __init__(self, tokens: list[str], columns: dict[str, int], full: int) -> None:
        self.tokens = tokens
        self.index = 0
        self.columns = columns
        self.full = full
        self.depth = 0

    def parse(self) -> int:
        value = self._or()
        if self.index != len(self.tokens):
            raise _NotLogic
        return value

    def _peek(self) -> str | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def _or(self) -> int:
        value = self._xor()
        while self._peek() in _OR:
            self.index += 1
            value |= self._xor()
        return value

    def _xor(self) -> int:
        value = self._and()
        while self._peek() in _XOR:
            self.index += 1
            value ^= self._and()
        return value

    def _and(self) -> int:
        value = self._not()
        while self._peek() in _AND:
            self.index += 1
            value &= self._not()
        return value

    def _not(self) -> int:
        token = self._peek()
        if token in _NOT:
            self.index += 1
            self._nest()
            value = self.full & ~self._not()
            self.depth -= 1
            return value
        return self._complements(self._operand())

    def _complements(self, value: int) -> int:
        while self._peek() == "'":
            self.index += 1
            value = self.full & ~value
        return value

    def _operand(self) -> int:
        token = self._peek()
        self.index += 1
        if token == "(":
            self._nest()
            value = self._or()
            self.depth -= 1
            if self._peek() != ")":
                raise _NotLogic
            self.index += 1
            return value
        if token is not None and token in self.columns:
            return self.columns[token]
        raise _NotLogic

    def _nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise _NotLogic


def _columns(letters: list[str]) -> tuple[dict[str, int], int]:
    """Each letter's truth-table column as a bit pattern over ``2**len(letters)`` rows."""
    rows = 1 << len(letters)
    full = (1 << rows) - 1
    columns = {}
    for place, letter in enumerate(letters):
        run = 1 << place  # the column repeats `run` false rows, then `run` true ones
        column, length = ((1 << run) - 1) << run, 2 * run
        while length < rows:
            column |= column << length
            length *= 2
        columns[letter] = column
    return columns, full


def logic_verdict(candidate: str, reference: str) -> bool | None:
    """Whether two logic or set-algebra answers have the same truth table; None when the
    pair is not read as logic (see the module docstring)."""
    if not _could_be_logic(candidate) or not _could_be_logic(reference):
        return None
    try:
        sides = _tokens(candidate), _tokens(reference)
    except _NotLogic:
        return None
    tokens = {token for side in sides for token in side}
    letters = sorted(token for token in tokens if len(token) == 1 and token.isupper())
    if not tokens - set(letters) - _ALGEBRA_TOO:
        return None  # "A ^ B", "A'": algebra reads them
    if len(letters) > MAX_LETTERS:
        return None
    columns, full = _columns(letters)
    try:
        tables = [_Parser(side, columns, full).parse() for side in sides]
    except _NotLogic:
        return None
    return tables[0] == tables[1]


_LOGIC_CHARACTERS = re.compile(r"[\sA-Za-z~!¬&∧∩|∨∪^⊕'()]*")


def _could_be_logic(text: str) -> bool:
    """A cheap test before tokenizing: only letters, spaces and logic operators, and short."""
    return 0 < len(text) <= 2000 and _LOGIC_CHARACTERS.fullmatch(text) is not None
