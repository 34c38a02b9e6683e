"""Find the final answer in a model's (or a dataset's) solution text.

Boxed answers are matched with a single linear pass over the braces, so even
100 kB of unbalanced ``{`` costs one scan, never a scan per ``\\boxed``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

BOXED_PATTERN = r"\\(?:boxed|fbox)\s*\{"
"""a pattern with no group that ends in ``{``: the answer is the balanced group it opens"""

DEFAULT_ANSWER_PATTERNS: tuple[str, ...] = (
    BOXED_PATTERN,
    r"\\boxed\s+([^\s$]+)",
    r"####[ \t]*(\S[^\n]*)",
    r"(?i)final answer(?:[ \t]+is(?:[ \t*]*[:：])?|[ \t*]*[:：])[ \t*]*(\S[^\n]*)",
    r"(?i)\banswer(?:[ \t]+is)?[ \t*]*[:：][ \t*]*(\S[^\n]*)",
    r"(?i)\bthe answer is[ \t]*(\S[^\n]*)",
)
"""tried in order; the first pattern that matches anywhere wins, and within it the last match.
No two unbounded repeats can match the same characters (the capture starts at a non-space), so
matching stays linear even on long runs of spaces."""

MAX_EXTRACT_CHARS = 1_000_000
"""texts longer than this are only searched in their last MAX_EXTRACT_CHARS characters"""

_TRAILING_PUNCTUATION = " \t.,;:!*"


def extract_answer(text: str, patterns: Sequence[str] = DEFAULT_ANSWER_PATTERNS) -> str | None:
    """Return the final answer in ``text``, or ``None`` if no pattern matches.

    A pattern with a capture group yields group 1; a pattern without groups that
    ends in ``{`` yields the brace-balanced content it opens (``\\boxed{...}``).
    """
    if not isinstance(text, str) or not text:
        return None
    text = text[-MAX_EXTRACT_CHARS:]
    closing: dict[int, int] | None = None
    for pattern in patterns:
        compiled = re.compile(pattern)
        found: str | None = None
        if compiled.groups == 0:
            if closing is None:
                closing = _matching_braces(text)
            found = _last_braced_match(compiled, text, closing)
        else:
            for match in compiled.finditer(text):
                found = match.group(1)
        if found is not None:
            cleaned = _clean_inline_answer(found) if compiled.groups else found.strip()
            if cleaned:
                return cleaned
    return None


def _matching_braces(text: str) -> dict[int, int]:
    """Map the index of every balanced ``{`` to the index of its ``}``."""
    stack: list[int] = []
    closing: dict[int, int] = {}
    for i, ch in enumerate(text):
        if ch == "{":
            if i > 0 and text[i - 1] == "\\":
                continue
            stack.append(i)
        elif ch == "}" and stack and not (i > 0 and text[i - 1] == "\\"):
            closing[stack.pop()] = i
    return closing


def _last_braced_match(compiled: re.Pattern[str], text: str, closing: dict[int, int]) -> str | None:
    found: str | None = None
    resume = 0
    for match in compiled.finditer(text):
        open_index = match.end() - 1
        # Skip boxes nested inside the previously taken one: the outer box is the answer.
        if open_index < resume or text[open_index] != "{" or open_index not in closing:
            continue
        close_index = closing[open_index]
        found = text[open_index + 1 : close_index]
        resume = close_index
    return found


def _clean_inline_answer(answer: str) -> str:
    answer = answer.strip().lstrip("*").strip()
    if answer.count("$") >= 2:
        first = answer.index("$")
        last = answer.index("$", first + 1)
        answer = answer[first + 1 : last]
    answer = answer.strip().strip("$").strip()
    return answer.rstrip(_TRAILING_PUNCTUATION).strip()
