"""Split normalized answer LaTeX into tokens for :mod:`latex_parse`.

Only a closed set of token kinds exists; any other character is a
:class:`LatexSyntaxError`. Only ASCII digits are digits, so ``int`` never sees
Arabic-Indic or other unicode digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from metacot_envs.tasks.math.answer.budget import Budget

MAX_NUMBER_DIGITS = 400
"""longest digit run accepted in one number literal"""

PLAIN_NUMBER_TEXT = re.compile(r"(-?)((?:0|[1-9]\d{0,14})(?:\.\d{1,12})?)")
"""an answer that is one plain number (``42``, ``-0.50``): normalizing leaves it as it is and
it parses to that number (negated), so both steps take a short way for it, a third of the
texts a grader sees (the tests check the short way against the long one)"""

_PLAIN_ARITHMETIC_CHARACTERS = re.compile(
    r"(?:[0-9.+\-*/^(){}]|(?<![A-Za-z])[abnrtuvwxyz](?![A-Za-z])"
    r"|\\(?:d?frac|sqrt|pi|cdot|times)(?![A-Za-z]))+"
)
_NOT_PLAIN_ARITHMETIC = re.compile(
    r"\*\*|[-+][-+/]|\{[-+}]|\.(?![0-9])|(?<![0-9])\.|\.[0-9]+[(.]|^[{*]|\*$"
    r"|(?<![0-9.])0[0-9box]|[0-9.]x[0-9]"
)


def is_plain_arithmetic_text(text: str) -> bool:
    """Whether ``text`` is plain arithmetic that normalizing leaves as it is: numbers (no
    leading zeros, no bare decimal points), ``+ - * / ^``, brackets, ``\\frac``, ``\\sqrt``,
    ``\\pi``, ``\\cdot``, ``\\times`` and lone variables (``a b n r t u v w x y z``, never two
    letters side by side: no word, no unit), without spaces, commas, equals signs or the
    spellings the normalizer rewrites (``**``, ``+-``, ``{-``, a repeating decimal's brackets,
    ``0x10``, ``4x10^3``). The letters a unit, a constant, a magnitude suffix or a function
    may be (``m``, ``e``, ``i``, ``k``, ``f``) stay out."""
    return (
        _PLAIN_ARITHMETIC_CHARACTERS.fullmatch(text) is not None
        and _NOT_PLAIN_ARITHMETIC.search(text) is None
    )


_DIGITS = frozenset("0123456789")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NOT_BEFORE_GLUED = _LETTERS | _DIGITS | frozenset("\\._^'")
_SINGLE_CHAR_TOKENS = frozenset("+-*/^_!=<>,;:()[]{}|&%'")

_OPERATOR_COMMANDS = {
    "cdot": "*",
    "times": "*",
    "ast": "*",
    "div": "/",
    "le": "<=",
    "leq": "<=",
    "leqslant": "<=",
    "ge": ">=",
    "geq": ">=",
    "geqslant": ">=",
    "lt": "<",
    "gt": ">",
    "ne": "!=",
    "neq": "!=",
    "approx": "~=",
    "sim": "~=",
    "simeq": "~=",
    "thickapprox": "~=",
    "colon": ":",
    "{": "\\{",
    "}": "\\}",
    "lbrace": "\\{",
    "rbrace": "\\}",
    "langle": "(",
    "rangle": ")",
    "vert": "|",
    "lvert": "|",
    "rvert": "|",
    "lVert": "|",
    "rVert": "|",
    "Vert": "|",
    "mid": "|",
    "%": "%",
    "\\": "\\\\",
    "|": "|",
}
"""LaTeX commands that act as operators or brackets, mapped to their operator text"""

_COMMAND_SYNONYMS = {
    "varnothing": "emptyset",
    "infin": "infty",
}


class LatexSyntaxError(ValueError):
    """Raised when answer text is not in the accepted LaTeX subset."""


@dataclass(slots=True)
class Token:
    """One lexical unit: ``kind`` is num, letter, cmd or op; ``text`` its spelling (not frozen:
    a frozen dataclass is built twice as slowly, and tokens are made by the hundred per check;
    nothing writes to one after the tokenizer)."""

    kind: str
    text: str


def tokenize_latex(text: str, budget: Budget) -> list[Token]:
    """Tokenize normalized LaTeX; raises :class:`LatexSyntaxError` on unknown input."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    glued_end = -1
    while i < n:
        budget.tick()
        ch = text[i]
        if ch in " \t\n\r":
            i += 1
        elif ch in _DIGITS or (ch == "." and i + 1 < n and text[i + 1] in _DIGITS):
            j = i
            while j < n and text[j] in _DIGITS:
                j += 1
            if j < n and text[j] == "." and j + 1 < n and text[j + 1] in _DIGITS:
                j += 1
                while j < n and text[j] in _DIGITS:
                    j += 1
            if j - i > MAX_NUMBER_DIGITS:
                raise LatexSyntaxError(f"number literal longer than {MAX_NUMBER_DIGITS} digits")
            tokens.append(Token("num", text[i:j]))
            i = j
        elif ch in _LETTERS:
            tokens.append(Token("letter", ch))
            i += 1
            end = _glued_subscript_end(text, i, glued_end)
            if end:
                tokens += [Token("op", "_"), Token("op", "{"), Token("num", text[i:end])]
                tokens.append(Token("op", "}"))
                i = glued_end = end
        elif ch == "\\":
            j = i + 1
            while j < n and text[j] in _LETTERS:
                j += 1
            if j == i + 1:
                if j >= n:
                    raise LatexSyntaxError("dangling backslash")
                j += 1
            name = text[i + 1 : j]
            if name in _OPERATOR_COMMANDS:
                tokens.append(Token("op", _OPERATOR_COMMANDS[name]))
            else:
                tokens.append(Token("cmd", _COMMAND_SYNONYMS.get(name, name)))
            i = j
        elif ch == "*" and i + 1 < n and text[i + 1] == "*":
            tokens.append(Token("op", "^"))
            i += 2
        elif ch in "<>!" and i + 1 < n and text[i + 1] == "=" and not _factorial_of_number(text, i):
            tokens.append(Token("op", ch + "="))
            i += 2
        elif ch in _SINGLE_CHAR_TOKENS:
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise LatexSyntaxError(f"unexpected character {ch!r}")
    return tokens


def _glued_subscript_end(text: str, after: int, glued_end: int) -> int:
    """Where the digits glued to the lone letter before ``after`` end, when they are its
    subscript: ``R1``, ``x12`` and ``v0`` name one quantity each (``R_{1}``), as calculators,
    CAS input and physics answers write them, not a product with a number. Only a letter that
    starts a token (no letter, digit, point, backslash or sub/superscript mark just before,
    unless that is another glued subscript: ``R1R2``) and whole digits (not ``x1.5``); ``e``
    and ``i`` stay constants (``e2``). 0 when the digits are not a subscript."""
    start = after - 1
    if text[start] in "ei" or after >= len(text) or text[after] not in _DIGITS:
        return 0
    if start > 0 and start != glued_end and text[start - 1] in _NOT_BEFORE_GLUED:
        return 0
    end = after
    while end < len(text) and text[end] in _DIGITS:
        end += 1
    if end < len(text) and text[end] == "." and end + 1 < len(text) and text[end + 1] in _DIGITS:
        return 0
    return end


def _factorial_of_number(text: str, index: int) -> bool:
    """Whether the ``!`` at ``index`` is the factorial of the number glued before it, so that
    ``5!=120`` is ``5! = 120``: no one states an answer as "5 is not 120". Elsewhere ``!=`` is
    "not equal" (``x != 5``, ``3 != 4``)."""
    return text[index] == "!" and index > 0 and text[index - 1] in _DIGITS
