"""A derivation's conclusion word after math delimiters (found by the soundness probe, seed 11).

``$x^2/16 + y^2/12 = 1/4$ implies \\boxed{x^2/4 + y^2/3 = 1}`` kept its word "implies" (only
the command ``\\implies`` was read), and "so" after a closing ``$`` was not read either: the
whole text parsed as one chain of equations, whose last side (``1``, ``0``) matched any other
conclusion. The conclusion after the last such word is the answer now.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent

_ELLIPSE = "$x^2/16 + y^2/12 = 1/4$ implies \\boxed{{{}}}"
_LINE = "$y=-\\frac{{1}}{{2}}x+\\frac{{3}}{{4}}$ so \\boxed{{{}}}"


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        (_ELLIPSE.format("y^2/4 + y^2/3 = 1"), _ELLIPSE.format("x^2/4 + y^2/3 = 1"), False),
        (_ELLIPSE.format("x^2/4 + y^2/3 = 1"), "x^2/4 + y^2/3 = 1", True),
        (_LINE.format("2y+4y-3=0"), _LINE.format("2x+4y-3=0"), False),
        (_LINE.format("2x+4y-3=0"), "2x+4y-3=0", True),
        ("$3x = 15$ so $x = 5$", "x = 5", True),
        ("$3x = 15$ so $x = 5$", "x = 3", False),
        ("3x = 15 so x = 5", "5", True),
    ],
)
def test_check_equivalent__the_conclusion_after_a_word_is_the_answer(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
