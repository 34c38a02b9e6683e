"""Writing exact answers in the several forms a solver might print them.

Every ``*_forms`` function returns the canonical LaTeX form first; the rest are
other correct spellings (plain fractions, decimals, spacing, order) that the
verifier must accept as equivalent.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import sympy

Coefficients = Sequence[Fraction]
"""polynomial coefficients, highest degree first"""


def to_fraction(value: sympy.Rational | int | Fraction) -> Fraction:
    """An exact sympy/int rational as a ``Fraction``."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    rational = sympy.Rational(value)
    return Fraction(int(rational.p), int(rational.q))


def rational_latex(value: Fraction) -> str:
    """``5``, ``-3``, ``\\frac{3}{4}``, ``-\\frac{3}{4}``."""
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    return f"{sign}\\frac{{{abs(value.numerator)}}}{{{value.denominator}}}"


def rational_plain(value: Fraction) -> str:
    """``5``, ``-3/4``."""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{value.numerator}/{value.denominator}"


def terminating_decimal(value: Fraction, max_digits: int = 6) -> str | None:
    """``0.75`` for 3/4; None when the decimal does not end within ``max_digits``."""
    for digits in range(1, max_digits + 1):
        scaled = value * 10**digits
        if scaled.denominator == 1:
            sign = "-" if value < 0 else ""
            text = str(abs(scaled.numerator)).rjust(digits + 1, "0")
            return f"{sign}{text[:-digits]}.{text[-digits:]}"
    return None


def rational_forms(value: Fraction) -> tuple[str, ...]:
    """Canonical LaTeX, then ``a/b``, ``\\dfrac``, ``\\frac{-a}{b}`` and the decimal."""
    forms = [rational_latex(value)]
    if value.denominator == 1:
        forms += [f"{value.numerator}.0", f"{{{value.numerator}}}"]
    else:
        num, den = value.numerator, value.denominator
        forms += [rational_plain(value), forms[0].replace("\\frac", "\\dfrac")]
        if num < 0:
            forms.append(f"\\frac{{{num}}}{{{den}}}")
        decimal = terminating_decimal(value)
        if decimal is not None:
            forms.append(decimal)
    return tuple(forms)


def _monomial(coef: Fraction, power: int, variable: str, braces: bool, star: bool) -> str:
    if power == 0:
        return rational_latex(abs(coef))
    if power == 1:
        var = variable
    else:
        var = f"{variable}^{{{power}}}" if braces else f"{variable}^{power}"
    magnitude = abs(coef)
    if magnitude == 1:
        return var
    return f"{rational_latex(magnitude)}{'*' if star else ''}{var}"


def polynomial_text(
    coefficients: Coefficients,
    variable: str = "x",
    *,
    spaced: bool = True,
    braces: bool = False,
    star: bool = False,
    ascending: bool = False,
) -> str:
    """A polynomial from its coefficients (highest degree first), e.g. ``6x^2 + 5x - 4``."""
    degree = len(coefficients) - 1
    terms = [(c, degree - i) for i, c in enumerate(coefficients) if c != 0]
    if ascending:
        terms.reverse()
    if not terms:
        return "0"
    plus, minus = (" + ", " - ") if spaced else ("+", "-")
    parts: list[str] = []
    for index, (coef, power) in enumerate(terms):
        body = _monomial(coef, power, variable, braces, star)
        if index == 0:
            parts.append(("-" if coef < 0 else "") + body)
        else:
            parts.append((minus if coef < 0 else plus) + body)
    return "".join(parts)


def polynomial_forms(coefficients: Coefficients, variable: str = "x") -> tuple[str, ...]:
    """Descending with spaces (canonical), compact, ``x^{2}``, ``6*x^2`` and ascending."""
    forms = [
        polynomial_text(coefficients, variable),
        polynomial_text(coefficients, variable, spaced=False),
        polynomial_text(coefficients, variable, braces=True),
        polynomial_text(coefficients, variable, spaced=False, star=True),
        polynomial_text(coefficients, variable, ascending=True),
    ]
    return tuple(dict.fromkeys(forms))


def linear_factor(a: int, b: int, variable: str = "x", spaced: bool = True) -> str:
    """``(3x - 2)`` for ``a=3, b=-2``."""
    return "(" + polynomial_text([Fraction(a), Fraction(b)], variable, spaced=spaced) + ")"


def factored_forms(
    constant: int, factors: Sequence[tuple[int, int]], variable: str = "x"
) -> tuple[str, ...]:
    """``2(x - 1)(3x + 2)``: canonical, compact, factors reversed, and with ``\\cdot``."""
    lead = "" if constant == 1 else ("-" if constant == -1 else str(constant))

    def write(order: Sequence[tuple[int, int]], spaced: bool, joiner: str = "") -> str:
        return lead + joiner.join(linear_factor(a, b, variable, spaced) for a, b in order)

    forms = [
        write(factors, True),
        write(factors, False),
        write(list(reversed(factors)), True),
        write(factors, True, " \\cdot "),
    ]
    return tuple(dict.fromkeys(forms))


def tuple_forms(values: Sequence[Fraction]) -> tuple[str, ...]:
    """An ordered pair/tuple: ``(2, 3)``, ``(2,3)``, ``\\left(2, 3\\right)``, ``(2/1, ...)``."""
    latex = ", ".join(rational_latex(v) for v in values)
    plain = ",".join(rational_plain(v) for v in values)
    forms = [f"({latex})", f"({plain})", f"\\left({latex}\\right)"]
    return tuple(dict.fromkeys(forms))


def unordered_list_forms(values: Sequence[Fraction]) -> tuple[str, ...]:
    """Several answers in any order: ``-3, 2``, ``2, -3``, ``-3,2``, ``x = -3, x = 2``."""
    ordered = sorted(values)
    latex = [rational_latex(v) for v in ordered]
    forms = [
        ", ".join(latex),
        ", ".join(reversed(latex)),
        ",".join(rational_plain(v) for v in ordered),
        ", ".join(f"x = {v}" for v in latex),
    ]
    return tuple(dict.fromkeys(forms))
