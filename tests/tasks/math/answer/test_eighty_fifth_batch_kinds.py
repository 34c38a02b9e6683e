"""Answer kinds found on ``dev85`` and the released half ``blind78``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # digits glued to a lone letter are its subscript: one quantity, not a product
        ("1/(1/R1 + 1/R2)", "R1*R2/(R1 + R2)", True),
        ("v0 + a*t", "v_0 + a t", True),
        ("x12", "x_{12}", True),
        ("R1R2", "R_1 R_2", True),
        # not swallowed: a subscripted name is no product, function names and numbers keep
        # their digits, e and i stay constants, decimals and E notation stay numbers
        ("x2", "2x", False),
        ("R1", "R", False),
        ("x1", "x_2", False),
        ("sin2x", "\\sin(2x)", True),
        ("log2(8)", "3", True),
        ("\\sqrt2", "2^{1/2}", True),
        ("1e3", "1000", True),
        ("e2", "2e", True),
        # between two numbers the letter x is a times sign (peer suites: '8x19' is '8 x 19',
        # '60x4' is '60 × 4'), so 2x2 is 4, no longer 4x
        ("2x2", "4", True),
        ("2x2", "4x", False),
    ],
)
def test_digits_glued_to_a_letter_are_its_subscript(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one inequality each, terms moved across or scaled by a positive number
        ("x^2+y^2-1<0", "x^2+y^2<1", True),
        ("x+y-1<0", "x+y<1", True),
        ("x+y<1", "1-x-y>0", True),
        ("2a+2b<=6", "a+b-3<=0", True),
        # not swallowed: a negative multiple turns the inequality round; strict is not loose;
        # a product is not a sum; a chain is compared side by side only
        ("x+y<1", "-x-y<-1", False),
        ("x+y<1", "x+y>1", False),
        ("x+y<1", "x+y<=1", False),
        ("x*y<1", "x*y-2<0", False),
        ("x+y-1<0", "x+y<2", False),
        ("0<x+y<1", "0<2x+2y<2", False),
    ],
)
def test_inequalities_with_terms_moved_across(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an arithmetic exercise with its equals sign and nothing after is its value
        ("3", "1 + 2 = ", True),
        ("1/2", "4 ÷ 8 =", True),
        ("4", "2 \\times 2 =", True),
        ("2", "5 - 3 =", True),
        # a mixed number written with an apostrophe (Chinese exercise sets)
        ("1'1/10", "11/10", True),
        ("2'1/3", "7/3", True),
        ("1'1/10", "3/5 + 1/2 =", True),
        # not swallowed: a wrong value; an equation with a letter is no exercise; a prime
        # after a letter is a derivative's mark, not a mixed number
        ("1/2", "3 ÷ 2 =", False),
        ("4", "1 + 2 =", False),
        ("x", "x =", False),
        ("1", "f'1/2", False),
        ("2'1/3", "2/3", False),
    ],
)
def test_exercise_lines_and_apostrophe_mixed_numbers(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Greek capitals spelled as words, as AsciiMath and sympy print them
        ("F*Delta*t", "F·Δt", True),
        ("Gamma+1", "\\Gamma+1", True),
        ("2*Omega", "2\\Omega", True),
        # AsciiMath's grouping parentheses around a subscript or a logarithm's base
        ("x_(n+2)", "x_{n+2}", True),
        ("x_(n+2)^(m+3)", "x_{n+2}^{m+3}", True),
        ("log_(2)(8)", "3", True),
        # TeX's no-op macros, and other names of one sign
        ("x^\\relax 2", "x^2", True),
        ("m+n\\nobreak+p", "m+n+p", True),
        ("1, 2, \\dots, n", "1, 2, \\ldots, n", True),
        ("A \\gets B", "A \\leftarrow B", True),
        ("A \\owns b", "A \\ni b", True),
        ("a \\circledot b", "a \\odot b", True),
        # not swallowed: a capital is not its lower case, a different subscript differs,
        # a word beside the Greek name stays words
        ("Delta", "\\delta", False),
        ("x_(n+2)", "x_{n+1}", False),
        ("the Delta function", "\\Delta", False),
        ("log_(2)(8)", "4", False),
        ("1, 2, \\dots, n", "1, 2, \\dots, m", False),
    ],
)
def test_spellings_of_names_and_signs(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # numbers separated by spaces only, the whole answer, are a list
        ("2 4", "2, 4", True),
        ("3 -2", "-2, 3", True),
        ("1500 1500 45", "1500；1500；45", True),
        # not swallowed: digit groups stay one number, a list is not its digits run together,
        # an item missing is missing
        ("1 000 000", "1000000", True),
        ("2 4", "24", False),
        ("2 4", "2, 4, 6", False),
        ("1 2 3", "123", False),
    ],
)
def test_numbers_separated_by_spaces_are_a_list(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one ellipsis however it is spelled, struck-through signs, TeX's other names
        ("1+2+\\cdots+n", "1+2+\\ldots+n", True),
        ("0.333\\cdots", "\\frac{1}{3}", True),
        ("A \\dotsb B", "A \\cdots B", True),
        ("\\not\\exists x", "\\nexists x", True),
        ("a \\not\\to b", "a \\nrightarrow b", True),
        ("A \\lnot B", "A \\neg B", True),
        ("\\left\\lparen 1, 2 \\right\\rparen", "(1, 2)", True),
        ("38\\rm{kg}", "38 kg", True),
        ("x = +/- 9", "\\pm 9", True),
        # the floor and the ceiling called by name, as sympy, Python and JavaScript write them
        ("floor(-17.3)", "-18", True),
        ("ceil(-17.8)", "-17", True),
        ("Floor[2.7]", "2", True),
        ("floor(x)", "\\lfloor x \\rfloor", True),
        # not swallowed: another sum, another relation, another mass, another sign
        ("1+2+\\cdots+n", "1+2+\\ldots+m", False),
        ("a \\not\\to b", "a \\to b", False),
        ("\\not\\exists x", "\\exists x", False),
        ("38\\rm{kg}", "38 g", False),
        ("x = +/- 9", "9", False),
        ("floor(2.7)", "3", False),
        ("ceil(x)", "\\lfloor x \\rfloor", False),
    ],
)
def test_ellipses_negations_and_other_tex_names(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a scale word right after the number a sentence states is part of its value, as
        # it is in a bare answer
        ("The population is 3 million.", "3 million"),
        ("The answer is 3 million people.", "3 million"),
        ("It costs $2.5 billion in total.", "2.5 billion"),
        ("She bought 2 dozen eggs.", "2 dozen"),
        # not swallowed: other words after a number stay out, and so does a scale word
        # further on
        ("The answer is 5 apples.", "5"),
        ("She has 12 apples and a million dreams.", "12"),
    ],
)
def test_extract_answer__scale_word_after_the_number(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


def test_scale_words_read_alike_in_prose_and_bare() -> None:
    stated = extract_answer("The population is 3 million.")
    assert stated is not None
    assert check_equivalent(stated, "3000000").equivalent
    assert check_equivalent(stated, "3 million").equivalent
    assert not check_equivalent(stated, "3").equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a subscript's whole number is the index, as an exponent's is the power (probe seed 138:
        # a_90 = 39 matched a_10 = 39, both read as 0 = 39 from TeX's first digit)
        ("x_234", "x_{234}", True),
        ("a_90", "a_{90}", True),
        ("x_1+x_2", "x_{2}+x_{1}", True),
        ("a_90 = 39", "a_10 = 39", False),
        ("x_12", "2x_1", False),
        ("x_12", "x_{21}", False),
    ],
)
def test_a_subscript_number_is_whole(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
