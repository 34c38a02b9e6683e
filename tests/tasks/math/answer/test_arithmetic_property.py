"""Grammar-shaped property test: arithmetic written the ways answers write it, checked against
an independent exact evaluation.

Hypothesis builds expressions from integers, decimals, the four operations (``+ - * / \\cdot
\\times \\frac``) and powers (``^k``, ``^{k}``, ``**k``, negative ``^-2``, and ``^0.5`` /
``^{-1/2}`` on perfect squares), evaluates them with :class:`fractions.Fraction`, and asks the
checker whether the text equals the true value and whether it equals a different one. A fixed
list of hostile strings never produced ``2^0.5`` (read as 2^0 times .5, so equal to ``0.5``)
or ``2^-0.5`` (2^-0 times .5); a grammar does.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from metacot_envs.tasks.math.answer import check_equivalent

_MAX_MAGNITUDE = Fraction(10**6)


@dataclass(frozen=True)
class _Expr:
    text: str
    value: Fraction
    atom: bool


def _integer(n: int) -> _Expr:
    return _Expr(str(n), Fraction(n), True)


def _decimal(tenths: int) -> _Expr:
    return _Expr(f"{tenths // 10}.{tenths % 10}", Fraction(tenths, 10), True)


def _grouped(expr: _Expr) -> str:
    return expr.text if expr.atom else f"({expr.text})"


@st.composite
def _binary(draw: st.DrawFn, operands: st.SearchStrategy[_Expr]) -> _Expr:
    left, right = draw(operands), draw(operands)
    op = draw(st.sampled_from(["+", "-", "*", "\\cdot", "\\times", "/", "\\frac"]))
    if op in ("/", "\\frac"):
        assume(right.value != 0)
        value = left.value / right.value
        text = (
            f"\\frac{{{left.text}}}{{{right.text}}}"
            if op == "\\frac"
            else f"{_grouped(left)}/{_grouped(right)}"
        )
        return _Expr(text, value, False)
    value = {
        "+": left.value + right.value,
        "-": left.value - right.value,
    }.get(op, left.value * right.value)
    spacing = draw(st.sampled_from(["", " "]))
    return _Expr(f"{_grouped(left)}{spacing}{op}{spacing}{_grouped(right)}", value, False)


@st.composite
def _power(draw: st.DrawFn, operands: st.SearchStrategy[_Expr]) -> _Expr:
    base = draw(operands)
    if draw(st.booleans()):
        exponent = draw(st.integers(min_value=-3, max_value=3).filter(bool))
        spelling = draw(st.sampled_from(["^{k}", "^k", "**k", "^(k)"])).replace("k", str(exponent))
        assume(base.value != 0 or exponent > 0)
        value = base.value**exponent
        assume(abs(value) <= _MAX_MAGNITUDE and abs(1 / value if value else 0) <= _MAX_MAGNITUDE)
        return _Expr(f"{_grouped(base)}{spelling}", value, False)
    root = draw(st.integers(min_value=1, max_value=12))
    if draw(st.booleans()):
        spelling = draw(st.sampled_from(["^-0.5", "^{-0.5}", "^{-1/2}", "**-0.5"]))
        return _Expr(f"{root * root}{spelling}", Fraction(1, root), False)
    spelling = draw(st.sampled_from(["^0.5", "^{0.5}", "^{1/2}", "^(1/2)", "**0.5"]))
    return _Expr(f"{root * root}{spelling}", Fraction(root), False)


_ATOMS = st.one_of(
    st.integers(min_value=0, max_value=20).map(_integer),
    st.integers(min_value=1, max_value=99).map(_decimal),
)
_EXPRESSIONS = st.recursive(
    _ATOMS,
    lambda operands: st.one_of(_binary(operands), _power(operands)),
    max_leaves=5,
)


def _spelled(value: Fraction) -> str:
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    if magnitude.denominator == 1:
        return f"{sign}{magnitude.numerator}"
    return f"{sign}\\frac{{{magnitude.numerator}}}{{{magnitude.denominator}}}"


@settings(max_examples=300, deadline=None)
@given(_EXPRESSIONS, st.sampled_from([Fraction(1), Fraction(1, 3), Fraction(-2), Fraction(7)]))
def test_check_equivalent__written_arithmetic_equals_its_value_and_nothing_else(
    expr: _Expr, offset: Fraction
) -> None:
    assume(abs(expr.value) <= _MAX_MAGNITUDE)
    right = check_equivalent(expr.text, _spelled(expr.value))
    assert right.equivalent, (expr.text, expr.value, right.reason)
    wrong_value = expr.value + offset
    wrong = check_equivalent(expr.text, _spelled(wrong_value))
    assert not wrong.equivalent, (expr.text, expr.value, wrong_value, wrong.reason)
