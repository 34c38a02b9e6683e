"""Kinds the hundred-and-forty-second peer batch's release (blind134 and later) showed missing.

- Chinese money counted in jiao and fen (``5角``, ``1元5角``, ``2角5分``) is that many yuan
  (``0.5元``, ``1.5元``, ``0.25元``); fen alone (``5分``) stays as written, since after a number
  分 is as often minutes or points.
- A set-builder condition that opens by naming the reals as the variable's domain
  (``{k : k ∈ R, -3 ≤ k < 2}``) is the rest of the condition; another domain (``\\mathbb{Z}``)
  is not dropped.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("5角", "0.5元", True),
        ("1元5角", "1.5元", True),
        ("2角5分", "0.25元", True),
        ("1元5分", "1.05元", True),
        ("5角", "5元", False),
        ("5角", "0.6元", False),
        ("5分", "0.05元", False),
        ("5分", "5分", True),
        ("{k : k ∈ R, -3 ≤ k < 2}", "-3\\le k<2", True),
        ("{k : k ∈ R, -3 ≤ k < 2}", "[-3, 2)", True),
        ("{k : k ∈ R, -3 ≤ k < 2}", "[-3, 2]", False),
        ("\\{x \\mid x \\in \\mathbb{R}, x > 2\\}", "(2,\\infty)", True),
        ("\\{x \\mid x \\in \\mathbb{R}, x > 2\\}", "x > 3", False),
        ("\\{x \\mid x \\in \\mathbb{Z}, x > 2\\}", "x > 2", False),
        ("f(x) = -1 \\text{ for all } x \\in \\mathbb{Z}", "f(x) = -1", True),
    ],
)
def test_hundred_forty_second_batch_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
