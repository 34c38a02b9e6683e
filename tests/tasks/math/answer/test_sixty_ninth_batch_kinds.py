"""Answer kinds found on the sixty-ninth batch's dev half, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the em dash, the figure dash and the small hyphen-minus are minus signs, as the en
        # dash and U+2212 are
        ("y — 7", "y - 7", True),
        ("—3 + y", "y - 3", True),
        ("(﹣4, 9)", "(-4, 9)", True),
        ("‒12", "-12", True),
        ("{5, 1, —2}", "{-2, 1, 5}", True),
        # not swallowed: the sign still counts
        ("y — 7", "y + 7", False),
        ("—3", "3", False),
        ("(﹣4, 9)", "(4, 9)", False),
    ],
)
def test_check_equivalent__every_dash_before_a_number_is_a_minus(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a whole answer of items between < and > is a vector, as \langle ... \rangle is
        ("<3,-1,8>", "(3, -1, 8)", True),
        ("< 0.5, 2 >", r"\langle \frac12, 2\rangle", True),
        # not swallowed: order and values still count, a lone < is no bracket, tags stay tags
        ("<3,-1,8>", "(3, 8, -1)", False),
        ("<3,-1,8>", "(3, 1, 8)", False),
        ("<4", "4", False),
        ("<b>1, 2</b>", "(1, 2)", False),
    ],
)
def test_check_equivalent__angle_brackets_around_items_are_a_vector(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a decimal inside an exponent or a function's argument lends no rounding to the value
        (r"2^{0.2500001}", r"\sqrt[4]{2}", False),
        (r"e^{0.1000001}", r"e^{1/10}", False),
        (r"3^{0.5000001}", r"\sqrt{3}", False),
        # not swallowed: exact exponents, and decimals in products and sums, still match
        (r"3^{0.5}", r"\sqrt{3}", True),
        (r"0.666667 y", r"\frac{2y}{3}", True),
        (r"3.14159 t^2", r"\pi t^2", True),
    ],
)
def test_check_equivalent__a_decimal_in_an_exponent_is_no_rounded_value(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # a later statement of the same label on the line revises the earlier one, as a later
        # line does
        ("The answer is 17. Hmm, let me recheck. The answer is 19", "19"),
        ("Answer: 8. No wait. Answer: 9.", "9"),
        ("Final answer: 2, so the final answer is 3", "3"),
        # not swallowed: a later label that states no value, or one the text disowns
        ("The answer is 17 (the answer is always odd)", "17"),
        ("The answer is 17, not the answer is 19", "17"),
        ("The answer is 17.", "17"),
    ],
)
def test_extract_answer__a_later_label_on_the_line_revises_the_answer(
    text: str, answer: str
) -> None:
    assert extract_answer(text) == answer
