"""Answer pairs with known verdicts: ``(candidate, reference, expected_equivalent, form)``.

Hand-written pairs cover each answer form the verifier must handle; generated
pairs vary numbers through the same forms, with labels computed by exact
``Fraction`` arithmetic, never by the verifier under test. Shared by the tests
and by ``benchmarks/bench_verifier.py``.
"""

from __future__ import annotations

import random
from fractions import Fraction

AnswerPair = tuple[str, str, bool, str]

HAND_WRITTEN_PAIRS: list[AnswerPair] = [
    # integers and negatives
    ("42", "42", True, "integer"),
    ("42", "43", False, "integer"),
    ("-7", "-7", True, "negative"),
    ("-7", "7", False, "negative"),
    ("- 7", "-7", True, "negative"),
    ("+5", "5", True, "integer"),
    ("007", "7", True, "integer"),
    ("0", "-0", True, "integer"),
    ("100", "1000", False, "integer"),
    ("12", "21", False, "integer"),
    # decimals
    ("3.0", "3", True, "decimal"),
    ("3.50", "3.5", True, "decimal"),
    (".5", "0.5", True, "decimal"),
    ("0.25", r"\frac{1}{4}", True, "decimal"),
    ("0.33", r"\frac{1}{3}", False, "decimal"),
    ("2.5", "2.05", False, "decimal"),
    ("-0.75", r"-\frac34", True, "decimal"),
    ("1.414", r"\sqrt{2}", False, "decimal"),
    ("3.14", r"\pi", False, "decimal"),
    ("0.1", "0.01", False, "decimal"),
    # fractions in every spelling
    (r"\frac{1}{2}", "1/2", True, "fraction"),
    (r"\dfrac{3}{4}", r"\frac{3}{4}", True, "fraction"),
    (r"\tfrac{3}{4}", "0.75", True, "fraction"),
    (r"\frac12", r"\frac{1}{2}", True, "fraction"),
    (r"\frac{2}{4}", r"\frac{1}{2}", True, "fraction"),
    (r"\frac{-2}{3}", r"-\frac{2}{3}", True, "fraction"),
    (r"\frac{2}{-3}", r"-\frac{2}{3}", True, "fraction"),
    (r"\frac{2}{3}", r"\frac{3}{2}", False, "fraction"),
    (r"\frac{1}{2}", r"\frac{1}{3}", False, "fraction"),
    ("6/4", r"\frac{3}{2}", True, "fraction"),
    (r"\frac{10}{2}", "5", True, "fraction"),
    (r"\frac{\frac{1}{2}}{2}", r"\frac14", True, "fraction"),
    (r"\cfrac{1}{1+\cfrac{1}{2}}", r"\frac{2}{3}", True, "fraction"),
    # square roots and n-th roots
    (r"2\sqrt{3}", r"\sqrt{12}", True, "sqrt"),
    (r"\frac{\sqrt{3}}{2}", r"\frac{1}{2}\sqrt{3}", True, "sqrt"),
    (r"\sqrt{8}", r"2\sqrt{2}", True, "sqrt"),
    (r"\sqrt{8}", r"2\sqrt{3}", False, "sqrt"),
    (r"\sqrt2", r"\sqrt{2}", True, "sqrt"),
    (r"\frac{1}{\sqrt{2}}", r"\frac{\sqrt{2}}{2}", True, "sqrt"),
    (r"\sqrt{16}", "4", True, "sqrt"),
    (r"\sqrt{15}", "4", False, "sqrt"),
    (r"3\sqrt{5}", r"\sqrt{45}", True, "sqrt"),
    (r"5\sqrt{3}", r"\sqrt{45}", False, "sqrt"),
    (r"\sqrt[3]{8}", "2", True, "nth root"),
    (r"\sqrt[3]{-27}", "-3", True, "nth root"),
    (r"\sqrt[4]{16}", "2", True, "nth root"),
    (r"2\sqrt[3]{2}", r"\sqrt[3]{16}", True, "nth root"),
    (r"\sqrt[3]{2}", r"\sqrt{2}", False, "nth root"),
    (r"4^{1/2}", "2", True, "nth root"),
    (r"1+\sqrt{2}", r"\sqrt{2}+1", True, "sqrt"),
    (r"\frac{1+\sqrt{5}}{2}", r"\frac{\sqrt{5}+1}{2}", True, "sqrt"),
    (r"\frac{1-\sqrt{5}}{2}", r"\frac{1+\sqrt{5}}{2}", False, "sqrt"),
    (r"\sqrt{2}\cdot\sqrt{3}", r"\sqrt{6}", True, "sqrt"),
    # pi
    (r"2\pi", r"\pi+\pi", True, "pi"),
    (r"\frac{\pi}{2}", r"\frac{1}{2}\pi", True, "pi"),
    (r"\frac{\pi}{3}", r"\frac{\pi}{6}", False, "pi"),
    (r"4\pi", r"4 \pi", True, "pi"),
    (r"\pi r^2", r"r^2\pi", True, "pi"),
    (r"12\pi", "12", False, "pi"),
    (r"\frac{3\pi}{4}", r"\frac34\pi", True, "pi"),
    ("π/2", r"\frac{\pi}{2}", True, "pi"),
    (r"36\pi", r"36\pi \text{ cubic units}", True, "pi"),
    # percentages
    (r"50\%", "50", True, "percent"),
    (r"50\%", "0.5", True, "percent"),
    ("25%", r"25\%", True, "percent"),
    (r"12.5\%", r"\frac{25}{2}", True, "percent"),
    (r"40\%", "60", False, "percent"),
    (r"40\%", r"50\%", False, "percent"),
    # units and text wrappers
    (r"5\text{ cm}", "5", True, "units"),
    (r"5 \mbox{ cm}", "5", True, "units"),
    (r"12\text{ inches}", "12", True, "units"),
    (r"12\text{ inches}", "13", False, "units"),
    ("18 dollars", "18", True, "units"),
    (r"\$18", "18", True, "units"),
    (r"\$18.00", "18", True, "units"),
    (r"20\text{ square units}", "20", True, "units"),
    (r"6\text{ cm}^2", "6", True, "units"),
    (r"\text{5}", "5", True, "units"),
    (r"\mathrm{7}", "7", True, "units"),
    ("9 hours", "9", True, "units"),
    ("3 students", "4", False, "units"),
    (r"\textbf{8}", "8", True, "units"),
    # degrees
    (r"30^\circ", "30", True, "degrees"),
    (r"30^{\circ}", "30", True, "degrees"),
    ("45°", "45", True, "degrees"),
    (r"120^\circ", "60", False, "degrees"),
    (r"90^\circ", r"90^{\circ}", True, "degrees"),
    # thousands separators
    ("1,000", "1000", True, "thousands"),
    ("1,234,567", "1234567", True, "thousands"),
    (r"1{,}000", "1000", True, "thousands"),
    (r"10\,000", "10000", True, "thousands"),
    ("1,000", "100", False, "thousands"),
    (r"\$1,200", "1200", True, "thousands"),
    ("2,500.5", "2500.5", True, "thousands"),
    # \left \right and delimiters
    (r"\left( 1, 2 \right)", "(1,2)", True, "left-right"),
    (r"\left[ 0, 1 \right]", "[0,1]", True, "left-right"),
    (r"\left\{ 1, 2 \right\}", r"\{1,2\}", True, "left-right"),
    (r"$\frac{1}{2}$", "0.5", True, "left-right"),
    (r"\left(\frac{1}{2}\right)", "0.5", True, "left-right"),
    (r"\displaystyle\frac{1}{2}", "0.5", True, "left-right"),
    (r"\left( 2, 1 \right)", "(1,2)", False, "left-right"),
    # intervals: bracket kinds matter
    ("(0, 1)", "(0,1)", True, "interval"),
    ("[0, 1]", "[0,1]", True, "interval"),
    ("[0, 1)", "[0,1)", True, "interval"),
    ("(0, 1]", "[0,1]", False, "interval"),
    ("[0, 1)", "[0,1]", False, "interval"),
    (r"(-\infty, 3]", r"(-\infty,3]", True, "interval"),
    (r"(-\infty, 3)", r"(-\infty,3]", False, "interval"),
    (r"[2, \infty)", r"[2,+\infty)", True, "interval"),
    (r"(-\infty, 0) \cup (1, \infty)", r"(-\infty,0)\cup(1,\infty)", True, "interval"),
    (r"(1, \infty) \cup (-\infty, 0)", r"(-\infty,0)\cup(1,\infty)", True, "interval"),
    (r"(-\infty, 0] \cup (1, \infty)", r"(-\infty,0)\cup(1,\infty)", False, "interval"),
    (r"\left[\frac{1}{2}, 3\right)", "[0.5, 3)", True, "interval"),
    (r"x \in [2, 5)", "[2,5)", True, "interval"),
    (r"(-\infty, \infty)", r"\mathbb{R}", True, "interval"),
    (r"(-3, 3)", "(-3, 4)", False, "interval"),
    ("[-2, 7]", r"[-2, 7)", False, "interval"),
    # tuples and ordered pairs
    ("(1, 2)", "(1,2)", True, "tuple"),
    ("(1, 2)", "(2, 1)", False, "tuple"),
    (r"(\frac{1}{2}, 3)", "(0.5, 3)", True, "tuple"),
    ("(1, 2, 3)", "(1, 2)", False, "tuple"),
    (r"(3, \frac{\pi}{2})", r"\left( 3, \frac{\pi}{2} \right)", True, "tuple"),
    (r"(-1, \sqrt{2})", r"(-1, \sqrt{3})", False, "tuple"),
    ("(0,0,0)", "(0, 0, 0)", True, "tuple"),
    (r"(2\sqrt{2}, -1)", r"(\sqrt{8}, -1)", True, "tuple"),
    (r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}", r"\begin{pmatrix}1\\2\end{pmatrix}", True, "tuple"),
    (r"\begin{pmatrix} 1 \\ -2 \end{pmatrix}", r"\begin{pmatrix}1\\2\end{pmatrix}", False, "tuple"),
    (
        r"\begin{pmatrix} 1/2 & 0 \\ 0 & 1 \end{pmatrix}",
        r"\begin{pmatrix} \frac{1}{2} & 0 \\ 0 & 1 \end{pmatrix}",
        True,
        "tuple",
    ),
    # sets and unordered lists
    (r"\{1, 2\}", r"\{2, 1\}", True, "set"),
    (r"\{1, 2, 3\}", r"\{1, 2\}", False, "set"),
    ("1, 2", "2, 1", True, "set"),
    ("-2, 1", "1, -2", True, "set"),
    ("1, 2", "1, 3", False, "set"),
    (r"\{\frac12, 2\}", r"\{2, 0.5\}", True, "set"),
    ("1, 2, 3", "3,2,1", True, "set"),
    ("1, 1, 2", "1, 2, 2", False, "set"),
    (r"\emptyset", r"\varnothing", True, "set"),
    (r"\emptyset", r"\{0\}", False, "set"),
    ("x=1 or x=2", "1, 2", True, "set"),
    (r"1 \text{ and } 2", "1, 2", True, "set"),
    (r"3, -\frac{1}{2}", r"-\frac12, 3", True, "set"),
    # simple expressions
    ("x^2+2x+1", "(x+1)^2", True, "expression"),
    ("x^2+2x+1", "(x-1)^2", False, "expression"),
    ("2x+2y", "2(x+y)", True, "expression"),
    (r"\frac{x}{2}", "0.5x", True, "expression"),
    ("x^2-1", "(x-1)(x+1)", True, "expression"),
    ("x^2+1", "(x-1)(x+1)", False, "expression"),
    ("3x", "x3", True, "expression"),
    (r"\frac{1}{x}", "x^{-1}", True, "expression"),
    (r"\frac{x^2-4}{x-2}", "x+2", True, "expression"),
    (r"a^2 - b^2", "(a-b)(a+b)", True, "expression"),
    ("a+b", "a-b", False, "expression"),
    ("2a", "a2", True, "expression"),
    ("x^3", "x^2", False, "expression"),
    (r"6x^2 - 5x + 1", "(2x-1)(3x-1)", True, "expression"),
    (r"6x^2 - 5x + 1", "(2x+1)(3x-1)", False, "expression"),
    (r"2^{10}", "1024", True, "expression"),
    (r"2^{10}", "1000", False, "expression"),
    (r"3 \cdot 4", "12", True, "expression"),
    (r"3 \times 4 + 1", "13", True, "expression"),
    (r"10 \div 4", r"\frac52", True, "expression"),
    ("5!", "120", True, "expression"),
    (r"\binom{5}{2}", "10", True, "expression"),
    (r"\dbinom{6}{3}", "20", True, "expression"),
    (r"\sin^2 x + \cos^2 x", "1", True, "expression"),
    (r"\log_2 8", "3", True, "expression"),
    (r"\ln(e^2)", "2", True, "expression"),
    (r"e^{i\pi}", "-1", True, "expression"),
    ("|-3|", "3", True, "expression"),
    (r"\left|x\right|", "|x|", True, "expression"),
    (r"\frac{2^{3}}{4}", "2", True, "expression"),
    (r"\sin\frac{\pi}{6}", r"\frac12", True, "expression"),
    (r"\cos(\pi)", "-1", True, "expression"),
    (r"\tan\frac{\pi}{4}", "2", False, "expression"),
    ("2^{-1}", "0.5", True, "expression"),
    (r"(-2)^3", "-8", True, "expression"),
    ("-2^2", "4", False, "expression"),
    ("n(n+1)/2", r"\frac{n^2+n}{2}", True, "expression"),
    ("n(n+1)/2", r"\frac{n^2-n}{2}", False, "expression"),
    # equations
    ("x=3", "3", True, "equation"),
    ("3", "x = 3", True, "equation"),
    ("x=3", "4", False, "equation"),
    ("y = 2x + 3", "y=2x+3", True, "equation"),
    ("y = 2x + 3", "2x - y + 3 = 0", True, "equation"),
    ("y = 2x + 3", "y = 3x + 2", False, "equation"),
    (r"x = \frac{1}{2}", "0.5", True, "equation"),
    ("x > 3", "3 < x", True, "equation"),
    ("x > 3", r"x \geq 3", False, "equation"),
    ("a = 5", "5", True, "equation"),
    ("k = -2", "-2", True, "equation"),
    ("x = 2, y = 3", "2, 3", True, "equation"),
    (r"f(x) = x^2", "x^2", True, "equation"),
    ("x^2 + y^2 = 1", "y^2 + x^2 = 1", True, "equation"),
    ("x^2 + y^2 = 1", "x^2 + y^2 = 2", False, "equation"),
    # infinity
    (r"\infty", r"\infty", True, "infinity"),
    (r"\infty", r"+\infty", True, "infinity"),
    (r"-\infty", r"\infty", False, "infinity"),
    (r"\infty", "1000000", False, "infinity"),
    ("∞", r"\infty", True, "infinity"),
    # plus-minus
    (r"\pm 2", "2, -2", True, "plus-minus"),
    (r"1 \pm \sqrt{2}", r"1+\sqrt{2}, 1-\sqrt{2}", True, "plus-minus"),
    (r"1 \pm \sqrt{2}", r"1+\sqrt{2}", False, "plus-minus"),
    (r"x = \pm 3", "3, -3", True, "plus-minus"),
    (r"\frac{-1 \pm \sqrt{5}}{2}", r"\frac{-1+\sqrt5}{2}, \frac{-1-\sqrt5}{2}", True, "plus-minus"),
    # complex numbers
    ("3+4i", "4i+3", True, "complex"),
    ("3+4i", "3-4i", False, "complex"),
    ("i^2", "-1", True, "complex"),
    (r"\frac{1+i}{2}", r"\frac12 + \frac{i}{2}", True, "complex"),
    # text answers
    (r"\text{Evelyn}", "Evelyn", True, "text"),
    ("Evelyn", "Hannah", False, "text"),
    (r"\text{(C)}", "(C)", True, "text"),
    ("(C)", "(D)", False, "text"),
    (r"\text{Monday}", "monday", True, "text"),
    ("yes", "no", False, "text"),
    # numerals in another base stay in that base
    ("52_8", "52_{8}", True, "base"),
    ("52_8", "42", False, "base"),
    ("1011_2", "1011_{2}", True, "base"),
    ("204_5", "204_6", False, "base"),
    # should never match
    ("", "0", False, "malformed"),
    ("1+", "1", False, "malformed"),
    ("(1, 2", "(1,2)", False, "malformed"),
    (r"\frac{1}{0}", r"\frac{1}{0}x", False, "malformed"),
    (r"\frac{1}", "1", False, "malformed"),
]


