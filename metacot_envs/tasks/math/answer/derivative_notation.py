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

The fraction then compares as any other (its letters are symbols), so ``\frac{dy}{dx} + 1`` is
``1 + \frac{dy}{dx}`` and not ``\frac{dz}{dx} + 1``.
"""

from __future__ import annotations

import re

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
