"""A reference that lists the answers it accepts: ``0.75 | 75/100``, ``1+x||x + 1``, ``3/4|0.75``.

Answer keys of quizzes and tutors often hold several accepted spellings of one answer,
separated by a spaced bar (``0.75 | 75/100``), a double bar (``1+x||x + 1``) or, in a plain-text
key (no LaTeX command in it), one single bar without spaces (``3/4|0.75``, ``(6,-2)|6,-2``,
``4|-4``: five peer suites write keys so, and none of the table's keys means "divides" by it,
so ``3|12`` lists 3 and 12 too; two such bars may close an absolute value, ``ln|x|``, and are
left as written); a candidate that matches any of them is right. Only the
reference is read this way: a candidate that lists alternatives hedges, and is compared as the
list it writes. A bar inside brackets, a bar that opens or closes a part (``|x| | |y|``, an
absolute value, ``||v||``, a norm), an evaluation bar before a subscript or power
(``x^2+3x|_1``), a ket's bar (``1|0>``) and a bar in LaTeX (``\\left|``,
``\\braket{\\phi|\\psi}``) leave the reference as written, and so does Boolean algebra, where
the bar is "or" (``A & ~B | ~A & B``, ``A | B``, ``A ^ B | C``: a caret is xor only spaced
between letters, a power elsewhere, ``300 cm^3 | 300cm³``), and sympy's "or" between relations in
parentheses (``(x < -1) | (x > 1)``).
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.latex_normalize import sympy_logic

_LOGIC = re.compile(
    r"[&~¬∧∨!]|(?<=[A-Za-z)] )\^(?= [A-Za-z(~])|\\(?:land|lor|lnot|neg|vee|wedge)(?![A-Za-z])"
)
"""signs of Boolean algebra, where ``|`` is "or" (``A & ~B | ~A & B``); a caret is xor only
spaced between letters (``A ^ B``), elsewhere a power (``300 cm^3 | 300 cm³``)"""
_SEPARATOR = re.compile(r"[ \t]+\|[ \t]+|(?<![\\|])\|\|(?!\|)")
_BARE_SEPARATOR = re.compile(r"(?<![|])\|(?![|])")
"""a single bar without spaces, a separator only in a plain-text key"""
MAX_ALTERNATIVES = 16
"""longer lists of alternatives are left as written"""


def accepted_alternatives(reference: str) -> list[str] | None:
    """The answers ``reference`` accepts when it lists two or more, else None."""
    if "|" not in reference or _LOGIC.search(reference):
        return None
    parts, start, depth = [], 0, 0
    separators = {match.start(): match.end() for match in _SEPARATOR.finditer(reference)}
    if not separators and "\\" not in reference:
        bars = list(_BARE_SEPARATOR.finditer(reference))
        if len(bars) == 1:  # two bars may close an absolute value (ln|x|), one cannot
            separators = {bars[0].start(): bars[0].end()}
    if not separators:
        return None
    index = 0
    while index < len(reference):
        char = reference[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and index in separators:
            parts.append(reference[start:index])
            start = index = separators[index]
            continue
        index += 1
    parts.append(reference[start:])
    parts = [part.strip() for part in parts]
    if not 2 <= len(parts) <= MAX_ALTERNATIVES:
        return None
    if any(not part or part[0] in "|_^" or part[-1] in "|>⟩" for part in parts):
        return None  # an absolute value or a norm; an evaluation bar (x^2+3x|_1); a ket (1|0>)
    if all(len(part) == 1 and part.isalpha() for part in parts):
        return None  # "A | B": Boolean variables joined by "or"
    if sympy_logic(reference) is not None:
        return None  # "(x < -1) | (x > 1)": sympy prints "or" between relations so
    return parts
