"""Answer kinds found on the fifth peer batch's dev half (``split=dev5``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    "text",
    [
        "\\boxed{12}\nhmm, no: the answer is \\boxed{",
        "\\boxed{12} so the final answer is \\boxed{}",
        "\\boxed{12} then \\boxed{ } at the end",
        "\\boxed{7} and later \\boxed{\\frac{3}{4}",  # cut off inside a fraction
        "\\boxed{\\boxed{\\boxed{9",
    ],
)
def test_extract_answer__an_empty_or_cut_off_last_box_is_no_answer(text: str) -> None:
    assert extract_answer(text) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("\\boxed{1 and then \\boxed{2}", "2"),  # a cut-off box before the last one
        ("\\boxed{3}, \\boxed{5}", "3, 5"),
        ("first \\boxed{4}, corrected: \\boxed{6}", "6"),
        ("\\boxed{\\{1,2\\}} is the set", "\\{1,2\\}"),  # escaped braces are not brackets
        ("\\boxed {8}", "8"),
    ],
)
def test_extract_answer__the_last_closed_box_still_answers(text: str, answer: str) -> None:
    assert extract_answer(text) == answer


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # a lone number with a two-letter unit glued on: labs-molt's grader tests and a
        # third suite's "2 cm" = "2cm" say unit; MARIO_EVAL's "10cm" != "10" says variables
        # (its pair stays in the peer table, counted as a miss)
        ("12cm", "12", True),
        ("2 cm", "2cm", True),
        ("-3.5kg", "-3.5", True),
        ("12cm^2", "12", True),
        ("12cd", "12", False),  # not a unit: c times d
        ("2xy", "2", False),
        ("x+2cm", "x+2", False),  # only a whole answer that is one number
        ("20 km/h", "20", True),  # a rate after the number
        ("3 m/s", "3", True),
        ("3 a/b", "3", False),
    ],
)
def test_check_equivalent__two_letter_units_glued_to_a_lone_number_and_rates(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("f(x) = 2x + 3", "y = 2x + 3", True),  # two spellings of the function's value
        ("y = x^2", "p(x) = x^2", True),
        ("f(x) = x", "y = x + 1", False),
        ("y = 2x + 3", "g(t) = 2t + 3", False),  # another variable: another function
        ("ab = 3", "y = 3", False),  # a product named, not a function of b
        ("y = 3", "x = 3", False),
    ],
)
def test_check_equivalent__y_equals_and_f_of_x_equals_name_the_same_value(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected
