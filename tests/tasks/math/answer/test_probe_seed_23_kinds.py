"""False matches the soundness probe's edits found in session 39 (``benchmarks/
probe_value_changes.py --seed 23``, ``--seed 25``, ``--seed 26 --extract``).

- Points where every variable has one sign cannot tell ``|x| + |y|`` from ``|x + y|``, nor
  ``\\sqrt{x^2 y^2}`` from ``xy``, nor ``|x| < y^z`` from ``x < y^z``: the checks off the
  usual range now also use points of mixed signs.
- An inequality whose ``lhs - rhs`` is zero at every usual point (``|x| > x`` against
  ``x > x``) skipped the checks off the usual range.
- Two equations the grammar cannot read in full were both read from their last sides
  alone, whatever came before: ``\\nabla + E = 5`` matched ``\\nabla \\cdot E = 5`` and
  ``w(12.w-5)=25`` matched ``w(12.5-w)=25``. Their other sides must now share their numbers
  and operators; names spelled two ways still match.
- Two powers that decay fast are both tiny at the usual points, where the absolute tolerance
  cannot tell them apart: ``x^{-2345.6}`` matched ``x^{-234.56}`` (seed 25). Trees that meet a
  tiny value there are compared just above 1 too.
- Aligned lines inside a box that closes the text were read as a derivation whose last line is
  the answer, the box's opening taken for the first line's left side:
  ``\\boxed{\\begin{aligned}a &= 13 \\\\ b &= 94 \\\\ c &= 15\\end{aligned}}`` matched its
  ``b = 14`` twin (seed 25). The lines are now read inside the box, a system when each gives a
  letter its value.
- Small values that are no cancellation's float noise were compared within the absolute
  tolerance: ``\\pi \\cdot 10^{-19}`` matched ``\\pi \\cdot 10^{-18}``, and a product of
  physical constants its tenfold (seed 26). A product of numbers, constants and letters is now
  compared relatively however small; the absolute tolerance stays for trees holding a sum or a
  function (``\\sin(\\pi) x`` is ``0``), scaled down when their terms are all smaller than 1
  (``\\pi \\cdot 10^{-19} + 10^{-20}`` is not ``\\pi \\cdot 10^{-19}``).
- A unit after the last operand of an expression that holds units of its own was dropped as
  the whole answer's unit: ``2m/s*3km/s`` matched ``2m/s*3m/s`` (seed 27, an old lead). It is
  kept now; a one-letter word before the value is a name (``A = 1872\\,cm^2`` is ``1872``).
- Checked without extraction, a quantity followed by words lost its unit: ``0.5 to 0.8 km
  beneath the ice bottom`` matched its ``m`` twin (seed 27), and so did ``**Final answer:**
  $20\\ km$ upward``, its label in bold (an old lead). The words after a unit and a bold
  label are read past now, and so are math delimiters around a whole boxed answer and a
  Markdown heading before its label: ``### Final Answer:\n$\\boxed{900\\text{ m/min and
  }750\\text{ km/min}}$`` matched its ``m/min`` twin (seed 29).
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
        ("x^(-2345.6)", "x^(-234.56)", False),
        ("2m/s*3km/s", "2m/s*3m/s", False),
        (
            "approximately 0.5 to 0.8 km beneath the ice bottom",
            "approximately 0.5 to 0.8 m beneath the ice bottom",
            False,
        ),
        ("0.5 to 0.8 m beneath the ice bottom", "0.5 to 0.8 m", True),
        ("**Final answer:** $20\\ km$ upward", "**Final answer:** $20\\ m$ upward", False),
        ("**Final answer:** $20\\ km$ upward", "20 km", True),
        ("12 cm long", "12 m long", False),
        (
            "### Final Answer:\n$\\boxed{900\\text{ m/min and }750\\text{ km/min}}$",
            "### Final Answer:\n$\\boxed{900\\text{ m/min and }750\\text{ m/min}}$",
            False,
        ),
        ("$\\boxed{10\\text{ mm}}$", "$\\boxed{10\\text{ cm}}$", False),
        ("$\\boxed{10\\text{ mm}}$", "10 mm", True),
        ("5 apples left", "5", True),
        ("-0.5 kg m/s^2+10 kg km/s^2", "-0.5 kg m/s^2+10 kg m/s^2", False),
        ("A = 1872\\,cm^2", "1872", True),
        ("36\\pi cm^2", "36\\pi", True),
        ("\\pi \\cdot 10^{-19}", "\\pi \\cdot 10^{-18}", False),
        ("2\\pi \\cdot 1.6e-19 q", "2\\pi \\cdot 1.6e-18 q", False),
        ("\\frac{\\pi}{10^{20}}", "\\pi \\cdot 10^{-20}", True),
        ("\\sin(\\pi) x", "0", True),
        ("\\pi \\cdot 10^{-19} + 10^{-20}", "\\pi \\cdot 10^{-19}", False),
        ("10^{-19}\\sin(\\pi)", "0", True),
        ("10^{-20}(x+1)^2 - 10^{-20}(x^2 + 2x + 1)", "0", True),
        ("(x+1)^2 - x^2 - 2x - 1", "0", True),
        (
            "\\boxed{\\begin{aligned}a &= 13 \\\\ b &= 94 \\\\ c &= 15\\end{aligned}}",
            "\\boxed{\\begin{aligned}a &= 13 \\\\ b &= 14 \\\\ c &= 15\\end{aligned}}",
            False,
        ),
        (
            "Final Answer:\n\\boxed{\\begin{aligned}a &= 13 \\\\ b &= 94\\end{aligned}}",
            "Final Answer:\n\\boxed{\\begin{aligned}a &= 13 \\\\ b &= 14\\end{aligned}}",
            False,
        ),
        ("\\boxed{\\begin{aligned}a &= 13 \\\\ b &= 14\\end{aligned}}", "a=13, b=14", True),
        (
            "\\boxed{\\begin{aligned}2\\alpha &= 290 \\\\ \\alpha &= 145\\end{aligned}}",
            "\\alpha = 145",
            True,
        ),
        ("x^{-2345.6}", "x^{-234.56}", False),
        ("e^{-100x}", "e^{-101x}", False),
        ("(x-2)^{60}", "(2-x)^{60}", True),
        ("x^{-234.56}", "\\frac{1}{x^{234.56}}", True),
        ("\\sqrt{\\ln(xy) - (\\ln x + \\ln y)}", "\\ln(xy) - (\\ln x + \\ln y)", True),
    ],
)
def test_probe_seed_23_kinds(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
