"""Kinds found by probes against math-verify on MATH-500 (``benchmarks/probe_rewrites.py``: its
answers rewritten; ``benchmarks/probe_prose.py``: its solutions with the answer restated).

- A name and ``=`` before a comma-grouped number: ``x = 58,500`` is the number alone is.
- ``\\pm`` inside a set on the right of ``x =``: the set's members expand, as without ``x =``.
- Math spans separated by a sentence's full stop or a blank line are no list: a solution's
  last displayed answer is not joined to the span that ended the sentence before it.
- A candidate's worked last line (``a+b = -1+5 = 4``, two or more names on the left) against
  a constant states its constant.
- A chain of three or more sides ending in a nonzero constant states it against a constant,
  whatever its first side holds (``a_1^9 = (-1)^3 = -1``); and equations in one variable
  followed by its value, which each of them holds for (``360 + 2x = 600, x = 120``), state
  that value.
- An align environment states its last equation that has a left side of its own (lines
  opening with ``&=`` continue the chain above); lines giving one-letter names values are a
  system. A worked computation's last step may name what it computes (``..., m+n = 29``).
- A power of a trig function of degrees is in degrees (``\\cos^2 20^\\circ``); a derivation's
  conclusion after ``\\Rightarrow``, ``\\implies`` or ``\\therefore`` is the answer.
- A congruence ending in its modulus (``... \\equiv 24 \\equiv 3 \\pmod{7}``) states its
  residue.
- ``!`` glued to a number before ``=`` is its factorial (``7!\\times 2!=10,\\!080``), not
  "not equal"; a trig function of a name names a value (``\\sin T = \\frac{\\sqrt{21}}{5}``);
  two inequalities compare as intervals only when they bound the same name (``|x| < 1`` is
  not ``x < 1``), and ``|x| < c`` bounds ``x`` to ``(-c, c)``.
- A list of equations whose last one computes a value (``c = 14, a_1 = 14 \\cdot 6^2 = 504``)
  is a derivation stating that value, against a reference of the same shape.
- One set listed as an inequality and as an interval (``-2 \\le x \\le 7, x \\in [-2,7]``) is
  that set; ``x \\in`` (or ``\\lambda \\in``) may open any listed item. A computation ending in
  a comma-grouped number (``... = 58,500``) states that number.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("x = 58,500", "58,500", True),
        ("x = 58,500", "58500", True),
        ("x=1,000", "1000", True),
        ("x_1 = 1,000,000", "1000000", True),
        ("n = 12,345.5", "12345.5", True),
        # must not swallow: other numbers, or a comma that cannot group thousands
        ("x = 58,500", "58", False),
        ("x = 58,500", "500", False),
        ("x = 1,000", "1", False),
        ("x = 1,50", "150", False),
        ("x = 1,5000", "15000", False),
        ("(x, y) = 1,000", "1000", False),
    ],
)
def test_a_named_comma_grouped_number_is_the_number(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        (r"x = \{1\pm\sqrt{5},-2\}", r"\{1+\sqrt{5},1-\sqrt5,-2\}", True),
        (r"x = \{1 \pm 2\}", r"\{3,-1\}", True),
        (r"x = \{1 \pm 2\}", r"\{-1, 3\}", True),
        # must not swallow: a different set, or signs inside a tuple (kept as written)
        (r"x = \{1 \pm 2\}", r"\{3,1\}", False),
        (r"x = \{1 \pm 2\}", r"\{3\}", False),
        (r"x = (1 \pm 2, 3)", r"(3,3)", False),
    ],
)
def test_a_sign_choice_in_a_named_set_expands(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a sentence's end or a blank line between spans: the last span alone
        ("so $DF = 10$.\n\\[\\sqrt{51}\\]", "\\sqrt{51}"),
        ("Thus, $a > 0.$\n\n\n\\[2\\]", "2"),
        ("We want $f(n) = n,$ or\n\n\\[1,-2\\]", "1,-2"),
        ("It is $3$. Also $4$.", "4"),
        # not swallowed: spans listed with commas or "and" stay one list
        ("The roots are $1$, $2$ and $3$.", "1, 2, 3"),
        ("the solutions are $x=1$ and\n$x=2$", "x=1, x=2"),
    ],
)
def test_extract_answer__a_sentence_end_between_spans_lists_nothing(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a candidate's worked last line, an expression set equal to a constant, states it
        ("a+b=-1+5=4", "4", True),
        ("x + y + z = 22", "22", True),
        ("AB + BC = 12", "12", True),
        ("h + k = (-3) + 2 = -1", "-1", True),
        # not swallowed: another constant, an equation set to zero (a condition), a reference
        # that is itself an equation, a right side with a name, one name (an equation to solve)
        ("a+b=4", "5", False),
        ("5x-7y+11z+4=0", "0", False),
        ("0", "a + 3z = 0", False),
        ("a + b = 2c", "2", False),
        ("2x = 6", "6", False),
    ],
)
def test_check_equivalent__a_worked_last_line_states_its_constant(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a chain of three or more sides ending in a nonzero constant states it, whatever its
        # first side holds (a function's values, one name, names that cancel)
        ("f(-2)+f(-1)+f(0) = 2+\\frac{5}{3}+1 = \\frac{14}{3}", "\\frac{14}{3}", True),
        ("a_1^9 = (-1)^3 = -1", "-1", True),
        ("p(0) + p(4) = 6r + 24 - 6r = 24", "24", True),
        ("z + \\frac{1}{z} = \\frac{z^2+1}{z} = -1", "-1", True),
        # not swallowed: another constant, a chain ending in zero (a condition), a false chain
        # of constants, a reference that is an equation, and two sides of one name
        ("a_1^9 = (-1)^3 = -1", "1", False),
        ("x^2 - 4 = (x-2)(x+2) = 0", "0", False),
        ("3 \\cdot (49+1) = 3 \\cdot 50 = 151", "151", False),
        ("2x = 3 + 3 = 6", "x = 6", False),
        ("2x = 6", "6", False),
    ],
)
def test_check_equivalent__a_chain_ending_in_a_constant_states_it(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # equations in one variable, then its value, for which each holds: the value
        ("360 + 2x = 600, x = 120", "120", True),
        ("k - 1 = 1, k = 2", "2", True),
        ("2^{2x} = 16, 2x = 4, x = 2", "2", True),
        # not swallowed: a value for which an equation does not hold, two roots, a system of
        # two variables, another value
        ("k - 1 = 1, k = 3", "3", False),
        ("x = 1, x = 2", "2", False),
        ("x + y = 3, x = 1", "1", False),
        ("360 + 2x = 600, x = 120", "600", False),
    ],
)
def test_check_equivalent__equations_then_the_value_solving_them_state_the_value(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a congruence ending in its modulus states its residue
        ("(n+2)(n+4) \\equiv 4 \\cdot 6 \\equiv 24 \\equiv 3 \\pmod{7}", "3", True),
        ("1+3 \\equiv 4 \\pmod7", "4", True),
        ("x ≡ 3 (mod 7)", "3", True),
        ("x \\equiv 3 \\ (\\mathrm{mod}\\ 7)", "x = 3", True),
        ("3 \\pmod{7}", "3", True),
        # not swallowed: another residue, the modulus, and a modulus in the middle (an
        # operation) stays one
        ("x \\equiv 3 \\pmod{7}", "4", False),
        ("x \\equiv 3 \\pmod{7}", "7", False),
        ("17 \\bmod 5 = 2", "2", True),
        ("17 \\bmod 5 = 2", "5", False),
    ],
)
def test_check_equivalent__a_congruence_states_its_residue(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an align environment states its last equation with a left side of its own, and
        # lines that open with '&=' continue the chain above them
        ("2\\alpha &= 290^\\circ \\\\ \\alpha &= 145^\\circ", "145^\\circ", True),
        ("\\begin{aligned} a + b &= 300 + 598 \\\\ &= 898 \\end{aligned}", "898", True),
        # lines each giving another name its value are a system
        ("x &= 1 \\\\ y &= 2", "(1, 2)", True),
        # not swallowed: another value, one value of a system, a matrix's rows
        ("2\\alpha &= 290^\\circ \\\\ \\alpha &= 145^\\circ", "290^\\circ", False),
        ("x &= 1 \\\\ y &= 2", "2", False),
        (
            "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
            "\\begin{pmatrix} 3 & 4 \\end{pmatrix}",
            False,
        ),
        # a worked computation's last step may name what it computes
        ("\\frac16 + \\frac1{24} = \\frac5{24}, m+n = 29", "29", True),
        ("2 + 3 = 6, x = 7", "7", False),
    ],
)
def test_check_equivalent__aligned_lines_and_named_last_steps(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a power of a trig function of degrees is in degrees too
        ("\\cos^2 60^\\circ", "\\frac14", True),
        ("\\sin^{2} 30^\\circ + \\cos^2 30^\\circ", "1", True),
        ("\\sin^2 30^\\circ", "\\frac12", False),
        # a derivation's conclusion after an arrow or "therefore" is the answer
        ("10 \\cdot 100 \\cdot \\frac{-1}{8}, \\Rightarrow \\frac{1000}{-8} = -125", "-125", True),
        ("3x = 9 ⇒ x = 3", "x = 3", True),
        ("\\therefore y = 7", "7", True),
        ("3x = 9 \\implies x = 3", "9", False),
    ],
)
def test_check_equivalent__degrees_under_a_power_and_a_derivations_conclusion(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a factorial glued to its number before "=" is no "not equal"
        (r"7!\times 2!=10,\!080", r"10,\!080", True),
        (r"2\cdot5!\cdot5!=2\cdot120\cdot120=28800", "28800", True),
        ("5!=120", "120", True),
        # not swallowed: a wrong product, and "!=" after a letter or a space
        (r"7!\times 2!=10,\!081", r"10,\!081", False),
        ("x!=5", "x=5", False),
        ("3 != 4", "3 = 4", False),
    ],
)
def test_check_equivalent__a_factorial_before_an_equals_sign(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a trig function of a name names a value, as |AB| names a length: sin T = v states v
        # (until 2026-12-03 this was held an equation to solve for T)
        (r"\sin T = \frac{\sqrt{21}}{5}", r"\frac{\sqrt{21}}{5}", True),
        (r"\tan\theta = 2", "2", True),
        (r"\cos x = \frac12", r"\frac12", True),
        # not swallowed: the angle itself, a value using the name, another function, a sum
        (r"\sin T = \frac12", r"\frac{\pi}{6}", False),
        (r"\sin x = x", "x", False),
        (r"\sqrt{x} = 3", "3", False),
        (r"\sin x + \cos x = 1", "1", False),
    ],
)
def test_check_equivalent__a_trig_value_of_a_name_states_the_value(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # inequalities compare as intervals of the one name they bound, which must agree
        ("x > 3", "3 < x", True),
        ("0 < t < 1", "(0, 1)", True),
        ("|x| < 1", "x < 1", False),
        ("x < 1", "y < 1", False),
        (r"\sin x < \frac12", r"x < \frac12", False),
        # |x| < c bounds x to (-c, c), c < |x| to the two rays beyond
        ("|x| < 1", "(-1, 1)", True),
        ("|x| < 1", "-1 < x < 1", True),
        (r"|x| \le 2", "[-2, 2]", True),
        (r"|x| \ge 1", r"(-\infty,-1]\cup[1,\infty)", True),
        ("1 < |x|", r"x < -1 \text{ or } x > 1", True),
        ("|x| < 1", "(0, 1)", False),
        ("|x| > 1", "(-1, 1)", False),
        ("|x| < 1", "|y| < 1", False),
    ],
)
def test_check_equivalent__inequalities_bound_the_same_name(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a derivation's equations, listed: its last line's computed value is the answer
        (r"c = 14, a_1 = 14 \cdot 6^2 = 504", "504", True),
        (r"t = 2, (x,y) = (2^3 + 7, -3 \cdot 2^2 - 17) = (15,-29)", "(15,-29)", True),
        (
            r"\sin(-\frac{\pi}{6}) = -\frac{1}{2}, \arcsin(-\frac{1}{2}) = -\frac{\pi}{6}",
            r"-\frac{\pi}{6}",
            True,
        ),
        # not swallowed: another value, assignments only, a wrong computation, a tuple reference
        # against a value, a value reference against a tuple, a reference with a name
        (r"c = 14, a_1 = 14 \cdot 6^2 = 504", "505", False),
        ("x = 2, y = 3", "3", False),
        (r"a = 1, 3 \cdot 50 = 151", "151", False),
        ("x = 2, y = 1 + 2 = 3", "(2,3)", True),
        ("t = 2, (x,y) = (1+1, 3) = (2,3)", "3", False),
        ("c = 14, a = 2 \\cdot 7 = 14", "c", False),
        # a condition before the last line is a step too; assignments still state nothing
        (r"x \ge \frac{11}{10} = 1.1, r = x - 1 = 10\%", "10", True),
        ("x > 2, y = 3", "3", False),
        ("x > 2, y = 1 + 2 = 3", "4", False),
    ],
)
def test_check_equivalent__a_listed_derivation_states_its_last_value(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one set written twice, as an inequality and as an interval after "x \in"
        (r"-2 \le x \le 7, x \in [-2,7]", r"x \in [-2,7]", True),
        (r"x > 1, x \in (1, \infty)", r"(1,\infty)", True),
        (r"\lambda \in (3,4]", "(3,4]", True),
        (
            r"x<2 \text{ or } x>3, x \in (-\infty, 2) \cup (3, \infty)",
            r"(-\infty,2)\cup(3,\infty)",
            True,
        ),
        # not swallowed: two different sets, intervals alone (perhaps points), \infty
        (
            r"x<2 \text{ or } x>4, x \in (-\infty, 2) \cup (3, \infty)",
            r"(-\infty,2)\cup(3,\infty)",
            False,
        ),
        (r"-2 \le x \le 7, x \in [-2,8]", "[-2,7]", False),
        (r"-2 \le x \le 7, x \in [-2,8]", "[-2,8]", False),
        ("(1,2), (1,2)", "(1,2)", False),
        (r"x \infty", r"\infty", False),
    ],
)
def test_check_equivalent__one_set_listed_in_two_forms(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a computation ending in a comma-grouped number: its result, not a list
        (r"26\times 25\times 10\times 9=58,500", "58,500", True),
        (r"26\times 25\times 10\times 9=58,500", "58500", True),
        # not swallowed: a wrong computation, a comma before the equals sign
        (r"26\times 25\times 10\times 9=58,501", "58501", False),
        ("2+3=5,500", "5500", False),
        ("a = 1, b = 2,000", "2000", False),
    ],
)
def test_check_equivalent__thousands_ending_a_computation(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
