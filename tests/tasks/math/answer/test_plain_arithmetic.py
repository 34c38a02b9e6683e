"""The short way plain arithmetic takes through the checker agrees with the long way.

Two answers of plain arithmetic (``3/4``, ``\\frac{1}{2}``, ``2\\sqrt{3}``: see
:func:`~metacot_envs.tasks.math.answer.latex_tokens.is_plain_arithmetic_text`) skip the
rewrites other answers go through: normalizing leaves them as they are, and their trees are
compared straight away. Here the short way's verdict and reason are checked against the long
way's on texts built from the grammar and on token soups, which reach the spellings the
normalizer rewrites (``*5*`` is bold, ``1.234.567`` groups thousands) and the test must keep
out of the short way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from metacot_envs.tasks.math.answer import Tolerance, check_equivalent
from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.equivalence import (
    Verdict,
    _compare_plain_arithmetic,
    _compare_written,
)
from metacot_envs.tasks.math.answer.latex_normalize import normalize_answer_latex
from metacot_envs.tasks.math.answer.latex_tokens import is_plain_arithmetic_text
from metacot_envs.tasks.math.answer.numeric_tolerance import given_tolerance

_NUMBER = st.one_of(
    st.from_regex(r"[1-9][0-9]{0,3}", fullmatch=True),
    st.from_regex(r"(0|[1-9][0-9]{0,2})\.[0-9]{1,6}", fullmatch=True),
    st.just("0"),
)
_ATOM = st.one_of(_NUMBER, st.just("\\pi"), st.sampled_from(list("abnrtuvwxyz")))


def _expressions(leaf: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.builds(lambda a, op, b: f"{a}{op}{b}", inner, st.sampled_from("+-*/"), inner),
            st.builds(lambda a, b: f"{a}^{{{b}}}", inner, _NUMBER),
            st.builds(lambda a, b: f"\\frac{{{a}}}{{{b}}}", inner, inner),
            st.builds(lambda a, b: f"\\dfrac{{{a}}}{{{b}}}", inner, inner),
            st.builds(lambda a: f"\\sqrt{{{a}}}", inner),
            st.builds(lambda a: f"({a})", inner),
            st.builds(lambda a, b: f"{a}\\cdot{b}", inner, inner),
            st.builds(lambda a, b: f"{a}\\times{b}", inner, inner),
            st.builds(lambda a: f"-{a}", inner),
        )

    return st.recursive(leaf, extend, max_leaves=6)


_GRAMMAR = _expressions(_ATOM)
_SOUP = st.lists(
    st.sampled_from(
        [
            *"0123456789.+-*/^(){}abnrtuvwxyz",
            *["\\frac", "\\dfrac", "\\sqrt", "\\pi", "\\cdot", "\\times", "x10^"],
        ]
    ),
    min_size=1,
    max_size=10,
).map("".join)
_TEXT = st.one_of(_GRAMMAR, _SOUP)


def _outcome(
    compare: Callable[[str, str, Budget], Verdict | None], candidate: str, reference: str
) -> Verdict | str | None:
    """A comparison's verdict, or the error it raised (both ways must raise alike)."""
    try:
        return compare(candidate, reference, Budget(5.0))
    except Exception as exc:  # noqa: BLE001 - compared, not hidden
        return f"{type(exc).__name__}: {exc}"


@settings(max_examples=2000)
@given(_SOUP)
def test_normalizing_leaves_plain_arithmetic_as_it_is(text: str) -> None:
    assume(is_plain_arithmetic_text(text))
    assert normalize_answer_latex(text, Budget(5.0)) == text


@settings(max_examples=400)
@given(_TEXT, _TEXT, st.booleans())
def test_plain_arithmetic_gets_the_long_way_s_verdict_and_reason(
    candidate: str, reference: str, tolerant: bool
) -> None:
    assume(is_plain_arithmetic_text(candidate) and is_plain_arithmetic_text(reference))
    with given_tolerance(Tolerance(relative=1e-3) if tolerant else None):
        for pair in ((candidate, reference), (reference, candidate), (candidate, candidate)):
            short = _outcome(_compare_plain_arithmetic, *pair)
            if short is not None:
                assert short == _outcome(_compare_written, *pair)


@pytest.mark.parametrize(
    ("candidate", "reference", "equivalent"),
    [
        ("\\frac{3}{4}", "0.75", True),
        ("2\\sqrt{3}", "\\sqrt{12}", True),
        ("3/4", "\\frac{6}{8}", True),
        ("\\frac{1}{6}", "\\frac{7}{6}", False),
        ("2^{10}", "1024", True),
        ("\\frac{", "\\frac{", False),  # unbalanced: the long way refuses it
        ("2x+1", "1+2x", True),
        ("\\frac{x}{2}", "x/2", True),
        ("(x+1)^2", "x^2+2x+1", True),
        ("(x+1)^2", "x^2+1", False),
    ],
)
def test_plain_arithmetic_verdicts(candidate: str, reference: str, equivalent: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equivalent


@pytest.mark.parametrize(
    "text",
    [
        *["*5*", "1.234.567", "2**3", "+-3", "0.5(25)", "{-}1", "1.", ".5", "007", "{3}", "3+{}"],
        *["17k", "4.2x10^1", "0x10", "5m", "2e", "xy", "x=1", "f(x)", "x y"],
    ],
)
def test_spellings_the_normalizer_rewrites_take_the_long_way(text: str) -> None:
    assert not is_plain_arithmetic_text(text)
