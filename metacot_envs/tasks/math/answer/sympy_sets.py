"""Sets as sympy prints them, rewritten into LaTeX (pure text, nothing evaluated).

A model that solves with sympy and prints the result answers ``Interval(-10/3, oo)`` or
``Union(Interval.open(-oo, 1), Interval(2, oo))``; read letter by letter that is a product.
Decided here, following sympy's own meanings:

- ``Interval(a, b)`` is closed, ``[a, b]``, except at an infinite end, which is always open
  (``Interval(-10/3, oo)`` is ``[-10/3, \\infty)``); ``Interval(a, b, left_open, right_open)``
  with ``True`` / ``False`` flags opens the ends it names; ``Interval.open``,
  ``Interval.Lopen`` and ``Interval.Ropen`` are open, open on the left, open on the right;
- ``FiniteSet(1, 2)`` is ``\\{1, 2\\}``;
- ``Union(A, B, ...)`` is ``A \\cup B \\cup ...`` and ``Intersection`` is ``\\cap``;
- ``EmptySet`` and ``S.EmptySet`` are ``\\varnothing``; ``Reals`` and ``S.Reals`` are
  ``\\mathbb{R}``.

A call whose parentheses do not close, or whose arguments do not fit (an ``Interval`` of
other than two ends and two flags), stays as written. At most :data:`MAX_CALLS` calls are
rewritten in one answer, innermost first.
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.bracket_items import top_level_split

MAX_CALLS = 64
"""calls rewritten in one answer at most (each rewrite rescans the text)"""
_CALL = re.compile(
    r"(?<![A-Za-z_.])(Interval(?:\.(?:open|Lopen|Ropen))?|FiniteSet|Union|Intersection)\("
)
_CONSTANT_SET = re.compile(r"(?<![A-Za-z_])(?:S\.)?(EmptySet|Reals)(?![A-Za-z_(])")
_INFINITE_END = re.compile(r"^\s*[-+]?\s*(?:oo|\\infty|inf|infinity)\s*$")


def sympy_sets(text: str) -> str:
    """``text`` with sympy's printed sets in LaTeX (see the module docstring)."""
    if "EmptySet" in text or "Reals" in text:
        text = _CONSTANT_SET.sub(
            lambda m: "\\varnothing " if m.group(1) == "EmptySet" else "\\mathbb{R}", text
        )
    for _ in range(MAX_CALLS):
        innermost = _innermost_call(text)
        if innermost is None:
            return text
        start, end, replacement = innermost
        text = f"{text[:start]}{replacement}{text[end:]}"
    return text


def _innermost_call(text: str) -> tuple[int, int, str] | None:
    """The last call that opens (so none inside it remains) and can be rewritten: its span
    and its LaTeX; None when no call can be."""
    for match in reversed(list(_CALL.finditer(text))):
        close = _closing(text, match.end())
        if close is None:
            continue
        items = top_level_split(text[match.end() : close])
        if items is None:
            continue
        replacement = _rewritten(match.group(1), [item.strip() for item in items])
        if replacement is not None:
            return match.start(), close + 1, replacement
    return None


def _closing(text: str, start: int) -> int | None:
    depth = 1
    for index in range(start, len(text)):
        if text[index] in "([{":
            depth += 1
        elif text[index] in ")]}":
            depth -= 1
            if depth == 0:
                return index
    return None


def _rewritten(name: str, arguments: list[str]) -> str | None:
    if any(_CALL.search(argument) for argument in arguments):
        return None  # an inner call is rewritten first
    if name == "FiniteSet":
        return f"\\{{{', '.join(arguments)}\\}}" if arguments != [""] else "\\varnothing "
    if name in ("Union", "Intersection"):
        if "" in arguments:
            return None
        return (" \\cup " if name == "Union" else " \\cap ").join(arguments)
    flags = {
        "Interval.open": (True, True),
        "Interval.Lopen": (True, False),
        "Interval.Ropen": (False, True),
    }.get(name, (False, False))
    if name == "Interval" and len(arguments) == 4:
        if any(flag not in ("True", "False") for flag in arguments[2:]):
            return None
        flags = (arguments[2] == "True", arguments[3] == "True")
        arguments = arguments[:2]
    if len(arguments) != 2 or "" in arguments:
        return None
    low, high = arguments
    left_open = flags[0] or _INFINITE_END.match(low) is not None
    right_open = flags[1] or _INFINITE_END.match(high) is not None
    return f"{'(' if left_open else '['}{low}, {high}{')' if right_open else ']'}"