def _fraction_latex(value: Fraction, style: str) -> str:
    sign = "-" if value < 0 else ""
    p, q = abs(value.numerator), value.denominator
    if q == 1:
        return f"{sign}{p}"
    if style == "slash":
        return f"{sign}{p}/{q}"
    return f"{sign}\\{style}{{{p}}}{{{q}}}"


def _terminating_decimal(value: Fraction) -> str | None:
    q = value.denominator
    for prime in (2, 5):
        while q % prime == 0:
            q //= prime
    if q != 1:
        return None
    text = f"{float(value):.10f}".rstrip("0").rstrip(".")
    return text if Fraction(text) == value else None


def generated_pairs(seed: int = 2025, count: int = 40) -> list[AnswerPair]:
    """Number-form variants with labels from exact Fraction arithmetic."""
    rng = random.Random(seed)
    pairs: list[AnswerPair] = []
    for _ in range(count):
        value = Fraction(rng.randint(-60, 60), rng.randint(1, 16))
        other = value + Fraction(rng.choice([-3, -1, 1, 2]), rng.randint(1, 7))
        style = rng.choice(["frac", "dfrac", "tfrac", "slash"])
        pairs.append(
            (
                _fraction_latex(value, style),
                _fraction_latex(value, "frac"),
                True,
                "generated fraction",
            )
        )
        pairs.append(
            (
                _fraction_latex(other, style),
                _fraction_latex(value, "frac"),
                False,
                "generated fraction",
            )
        )
        decimal = _terminating_decimal(value)
        if decimal is not None:
            pairs.append((decimal, _fraction_latex(value, "frac"), True, "generated decimal"))
        square_part, free = rng.randint(2, 6), rng.choice([2, 3, 5, 6, 7])
        pairs.append(
            (
                f"{square_part}\\sqrt{{{free}}}",
                f"\\sqrt{{{square_part**2 * free}}}",
                True,
                "generated sqrt",
            )
        )
        pairs.append(
            (
                f"{square_part}\\sqrt{{{free}}}",
                f"\\sqrt{{{square_part**2 * free + 1}}}",
                False,
                "generated sqrt",
            )
        )
        a, b = rng.randint(-9, 9), rng.randint(1, 9)
        left, right = sorted((a, a + b))
        pairs.append(
            (f"[{left}, {right})", f"\\left[{left},{right}\\right)", True, "generated interval")
        )
        pairs.append((f"({left}, {right}]", f"[{left},{right}]", False, "generated interval"))
        pairs.append(
            (f"{1000 * b + abs(a):,}", str(1000 * b + abs(a)), True, "generated thousands")
        )
        pairs.append((f"{a}x^2+{b}x", f"x({a}x+{b})", True, "generated expression"))
        pairs.append((f"{a}x^2+{b}x", f"x({a}x-{b})", False, "generated expression"))
    return pairs


ANSWER_PAIRS: list[AnswerPair] = HAND_WRITTEN_PAIRS + generated_pairs()
"""every pair the accuracy test and the benchmark use"""
