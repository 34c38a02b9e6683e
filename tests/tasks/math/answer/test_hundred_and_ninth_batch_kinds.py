"""Kinds written fresh in the session of the hundred-and-ninth batch.

- Its dev half showed a repeating decimal written with a decimal comma and an ellipsis
  (``0,333…`` and ``0,333...`` for ``1/3``, an Indonesian teaching engine's tests): with a
  point it was already the repeating decimal; with a comma it read as the list ``0, 333``. A
  comma between digits before an ellipsis is a decimal comma (no list item ends in ``...``
  glued to its digits), unless a comma or point comes just before (``1,2,3...`` is a sequence).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("0,333…", "1/3", True),
        ("0,333...", "1/3", True),
        ("0,1666...", "1/6", True),
        ("1,333...", "4/3", True),
        ("x = 0,666...", "2/3", True),
        ("0,333...", "0,333", False),  # the ellipsis says the digits go on
        ("0,333...", "1/4", False),
        ("1,2,3...", "1.2", False),  # a sequence, no decimal
    ],
)
def test_check_equivalent__a_repeating_decimal_with_a_decimal_comma(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
