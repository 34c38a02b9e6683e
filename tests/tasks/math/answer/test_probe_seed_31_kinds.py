"""False matches the soundness probe's edits found in session 40
(``benchmarks/probe_value_changes.py --seed 31``, ``--seed 33``, ``--seed 36``,
``--seed 37 --extract``).

- A product of units after a value that is not one number was dropped on both sides by the
  normalizer, which drops unit words: ``2*3 m/s`` matched ``2*3 m/h`` and
  ``-\\sin(\\pi/2)\\sqrt{441}^{0.77} kg m/s^3`` its ``kg m/s^2`` twin. Two such tails are now
  read as unit expressions and compared by size and dimension; a lone letter after a value
  stays a name (``2\\pi r h``).
- A last word that is a unit was cut as a word after the quantity (``\\sqrt{4} kg km`` read
  as ``\\sqrt{4} kg``).
- A signed exponent in a tower took its sign inside the next power: ``2^-3^2`` was
  ``2^{(-3)^2}``, equal to ``2^3^2``. It is ``2^{-(3^2)}`` now, as ``-3^2`` is ``-9``; a braced
  ``2^{-3}^2`` keeps its braces' grouping.
- A fast-decaying power beside a term of ordinary size is lost at the usual points:
  ``x^{-2345.6} + 1`` matched ``x^{-234.56} + 1`` (seed 33), where session 39's check just
  above 1 ran only when a whole value was tiny. It now also runs when a tree holds a variable's
  power to a large negative number.
- A derivation concluded in words only was read as its conclusion alone: ``6 × 13 = 92, so the
  division is correct.`` matched ``7 × 13 = 91, so the division is correct.`` (seed 33). A
  conclusion with no value now leaves the working as the answer.
- A decimal after ``\\approx`` was taken for its side's value even when the exact value
  before it says otherwise: ``4/2 ≈ 0.5`` matched ``1/2 ≈ 0.5`` (seed 36). The decimal now
  counts only when it rounds or cuts the exact value off at its last place.
- A number with a thousands comma inside arithmetic kept its list reading beside the grouped
  one: ``1,000/2`` matched ``1,000/8`` (both listing ``1`` and ``0``) and ``1, 0`` (seed 37).
  A group led by a zero (``,000``) now only groups.
- A quantifier's domain after an answer was dropped: ``f(x) = 1 \\text{ for all } x \\in
  \\mathbb{Q}_{<0}`` matched its ``\\mathbb{Q}_{>0}`` twin (probe seed 23, an old lead). Two
  answers that both state a domain must state the same one, up to its spelling
  (``\\mathbb{Q}^+`` is ``\\mathbb{Q}_{>0}``, ``ℝ`` is ``\\mathbb R``).
- A map's prefix was dropped whatever its variable: ``y ↦ (x - 1)/2``, a constant map, matched
  ``x ↦ (x - 1)/2`` (seed 37 and an old lead). A map whose expression holds letters but not its
  own variable now keeps its prefix.
- Equations on lines broken with LaTeX's ``\\\\`` outside an environment were read from the
  last line alone: ``x=6 \\\\ y=2`` matched ``x=1 \\\\ y=2`` (seed 39, with extraction, which
  takes a ``gather`` environment's lines out of it). They are read as lines of a text are: a
  list of equations.
"""

