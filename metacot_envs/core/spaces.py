"""Text spaces with an explicit character set and length, and fitting text into them."""

from __future__ import annotations

import string
import unicodedata

from gymnasium.spaces import Text

TEXT_CHARSET: str = "".join(c for c in string.printable if c not in "\x0b\x0c\r")
"""printable ASCII plus space, tab and newline: what observations and step texts use"""


def text_space(max_length: int, charset: str = TEXT_CHARSET) -> Text:
    """A ``Text`` space over ``charset`` (never Gymnasium's letters-and-digits default)."""
    return Text(max_length=max_length, min_length=0, charset=charset)


def fit_text(text: str, space: Text) -> str:
    """Make ``text`` a member of ``space``: transliterate or drop foreign characters,
    then shorten from the middle so both the question and the latest steps survive."""
    allowed = space.character_set
    if not allowed.issuperset(text):
        ascii_text = unicodedata.normalize("NFKD", text)
        text = "".join(
            c if c in allowed else ("?" if not unicodedata.combining(c) else "") for c in ascii_text
        )
    limit = space.max_length
    if len(text) > limit:
        marker = "\n...\n" if "\n" in allowed else "..."
        head = (limit - len(marker)) // 2
        tail = limit - len(marker) - head
        text = text[:head] + marker + (text[-tail:] if tail > 0 else "")
    return text
