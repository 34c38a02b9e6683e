"""Kinds the hundred-and-thirty-ninth peer batch (dev139, blind132) showed the checker missing.

- A whole answer that is one word set as an operator name (``\\operatorname{even}``) is that
  word, as ``\\text{even}`` is; an operator applied to something keeps its command.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\operatorname{even}", "even", True),
        ("\\operatorname{odd}", "even", False),
        ("\\operatorname{lcm}(4,6)", "12", True),
        ("\\operatorname{lcm}(4,6)", "24", False),
    ],
)
def test_hundred_thirty_ninth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
