"""The short way plain numbers take through normalizing and parsing agrees with the long way.

A third of the answers a grader sees are one plain number (``42``, ``-0.50``), so the
normalizer returns them as they are, the parser builds their tree directly and two of them
are compared with none of the rewrites other answers go through
(:data:`~metacot_envs.tasks.math.answer.latex_tokens.PLAIN_NUMBER_TEXT`). The long way is
reached here through a text the short way does not take: the number with a space before it
(normalized, compared) and in braces (parsed).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from metacot_envs.tasks.math.answer import Tolerance, check_equivalent
from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.expression_tree import Neg, Node, Number
from metacot_envs.tasks.math.answer.latex_normalize import normalize_answer_latex
from metacot_envs.tasks.math.answer.latex_parse import parse_latex
from metacot_envs.tasks.math.answer.latex_tokens import PLAIN_NUMBER_TEXT

_WHOLE = st.one_of(st.just("0"), st.from_regex(r"[1-9][0-9]{0,14}", fullmatch=True))
_PLAIN = st.builds(
    lambda sign, whole, decimals: f"{sign}{whole}{'.' + decimals if decimals else ''}",
    st.sampled_from(["", "-"]),
    _WHOLE,
    st.one_of(st.none(), st.from_regex(r"[0-9]{1,12}", fullmatch=True)),
)


def _places(node: Node) -> int | None:
    number = node.operand if isinstance(node, Neg) else node
    assert isinstance(number, Number)
    return number.places  # not part of equality, so compared on its own


@given(_PLAIN)
def test_a_plain_number_normalizes_and_parses_as_the_long_way_does(text: str) -> None:
    assert PLAIN_NUMBER_TEXT.fullmatch(text)
    assert normalize_answer_latex(text, Budget(1.0)) == text
    assert normalize_answer_latex(f" {text}", Budget(1.0)) == text
    short, long = parse_latex(text, Budget(1.0)), parse_latex(f"{{{text}}}", Budget(1.0))
    assert short == long
    assert type(short) is type(long) and _places(short) == _places(long)


def _rounded(text: str, places: int) -> str:
    """``text`` rounded to ``places`` decimals (a near number, where the rounding rules act)."""
    return f"{float(text):.{places}f}"


@given(_PLAIN, st.integers(0, 8), st.booleans())
def test_two_plain_numbers_get_the_long_way_s_verdict_and_reason(
    text: str, places: int, given_tolerance: bool
) -> None:
    other = _rounded(text, places)
    tolerance = Tolerance(relative=1e-3) if given_tolerance else None
    for candidate, reference in ((text, other), (other, text), (text, text)):
        short = check_equivalent(candidate, reference, tolerance=tolerance)
        long = check_equivalent(f" {candidate}", reference, tolerance=tolerance)
        assert short == long


def test_numbers_the_short_way_leaves_to_the_long_way() -> None:
    for text in ["007", "1,000", "1 000", "+5", "1e3", "0.5.1", "1234567890123456", "٣"]:
        assert PLAIN_NUMBER_TEXT.fullmatch(text) is None
