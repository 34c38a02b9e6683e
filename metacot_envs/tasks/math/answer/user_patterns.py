r"""Compile answer patterns that come from users (config files) so that running them stays bounded.

Python's ``re`` cannot be interrupted once it matches: ``(a|aa)+$`` or ``(a+)+$``
backtrack exponentially, and one of them held a single env step for 18 s on a
29-character step. User patterns therefore run on the ``regex`` engine, whose
matching takes a ``timeout`` and checks it from any thread.

``regex`` copies fixed repeats when it compiles, so ``a{10000000}`` costs seconds
and gigabytes before any step is taken. A pattern is refused before compiling when
it is longer than :data:`MAX_PATTERN_CHARS` or its repeat counts multiply past
:data:`MAX_REPEAT_PRODUCT`.

Nested quantifiers are not refused: that textbook check refuses linear patterns
such as ``(?:\d+,)*\d+`` and misses exponential ones such as ``(a|aa)+$``, while the
timeout bounds every shape.
"""

from __future__ import annotations

import re

import regex

MAX_PATTERN_CHARS = 1_000
"""a longer user pattern is refused"""

MAX_REPEAT_PRODUCT = 10_000
"""the product of a user pattern's ``{m,n}`` repeat counts may not exceed this"""

_REPEAT_COUNT = re.compile(r"\{(\d*)(?:,(\d*))?\}")
_SHOWN_CHARS = 80


def compile_user_pattern(pattern: object) -> regex.Pattern[str]:
    """Compile a user-supplied answer pattern for the ``regex`` engine.

    Raises ``ValueError`` naming the pattern when it is not a string, not a valid
    regex, longer than :data:`MAX_PATTERN_CHARS` or repeats more than
    :data:`MAX_REPEAT_PRODUCT` times.
    """
    if not isinstance(pattern, str):
        raise ValueError(f"an answer pattern must be a regex string, got {type(pattern).__name__}")
    if len(pattern) > MAX_PATTERN_CHARS:
        raise ValueError(
            f"answer pattern {shown_pattern(pattern)} is {len(pattern)} characters long; "
            f"the limit is {MAX_PATTERN_CHARS}"
        )
    if repeat_count_product(pattern) > MAX_REPEAT_PRODUCT:
        raise ValueError(
            f"answer pattern {shown_pattern(pattern)} has {{m,n}} repeat counts that multiply "
            f"past {MAX_REPEAT_PRODUCT}, which regex would copy out when compiling: "
            "use + or * instead"
        )
    try:
        return regex.compile(pattern)
    except (regex.error, OverflowError, RecursionError, ValueError) as exc:
        raise ValueError(
            f"answer pattern {shown_pattern(pattern)} is not a valid regex: {exc}"
        ) from None


def repeat_count_product(pattern: str) -> int:
    """The product of every ``{m}`` / ``{m,n}`` / ``{m,}`` count in ``pattern`` (at least 1).

    An upper bound on how many copies of a piece nested fixed repeats make when
    ``regex`` compiles the pattern. Escaped braces and braces inside a character class
    are literal and not counted; anything else that looks like a count is, so the
    bound errs on the side of refusing.
    """
    product = 1
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        index += 1
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += pattern.startswith("^", index)
            index += pattern.startswith("]", index)  # a leading "]" is a member, not the end
        elif char == "{":
            count = _REPEAT_COUNT.match(pattern, index - 1)
            if count is not None:
                product *= max([int(digits) for digits in count.groups() if digits] + [1])
                if product > MAX_REPEAT_PRODUCT:
                    return product
                index = count.end()
    return product


def shown_pattern(pattern: str) -> str:
    """``pattern`` quoted for an error message, cut short when it is long."""
    if len(pattern) <= _SHOWN_CHARS:
        return repr(pattern)
    return f"{pattern[:_SHOWN_CHARS]!r}... ({len(pattern)} chars)"
