"""Items of a list cut at its top-level separator, and whether one bracket holds a whole text;
brackets of every kind respected."""

from __future__ import annotations


def top_level_split(text: str, separator: str = ",") -> list[str] | None:
    """``text`` cut at its top-level ``separator``, or None when its brackets do not balance."""
    items, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif char == separator and depth == 0:
            items.append(text[start:index])
            start = index + 1
    items.append(text[start:])
    return items if depth == 0 else None


def wholly_bracketed(text: str) -> bool:
    """Whether the bracket opening ``text`` closes at its end (``(1 cm; 2 cm)``, not
    ``(1 cm)(2 cm)``)."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char in "([{") - (char in ")]}")
        if depth == 0:
            return index == len(text) - 1
    return False
