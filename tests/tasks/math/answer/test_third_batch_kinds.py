"""Answer kinds found on the third peer batch's dev half (``split=dev3``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        (r"3\cos(2x)", "3*cos(2*x)", True),
        (r"\ln(x) + 1", "ln(x)+1", True),
        (r"\tan x", "tan(x)", True),
        (r"2\pi", "2*pi", True),
        (r"\frac{\pi}{3}", "pi/3", True),
        (r"(-\infty, 3]", "(-infinity,3]", True),
        (r"\sin x", "cos(x)", False),
        (r"\pi n", "pin", False),  # a word that starts with "pi" is no constant
        # glued to one letter, a function name is that function of it (reversed after the
        # seventy-sixth batch: it had needed its parenthesis); glued to a word it is no function
        ("sinx", r"\sin(x)", True),
        ("sinxy", r"\sin(x)", False),
    ],
)
def test_check_equivalent__plain_function_names_and_constants_are_latex(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("sqrt(x+1)", r"\sqrt{x+1}", True),
        ("2/sqrt(2)", r"\sqrt{2}", True),
        ("sqrt(2)*sqrt(8)", "4", True),
        ("sqrt(3)", r"\sqrt{2}", False),
    ],
)
def test_check_equivalent__plain_sqrt_parentheses_are_its_argument(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


def test_check_equivalent__an_unclosed_plain_sqrt_is_a_parse_error_not_a_crash() -> None:
    verdict = check_equivalent("sqrt(2", r"\sqrt{2}")
    assert not verdict.equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [("x**3", "x^3", True), ("3**4", "81", True), ("2**3**2", "512", True), ("x**2", "x^3", False)],
)
def test_check_equivalent__double_star_is_a_power(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("2.5E3", "2500", True),
        ("1e-2", "0.01", True),
        ("6.022e23", r"6.022\times10^{23}", True),
        ("-4.5E-3", "-0.0045", True),
        ("1.5E+3", "1501", False),
        # unsigned lower-case e between digits is scientific too (a peer suite states 1e3 is
        # 1000; it was read as Euler's number until the released blind9 showed that pair)
        ("2e5", "200000", True),
        ("2e5", "10e", False),
        ("2e", "2 \\cdot e", True),
        ("2ex", "2 e x", True),
    ],
)
def test_check_equivalent__e_notation_is_scientific_notation(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("1.23457E+5", "123456.789", True),
        (r"3.14159\times10^{2}", r"100\pi", True),
        (r"3.14\times10^{2}", r"100\pi", False),  # a short mantissa must be exact
        ("1.09951E+6", "1099512", True),
        ("1.09951E+6", "1099620", False),
    ],
)
def test_check_equivalent__scientific_notation_keeps_its_mantissas_precision(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("2^10", "1024", True),
        ("10^15", "1000000000000000", True),
        ("x^12", "x^{12}", True),
        ("2^6 3^5", r"2^6\cdot 3^5", True),  # a space still ends the exponent
        ("2^10", "2^{1}0", False),
    ],
)
def test_check_equivalent__an_unbraced_digit_run_is_the_whole_exponent(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize("text", [r"\frac{", r"\sqrt{2", r"\boxed{3", "x}"])
def test_check_equivalent__a_cut_off_answer_equals_nothing_not_even_itself(text: str) -> None:
    verdict = check_equivalent(text, text)
    assert not verdict.equivalent
    assert "unbalanced" in verdict.reason


def test_check_equivalent__escaped_braces_do_not_count_as_open_groups() -> None:
    assert check_equivalent(r"\{1,2\}", r"\{2,1\}").equivalent
    assert check_equivalent(r"\left\{ 1, 2 \right\}", r"\{2,1\}").equivalent
    assert not check_equivalent(r"\{1,2\}", r"\{1,3\}").equivalent
