"""Answer kinds found on the eighth peer batch's dev half (``split=dev8``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from metacot_envs.testing import deadline


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # the whole content of an <answer> tag
        ("<answer>2^{1/2}</answer>", "2^{1/2}"),
        ("<think>try 3</think><answer> x<1 </answer>", "x<1"),
        ("<answer>The answer is 5.</answer>", "5"),
        ("<ANSWER>\\frac{3}{4}</ANSWER>", "\\frac{3}{4}"),
        ("<answer>1</answer> then <answer>2</answer>", "2"),
        # not swallowed: a box inside the tag is the answer; an empty tag is no answer
        ("<answer>so \\boxed{7}</answer>", "7"),
        ("<answer> </answer> so 6", "6"),
    ],
)
def test_extract_answer__an_answer_tag_gives_its_whole_content(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("\\operatorname{gcd}(12,18)", "6", True),
        ("\\gcd(12, 18)", "6", True),
        ("\\operatorname{lcm}(4,6)", "12", True),
        ("\\gcd(12, 18, 8)", "2", True),
        ("\\operatorname{lcm}(4,6)", "24", False),
        # not swallowed: gcd of non-integers, of a variable, of one number has no value here
        ("\\gcd(1.5, 3)", "1.5", False),
        ("\\gcd(x, 2)", "2", False),
        ("\\gcd(4)", "4", False),
    ],
)
def test_check_equivalent__gcd_and_lcm_of_integers_are_computed(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # a word that judges the answer is no unit: the value is disowned
        ("42\\text{ wrong}", "42", False),
        ("42 \\text{(incorrect)}", "42", False),
        ("42 wrong", "42", False),
        ("42\\text{错误}", "42", False),
        ("42 неверно", "42", False),
        # not swallowed: units and counted nouns still go
        ("42\\text{ apples}", "42", True),
        ("42 students", "42", True),
        ("12个", "12", True),
        ("51 đô la", "51", True),
    ],
)
def test_check_equivalent__a_verdict_word_after_a_number_is_not_a_unit(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # an equation of constants that does not hold states nothing
        ("7=42", "42", False),
        ("1 = \\frac{1}{2}", "\\frac12", False),
        ("2+2=5", "5", False),
        ("0=42", "7=42", False),
        # not swallowed: computations that hold, rounded or as percents, state their result;
        # the same false equation is itself; chains with a name keep their last side
        ("2+3=5", "5", True),
        ("\\sqrt{2}=1.4", "1.4", True),
        ("2\\pi=6.28", "6.28", True),
        ("\\frac13=0.3", "0.3", True),
        ("\\frac12=50\\%", "\\frac12", True),
        ("e^{i\\pi}=-1", "-1", True),
        ("42=0", "0=42", True),
        ("x = 5+5+1 = 7 = 11", "x=11", True),
    ],
)
def test_check_equivalent__a_false_equation_of_constants_states_no_value(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # \\ is a line break: "\\boxed{42}" after a real box is plain text
        ("\\boxed{7} \\\\boxed{42}", "7"),
        ("\\boxed{7} \\\\\\\\boxed{42}", "7"),
        # not swallowed: an odd run of backslashes ends in the command; with no real box,
        # an escaped one is read (output that escapes backslashes as JSON shows them)
        ("a \\\\\\boxed{3}", "3"),
        ("\\\\boxed{42}", "42"),
        ("\\\\boxed{9} \\boxed{1}", "1"),
    ],
)
def test_extract_answer__a_box_after_a_line_break_is_text(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a label right after a disowning word gives no answer, and no fallback reads it
        ("Wrong answer: 42", None),
        ("This is not the final answer: 42", None),
        ("An incorrect answer is 42.", None),
        ("I got $7$. Wrong answer: $42$", "7"),
        ("Wrong answer: 42. Correct answer: 43", "43"),
        ("\\boxed{4} This is not the final answer: 5", "4"),
        # not swallowed: hedges and words that do not sit right before the label
        ("I am not sure the answer is 5", "5"),
        ("Not sure, but the answer is 5", "5"),
        ("No doubt: the final answer is 6", "6"),
        ("The answer: 7", "7"),
    ],
)
def test_extract_answer__a_disowned_label_gives_no_answer(text: str, answer: str | None) -> None:
    assert extract_answer(text) == answer


def test_extract_answer__many_disowned_labels_stay_bounded() -> None:
    # each disowned label restarts the search, which may scan to the end of the line
    with deadline(5.0):
        assert extract_answer("wrong answer: " * 20_000) is None
        assert extract_answer("not the answer is " * 20_000 + "5") is None
        assert extract_answer("<answer>" * 20_000 + "1") == "1"
