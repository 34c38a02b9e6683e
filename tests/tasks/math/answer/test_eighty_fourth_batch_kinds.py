"""Answer kinds found on ``dev83``, ``dev84`` and the released halves ``blind76``, ``blind77``.

One rule each. The pairs here are written for the rules, not copied from the peer table;
each rule also has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # the written determinant of a matrix: vmatrix, \det and bars around a matrix
        ("\\begin{vmatrix}2 & 1 \\\\ 5 & 4\\end{vmatrix}", "3", True),
        ("\\det\\begin{pmatrix}2 & 1 \\\\ 5 & 4\\end{pmatrix}", "3", True),
        ("\\det\\left(\\begin{bmatrix}2 & 1 \\\\ 5 & 4\\end{bmatrix}\\right)", "3", True),
        ("\\left|\\begin{matrix}p & q \\\\ r & s\\end{matrix}\\right|", "ps - qr", True),
        ("\\begin{vmatrix}1 & 2 & 0\\\\ 0 & 1 & 0 \\\\ 3 & 0 & 1\\end{vmatrix}", "1", True),
        # a transpose, an inverse and a whole power of a written matrix
        (
            "\\begin{pmatrix}2 & 5 \\\\ 1 & 4\\end{pmatrix}^{T}",
            "\\begin{pmatrix}2 & 1 \\\\ 5 & 4\\end{pmatrix}",
            True,
        ),
        (
            "\\begin{pmatrix}1 & 0 & 2\\end{pmatrix}^\\top",
            "\\begin{pmatrix}1 \\\\ 0 \\\\ 2\\end{pmatrix}",
            True,
        ),
        (
            "\\begin{pmatrix}2 & 1 \\\\ 5 & 4\\end{pmatrix}^{-1}",
            "\\begin{pmatrix}4/3 & -1/3 \\\\ -5/3 & 2/3\\end{pmatrix}",
            True,
        ),
        (
            "\\begin{pmatrix}1 & 1 \\\\ 0 & 1\\end{pmatrix}^{3}",
            "\\begin{pmatrix}1 & 3 \\\\ 0 & 1\\end{pmatrix}",
            True,
        ),
        # not swallowed: a determinant is a number, not its matrix; a singular matrix has no
        # inverse; a wrong inverse or transpose stays wrong
        (
            "\\begin{vmatrix}2 & 1 \\\\ 5 & 4\\end{vmatrix}",
            "\\begin{pmatrix}2 & 1 \\\\ 5 & 4\\end{pmatrix}",
            False,
        ),
        ("\\begin{vmatrix}2 & 1 \\\\ 5 & 4\\end{vmatrix}", "-3", False),
        (
            "\\begin{pmatrix}1 & 2 \\\\ 2 & 4\\end{pmatrix}^{-1}",
            "\\begin{pmatrix}1 & 0 \\\\ 0 & 1\\end{pmatrix}",
            False,
        ),
        (
            "\\begin{pmatrix}2 & 1 \\\\ 5 & 4\\end{pmatrix}^{-1}",
            "\\begin{pmatrix}4/3 & -1/3 \\\\ 5/3 & 2/3\\end{pmatrix}",
            False,
        ),
        (
            "\\begin{pmatrix}2 & 5 \\\\ 1 & 4\\end{pmatrix}^{T}",
            "\\begin{pmatrix}2 & 5 \\\\ 1 & 4\\end{pmatrix}",
            False,
        ),
        ("|x|", "x", False),
    ],
)
def test_check_equivalent__matrix_determinants_transposes_and_inverses(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # counting calls: Python's comb and perm, and the textbook C(n, k) of two whole numbers
        ("comb(7, 2)", "21", True),
        ("combinations(6,3)", "20", True),
        ("perm(6, 2)", "30", True),
        ("C(7,2)", "21", True),
        ("1 - C(4,2)/C(6,2)", "3/5", True),
        # not swallowed: C of anything but two whole numbers stays a call of C
        ("C(7,2)", "20", False),
        ("C(x,2)", "21", False),
        ("C(1,2)", "(1,2)", False),
    ],
)
def test_check_equivalent__counting_calls(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # an answer label in another language, as "Answer:" is one
        ("答：48", "48", True),
        ("答案：48", "48", True),
        ("Ответ: 48", "48", True),
        ("Antwort: 48", "48", True),
        ("答：48", "47", False),
        # Malaysia's ringgit and more ISO codes before an amount
        ("RM48", "48", True),
        ("RM 48.00", "48", True),
        ("MYR 48", "48", True),
        ("48 MYR", "48", True),
        ("RM48", "47", False),
        # two currencies named after the same number differ
        ("48 USD", "48 EUR", False),
        ("48 dollars", "48 euros", False),
        ("48 USD", "48 dollars", True),
        ("48 euros", "48", True),
        # full-width letters are ASCII before the unit checks, as full-width digits were
        ("48ｍＬ", "48 mL", True),
        ("48ｍＬ", "48 L", False),
    ],
)
def test_check_equivalent__labels_and_currency_codes(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a font macro without braces takes one character, as TeX reads it
        ("\\mathbf v + 2", "\\mathbf{v} + 2", True),
        ("\\textbf 7", "7", True),
        # an empty group after a value, and an equation's label or tag, typeset nothing
        ("\\frac{3}{4}{}", "\\frac{3}{4}", True),
        ("x^2 + 1\\label{eq:main}", "x^2+1", True),
        ("y = 2x \\tag{3}", "y = 2x", True),
        ("\\frac{3}{4}{}", "\\frac{4}{3}", False),
        ("x^2 + 1\\label{eq:main}", "x^2+2", False),
    ],
)
def test_check_equivalent__braceless_fonts_empty_groups_and_labels(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
