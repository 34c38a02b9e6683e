"""Cleaning and checking one reasoning step of untrusted text, before anything reads it.

Observations and actions use printable ASCII (``core.spaces.TEXT_CHARSET``), so a
step is brought into that charset first: the Unicode that language models commonly
write (``×``, ``−``, ``≤``, ``π``, ``√``, curly quotes, ``½``) becomes its ASCII/LaTeX
spelling; anything else outside the charset is refused rather than shown to the
policy as ``?``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from metacot_envs.core.spaces import TEXT_CHARSET
from metacot_envs.core.task import StepError

UNICODE_TO_ASCII: dict[str, str] = {
    "\u2212": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00d7": "\\times",
    "\u00b7": "\\cdot",
    "\u22c5": "\\cdot",
    "\u00f7": "\\div",
    "\u2264": "\\le",
    "\u2265": "\\ge",
    "\u2260": "\\ne",
    "\u2248": "\\approx",
    "\u00b1": "\\pm",
    "\u03c0": "\\pi",
    "\u221a": "\\sqrt",
    "\u221e": "\\infty",
    "\u00b0": "^\\circ",
    "\u00b2": "^2",
    "\u00b3": "^3",
    "\u00bd": "1/2",
    "\u00bc": "1/4",
    "\u00be": "3/4",
    "\u2192": "\\to",
    "\u21d2": "\\Rightarrow",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
    "\u00a0": " ",
    "\u2009": " ",
}
"""Unicode math and typography that steps may contain, with the ASCII written instead"""

_SPELLABLE = re.compile("[" + "".join(map(re.escape, UNICODE_TO_ASCII)) + "]")
_ALLOWED = frozenset(TEXT_CHARSET)


@dataclass(frozen=True)
class StepLimits:
    """Sizes of steps and of the whole reasoning; text beyond them is rejected or ends the episode."""

    max_step_chars: int = 2000
    """a longer single step is rejected"""
    max_total_chars: int | None = 16_000
    """reasoning (all steps) longer than this ends the episode unanswered; None: no limit"""
    max_total_tokens: int | None = None
    """the same budget in whitespace-separated tokens; None: no limit"""
    max_bracket_depth: int = 32
    """deeper nesting of ( [ { is rejected: answer checking and PRMs parse step text"""


def clean_step(text: object, limits: StepLimits) -> str | StepError:
    """The step in printable ASCII with outer whitespace removed, or why it is refused."""
    if not isinstance(text, str) or not text.strip():
        return StepError("a step must contain reasoning text; got an empty step")
    if len(text) > limits.max_step_chars:
        return _too_long(len(text), limits)
    if "\x00" in text:
        return StepError("a step must not contain NUL characters")
    if not _ALLOWED.issuperset(text):
        text = spell_in_ascii(text)
        foreign = next((c for c in text if c not in _ALLOWED), None)
        if foreign is not None:
            return StepError(
                f"character {foreign!r} (U+{ord(foreign):04X}) is not allowed: write steps in "
                "printable ASCII, with LaTeX for math symbols (\\times, \\le, \\sqrt{})"
            )
        if len(text) > limits.max_step_chars:
            return _too_long(len(text), limits)
    if bracket_depth(text) > limits.max_bracket_depth:
        return StepError(f"brackets nest deeper than {limits.max_bracket_depth} levels")
    return text.strip()


def _too_long(length: int, limits: StepLimits) -> StepError:
    return StepError(
        f"a step is at most {limits.max_step_chars} characters, got {length}; "
        "split it into several steps"
    )


def spell_in_ascii(text: str) -> str:
    """Replace the characters of :data:`UNICODE_TO_ASCII`; a macro before a letter gets a space."""

    def spell(match: re.Match[str]) -> str:
        ascii_text = UNICODE_TO_ASCII[match.group()]
        glued = ascii_text[-1:].isalpha() and text[match.end() : match.end() + 1].isalpha()
        return ascii_text + " " if glued else ascii_text

    return _SPELLABLE.sub(spell, text)


def bracket_depth(text: str) -> int:
    """Deepest nesting of ``( [ {`` in ``text`` (unmatched closers are ignored)."""
    depth = deepest = 0
    for ch in text:
        if ch in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")]}":
            depth = max(depth - 1, 0)
    return deepest