from __future__ import annotations

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("2*3 m/s", "2*3 m/h", False),
        ("2*3 m/s", "2*3 m/s", True),
        ("(2) kg m/s^3", "(2) kg m/s^2", False),
        ("\\sqrt{4} kg m/s^3", "\\sqrt{4} kg m/s^2", False),
        (
            "-sin(pi/2)*sqrt(441)^(0.77233) kg m/s^3",
            "-sin(pi/2)*sqrt(441)^(0.77233) kg m/s^2",
            False,
        ),
        ("sqrt(4) kg m", "sqrt(4) kg km", False),
        ("sqrt(4) kg m/s^2", "sqrt(4) N", True),
        ("2\\pi r h", "2\\pi h r", True),
        ("5 m in total", "5", True),
        ("2^-3^2", "2^3^2", False),
        ("2^-3^2", "2^{-9}", True),
        ("2^{-3}^2", "2^9", True),
        ("2^-x^2", "2^{-(x^2)}", True),
        ("10^-12", "10^{-12}", True),
        ("x^(-2345.6)+1", "x^(-234.56)+1", False),
        ("x^{-30}+1", "\\frac{1}{x^{30}}+1", True),
        ("2x^{-25} + 3", "3 + 2/x^25", True),
        (
            "6 × 13 = 92, so the division is correct.",
            "7 × 13 = 91, so the division is correct.",
            False,
        ),
        (
            "7 × 13 = 91, so the division is correct.",
            "7 × 13 = 91, so the division is correct",
            True,
        ),
        ("3x = 15 so x = 5", "5", True),
        (
            "f(x) = 1 \\text{ for all } x \\in \\mathbb{Q}_{<0}",
            "f(x) = 1 \\text{ for all } x \\in \\mathbb{Q}_{>0}",
            False,
        ),
        (
            "f(x) = 1 \\text{ for all } x \\in \\mathbb{Q}^+",
            "f(x) = 1 \\text{ for all } x \\in \\mathbb{Q}_{>0}",
            True,
        ),
        ("f(x)=x, \\forall x \\in ℝ", "f(x)=x, \\forall x \\in \\mathbb R", True),
        ("f(x)=x, \\forall x \\in \\mathbb{R}", "f(x)=x, \\forall x \\in \\mathbb{Z}", False),
        ("f(x) = 1 \\text{ for all } x \\in \\mathbb{Q}_{>0}", "f(x) = 1", True),
        ("y ↦ (x - 1)/2", "x ↦ (x - 1)/2", False),
        ("f^{-1}:y\\to \\frac{x-1}{2}", "f^{-1}:x\\to \\frac{x-1}{2}", False),
        ("f^{-1}:y\\to \\frac{y-1}{2}", "\\frac{y-1}{2}", True),
        ("x \\mapsto x^2", "x^2", True),
        ("t \\mapsto 5", "5", True),
        ("x=6\\\\y=2", "x=1\\\\y=2", False),
        ("x=1\\\\y=2", "x=1, y=2", True),
        ("2x=6 \\\\ x=3", "3", True),
        ("1,000/2", "1,000/8", False),
        ("1,000/2", "1, 0", False),
        ("1,000/2", "500", True),
        ("1,234/2", "617", True),
        ("-1,000e8", "-1,000e2", False),
        ("1,000e3", "1000000", True),
        ("2,050.5e-1", "205.05", True),
        ("1,234e2", "1, 23400", True),
        ("e^(10x)+0.0700001", "e^(10x)+0.0000001", False),
        ("e^(10x)+tan(10x)+0.2000001", "e^(10x)+tan(10x)+0.0000001", False),
        ("e^(10x)+0.0700001", "e^(10x)+0.07", False),
        ("0.333333x+1", "x/3+1", True),
        ("0.3333333(x-3)^2 + 1", "(x-3)^2/3+1", True),
        ("1.414214x - 2", "\\sqrt{2} x - 2", True),
        ("1.414214x - 2.1", "\\sqrt{2} x - 2", False),
        ("x\\dv{m}{t}=p", "m\\dv{x}{t}=p", False),
        ("x\\frac{dm}{dt} = p", "m\\frac{dx}{dt} = p", False),
        ("\\frac{da}{db}", "\\frac{a}{b}", False),
        ("\\frac{d^2y}{dx^2}", "\\frac{dy}{dx}", False),
        ("m\\dv{x}{t}=p", "m\\frac{\\mathrm{d} x}{\\mathrm{d} t}=p", True),
        ("(d^2 T)/(dx^2) + 1", "d^2T/dx^2 + 1", True),
        ("(dy)/(dx)", "\\frac{dy}{dx}", True),
        ("\\frac{dy}{dx}+1", "1+\\frac{dy}{dx}", True),
        ("\\sqrt{2} \\times 10^{-15}", "2\\sqrt{2} \\times 10^{-15}", False),
        ("sqrt(2)*10^-13", "sqrt(3)*10^-13", False),
        ("\\ln 2 \\times 10^{-13}", "\\ln 3 \\times 10^{-13}", False),
        ("(-2048*Sqrt(Pi))/13749320575", "(-2048*Sqrt(Pi))/13749310575", False),
        ("\\sqrt{2}\\cdot 10^{-15}", "\\frac{\\sqrt{8}}{2} \\cdot 10^{-15}", True),
        ("\\sin(\\pi) \\cdot 10^{-15}", "0", True),
        ("\\cos^2 x + \\sin^2 x - 1", "0", True),
        ("4/2 ≈ 0.5", "1/2 ≈ 0.5", False),
        ("4/2 ≈ 0.5", "0.5", False),
        ("\\sqrt{1.6} \\approx 1.26", "1.26", True),
        ("\\frac{\\sqrt{3}}{3}\\approx0.577", "0.577", True),
        ("\\frac{\\sqrt{3}}{3}\\approx0.677", "0.677", False),
    ],
)
def test_probe_seed_31_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
