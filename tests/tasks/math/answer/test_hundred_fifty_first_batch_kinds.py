"""Kinds read again from the dev half of batch 151 in session 48.

- ``n choose k`` typed in words between its operands is the binomial coefficient:
  ``(n choose 2) * 2`` is ``n(n-1)``, ``5 choose 2`` is ``10``; an operand is a whole number,
  one lower-case letter or a group in parentheses, so prose such as ``I choose 3`` is not read
  as a binomial.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("n(n-1)", "(n choose 2) * 2", True),
        ("n^2-n", "(n choose 2) * 2", True),
        ("n(n+1)", "(n choose 2) * 2", False),
        ("10", "5 choose 2", True),
        ("10", "(5 choose 2)", True),
        ("11", "5 choose 2", False),
        ("\\binom{10}{3}", "10 choose 3", True),
        ("n(n+1)/2", "(n+1) choose 2", True),
        ("n(n-1)/2", "(n+1) choose 2", False),
        ("120", "10 choose 3", True),
        ("3", "I choose 3", False),
    ],
)
def test_infix_choose_is_the_binomial(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference, 1.0).equivalent is equal
