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
    (r"1\frac{4}{5}", r"\frac{9}{5}", True, "mixed number"),
    (r"137 \frac{1}{2}", "137.5", True, "mixed number"),
    (r"-2\frac{1}{3}", r"-\frac{7}{3}", True, "mixed number"),
    (r"2\frac{1}{2}", "1", False, "mixed number"),
    (r"2\frac{x}{2}", "x", True, "mixed number"),
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
    ("12 apples", "12", True, "units"),
    (r"50\text{ km/h}", "50", True, "units"),
    (r"3\text{ m/s}^2", "3", True, "units"),
    (r"2 \text{ h}", "2", True, "units"),
    (r"5 \mathrm{~cm}^2", "5", True, "units"),
    ("12 apples", "13", False, "units"),
    (r"5\text{ apples}", "5", True, "units"),
    # degrees
    (r"30^\circ", "30", True, "degrees"),
    (r"30^{\circ}", "30", True, "degrees"),
    ("45°", "45", True, "degrees"),
    (r"120^\circ", "60", False, "degrees"),
    (r"90^\circ", r"90^{\circ}", True, "degrees"),
    (r"\boxed{106^\circ}", "106", True, "degrees"),
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


HELD_OUT_PAIRS: list[AnswerPair] = [
    # Written after the verifier passed HAND_WRITTEN_PAIRS, before running it on these;
    # the first-run accuracy is recorded in benchmarks/RESULTS.md.
    (r"\$2.50", "2.5", True, "held-out units"),
    ("2.50", r"\$2.5", True, "held-out units"),
    (r"1.5\text{ hours}", r"\frac32", True, "held-out units"),
    (r"\text{18 inches}", "18", True, "held-out units"),
    (r"x=\frac{5}{2}", r"\frac52", True, "held-out equation"),
    (r"\boxed{5}", "5", True, "held-out integer"),
    ("5.", "5", True, "held-out integer"),
    (r"-\dfrac{1}{4}", "-0.25", True, "held-out fraction"),
    (r"\frac{1}{4}", "-0.25", False, "held-out fraction"),
    (r"0.\overline{3}", r"\frac13", True, "held-out decimal"),
    (r"1.\overline{6}", r"\frac{5}{3}", True, "held-out decimal"),
    (r"3\times10^{4}", "30000", True, "held-out expression"),
    (r"3 \cdot 10^4", "30,000", True, "held-out thousands"),
    (r"1.2\times 10^{-3}", "0.0012", True, "held-out decimal"),
    ("10^{6}", "1,000,000", True, "held-out thousands"),
    (r"2^{3}\cdot 3^{2}", "72", True, "held-out expression"),
    (r"\frac{7}{2}", "3.5", True, "held-out fraction"),
    (r"\frac{7}{2}", "3.4", False, "held-out fraction"),
    (r"\sqrt{\frac{1}{4}}", r"\frac12", True, "held-out sqrt"),
    (r"\frac{\sqrt{2}}{\sqrt{8}}", r"\frac12", True, "held-out sqrt"),
    (r"\sqrt{50}", r"5\sqrt2", True, "held-out sqrt"),
    (r"\frac{3\sqrt{2}}{2}", r"\frac{3}{\sqrt{2}}", True, "held-out sqrt"),
    (r"\frac{3\sqrt{2}}{2}", r"\frac{2}{\sqrt{3}}", False, "held-out sqrt"),
    (r"4+2\sqrt{3}", r"(1+\sqrt{3})^2", True, "held-out sqrt"),
    (r"\sqrt{3}-1", r"1-\sqrt{3}", False, "held-out sqrt"),
    (r"2\pi r", r"2r\pi", True, "held-out pi"),
    (r"\pi^2", r"\pi\cdot\pi", True, "held-out pi"),
    (r"8\pi\text{ square units}", r"8\pi", True, "held-out pi"),
    (r"100\pi \text{ cm}^3", r"100\pi", True, "held-out pi"),
    (r"\text{(B)}", "B", True, "held-out text"),
    (r"\textbf{(B)}", "(B)", True, "held-out text"),
    ("B", "C", False, "held-out text"),
    (r"\text{even}", r"\text{odd}", False, "held-out text"),
    (r"\text{Even}", "even", True, "held-out text"),
    ("(3, -1)", r"\left(3,-1\right)", True, "held-out tuple"),
    ("(3,-1)", "(-1,3)", False, "held-out tuple"),
    ("(1,2,3)", r"\begin{pmatrix}1\\2\\3\end{pmatrix}", True, "held-out tuple"),
    (
        r"\begin{pmatrix} 2 & 3 \\ 4 & 5 \end{pmatrix}",
        r"\begin{pmatrix} 2 & 4 \\ 3 & 5 \end{pmatrix}",
        False,
        "held-out tuple",
    ),
    ("[-1, 1]", r"-1 \le x \le 1", True, "held-out interval"),
    ("x < 2", r"(-\infty, 2)", True, "held-out interval"),
    (r"(-\infty,-2)\cup(2,\infty)", r"(-\infty,-2)\cup(2,+\infty)", True, "held-out interval"),
    (r"(-\infty, -2] \cup [2, \infty)", r"(-\infty,-2)\cup(2,\infty)", False, "held-out interval"),
    (r"x \ge 3", r"[3, \infty)", True, "held-out interval"),
    (r"2 \le x < 5", "[2,5)", True, "held-out interval"),
    (r"\{-1, 1\}", r"\pm 1", True, "held-out set"),
    ("x=-1, x=1", r"\pm1", True, "held-out set"),
    (r"x = 2 \text{ or } x = -3", "-3, 2", True, "held-out set"),
    (r"-3 \text{ and } 2", "2, -3", True, "held-out set"),
    ("2, -3", "2", False, "held-out set"),
    (r"\frac{x+1}{x-1}", r"\frac{x-1}{x+1}", False, "held-out expression"),
    (r"\frac{1}{x^2}", "x^{-2}", True, "held-out expression"),
    ("(a+b)^2", "a^2+2ab+b^2", True, "held-out expression"),
    ("(a+b)^2", "a^2+b^2", False, "held-out expression"),
    (r"y=-\frac{1}{2}x+3", r"y = 3 - \frac{x}{2}", True, "held-out equation"),
    (r"y=-\frac{1}{2}x+3", r"y = 3 + \frac{x}{2}", False, "held-out equation"),
    ("x+2y=4", r"y=-\frac{1}{2}x+2", True, "held-out equation"),
    (r"f^{-1}(x)=\frac{x-3}{2}", r"\frac{x-3}{2}", True, "held-out equation"),
    ("2x^2-8", "2(x-2)(x+2)", True, "held-out expression"),
    (r"\sin x", r"\sin(x)", True, "held-out expression"),
    (r"\cos 2x", r"\cos^2 x - \sin^2 x", True, "held-out expression"),
    (r"\tan^{-1}(1)", r"\frac{\pi}{4}", True, "held-out expression"),
    (r"\arcsin\frac{1}{2}", r"\frac{\pi}{6}", True, "held-out expression"),
    ("e^{2}", "e^2", True, "held-out expression"),
    (r"\ln 8", r"3\ln 2", True, "held-out expression"),
    (r"\log_{10} 1000", "3", True, "held-out expression"),
    ("10!", "3628800", True, "held-out expression"),
    (r"\binom{10}{3}", "120", True, "held-out expression"),
    (r"{10 \choose 3}", "120", True, "held-out expression"),
    ("1,000,000", "10^6", True, "held-out thousands"),
    (r"5\%", "0.05", True, "held-out percent"),
    (r"5\%", "5", True, "held-out percent"),
    (r"5\%", "0.5", False, "held-out percent"),
    (r"\frac{1}{2}\%", r"0.5\%", True, "held-out percent"),
    (r"90^\circ", "90", True, "held-out degrees"),
    ("3 + 4i", r"3+4\mathrm{i}", True, "held-out complex"),
    (r"\frac{3}{5}+\frac{4}{5}i", r"\frac{3+4i}{5}", True, "held-out complex"),
    ("2i", "-2i", False, "held-out complex"),
    (r"\dfrac{\sqrt{6}}{3}", r"\sqrt{\dfrac{2}{3}}", True, "held-out sqrt"),
    (r"\frac{5}{10}", "0.50", True, "held-out fraction"),
    (r"4\sqrt{2}\text{ units}", r"\sqrt{32}", True, "held-out sqrt"),
    (r"6\sqrt{2}", "8.485", False, "held-out sqrt"),
    ("k=6", "6", True, "held-out equation"),
    ("n=7", "7", True, "held-out equation"),
    (r"\frac{a}{b}", r"\frac{b}{a}", False, "held-out expression"),
    (r"\left\lfloor 3.7 \right\rfloor", "3", True, "held-out expression"),
    (r"\lceil 2.1 \rceil", "3", True, "held-out expression"),
    (r"\sqrt[3]{x^3}", "x", True, "held-out expression"),
    ("2^{2^{3}}", "256", True, "held-out expression"),
    ("3^{-2}", r"\frac{1}{9}", True, "held-out expression"),
    (r"-\frac{-3}{4}", r"\frac34", True, "held-out fraction"),
    (r"\frac{22}{7}", r"\pi", False, "held-out pi"),
    (r"\$ 1{,}250", "1250", True, "held-out thousands"),
    (r"1.25\times10^3", "1250", True, "held-out decimal"),
    (r"25\text{ mph}", "25", True, "held-out units"),
    (r"\text{25 miles per hour}", "25", True, "held-out units"),
    (r"48 \text{ square feet}", "48", True, "held-out units"),
    (r"\frac{9}{4}", "2.25", True, "held-out fraction"),
    (r"\frac{9}{4}", "2.5", False, "held-out fraction"),
]


