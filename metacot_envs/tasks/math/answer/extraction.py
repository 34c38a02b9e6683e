"""Find the final answer in a model's (or a dataset's) solution text.

Boxed answers are matched with a single linear pass over the braces, so even
100 kB of unbalanced ``{`` costs one scan, never a scan per ``\\boxed``. The
built-in patterns are linear by construction and run on ``re``; any other pattern
is user input and runs on ``regex`` under a time budget (see :mod:`user_patterns`).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from metacot_envs.tasks.math.answer.answer_spans import (
    LAST_NUMBER_PATTERN,
    MATH_SPAN_PATTERN,
    NON_ENGLISH_ANSWER_PATTERN,
    clean_inline_answer,
    first_group,
    last_boxed,
    last_math_span,
    matching_braces,
    reads_as_prose,
    states_a_value,
)
from metacot_envs.tasks.math.answer.user_patterns import compile_user_pattern, shown_pattern

BOXED_PATTERN = r"\\(?:boxed|fbox)\s*\{"
"""a pattern with no group that ends in ``{``: the answer is the balanced group it opens"""

FINAL_ANSWER_PATTERN = (
    r"(?i)final answer(?:[ \t]+is(?:[ \t*]*[:：])?|[ \t*]*[:：])[ \t*]*(\S[^\n]*)"
)
"""an explicit final-answer statement ("Final answer: 5", "the final answer is 5"); after the
last box it restates the answer and wins over the box (see :class:`AnswerPatterns`)"""

DEFAULT_ANSWER_PATTERNS: tuple[str, ...] = (
    BOXED_PATTERN,
    r"\\boxed\s+([^\s$]+)",
    r"####[ \t]*(\S[^\n]*)",
    FINAL_ANSWER_PATTERN,
    r"(?i)\banswer(?:[ \t]+is)?[ \t*]*[:：][ \t*]*(\S[^\n]*)",
    r"(?i)\b(?:the[ \t]+)?answer[ \t]+is[ \t]*(\S[^\n]*)",
    NON_ENGLISH_ANSWER_PATTERN,
    MATH_SPAN_PATTERN,
    LAST_NUMBER_PATTERN,
)
"""tried in order; the first pattern that matches anywhere wins, and within it the last match
(boxes listed one after another count as one answer, see :mod:`answer_spans`), except that a
final-answer statement written after the last box and stating a value directly wins over the
box (``\\boxed{4}. Actually the final answer is 5.`` gives ``5``). Then lead-ins
in other languages ("Antwort:", "la réponse est", "答案是"). The last two are fallbacks: the last math span (``$...$``, ``\\[...\\]``), then the last number. No two
unbounded repeats can match the same characters (the capture starts at a non-space), so
matching stays linear even on long runs of spaces."""

MAX_EXTRACT_CHARS = 1_000_000
"""texts longer than this are only searched in their last MAX_EXTRACT_CHARS characters"""

USER_PATTERN_TIMEOUT = 0.1
"""seconds all user-supplied patterns together may spend on one text (``regex`` may
overshoot by up to about 2x); built-in patterns need no budget"""

_BUILT_IN_PATTERNS = frozenset(DEFAULT_ANSWER_PATTERNS)
_FINAL_ANSWER = re.compile(FINAL_ANSWER_PATTERN)

REASONING_END = "</think>"
"""text up to the last closing reasoning tag is reasoning: the answer is searched after it
(``<think>\\boxed{42}</think>I'm not sure.`` has no answer); an unclosed ``<think>`` (a cut-off
reasoning) is searched as it is"""


@dataclass(frozen=True)
class ExtractedAnswer:
    """What searching one text for a final answer found."""

    answer: str | None
    """the final answer, or None when no pattern matched or the search ran out of time"""
    failure: str = ""
    """why the search could not finish (a user pattern ran out of time); empty when it did"""


class AnswerPatterns:
    """Answer patterns compiled once, tried in order on each text; the first that matches wins.

    A pattern with capture groups yields the first group that took part in its last match; a pattern
    without groups that ends in ``{`` yields the brace-balanced content of its last
    match (``\\boxed{...}``). When the patterns hold :data:`FINAL_ANSWER_PATTERN`, a final-answer
    statement after the last box that states a value directly (a number or math, not prose:
    see :func:`states_a_value`) is the answer instead of the box: the text revised its boxed
    answer. The built-in :data:`DEFAULT_ANSWER_PATTERNS` run on ``re``.
    Every other pattern is user input: it is refused at construction with a
    ``ValueError`` naming it when it is invalid or too large (see
    :func:`compile_user_pattern`), and runs on ``regex`` with ``timeout`` seconds for
    all user patterns of one search together. A search that runs out of time finds
    no answer and says so in :attr:`ExtractedAnswer.failure`; it never raises.
    """

    def __init__(
        self,
        patterns: Sequence[str] = DEFAULT_ANSWER_PATTERNS,
        timeout: float = USER_PATTERN_TIMEOUT,
    ) -> None:
        if isinstance(patterns, str):
            raise ValueError(
                f"answer patterns must be a sequence of regex strings, got the single string "
                f"{shown_pattern(patterns)}: wrap it in a list"
            )
        if not isinstance(timeout, (int, float)) or not (0 < timeout and math.isfinite(timeout)):
            raise ValueError(
                f"the answer pattern timeout must be positive seconds, got {timeout!r}"
            )
        self.patterns: tuple[str, ...] = tuple(patterns)
        self.timeout = float(timeout)
        self._compiled = tuple(_compile(pattern) for pattern in self.patterns)
        self._restatement = _FINAL_ANSWER if FINAL_ANSWER_PATTERN in self.patterns else None

    def search(self, text: str) -> ExtractedAnswer:
        """The final answer in ``text`` (its last ``MAX_EXTRACT_CHARS`` characters), after its
        last :data:`REASONING_END` when it has one."""
        if not isinstance(text, str) or not text:
            return ExtractedAnswer(None)
        text = text[-MAX_EXTRACT_CHARS:]
        text = after_reasoning(text)
        deadline = time.monotonic() + self.timeout
        closing: dict[int, int] | None = None
        for pattern, compiled, built_in in self._compiled:
            if built_in and pattern == LAST_NUMBER_PATTERN and not reads_as_prose(text):
                continue
            if built_in:
                matches = compiled.finditer(text)
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return self._out_of_time(pattern)
                matches = compiled.finditer(text, timeout=remaining)
            try:
                if compiled.groups == 0:
                    if closing is None:
                        closing = matching_braces(text)
                    box = last_boxed(matches, text, closing)
                    if box is not None and not box[0].strip():
                        # The last box is empty or cut off: no answer, and no fallback to
                        # an earlier box or a later pattern.
                        return ExtractedAnswer(None)
                    restated = self._restated_after(text, box[1]) if box is not None else None
                    cleaned = restated or (box[0].strip() if box is not None else None)
                elif built_in and pattern == MATH_SPAN_PATTERN:
                    found = last_math_span(matches, text)
                    cleaned = clean_inline_answer(found) if found is not None else None
                else:
                    found = _last_group(matches)
                    cleaned = clean_inline_answer(found) if found is not None else None
            except TimeoutError:
                return self._out_of_time(pattern)
            if cleaned:
                return ExtractedAnswer(cleaned)
        return ExtractedAnswer(None)

    def _restated_after(self, text: str, start: int) -> str | None:
        """The value of the last final-answer statement from ``start`` on, if it states one."""
        if self._restatement is None:
            return None
        found = _last_group(self._restatement.finditer(text, start))
        inner = None if found is None else self._restatement.search(found)
        if inner is not None:  # "Final Answer: The final answer is 5." (Minerva's format)
            found = inner.group(1)
        if found is None or not states_a_value(found):
            return None
        return clean_inline_answer(found) or None

    def _out_of_time(self, pattern: str) -> ExtractedAnswer:
        return ExtractedAnswer(
            None,
            f"no answer read: answer pattern {shown_pattern(pattern)} ran out of its "
            f"{self.timeout:g}s time budget",
        )


def extract_answer(
    text: str,
    patterns: Sequence[str] = DEFAULT_ANSWER_PATTERNS,
    timeout: float = USER_PATTERN_TIMEOUT,
) -> str | None:
    """Return the final answer in ``text``, or ``None`` if no pattern matches.

    :meth:`AnswerPatterns.search` with the patterns compiled once per distinct
    ``patterns``; ``None`` also when user patterns ran out of ``timeout`` seconds.
    Raises ``ValueError`` for an invalid pattern.
    """
    key = patterns if isinstance(patterns, str) else tuple(patterns)
    return _cached_patterns(key, timeout).search(text).answer


def after_reasoning(text: str) -> str:
    """``text`` after its last :data:`REASONING_END` (all of it when it has none): what the
    answer search reads, and what a caller that falls back to the text itself should read."""
    reasoning_end = text.rfind(REASONING_END)
    return text if reasoning_end < 0 else text[reasoning_end + len(REASONING_END) :]


@lru_cache(maxsize=64)
def _cached_patterns(patterns: Sequence[str], timeout: float) -> AnswerPatterns:
    return AnswerPatterns(patterns, timeout)


def _compile(pattern: str) -> tuple[str, Any, bool]:
    """``(pattern, compiled, built_in)``: ``re`` for the built-in patterns, else ``regex``."""
    if isinstance(pattern, str) and pattern in _BUILT_IN_PATTERNS:
        return pattern, re.compile(pattern), True
    return pattern, compile_user_pattern(pattern), False


def _last_group(matches: Iterable[Any]) -> str | None:
    found: str | None = None
    for match in matches:
        found = first_group(match)
    return found
