"""Answer kinds found on the thirty-second peer batch's dev half (``split=dev32``), one rule
each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a diagonal matrix by its diagonal
        (r"\operatorname{diag}(1,4,9)", r"\begin{pmatrix}1&0&0\\0&4&0\\0&0&9\end{pmatrix}", True),
        (r"\mathrm{diag}(\tfrac13,2)", r"\begin{bmatrix}1/3&0\\0&2\end{bmatrix}", True),
        (r"M=\operatorname{diag}(5,6)", r"\begin{pmatrix}5&0\\0&6\end{pmatrix}", True),
        ("diag(7)", r"\begin{pmatrix}7\end{pmatrix}", True),
        # not swallowed: another diagonal, the order of the entries, an off-diagonal entry
        (r"\operatorname{diag}(1,4,9)", r"\begin{pmatrix}1&0&0\\0&9&0\\0&0&4\end{pmatrix}", False),
        ("diag(5,6)", r"\begin{pmatrix}5&1\\0&6\end{pmatrix}", False),
    ],
)
def test_check_equivalent__a_diagonal_matrix(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a list in square brackets gives a system's values in order
        ("[3, -1]", "x = 3, y = -1", True),
        ("[3, -1, 0]", "a = 3, b = -1, c = 0", True),
        # not swallowed: another order, another length, an interval stays an interval
        ("[3, -1]", "x = -1, y = 3", False),
        ("[3, -1]", "x = 3", False),
        ("[1, 3]", "(1, 3)", False),
    ],
)
def test_check_equivalent__a_square_bracketed_list_against_a_system(
    candidate: str, reference: str, equal: bool
) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
