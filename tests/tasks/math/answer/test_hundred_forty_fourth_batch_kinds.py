"""Kinds read again from the released and dev halves after the hundred-and-forty-fourth batch.

- Two answers that each state one number and a different thing it counts (``5 blocks`` and
  ``5 cards``, ``1000 cats`` and ``1,000 envelopes``, ``20 cards`` and ``20张``, ``3人`` and
  ``3棵``, Turkish ``5 elma`` and ``5 armut``) are different answers: five peer suites refuse
  such pairs and none accepts them. A noun on one side only is still dropped (``5 cards`` is
  ``5``); singular and plural, and known units' spellings, are one noun (``1 micron`` is ``1
  micrometer``, now known units, as are ``nanometer``, ``millisecond``, ``microsecond`` and
  ``nanosecond``).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("5 blocks", "5 cards", False),
        ("1000 cats", "1,000 envelopes", False),
        ("20 cards", "20张", False),
        ("3人", "3棵", False),
        ("5 elma", "5 armut", False),
        ("5 cards", "5", True),
        ("1 card", "1 cards", True),
        ("3 boxes", "3 box", True),
        ("2 berries", "2 berry", True),
        ("3 people", "3 persons", True),
        ("12 dollars", "12 USD", True),
        ("1 micron", "1 micrometer", True),
        ("1 micron", "1000 nm", True),
        ("2 microseconds", "2000 nanoseconds", True),
        ("5 ms", "5 milliseconds", True),
        ("1.5 billion", "1.5 million", False),
    ],
)
def test_hundred_forty_fourth_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
