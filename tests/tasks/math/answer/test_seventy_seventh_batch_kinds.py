"""Answer kinds found on ``dev77``, ``dev78`` and the released halves ``blind70``, ``blind71``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.equation_systems import system_as_list
from metacot_envs.tasks.math.answer.macro_spellings import rewrite_macro_spellings
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # TeX's infix fraction, inside its braces or as the whole answer
        ("{3\\over 4}", "0.75", True),
        ("{x+1 \\over x-1}", "\\frac{x+1}{x-1}", True),
        ("5 \\over 8", "\\frac58", True),
        ("{1\\over 3}a+{2\\over 3}b", "\\frac{a+2b}{3}", True),
        ("{\\sqrt{3} \\over {1 \\over 2}}", "2\\sqrt3", True),
        # not swallowed: another fraction, and the commands that only start with "over"
        ("{3\\over 4}", "\\frac43", False),
        ("{x+1 \\over x-1}", "\\frac{x-1}{x+1}", False),
        ("\\overline{AB}", "\\frac{A}{B}", False),
    ],
)
def test_check_equivalent__tex_infix_fraction(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the physics package's macros are what they typeset
        ("\\abs{t-2}", "|t-2|", True),
        ("\\abs*{-7}", "7", True),
        ("\\int \\cos t \\dd t", "\\int \\cos t \\, dt", True),
        ("\\int_0^1 y \\dd{y}", "\\int_0^1 y\\,dy", True),
        ("\\dv{y}{t}", "\\frac{dy}{dt}", True),
        ("\\pdv{g}{y}", "\\frac{\\partial g}{\\partial y}", True),
        ("\\pdv[2]{T}{x}", "\\frac{\\partial^2 T}{\\partial x^2}", True),
        ("\\pdv{f}{x}{y}", "\\frac{\\partial^2 f}{\\partial x \\partial y}", True),
        ("\\grad \\phi", "\\nabla \\phi", True),
        ("\\ket{0}", "|0\\rangle", True),
        # not swallowed: another argument or order, and plain LaTeX's division sign
        ("\\abs{t-2}", "|t+2|", False),
        ("\\pdv{g}{y}", "\\frac{\\partial g}{\\partial x}", False),
        ("\\pdv[2]{T}{x}", "\\frac{\\partial T}{\\partial x}", False),
        ("\\ket{0}", "|1\\rangle", False),
        ("6 \\div 3", "2", True),
    ],
)
def test_check_equivalent__physics_package_macros(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one arrow with two names; a roman differential without braces
        ("n \\rightarrow \\infty", "n \\to \\infty", True),
        ("\\int e^x \\mathrm dx", "\\int e^x dx", True),
        # not swallowed: the implication arrow, another variable, another font argument
        ("n \\rightarrow \\infty", "n \\to 0", False),
        ("\\int e^x \\mathrm dx", "\\int e^x dt", False),
        ("k_{\\mathrm B}", "k_B T", False),
    ],
)
def test_check_equivalent__arrow_and_differential_spellings(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a system typeset as cases, or as an array or matrix behind a brace, is its rows
        ("\\begin{cases}a=3\\\\b=-1\\end{cases}", "a=3, b=-1", True),
        ("\\left\\{\\begin{array}{l}p=2\\\\q=5\\end{array}\\right.", "(p,q)=(2,5)", True),
        ("\\left\\{\\begin{matrix}u=1\\\\v=\\frac{1}{4}\\end{matrix}\\right.", "u=1,v=0.25", True),
        ("\\begin{cases}{y=2x}\\\\{x^{2}+y^{2}=5}\\end{cases}", "y=2x, x^2+y^2=5", True),
        ("\\begin{cases}a &= 3\\\\b &= -1\\end{cases}", "a=3, b=-1", True),
        # not swallowed: other values, a piecewise function, a real matrix
        ("\\begin{cases}a=3\\\\b=-1\\end{cases}", "a=-1, b=3", False),
        ("\\begin{cases}x, & x>0\\\\-x, & x\\le 0\\end{cases}", "x, x>0, -x, x\\le0", False),
        ("\\begin{pmatrix}1\\\\2\\end{pmatrix}", "1, 2", False),
    ],
)
def test_check_equivalent__system_as_an_environment(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


def test_system_as_list__leaves_what_is_not_a_system() -> None:
    assert system_as_list("\\begin{matrix}x=1\\\\y=2\\end{matrix}") == (
        "\\begin{matrix}x=1\\\\y=2\\end{matrix}"  # a matrix needs the brace to be a system
    )
    assert system_as_list("\\begin{cases}x=1\\\\=2\\end{cases}").startswith("\\begin")
    assert system_as_list("\\begin{cases}x=1\\end{cases}").startswith("\\begin")
    assert system_as_list("\\begin{cases}x=1 \\text{ if } t>0\\\\y=2\\end{cases}").startswith(
        "\\begin"
    )


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # outside the grammar, braces around one token are no part of the answer
        ("\\overset{\\frown}{AB}", "\\overset\\frown{AB}", True),
        ("\\complement_U M", "\\complement_{U}{M}", True),
        ("\\widehat{a}", "\\widehat a", True),
        # not swallowed: braces around two tokens, other tokens
        ("\\widehat{ab}", "\\widehat a b", False),
        ("\\complement_U M", "\\complement_{U}{N}", False),
        ("\\overset{\\frown}{AB}", "\\overset\\frown{BA}", False),
    ],
)
def test_check_equivalent__braces_around_one_token_outside_the_grammar(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    "hostile",
    [
        "{" * 20_000 + "1\\over 2" + "}" * 20_000,
        "1\\over 2 \\over 3 " * 5_000,
        "{{a\\over b}\\over c}" * 2_000,
        "\\abs{" * 20_000,
        "\\pdv[" * 20_000,
        "\\dd " * 20_000,
        "\\left\\{\\begin{cases}" + "x=1\\\\" * 20_000 + "\\end{cases}\\right.",
    ],
    ids=["nested-over", "chained-over", "repeated-over", "abs", "pdv", "dd", "cases"],
)
def test_rewrites__hostile_runs_stay_bounded(hostile: str) -> None:
    budget = Budget(timeout=600.0, max_steps=10**9)
    rewrite_macro_spellings(hostile, budget)
    system_as_list(hostile)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an unbracketed argument takes the Greek letters and pi after its number, as letters
        ("\\cos 2\\alpha", "\\cos(2\\alpha)", True),
        ("\\sin 3\\pi", "0", True),
        ("\\tan 2\\varphi", "\\frac{2\\tan\\varphi}{1-\\tan^2\\varphi}", True),
        ("\\sin \\frac{1}{2}\\pi", "1", True),
        # not swallowed: a product of two functions, another multiple
        ("\\sin\\alpha\\cos\\alpha", "\\frac12 \\sin 2\\alpha", True),
        ("\\cos 2\\alpha", "2\\cos\\alpha", False),
        ("\\cos 2\\alpha", "\\cos(2)\\alpha", False),
    ],
)
def test_check_equivalent__function_argument_takes_named_letters(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the physics package's brackets and products, plain TeX's root, \not relations,
        # more spacing commands (found on dev78 and blind71)
        ("\\bqty{t-1}^2", "[t-1]^2", True),
        ("\\pqty{2+3}", "5", True),
        ("\\vqty{-4}", "4", True),
        ("\\vec{u} \\cross \\vec{w}", "\\vec{u} \\times \\vec{w}", True),
        ("\\root 4 \\of {16}", "2", True),
        ("\\root n \\of {y}", "\\sqrt[n]{y}", True),
        ("p \\not\\in Q", "p \\notin Q", True),
        ("t \\not= 3", "t \\neq 3", True),
        ("\\sqrt[\\uproot{3}4]{81}", "3", True),
        ("2\\enspace\\thinspace a", "2a", True),
        # not swallowed: another root, another bracket's content, the relation itself
        ("\\root 4 \\of {16}", "4", False),
        ("\\bqty{t-1}^2", "[t+1]^2", False),
        ("t \\not= 3", "t = 3", False),
        ("p \\not\\in Q", "p \\in Q", False),
    ],
)
def test_check_equivalent__more_tex_and_physics_spellings(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # amsmath's dots by context and the centred dot's other names; bold math is math
        ("3 \\centerdot 4", "12", True),
        ("2 \\cdotp 5", "10", True),
        ("1, 2, \\dotsc, n", "1, 2, \\ldots, n", True),
        ("\\bm{v} + \\bm{w}", "v+w", True),
        ("2\\boldsymbol{\\beta}", "2\\beta", True),
        # not swallowed: other values
        ("3 \\centerdot 4", "7", False),
        ("\\bm{v} + \\bm{w}", "v-w", False),
    ],
)
def test_check_equivalent__dot_names_and_bold_math(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
