r"""Derivatives written in Leibniz's or sympy's notation, as one LaTeX fraction.

Without this, plain ``dy/dx`` reads as ``d \cdot y / d \cdot x`` (division and juxtaposition
left to right), unlike ``\frac{dy}{dx}``, and sympy's ``diff(y, x)`` is an unknown function.
Each is rewritten textually (nothing is evaluated):

- ``dy/dx``, ``d^2y/dx^2``, ``d^{2}y/dx^{2}`` (a one-letter function and variable) become
  ``\frac{dy}{dx}`` and ``\frac{d^{2}y}{dx^{2}}``;
- sympy's ``diff(y, x)``, ``diff(y, x, 2)``, ``diff(y, x, x)`` (the variable repeated once per
  order) and ``diff(diff(y, x), x)`` become the same fractions;
- the partial sign, ``\partial`` or ``∂``, is written ``d``: an answer names the derivative it
  means, and sympy's ``diff`` is partial too (``\frac{\partial y}{\partial x}`` is
  ``\frac{dy}{dx}``).

The parser then reads such a fraction as one symbol naming the derivative
(:func:`derivative_symbol`), so ``\frac{dy}{dx} + 1`` is ``1 + \frac{dy}{dx}`` and not
``\frac{dz}{dx} + 1``, and ``x\frac{dm}{dt}`` is not ``m\frac{dx}{dt}`` (as the quotient of
products ``d \cdot m / (d \cdot t)`` it would be: both are ``xm/t``).
"""

from __future__ import annotations

import re

from metacot_envs.tasks.math.answer.expression_tree import Mul, Node, Number, Pow, Symbol

_PARTIAL = re.compile(r"\\partial(?![a-zA-Z])\s*|∂\s*")
_PLAIN_LEIBNIZ = re.compile(
    r"(?<![A-Za-z\\{])d(?:\^\{?([2-9])\}?)?\s*([a-zA-Z])\s*/\s*d\s*([a-zA-Z])"
    r"(?:\^\{?([2-9])\}?)?(?![A-Za-z(])"
)
_SYMPY_DIFF = re.compile(
    r"(?<![A-Za-z\\])diff\(\s*([a-zA-Z])\s*,\s*([a-zA-Z])\s*(?:,\s*([2-9])\s*)?\)"
)
_SYMPY_REPEATED_DIFF = re.compile(
    r"(?<![A-Za-z\\])diff\(\s*([a-zA-Z])\s*,\s*([a-zA-Z])((?:\s*,\s*\2){1,8})\s*\)"
)
"""``diff(y, x, x, x)``: the variable repeated, one more time per order"""
_SYMPY_SECOND_DIFF = re.compile(
    r"(?<![A-Za-z\\])diff\(\s*diff\(\s*([a-zA-Z])\s*,\s*([a-zA-Z])\s*\)\s*,\s*\2\s*\)"
)


def leibniz_fractions(text: str) -> str:
    """``text`` with its Leibniz-notation and sympy ``diff`` derivatives as LaTeX fractions."""
    if "partial" in text or "∂" in text:
        text = _PARTIAL.sub("d", text)
    if "diff(" in text:
        text = _SYMPY_REPEATED_DIFF.sub(
            lambda m: _fraction(m.group(1), m.group(2), str(1 + m.group(3).count(","))), text
        )
        text = _SYMPY_SECOND_DIFF.sub(lambda m: _fraction(m.group(1), m.group(2), "2"), text)
        text = _SYMPY_DIFF.sub(lambda m: _fraction(m.group(1), m.group(2), m.group(3)), text)
    if "/" in text and "d" in text:
        text = _PLAIN_LEIBNIZ.sub(_plain, text)
    return text


def _plain(match: re.Match[str]) -> str:
    order, variable_order = match.group(1), match.group(4)
    if order != variable_order:
        return match.group()  # d^2y/dx is no derivative
    return _fraction(match.group(2), match.group(3), order)


def _fraction(function: str, variable: str, order: str | None) -> str:
    if not order or order == "1":
        return f"\\frac{{d{function}}}{{d{variable}}}"
    return f"\\frac{{d^{{{order}}}{function}}}{{d{variable}^{{{order}}}}}"


def derivative_symbol(numerator: Node, denominator: Node) -> Symbol | None:
    r"""The symbol a Leibniz fraction names, ``\frac{dy}{dx}`` or ``\frac{d^{2}y}{dx^{2}}`` as
    parsed (``d`` times a symbol over ``d`` times a symbol, the orders equal); else None."""
    top = _differential(numerator, differentiated=True)
    bottom = _differential(denominator, differentiated=False)
    if top is None or bottom is None or top[1] != bottom[1]:
        return None
    order = "" if top[1] == 1 else f"^{top[1]}"
    return Symbol(f"d{order}{top[0]}/d{bottom[0]}{order}")


def _differential(node: Node, differentiated: bool) -> tuple[str, int] | None:
    """``(name, order)`` of ``d y`` / ``d^2 y`` (``differentiated``, the order on ``d``) or of
    ``d x`` / ``d x^2`` (the order on the variable)."""
    if not isinstance(node, Mul) or len(node.factors) != 2:
        return None
    d, variable = node.factors
    order = 1
    if differentiated and isinstance(d, Pow):
        order = _whole_order(d.exponent)
        d = d.base
    if not differentiated and isinstance(variable, Pow):
        order = _whole_order(variable.exponent)
        variable = variable.base
    if d != Symbol("d") or not isinstance(variable, Symbol) or variable.name == "d" or order < 1:
        return None
    return variable.name, order


def _whole_order(exponent: Node) -> int:
    if (
        isinstance(exponent, Number)
        and exponent.value.denominator == 1
        and 2 <= exponent.value <= 9
    ):
        return int(exponent.value)
    return 0
