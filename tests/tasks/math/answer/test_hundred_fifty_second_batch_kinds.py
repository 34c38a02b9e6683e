"""Kinds read again from the dev half of batch 152 and the released blind145 in session 48.

- The mathematical angle brackets typed as Unicode (``⟨3, 4⟩``; U+27E8/U+27E9 and the older
  U+2329/U+232A) are ``\\langle`` and ``\\rangle``: a vector ``⟨3, 4⟩`` is ``(3, 4)``, an
  interval opened with one (``⟨2; 8]``, as Croatian textbooks write it) is ``(2, 8]``, and a
  ket ``|0⟩`` is ``|0\\rangle``.
- A unit with its power as a glued digit (``cm2``, ``m/s2``) is a unit word after a tuple too,
  as it already was after a number: ``(3, 4) m/s2`` is ``(3, 4) m/s^2``. Only a unit the tables
  know takes the digit, so ``x2`` and ``the2`` are no unit.
- The farad and the coulomb take SI prefixes (``100 μF`` is ``100`` with a unit, ``4700 pF`` is
  ``4.7 nF``); bare ``F`` and ``C`` stay names (``x^2 + C``).
- Unicode superscript letters are an exponent as superscript digits are (``aⁿ`` is ``a^n``,
  ``xⁿ⁻¹`` is ``x^{n-1}``); a superscript digit before a root sign is the root's index
  (``³√8`` is ``\\sqrt[3]{8}``), after an operand it stays that operand's power (``x³√2``).
- Chinese ``的平方`` and ``的立方`` after a base are its square and cube (``x的平方`` is ``x^2``).
- Soundness (probe seed 168): a range in words (``0 to 10``) was a product of the letters ``t``
  and ``o``, so ``0 to 90`` matched ``0 to 10``, ``2 to 6`` matched ``3 to 4`` and ``0 to 10``
  matched ``0``; so were two numbers joined by another word (``2 by 3`` matched ``3 by 2``,
  ``2 over 3`` matched ``3 over 2``, ``1 in 3`` matched ``3 in 1``). Two such sides now compare
  number by number (with the unit written after the second) and only under the same word, and
  they are not one number; against a ratio ``1 to 100`` is still ``1:100``. ``plus`` between
  two numbers is addition (``2 plus 3`` is ``5``; as letters it matched ``1 plus 6``). Words
  before the first number (``from 2 to 6``) do not hide the numbers: two such sides whose
  numbers differ are unequal, and equal only with the same words before them.
- Soundness (probe seed 176, the new edit "swap two numbers"): a group between semicolons in an
  ordered bracket was a list in any order, so ``(5,1;3)`` matched ``(1,5;3)`` (a point with a
  decimal comma, ``(1.5; 3)``) and the matrix ``[1,2;4,3]`` matched ``[1,2;3,4]``; such a group
  is now compared in order. The same edit found arithmetic in words read as letters: ``times``
  and ``divided by`` between two numbers are a product and a quotient (``4 times 3`` is 12,
  ``7 divided by 91`` is ``7/91``), a calculator's glued ``5C3`` and ``5P3`` are counting
  (10 and 60; ``3C5`` matched ``5C3``), and a quotient with its remainder (``3 R 12``,
  ``3r12``) is two numbers in order (``12 R 3`` matched it; ``12 R0`` is still ``12``).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # angle brackets and glued unit powers
        ("⟨3, 4⟩", "(3, 4)", True),
        ("⟨3, 5⟩", "(3, 4)", False),
        ("⟨1,2,3⟩", "\\langle 1,2,3\\rangle", True),
        ("\u23291,2\u232a", "(1,2)", True),
        ("⟨2; 8]", "(2, 8]", True),
        ("⟨2; 9]", "(2, 8]", False),
        ("|0⟩", "|0\\rangle", True),
        ("(3, 4) m/s2", "(3, 4) m/s^2", True),
        ("(3, 4) cm2", "(3, 4)", True),
        ("(3, 5) cm2", "(3, 4)", False),
        ("12 cm2", "12", True),
        ("(1, 2) x2", "(1, 2)", False),
        ("x2", "x^2", False),
        # prefixed farads superscript letters and root indices
        ("100 μF", "100", True),
        ("100 µF", "100", True),
        ("5 nC", "5", True),
        ("4700 pF", "4.7 nF", True),
        ("5 μF", "5 nF", False),
        ("5 μF", "6", False),
        ("x^2 + C", "x^2", False),
        ("a^n", "aⁿ", True),
        ("x^{n-1}", "xⁿ⁻¹", True),
        ("x^n", "xⁿ⁺¹", False),
        ("2^x", "2ˣ", True),
        ("³√8", "∛(8)", True),
        ("³√8", "2", True),
        ("⁴√16", "2", True),
        ("³√9", "2", False),
        ("x³√2", "x^3\\sqrt{2}", True),
        ("2³√2", "8\\sqrt{2}", True),
        ("x的平方", "x^2", True),
        ("(a+b)的平方", "(a+b)^2", True),
        ("x的平方", "x^3", False),
        ("x的立方", "x^3", True),
        # numbers joined by a word compare one by one
        ("0 to 90", "0 to 10", False),
        ("2 to 6", "3 to 4", False),
        ("0 to 10", "0", False),
        ("3 to 4", "3 to 4.0", True),
        ("5.5 to 6.8 nM", "5.5 to 6.9 nM", False),
        ("0.0015 to 0.0020", "0.0015 to 0.002 in", True),
        ("1 to 100", "1:100", True),
        ("2 by 3", "3 by 2", False),
        ("2 by 3", "2 to 3", False),
        ("0 by 5", "0", False),
        ("0 at 5", "0 at 7", False),
        ("2 then 3", "3 then 2", False),
        ("2 by 3", "2 by 3.0", True),
        ("2 over 3", "3 over 2", False),
        ("1 in 3", "3 in 1", False),
        ("0 in 5", "0", False),
        ("3 per 4", "4 per 3", False),
        ("2 times 3", "3 times 2", True),
        ("5 choose 2", "10", True),
        ("5 and 6", "6 and 5", True),
        ("2 plus 3", "5", True),
        ("2 plus 3", "1 plus 6", False),
        ("2.5 plus .5", "3", True),
        ("from 2 to 6", "from 3 to 4", False),
        ("from 2 to 6", "from 2 to 6.0", True),
        ("about 0 to 9", "about 0 to 1", False),
        ("x from 2 to 6", "y from 2 to 6", False),
        ("approximately 0.5 to 0.9 m", "approximately 0.5 to 0.8 m", False),
        ("28", "24 to 28", True),
        ("23", "24 to 28", False),
        # groups of an ordered bracket keep their order
        ("(5,1;3)", "(1,5;3)", False),
        ("(1,5;3)", "(1.5;3)", True),
        ("(1,5;3)", "(1,5;3.0)", True),
        ("[1,2;4,3]", "[1,2;3,4]", False),
        ("[1,2;3,4]", "[1,2;3,4.0]", True),
        # arithmetic words counting and remainders
        ("2 times 3", "6", True),
        ("7 divided by 91", "7/91", True),
        ("6 divided by 3", "3", False),
        ("5C3", "10", True),
        ("5C3", "3C5", False),
        ("5P3", "60", True),
        ("^5C_2", "10", True),
        ("3 R 12", "12 R 3", False),
        ("3 R 12", "3r12", True),
        ("3 R 12", "3", False),
        ("12 R0", "12", True),
    ],
)
def test_batch_152_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference, 1.0).equivalent is equal
