"""Answer kinds found on the second peer batch's dev half (``split=dev2``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer

PMATRIX_1234 = r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("小明有3个苹果，又买了5个，所以一共有8个苹果。", "8"),
        ("所以答案为 **12** 个。", "12"),
        ("إذن عدد الكتب هو 12 كتابا.", "12"),
        ("Итого получаем 15 яблок.", "15"),
        ("इसलिए कुल 21 किताबें हैं।", "21"),
    ],
)
def test_extract_answer__prose_in_other_scripts_gives_its_last_number(
    text: str, answer: str
) -> None:
    assert extract_answer(text) == answer


def test_extract_answer__digits_glued_to_cjk_text_are_a_number() -> None:
    assert extract_answer("第一步得到4，最后总共有99颗弹珠。") == "99"
    assert extract_answer("so the value of x2 is large and y is 7") == "7"


def test_extract_answer__a_fraction_written_in_prose_is_a_number() -> None:
    assert extract_answer(r"So each share is \frac{3}{7} of the cake.") == r"\frac{3}{7}"
    assert extract_answer(r"每份应该是 (\frac{2}{5}) 吨。") == r"\frac{2}{5}"


@pytest.mark.parametrize(
    "text",
    [
        r"\begin{matrix} \frac12 \\ 1 \end{matrix}",
        r"\begin{pmatrix} x \\ 2 \end{pmatrix}",
        "απ + 1",
    ],
)
def test_extract_answer__environment_names_and_greek_letters_are_not_prose(text: str) -> None:
    assert extract_answer(text) is None


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        (rf"{PMATRIX_1234} + {PMATRIX_1234}", r"\begin{pmatrix}2 & 4 \\ 6 & 8\end{pmatrix}", True),
        (rf"{PMATRIX_1234} {PMATRIX_1234}", r"\begin{pmatrix}7 & 10 \\ 15 & 22\end{pmatrix}", True),
        (
            rf"{PMATRIX_1234} \cdot {PMATRIX_1234}",
            r"\begin{pmatrix}7 & 10 \\ 15 & 23\end{pmatrix}",
            False,
        ),
        (rf"2{PMATRIX_1234}", r"\begin{pmatrix}2 & 4 \\ 6 & 8\end{pmatrix}", True),
        (rf"x{PMATRIX_1234}", r"\begin{pmatrix}x & 2x \\ 3x & 4x\end{pmatrix}", True),
        (rf"-{PMATRIX_1234}", r"\begin{pmatrix}-1 & -2 \\ -3 & -4\end{pmatrix}", True),
        (
            r"\begin{pmatrix}1 \\ 2\end{pmatrix} + \begin{pmatrix}1 & 2\end{pmatrix}",
            r"\begin{pmatrix}2 \\ 4\end{pmatrix}",
            False,
        ),
        (r"\left[\begin{array}{cc}1 & 2 \\ 3 & 4\end{array}\right]", PMATRIX_1234, True),
        (r"\left[\begin{array}{c|c}1 & 2 \\ 3 & 5\end{array}\right]", PMATRIX_1234, False),
    ],
)
def test_check_equivalent__matrix_sums_and_products_state_their_matrix(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("2^6 3^5 5^4", r"2^6 \cdot 3^5 \cdot 5^4", True),
        ("2^6 3", "192", True),
        ("2 3^5", "486", False),  # digits side by side stay an error
        ("2 3", "6", False),
        ("1 000", "0", False),
    ],
)
def test_check_equivalent__a_number_after_a_power_is_a_factor(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("1 1/2", "1.5", True),
        ("2 3/4", r"\frac{11}{4}", True),
        ("-1 1/2", "-1.5", True),
        ("2 3/4", "6/4", False),
        ("1 3/2", "2.5", False),  # an improper fraction is no mixed number
        ("1, 1/2", "1, 0.5", True),
    ],
)
def test_check_equivalent__plain_text_mixed_numbers(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("10weeks", "10", True),
        ("3days", "3", True),
        ("10m", "10", False),  # one glued letter is a variable
        ("2abc", "2", False),
    ],
)
def test_check_equivalent__a_unit_word_glued_to_its_number_is_a_unit(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("+0001,000.00", "1000", True),
        ("0002,500", "2500", True),
        ("0,111", "0.111", True),
        ("0002,500", "2", False),
    ],
)
def test_check_equivalent__leading_zeros_do_not_hide_thousands_grouping(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("B", "B. the second option", True),
        ("B", "(B) 17", True),
        ("B", "B) 17", True),
        ("A", "B. 17", False),
        ("x. 5", "5", False),
    ],
)
def test_check_equivalent__a_labelled_choice_with_its_text_is_the_choice(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("21:15", r"9:15 \text{ p.m.}", True),
        ("9:15 PM", "21:15", True),
        ("12:30 a.m.", "0:30", True),
        ("12:30 pm", "12:30", True),
        ("9:15 AM", "21:15", False),
    ],
)
def test_check_equivalent__twelve_hour_clock_times(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected


def test_check_equivalent__a_text_escaped_twice_keeps_its_matrix_rows() -> None:
    twice = r"\\begin{pmatrix} 1 \\\\ \\frac{1}{2} \\end{pmatrix}"
    assert check_equivalent(twice, r"\begin{pmatrix} 1 \\ 0.5 \end{pmatrix}").equivalent
    assert not check_equivalent(twice, r"\begin{pmatrix} 1 \\ 0.25 \end{pmatrix}").equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        (r"40\pi", "125.663", True),  # 125.6637... cut off
        (r"40\pi", "125.664", True),  # rounded
        (r"40\pi", "125.662", False),
        (r"-40\pi", "-125.663", True),
        (r"\frac{2}{3}", "0.666666", True),
        (r"\frac{2}{3}", "0.666665", False),
        ("2.718281", "2.7182", False),  # two decimals: no cutting off between them
        (r"\pi", "3.1415", False),  # short decimals stay exact
    ],
)
def test_check_equivalent__a_long_decimal_may_be_cut_off_at_its_last_place(
    candidate: str, reference: str, expected: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is expected