SECOND_HELD_OUT_PAIRS: list[AnswerPair] = [
    # A second batch written after the first held-out batch was fixed; first run recorded too.
    ("x=4", "x=4.0", True, "held-out-2 equation"),
    (r"\(\frac{2}{3}\)", r"\frac23", True, "held-out-2 fraction"),
    (r"\[ 7 \]", "7", True, "held-out-2 integer"),
    (r"7\,\text{m}", "7", True, "held-out-2 units"),
    (r"7\ \text{m}", "7", True, "held-out-2 units"),
    (r"\text{7 m}", "7", True, "held-out-2 units"),
    (r"-\sqrt{2}", r"\sqrt{2}", False, "held-out-2 sqrt"),
    (r"\sqrt{2}/2", r"\frac{\sqrt2}{2}", True, "held-out-2 sqrt"),
    (r"1/\sqrt{3}", r"\frac{\sqrt{3}}{3}", True, "held-out-2 sqrt"),
    (r"\sqrt{3}/3", r"\frac{1}{3}", False, "held-out-2 sqrt"),
    ("2^{1/3}", r"\sqrt[3]{2}", True, "held-out-2 nth root"),
    (r"\sqrt[3]{4}", "2^{2/3}", True, "held-out-2 nth root"),
    (r"3\pi/4", r"\frac{3\pi}{4}", True, "held-out-2 pi"),
    (r"\pi/4", r"\frac{3\pi}{4}", False, "held-out-2 pi"),
    (r"(2, \pi)", r"\left(2,\pi\right)", True, "held-out-2 tuple"),
    ("(0, 5)", "(0,5]", False, "held-out-2 interval"),
    ("(-5, 0]", "(-5,0]", True, "held-out-2 interval"),
    (r"[-\frac{1}{2}, \frac{1}{2}]", "[-0.5, 0.5]", True, "held-out-2 interval"),
    (r"\{2,4,6\}", "2,4,6", True, "held-out-2 set"),
    ("2,4,6", "2,4,8", False, "held-out-2 set"),
    ("(1,2),(3,4)", "(3,4),(1,2)", True, "held-out-2 set"),
    ("a^3b^2", "b^2a^3", True, "held-out-2 expression"),
    ("a^3b^2", "a^2b^3", False, "held-out-2 expression"),
    (r"\frac{x}{x+1}", r"1-\frac{1}{x+1}", True, "held-out-2 expression"),
    ("x(x+1)(x-1)", "x^3-x", True, "held-out-2 expression"),
    ("x^3-x", "x^3+x", False, "held-out-2 expression"),
    ("3(x-2)^2+1", "3x^2-12x+13", True, "held-out-2 expression"),
    (r"\frac{2x+2}{2}", "x+1", True, "held-out-2 expression"),
    ("y = x + 1", "y - x = 1", True, "held-out-2 equation"),
    ("y = x + 1", "y = x - 1", False, "held-out-2 equation"),
    ("x^2 + y^2 = 25", "x^2+y^2-25=0", True, "held-out-2 equation"),
    ("r = 5", "5", True, "held-out-2 equation"),
    ("t = 2.5", r"\frac{5}{2}", True, "held-out-2 equation"),
    (r"\theta = \frac{\pi}{3}", r"\frac{\pi}{3}", True, "held-out-2 equation"),
    ("1000000", "10^6", True, "held-out-2 integer"),
    (r"1\,000\,000", "1000000", True, "held-out-2 thousands"),
    ("123,456", "123456", True, "held-out-2 thousands"),
    ("0.0001", "10^{-4}", True, "held-out-2 decimal"),
    (r"75\%", r"\frac34", True, "held-out-2 percent"),
    (r"75\%", "75", True, "held-out-2 percent"),
    (r"\text{75 percent}", "75", True, "held-out-2 percent"),
    (r"120^{\circ}", "120", True, "held-out-2 degrees"),
    (r"60^\circ", r"120^\circ", False, "held-out-2 degrees"),
    (r"\text{Yes}", "yes", True, "held-out-2 text"),
    (r"\text{No}", "yes", False, "held-out-2 text"),
    ("i", "-i", False, "held-out-2 complex"),
    ("1 - i", "-i + 1", True, "held-out-2 complex"),
    ("(1+i)^2", "2i", True, "held-out-2 complex"),
    (r"\frac{1}{i}", "-i", True, "held-out-2 complex"),
    (r"\sqrt{-4}", "2i", True, "held-out-2 complex"),
    (r"\dfrac{1}{1-\frac{1}{2}}", "2", True, "held-out-2 fraction"),
    (r"\frac{4!}{2!2!}", "6", True, "held-out-2 expression"),
    (r"\binom{4}{2}", r"\binom{4}{3}", False, "held-out-2 expression"),
    (r"(-\infty, 1]", r"x \le 1", True, "held-out-2 interval"),
    ("x > -2", r"(-2, \infty)", True, "held-out-2 interval"),
    ("x > -2", r"[-2, \infty)", False, "held-out-2 interval"),
    (r"\left\{ -2, \frac{1}{3} \right\}", r"\frac13, -2", True, "held-out-2 set"),
    (
        r"\pm\frac{\sqrt{2}}{2}",
        r"\frac{\sqrt2}{2}, -\frac{\sqrt2}{2}",
        True,
        "held-out-2 plus-minus",
    ),
    (r"-1 \pm i", "-1+i, -1-i", True, "held-out-2 plus-minus"),
    (
        r"\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}",
        r"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}",
        True,
        "held-out-2 tuple",
    ),
    (r"\begin{pmatrix} -1 \\ 4 \end{pmatrix}", "(-1, 4)", True, "held-out-2 tuple"),
    (r"\frac{13}{4}", "3.25", True, "held-out-2 fraction"),
    (r"\frac{-5}{-10}", r"\frac12", True, "held-out-2 fraction"),
    ("-.5", r"-\frac12", True, "held-out-2 decimal"),
    (r"+\frac{1}{2}", "0.5", True, "held-out-2 fraction"),
    (r"2 \sqrt 2", r"\sqrt 8", True, "held-out-2 sqrt"),
    (r"\sqrt 2 \cdot \sqrt 2", "2", True, "held-out-2 sqrt"),
    (r"4\sqrt{3}", "6.93", False, "held-out-2 sqrt"),
    (r"\log_3 81", "4", True, "held-out-2 expression"),
    (r"\ln 1", "0", True, "held-out-2 expression"),
    ("e^0", "1", True, "held-out-2 expression"),
    (r"\exp(1)", "e", True, "held-out-2 expression"),
    (r"\cot\frac{\pi}{4}", "1", True, "held-out-2 expression"),
    (r"\sec 0", "1", True, "held-out-2 expression"),
    (r"\mathrm{B}", "B", True, "held-out-2 text"),
    (r"\text{March}", "March", True, "held-out-2 text"),
    ("Tuesday", "Wednesday", False, "held-out-2 text"),
]


