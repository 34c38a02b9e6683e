"""``top_level_split``: a list cut only at separators outside every kind of bracket."""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer.bracket_items import top_level_split


@pytest.mark.parametrize(
    ("text", "separator", "items"),
    [
        ("1, 2, 3", ",", ["1", " 2", " 3"]),
        ("(1, 2), [3, 4], {5, 6}", ",", ["(1, 2)", " [3, 4]", " {5, 6}"]),
        ("f(a, b); c", ";", ["f(a, b)", " c"]),
        ("x", ",", ["x"]),
        ("", ",", [""]),
        # unbalanced brackets: no reading
        ("(1, 2", ",", None),
        ("1, 2)", ",", None),
        ("1), (2", ",", None),
    ],
)
def test_top_level_split(text: str, separator: str, items: list[str] | None) -> None:
    assert top_level_split(text, separator) == items
