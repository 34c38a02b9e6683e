"""No string literal in the package holds a bell, backspace, form feed or vertical tab escape.

In this code base ``\\frac``, ``\\boxed``, ``\\alpha`` and ``\\vec`` are LaTeX commands; in a
string that is not raw, their first two characters are an escape (``"\\frac"`` is a form feed
and ``rac``), which silently changes a docstring's example or, worse, a pattern. Two docstrings
had done so. Write such text in a raw string or with a doubled backslash.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("metacot_envs", "agents", "metacot_verifiers", "benchmarks", "scripts")
_CONTROL_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[abfv]")
"""an odd run of backslashes before a, b, f or v: the escape, not a literal backslash"""


def _sources() -> list[Path]:
    return sorted(
        path
        for package in PACKAGES
        if (ROOT / package).is_dir()
        for path in (ROOT / package).rglob("*.py")
    )


def control_escapes(source: str) -> list[tuple[int, str]]:
    """The line and opening text of every non-raw string literal with such an escape."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.STRING:
            continue
        prefix = token.string[: len(token.string) - len(token.string.lstrip("rRbBuUfF"))]
        if "r" not in prefix.lower() and _CONTROL_ESCAPE.search(token.string[len(prefix) :]):
            found.append((token.start[0], token.string[:60]))
    return found


def test_the_scan_finds_a_form_feed_escape_and_passes_raw_and_doubled_backslashes() -> None:
    assert control_escapes('x = "is \\\\frac12"\n') == []
    assert control_escapes('x = r"is \\frac12"\n') == []
    assert [line for line, _ in control_escapes('x = 1\ny = "is \\frac12"\n')] == [2]
    assert [line for line, _ in control_escapes('"""doc with \\boxed{1}"""\n')] == [1]


@pytest.mark.parametrize("path", _sources(), ids=lambda path: str(path.relative_to(ROOT)))
def test_no_string_literal_holds_a_control_escape(path: Path) -> None:
    assert control_escapes(path.read_text(encoding="utf-8")) == []
