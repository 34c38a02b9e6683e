"""False matches the soundness probe's edits found in session 39 (``benchmarks/
probe_value_changes.py --seed 23``).

- Points where every variable has one sign cannot tell ``|x| + |y|`` from ``|x + y|``, nor
  ``\\sqrt{x^2 y^2}`` from ``xy``, nor ``|x| < y^z`` from ``x < y^z``: the checks off the
  usual range now also use points of mixed signs.
- An inequality whose ``lhs - rhs`` is zero at every usual point (``|x| > x`` against
  ``x > x``) skipped the checks off the usual range.
- Two equations the grammar cannot read in full were both read from their last sides
  alone, whatever came before: ``\\nabla + E = 5`` matched ``\\nabla \\cdot E = 5`` and
  ``w(12.w-5)=25`` matched ``w(12.5-w)=25``. Their other sides must now share their numbers
  and operators; names spelled two ways still match.
"""

from __future__ import annotations

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("|x|+|y|", "|x+y|", False),
        ("\\sqrt{x^2 y^2}", "x y", False),
        ("\\sqrt{x^2 y^2}", "|x| |y|", True),
        ("abs(x y)", "x*y", False),
        ("\\sqrt{a}\\sqrt{b}", "\\sqrt{ab}", True),
        ("\\ln(xy)", "\\ln x + \\ln y", True),
        ("|x| < y ^ z", "x < y ^ z", False),
        ("|x| > x", "x > x", False),
        ("|x| + y = 1", "x + y = 1", False),
        ("\\nabla + E = 5", "\\nabla \\cdot E = 5", False),
        ("w(12.w-5)=25", "w(12.5-w)=25", False),
        ("\\frac{\\zzz}{2} = 5", "\\frac{\\zzz}{3}=5", False),
        ("\\frac{\\zzz}{2} = 5", "\\frac{\\zzz}{2}=5", True),
        ("x = \\zzz = 5", "x = 5", True),
        ("1 = \\zzz = x = 0", "x = 0", True),
        ("\\zzz = 5", "5", True),
        ("х=7", "x = 7", True),
        ("\\vb{p}=mv", "\\mathbf{p}=mv", True),
        ("a\\cdot \\zzz = 5", "a*\\zzz=5", True),
    ],
)
def test_probe_seed_23_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
