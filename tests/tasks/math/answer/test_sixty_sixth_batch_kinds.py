"""Answer kinds found on the sixty-sixth batch's dev half (``dev66``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # equations are equal only on evidence: a group with no value (sympy's call syntax reads
        # as letters times a tuple) is an unknown of its own, and no point valued is no match
        ("Integral(y*x, (x, 0, z)) = y*z^2/2", "2*Integral(y*x, (x, 0, z)) = y*z", False),
        ("f(a,b) = 1", "f(b,a) = 1", False),
        ("g(x, 2) = x", "g(x, 3) = x", False),
        # the same group on both sides still compares as the equations do
        ("Derivative(x^2 + 6, x) = 2*x", "Derivative(x^2 + 6, x) - 2*x = 0", True),
        ("f(a,b) = 1", "2 f(a,b) = 2", True),
        ("Derivative(x^2 + 6, x) = 2*x", "Derivative(x^2 + 6, x) = 3*x", False),
    ],
)
def test_check_equivalent__equations_with_valueless_groups_need_evidence(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
