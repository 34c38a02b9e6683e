"""Kinds from the hundred-and-sixteenth and hundred-and-seventeenth batches and the blind109 and
blind110 halves released with them.

- An amount of money against a percent (blind110 and dev110: a financial QA evaluator's ``$42``
  is not ``42%``, nor ``100%`` ``$100``): each side alone drops its sign (``$42`` is ``42``, and
  ``42%`` is ``42`` under the percent rule), but the two state different quantities. The rule
  reads every sign the unit reader leaves (a currency sign, a percent, degrees) against any
  other kind: ``€100`` is not ``$100`` (blind76), ``5 m`` is not ``5%``, ``30°`` is not ``30%``;
  units the reader names still go to it, which converts between them.
- dev116, dev117 and blind109 have nothing else to fix: their misses are a tutor's built-in 1%
  tolerance (``12`` for ``12.05``), a tolerance set at its boundary, an Indonesian decimal comma
  read against thousands, and blind110's are a financial evaluator's 10% closeness.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("$42", "42%", False),
        ("100%", "$100", False),
        ("\\$42", "42\\%", False),
        ("100 dollars", "100 percent", False),
        ("€5", "5%", False),
        ("$42", "42", True),
        ("42%", "42", True),
        ("$75$", "75%", True),
        ("$42", "$42.00", True),
        ("€100", "$100", False),
        ("£5", "$5", False),
        ("5 m", "5%", False),
        ("$5", "5 m", False),
        ("5 kg", "$5", False),
        ("30°", "30%", False),
        ("5 hours", "5%", False),
        ("$5", "5 dollars", True),
        ("30°", "30 degrees", True),
        ("¥500", "500 yen", True),
        ("5%", "5 percent", True),
    ],
)
def test_check_equivalent__money_percent_and_degrees_are_kinds_of_quantity(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
