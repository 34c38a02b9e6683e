"""Answer kinds found on the seventh peer batch's dev half (``split=dev7``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import AnswerPatterns, check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # two or more dots, each before exactly three digits: thousands separators
        ("2.000.000", "2000000", True),
        ("12.345.678", "12345678", True),
        ("-4.500.000", "-4500000", True),
        ("$7.250.000$", "7,250,000", True),
        ("x = 1.000.000", "10^6", True),
        ("3.000.000", "3000001", False),
        # not swallowed: a single dot is a decimal point, other groupings are no number
        ("2.000", "2000", False),
        ("2.000", "2", True),
        ("2.000.00", "200000", False),
        ("1.2.3", "123", False),
        ("12.345.6789", "123456789", False),
        ("0.000.001", "1", False),
        ("1.000.000.5", "10000005", False),
    ],
)
def test_check_equivalent__dots_between_groups_of_three_digits_are_thousands_separators(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # unit words in another script after a number go, in \text{} or bare
        ("40 đô la", "40", True),
        ("40 đô la.", "40", True),
        ("4 quả táo", "4", True),
        ("12.5 mètres", "12.5", True),
        ("3 км", "3", True),
        ("12 个", "12", True),
        ("12个", "12", True),
        ("8\\text{ nghìn đồng}", "8", True),
        ("\\frac{3}{2} \\text{ mét}", "1.5", True),
        ("\\boxed{210 \\text{ nghìn đồng}; 75 \\text{ nghìn đồng}}", "210; 75", True),
        ("2.500.000 đồng", "2500000", True),
        ("40 \u0111o\u0302 la", "40", True),  # decomposed diacritics
        ("40 đô la", "41", False),
        # not swallowed: words with no number before them, Greek letters, ASCII variables,
        # a word between two numbers
        ("đô la", "40", False),
        ("\\text{mét}", "7", False),
        ("Hà Nội", "Hà Nội", True),
        ("Hà Nội", "Hải Phòng", False),
        ("2 α", "2", False),
        ("2α", "2", False),
        ("5 X đô", "5", False),
        ("x đô", "x", False),
        ("5x đô", "5", False),
        ("365 nghìn 500 đồng", "365500", False),
        ("365 nghìn 500 đồng", "365", False),
        ("5 " + "đô " * 20, "5", False),  # longer than a unit phrase
        ("5" + "đ" * 60, "5", False),
    ],
)
def test_check_equivalent__unit_words_in_another_script_after_a_number_go(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a final-answer statement after the last box that states a value revises the box
        ("\\boxed{7}. Wait, the final answer is 8.", "8"),
        ("\\boxed{7}\nFinal answer: $\\frac{1}{2}$", "\\frac{1}{2}"),
        ("\\boxed{7}. Final Answer: The final answer is 8. I hope it is correct.", "8"),
        ("\\boxed{9} so Final Answer: The final answer is $12$ and $13$.", "12, 13"),
        ("\\boxed{7}</think> final answer: 8", "8"),
        # not swallowed: a statement before the box, one holding the box, words instead of a
        # value, a value inside prose, a statement inside the box, a cut-off last box
        ("Final answer: \\boxed{7}", "7"),
        ("The final answer is $\\boxed{7}$.", "7"),
        ("Final answer: 8. Checking again gives \\boxed{7}", "7"),
        ("\\boxed{7}. So the final answer is as boxed above.", "7"),
        ("\\boxed{7}. Final answer: seven", "7"),
        ("\\boxed{12}. Note that the final answer is an integer since 12 = 3 \\cdot 4.", "12"),
        ("\\boxed{12}. The final answer is 12, as found above.", "12"),
        ("\\boxed{\\text{final answer: 8}}", "\\text{final answer: 8}"),
        ("\\boxed{7}. The final answer is 8 \\boxed{", None),
        ("<think>the final answer is 8</think> \\boxed{7}", "7"),
        ("\\boxed{7}. The answer is 8.", "7"),  # only an explicit *final* answer revises
    ],
)
def test_extract_answer__a_final_answer_stated_after_the_last_box_wins_over_it(
    text: str, answer: str | None
) -> None:
    assert extract_answer(text) == answer


def test_answer_patterns__a_box_only_pattern_list_keeps_the_box() -> None:
    patterns = AnswerPatterns([r"\\boxed\s*\{"])
    assert patterns.search("\\boxed{7}. Actually the final answer is 8.").answer == "7"


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        # between two decimals, one long (6+ significant digits), the coarser one of 4+
        # digits states the precision: the long one matches what it rounds to there
        ("2.71828", "2.7183", True),
        ("2.7183", "2.71828", True),
        ("1.41421", "1.4142", True),
        ("1.41421", "1.414", True),
        ("0.333333", "0.3333", True),
        ("-2.71828", "-2.7183", True),
        ("2.718281828", "2.71828", True),  # two long decimals, as before
        ("2.71828\\times10^{3}", "2718.3", True),
        ("(1.41421, 2.71828)", "(1.4142, 2.7183)", True),
        ("x = 2.71828", "2.7183", True),
        # not swallowed: the long one rounds elsewhere, the short one has under 4 digits,
        # neither is long, the same last place, a sign, or an exact value on the other side
        ("2.71828", "2.7182", False),  # 2.71828 rounds to 2.7183; no cutting off
        ("2.71828", "2.72", False),
        ("2.71828", "2.7", False),
        ("2.54321", "2.5", False),
        ("2.7183", "2.718", False),
        ("2.718", "2.7183", False),
        ("2.71828", "2.71839", False),  # same place, over one part in 100,000 apart
        ("2.718281828", "2.718281829", True),  # within float noise (one part in a million)
        ("2.71828", "-2.7183", False),
        ("2.718281", "2.7182", False),
        ("2.7183", "e", False),
        ("0.3333", "\\frac13", False),
        ("0.333333", "\\frac13", True),
        ("2.71828", "e", True),
        # a percent read as a unit is its number (since the eighty-eighth batch: DABstep's and a
        # FinQA grader's tests round it so; before, a percent side was never rounded)
        ("2.71828\\%", "2.7183", True),
        ("2.71828\\%", "2.7184", False),
    ],
)
def test_check_equivalent__a_long_decimal_matches_a_shorter_decimal_it_rounds_to(
    candidate: str, reference: str, expected: bool
) -> None:
    verdict = check_equivalent(candidate, reference)
    assert verdict.equivalent is expected, verdict
