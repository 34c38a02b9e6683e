"""Answer kinds found on ``dev87`` and the released half ``blind80``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import extract_answer
from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # "or"/"and" glued between a value that ends an equation and the next variable's "="
        ("t=5 or t=-1", "t=-1ort=5", True),
        ("-1, 5", "t=5ort=-1", True),
        ("t=1/3 or t=4", "t=4ort=1/3", True),
        ("a=1, b=2", "a=1andb=2", True),
        # not swallowed: the values still count, a missing root differs, letters elsewhere stay
        # letters
        ("t=5 or t=-2", "t=-1ort=5", False),
        ("t=5", "t=-1ort=5", False),
        ("2orx", "2 o r x", True),
    ],
)
def test_glued_connectives_between_equations(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # one variable's solution set is not a list of other variables' values
        ("t=5 or s=-1", "t=5 or t=-1", False),
        ("s=5 or s=-1", "t=5 or t=-1", False),
        # not swallowed: the same name in any order, bare values, two systems in other
        # letters (their values, as before)
        ("t=-1 or t=5", "t=5 or t=-1", True),
        ("5, -1", "t=5 or t=-1", True),
        ("p=1, q=2", "u=1, v=2", True),
    ],
)
def test_one_variables_solutions_against_other_names(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Markdown code around a whole answer and bold on a chain's last side
        ("`-2.75`", "-11/4", True),
        ("`x = 4`", "4", True),
        ("12 + 30 + 7 = **49.00**", "49", True),
        ("y = **7**", "7", True),
        # not swallowed: Python powers stay powers, the values still count
        ("3**2", "9", True),
        ("y**2 = **9**", "y^2 = 9", True),
        ("12 + 30 + 7 = **48**", "49", False),
        ("`-2.75`", "2.75", False),
    ],
)
def test_markdown_code_and_a_bold_last_side(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a unit word of another script in a text command is part of the mathematics
        ("$3\\sqrt{5}\\text{ см}$", "3\\sqrt{5}\\text{ см}"),
        ("$a = 4\\text{ км},\\; P = 16\\text{ км}$", "a = 4\\text{ км},\\; P = 16\\text{ км}"),
        # not swallowed: words of another script around the mathematics are still prose
        ("Ответ: 16 метров", "16"),
        ("面积是 $12$ 平方厘米", "12"),
    ],
)
def test_a_unit_of_another_script_in_a_text_command_is_not_prose(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a new few-shot question after a stated answer ends the response
        ("So the answer is 18. Question: Tom has 3 cats. Answer: 5", "18"),
        ("#### 40\n\nQuestion: another one\n#### 41", "40"),
        ("The answer is 7.\nQuestion: what next?\nThe answer is 9.", "7"),
        # not swallowed: a response that opens with the question, or states its answer only
        # after a "Question:", is read whole
        ("Question: what is 6 times 7? Answer: 42", "42"),
        ("Working it out.\nQuestion: what is 6 times 7? The answer is 42", "42"),
    ],
)
def test_a_new_question_after_the_answer_ends_the_response(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a side that states its exact value and a decimal for it matches that decimal too
        ("1.41", "\\sqrt{2} \\approx 1.41", True),
        ("2,24", "\\sqrt{5} \\approx 2{,}24", True),
        ("\\sqrt{2}", "\\sqrt{2} \\approx 1.41", True),
        # not swallowed: another decimal, a name's approximation, a short decimal alone
        ("1.42", "\\sqrt{2} \\approx 1.41", False),
        ("1.41", "\\sqrt{2}", False),
        ("y \\approx 1.41", "1.41", True),
        ("1.41", "\\sqrt{3} \\approx 1.73", False),
    ],
)
def test_the_decimal_an_approximation_states(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
