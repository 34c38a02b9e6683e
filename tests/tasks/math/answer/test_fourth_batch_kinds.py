"""Answer kinds found on the fourth peer batch's dev half (``split=dev4``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("answer is 42", "42"),
        (r"so my answer is $\frac{1}{2}$.", r"\frac{1}{2}"),
        ("Answer is 0.5 + 2", "0.5 + 2"),
        ("The answer is 7", "7"),
        ("the answer  is 8", "8"),
    ],
)
def test_extract_answer__an_answer_is_lead_in_needs_no_article(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("answering is hard: we get 5 in the end", "5"),  # "answering" is no lead-in
        ("the answers are 3 and then 4 in all", "4"),
    ],
)
def test_extract_answer__answer_is_lead_in_needs_the_word_answer(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        (r"e^{i\pi} = -1", "-1", True),
        (r"\cos\pi = -1", "-1", True),
        (r"2\pi = 6.28", "6.28", True),
        (r"e^{i\pi} = -1", "1", False),
        (r"\pi = 3.14", "3.14", False),  # a lone constant is no computation
        (r"2\pi = x", "x", False),  # the right side must be free of variables too
        ("2x = 6", "6", False),  # a variable on the left: still an equation
    ],
)
def test_check_equivalent__an_equation_computing_with_constants_states_its_result(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


# The rules below came from a probe list of common plain-text and unicode spellings
# written while working on the fourth batch, not from its dev4 misses.


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("8^(1/3)", "2", True),
        ("x**(n+1)", "x^{n+1}", True),
        ("(x+1)^(2)", "x^2+2x+1", True),
        ("2^-(1)", "0.5", True),
        ("x^(2)", "x^3", False),
        ("2^(1,2)", "2", False),  # a tuple is no exponent
        ("9^(9^(9^9))", "3", False),  # still under the size cap
    ],
)
def test_check_equivalent__a_parenthesized_exponent_is_one_exponent(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("½", r"\frac12", True),
        ("1½", "3/2", True),  # a mixed number, as 1\frac12 is
        ("¾", "0.75", True),
        ("x²+2x+1", "(x+1)^2", True),
        ("10⁻³", "0.001", True),
        ("2²³", "2^{23}", True),  # a run of superscripts is one exponent
        ("x ≈ 11", "11", True),
        ("x³", "x^2", False),
        ("¼", "1/3", False),
    ],
)
def test_check_equivalent__unicode_fractions_and_superscripts_are_their_latex(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        (r"\sin 30^\circ", "1/2", True),
        (r"\tan 15^\circ", r"2-\sqrt{3}", True),
        (r"\cos(60^{\circ})", "0.5", True),
        ("sin(30°)", "0.5", True),
        (r"\sin 30^\circ", r"\sin 30", False),  # 30 radians is another angle
        (r"30^\circ", "30", True),  # an angle alone is still its number of degrees
        ("45°", "45", True),
    ],
)
def test_check_equivalent__a_trig_function_of_degrees_takes_the_angle_in_radians(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("asin(1)", r"\frac{\pi}{2}", True),
        ("atan(1)", r"\frac{\pi}{4}", True),
        (r"\infty", "oo", True),
        (r"(-\infty, 2]", "(-oo, 2]", True),
        ("basin(1)", r"\frac{\pi}{2}", False),  # part of a word is no function name
        ("zoo", r"\infty", False),  # nor is part of a word the constant
        ("oo", "0", False),
    ],
)
def test_check_equivalent__sympy_spellings_asin_and_oo_are_latex(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