THIRD_HELD_OUT_PAIRS: list[AnswerPair] = [
    # A third blind batch, written after batch 2 was fixed; first run recorded in RESULTS.md.
    (r"\frac{\sqrt{3}}{3}", r"\frac{1}{\sqrt{3}}", True, "held-out-3 sqrt"),
    (r"\frac{5\sqrt{2}}{2}", r"\frac{5}{\sqrt{2}}", True, "held-out-3 sqrt"),
    (r"\sqrt{2}+\sqrt{3}", r"\sqrt{5+2\sqrt{6}}", True, "held-out-3 sqrt"),
    (r"\sqrt{2}+\sqrt{3}", r"\sqrt{5}", False, "held-out-3 sqrt"),
    ("x^{2}+y^{2}", "y^2+x^2", True, "held-out-3 expression"),
    (r"\frac{1}{2}(x+1)", r"\frac{x+1}{2}", True, "held-out-3 expression"),
    ("(x+1)/2", r"\frac{x+1}{2}", True, "held-out-3 expression"),
    ("x+1/2", r"\frac{x+1}{2}", False, "held-out-3 expression"),
    ("2x-3", "-3+2x", True, "held-out-3 expression"),
    ("(2,3)", "(2, 3)", True, "held-out-3 tuple"),
    ("(2,3)", r"\{2,3\}", False, "held-out-3 tuple"),
    ("[1,2]", "(1,2)", False, "held-out-3 interval"),
    (r"(-\infty, -1) \cup (1, \infty)", r"(-\infty,-1)\cup(1,\infty)", True, "held-out-3 interval"),
    (r"x < -1 \text{ or } x > 1", r"(-\infty,-1)\cup(1,\infty)", True, "held-out-3 interval"),
    ("-1 < x < 1", "(-1,1)", True, "held-out-3 interval"),
    (r"\frac{1}{6}", r"0.1\overline{6}", True, "held-out-3 decimal"),
    (r"0.\overline{142857}", r"\frac17", True, "held-out-3 decimal"),
    (r"3.\overline{3}", r"\frac{10}{3}", True, "held-out-3 decimal"),
    (r"2.5\%", "0.025", True, "held-out-3 percent"),
    (r"7\text{ ft}", r"7\text{ feet}", True, "held-out-3 units"),
    (r"3\text{ hrs}", "3", True, "held-out-3 units"),
    (r"\text{6 ways}", "6", True, "held-out-3 units"),
    (r"1\,024", "1024", True, "held-out-3 thousands"),
    ("10^{3}", "1000", True, "held-out-3 expression"),
    ("2^{-3}", r"\frac18", True, "held-out-3 expression"),
    (r"\left(\frac{1}{2}\right)^{3}", r"\frac18", True, "held-out-3 expression"),
    (r"\frac{1}{2^3}", "0.125", True, "held-out-3 expression"),
    ("(-1)^{2023}", "-1", True, "held-out-3 expression"),
    ("i^{4}", "1", True, "held-out-3 complex"),
    ("|3+4i|", "5", True, "held-out-3 complex"),
    (r"\left|3-4i\right|", "5", True, "held-out-3 complex"),
    (r"\sqrt{3^2+4^2}", "5", True, "held-out-3 sqrt"),
    (r"\dfrac{\pi}{2}", r"\frac{\pi}{2}", True, "held-out-3 pi"),
    (r"\frac{\pi}{2}", "1.5708", False, "held-out-3 pi"),
    (r"2\pi/3", r"\frac{2\pi}{3}", True, "held-out-3 pi"),
    (r"\frac{2}{3}\pi", r"\frac{2\pi}{3}", True, "held-out-3 pi"),
    ("120", r"\frac{2\pi}{3}", False, "held-out-3 pi"),
    (r"\cos\frac{\pi}{3}", r"\frac12", True, "held-out-3 expression"),
    (r"\sin(\pi/2)", "1", True, "held-out-3 expression"),
    (r"\tan(\pi/3)", r"\sqrt3", True, "held-out-3 expression"),
    (r"\log_2(32)", "5", True, "held-out-3 expression"),
    (r"\log_{2}{32}", "5", True, "held-out-3 expression"),
    (r"\ln(e^3)", "3", True, "held-out-3 expression"),
    (r"\frac{\ln 9}{\ln 3}", "2", True, "held-out-3 expression"),
    ("6!", "720", True, "held-out-3 expression"),
    (r"\frac{6!}{3!}", "120", True, "held-out-3 expression"),
    (r"\binom{6}{3}", r"\frac{6!}{3!3!}", True, "held-out-3 expression"),
    (r"\frac{1}{2}, \frac{1}{3}", r"\frac13, \frac12", True, "held-out-3 set"),
    (r"x = \frac{1}{2}, \frac{1}{3}", r"\frac13, \frac12", True, "held-out-3 set"),
    ("x=1, 2", "1,2", True, "held-out-3 set"),
    ("(x-1)(x+2)", "x^2+x-2", True, "held-out-3 expression"),
    ("(x-1)(x+2)", "x^2-x-2", False, "held-out-3 expression"),
    (r"\frac{x^2-1}{x+1}", "x-1", True, "held-out-3 expression"),
    (r"\frac{1}{x-1}-\frac{1}{x}", r"\frac{1}{x(x-1)}", True, "held-out-3 expression"),
    ("a=3, b=4", "a = 3, b = 4", True, "held-out-3 equation"),
    ("y=3", "y = 3", True, "held-out-3 equation"),
    ("y=3", "x=3", False, "held-out-3 equation"),
    ("x=3", "x=-3", False, "held-out-3 equation"),
    (r"\text{A}", "A", True, "held-out-3 text"),
    (r"\text{(E)}", "E", True, "held-out-3 text"),
    (r"\text{True}", "true", True, "held-out-3 text"),
    (r"\text{Sunday}", r"\text{sunday}", True, "held-out-3 text"),
    (
        r"\begin{pmatrix} 3 \\ -1 \\ 2 \end{pmatrix}",
        r"\begin{pmatrix}3\\1\\2\end{pmatrix}",
        False,
        "held-out-3 tuple",
    ),
    (
        r"\begin{pmatrix} \frac{1}{2} \\ 0 \end{pmatrix}",
        r"\begin{pmatrix} 0.5 \\ 0 \end{pmatrix}",
        True,
        "held-out-3 tuple",
    ),
    (r"\left\langle 1, 2 \right\rangle", "(1,2)", True, "held-out-3 tuple"),
    (r"\frac{9}{2}", r"4\frac{1}{2}", True, "held-out-3 mixed number"),
    ("4.5", r"4 \frac12", True, "held-out-3 mixed number"),
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


ANSWER_PAIRS: list[AnswerPair] = (
    HAND_WRITTEN_PAIRS
    + HELD_OUT_PAIRS
    + SECOND_HELD_OUT_PAIRS
    + THIRD_HELD_OUT_PAIRS
    + generated_pairs()
)
"""every pair the accuracy test and the benchmark use"""
