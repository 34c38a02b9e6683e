"""Answer kinds found on the seventieth batch's dev half, one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # Mathematica's bracketed calls of one argument are calls
        ("Sqrt[7]", r"\sqrt{7}", True),
        ("3*Cos[2t]", r"3\cos(2t)", True),
        ("ArcTan[y/3]+1", r"\arctan\frac{y}{3}+1", True),
        ("Sqrt[Tan[y]]", r"\sqrt{\tan y}", True),
        # not swallowed: the argument still counts, two arguments or an unclosed bracket stay
        # as written, and a bracket after other names is no call
        ("Sqrt[7]", r"\sqrt{5}", False),
        ("3*Cos[2t]", r"3\sin(2t)", False),
        ("Log[3, 9]", "2", False),
        ("Sqrt[7", r"\sqrt{7}", False),
        ("f[7]", "f(7)", False),
    ],
)
def test_check_equivalent__a_mathematica_call_in_brackets_is_a_call(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # sympy's repeating decimal: the digits in square brackets repeat
        ("0.[6]", r"\frac23", True),
        (".[142857]", r"\frac17", True),
        ("1.2[34]", r"1.2\overline{34}", True),
        ("-.1[6]", r"-\frac16", True),
        # not swallowed: other repetends, and brackets that are lists or intervals
        ("0.[6]", "0.6", False),
        ("1.2[34]", r"1.\overline{234}", False),
        ("[0.5, 6]", r"\frac{1}{2}", False),
    ],
)
def test_check_equivalent__digits_in_brackets_after_a_decimal_repeat(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
