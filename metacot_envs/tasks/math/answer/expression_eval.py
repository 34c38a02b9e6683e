"""Bounded evaluation of scalar expression trees: exact rationals first, then complex floats.

:func:`exact_value` returns a ``Fraction`` when the tree is a rational number
(including perfect roots such as ``\\sqrt{12/3}``) and ``None`` when it is not
(irrational, symbolic). :func:`numeric_value` evaluates any scalar tree at a
point with ``complex`` arithmetic. Both charge the :class:`Budget` per node and
raise :class:`SizeLimitExceeded` instead of building huge numbers.
"""

from __future__ import annotations

import cmath
import math
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import cast

from metacot_envs.tasks.math.answer.budget import Budget, SizeLimitExceeded
from metacot_envs.tasks.math.answer.exact_arithmetic import (
    EvaluationError,
    checked,
    exact_power,
    exact_root,
)
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    Constant,
    Div,
    Func,
    Mul,
    Neg,
    Node,
    Number,
    Percent,
    Pow,
    Symbol,
)

MAX_FACTORIAL = 1_000
"""largest n for which n! is computed"""
MAX_MAGNITUDE = 1e250
"""numeric values beyond this count as too large to compare reliably"""

_CONSTANTS: dict[str, complex] = {"pi": complex(math.pi), "e": complex(math.e), "i": 1j}
_COMPLEX_FUNCTIONS: dict[str, Callable[[complex], complex]] = {
    "sqrt": cmath.sqrt,
    "sin": cmath.sin,
    "cos": cmath.cos,
    "tan": cmath.tan,
    "sec": lambda z: 1 / cmath.cos(z),
    "csc": lambda z: 1 / cmath.sin(z),
    "cot": lambda z: 1 / cmath.tan(z),
    "arcsin": cmath.asin,
    "arccos": cmath.acos,
    "arctan": cmath.atan,
    # the reciprocal functions' inverses, on the branches graders use: arccot x = arctan(1/x)
    "arcsec": lambda z: cmath.acos(1 / z),
    "arccsc": lambda z: cmath.asin(1 / z),
    "arccot": lambda z: cmath.atan(1 / z),
    "sinh": cmath.sinh,
    "cosh": cmath.cosh,
    "tanh": cmath.tanh,
    "sech": lambda z: 1 / cmath.cosh(z),
    "csch": lambda z: 1 / cmath.sinh(z),
    "coth": lambda z: 1 / cmath.tanh(z),
    "arcsinh": cmath.asinh,
    "arccosh": cmath.acosh,
    "arctanh": cmath.atanh,
    "ln": cmath.log,
    "log": cmath.log10,  # or natural: see log_bases
    "lg": cmath.log10,
    "exp": cmath.exp,
    "abs": lambda z: complex(abs(z)),
}


_ZERO, _ONE = Fraction(0), Fraction(1)
_INTEGER_FUNCTIONS: dict[str, Callable[..., int]] = {"gcd": math.gcd, "lcm": math.lcm}
"""functions of two or more integers (``\\gcd(12, 18)``)"""


def constant_stand_in_name(constant: str) -> str:
    """The key under which a point may give a constant (``pi``, ``e``) a rational stand-in:
    no letter of an answer is named so."""
    return f"constant {constant}"


def exact_value(
    node: Node,
    budget: Budget,
    percent_scale: Fraction = Fraction(1),
    point: Mapping[str, Fraction] | None = None,
) -> Fraction | None:
    """The value of ``node`` as an exact rational, or ``None`` if it is not one; its letters
    take their values from ``point`` when one is given (a letter it lacks: ``None``), and so do
    its constants, under :func:`constant_stand_in_name` (which only a refutation may use: the
    stand-in is not the constant's value)."""
    if isinstance(node, Number):
        return node.value
    if isinstance(node, Symbol):
        return None if point is None else point.get(node.name)
    if isinstance(node, Constant):
        return None if point is None else point.get(constant_stand_in_name(node.name))
    budget.tick()  # leaves are charged to the node above them, which reads each once
    if isinstance(node, Neg):
        inner = exact_value(node.operand, budget, percent_scale, point)
        return None if inner is None else -inner
    if isinstance(node, Add | Mul):
        parts = node.terms if isinstance(node, Add) else node.factors
        total = _ZERO if isinstance(node, Add) else _ONE
        for part in parts:
            value = exact_value(part, budget, percent_scale, point)
            if value is None:
                return None
            total = checked(total + value if isinstance(node, Add) else total * value)
        return total
    if isinstance(node, Div):
        numerator = exact_value(node.numerator, budget, percent_scale, point)
        denominator = exact_value(node.denominator, budget, percent_scale, point)
        if numerator is None or denominator is None:
            return None
        if denominator == 0:
            raise EvaluationError("division by zero")
        return checked(numerator / denominator)
    if isinstance(node, Percent):
        inner = exact_value(node.operand, budget, percent_scale, point)
        return None if inner is None else inner * percent_scale
    if isinstance(node, Pow):
        base = exact_value(node.base, budget, percent_scale, point)
        exponent = exact_value(node.exponent, budget, percent_scale, point)
        if base is None or exponent is None:
            return None
        return exact_power(base, exponent)
    if isinstance(node, Func):
        return _exact_function(node, budget, percent_scale, point)
    return None


def _exact_function(
    node: Func, budget: Budget, percent_scale: Fraction, point: Mapping[str, Fraction] | None
) -> Fraction | None:
    args = [exact_value(arg, budget, percent_scale, point) for arg in node.args]
    if any(arg is None for arg in args):
        return None
    values = [arg for arg in args if arg is not None]
    if node.name == "sqrt":
        return exact_root(values[0], 2) if values[0] >= 0 else None
    if node.name == "root":
        index = values[0]
        return exact_root(values[1], index.numerator) if index.denominator == 1 else None
    if node.name == "abs":
        return abs(values[0])
    if node.name == "floor":
        return Fraction(math.floor(values[0]))
    if node.name == "ceil":
        return Fraction(math.ceil(values[0]))
    if node.name == "factorial":
        return _exact_factorial(values[0])
    if node.name in _INTEGER_FUNCTIONS:
        if len(values) < 2 or any(v.denominator != 1 for v in values):
            return None
        return Fraction(_INTEGER_FUNCTIONS[node.name](*(int(v) for v in values)))
    if node.name == "binom":
        n, k = values
        if n.denominator != 1 or k.denominator != 1 or abs(n) > MAX_FACTORIAL * 8:
            return None
        if k < 0:
            return Fraction(0)
        if n >= 0:
            return Fraction(math.comb(int(n), int(k)))
        if k > MAX_FACTORIAL * 8:
            return None
        # the generalized binomial n(n-1)...(n-k+1)/k! is defined for a negative integer n
        return Fraction((-1) ** int(k) * math.comb(int(k - n - 1), int(k)))
    return None


def _exact_factorial(value: Fraction) -> Fraction | None:
    if value.denominator != 1 or value < 0:
        return None
    if value > MAX_FACTORIAL:
        raise SizeLimitExceeded(f"factorial of more than {MAX_FACTORIAL}")
    return Fraction(math.factorial(int(value)))


PartCheck = Callable[[complex], None]
"""called with the value of every power and function inside a tree as it is evaluated; it
raises (an EvaluationError) to stop the evaluation"""


def numeric_value(
    node: Node,
    point: Mapping[str, complex],
    budget: Budget,
    percent_scale: float = 1.0,
    check_part: PartCheck | None = None,
) -> complex:
    """Evaluate ``node`` with complex floats, symbols taken from ``point``.

    ``check_part``, when given, sees each power's and function's value in the same pass, so a
    caller that needs every one of them (all real, say) does not evaluate each subtree again.
    """
    try:
        value = _numeric(node, point, budget, percent_scale, check_part)
    except OverflowError as exc:
        raise SizeLimitExceeded("numeric value overflows") from exc
    except ZeroDivisionError as exc:
        raise EvaluationError("division by zero") from exc
    except ValueError as exc:  # cmath's domain errors: log(0), a pole of a function
        raise EvaluationError(f"undefined value: {exc}") from exc
    if not (abs(value) <= MAX_MAGNITUDE):
        raise SizeLimitExceeded("numeric value too large to compare")
    return value


def _numeric(
    node: Node,
    point: Mapping[str, complex],
    budget: Budget,
    scale: float,
    check: PartCheck | None = None,
) -> complex:
    # exact type tests, most frequent first: this runs once per node per sample point (mypy
    # does not narrow through the saved type, hence the casts)
    kind = type(node)
    if kind is Number:
        value = cast(Number, node).value
        return complex(value.numerator / value.denominator)  # the float Fraction gives, sooner
    if kind is Symbol:
        name = cast(Symbol, node).name
        if name not in point:
            raise EvaluationError(f"no value for {name}")
        return point[name]
    budget.tick()  # leaves are charged to the node above them, which reads each once
    if kind is Mul:
        product = complex(1)
        for factor in cast(Mul, node).factors:
            product *= _numeric(factor, point, budget, scale, check)
            if not abs(product) <= MAX_MAGNITUDE:
                raise SizeLimitExceeded("numeric value too large to compare")
        return product
    if kind is Add:
        total = complex(0)
        for term in cast(Add, node).terms:
            total += _numeric(term, point, budget, scale, check)
        return total
    if kind is Pow or kind is Func:
        if kind is Pow:
            result = _numeric_power(cast(Pow, node), point, budget, scale, check)
        else:
            result = _numeric_function(cast(Func, node), point, budget, scale, check)
        if check is not None:
            check(result)
        return result
    if kind is Neg:
        return -_numeric(cast(Neg, node).operand, point, budget, scale, check)
    if kind is Div:
        quotient = cast(Div, node)
        numerator = _numeric(quotient.numerator, point, budget, scale, check)
        return numerator / _numeric(quotient.denominator, point, budget, scale, check)
    if kind is Constant:
        constant = cast(Constant, node).name
        if constant not in _CONSTANTS:
            raise EvaluationError("infinity inside arithmetic")
        return _CONSTANTS[constant]
    if kind is Percent:
        return _numeric(cast(Percent, node).operand, point, budget, scale, check) * scale
    raise EvaluationError(f"{kind.__name__} is not a number")


def _numeric_power(
    node: Pow, point: Mapping[str, complex], budget: Budget, scale: float, check: PartCheck | None
) -> complex:
    base = _numeric(node.base, point, budget, scale, check)
    exponent = _numeric(node.exponent, point, budget, scale, check)
    if abs(exponent) > 1e6 and abs(base) > 1.0 + 1e-9:
        raise SizeLimitExceeded("exponent too large")
    if base.imag == 0 and exponent.imag == 0:
        if base.real >= 0 or exponent.real.is_integer():
            return complex(base.real**exponent.real)
        odd_root = _odd_root_exponent(node.exponent, budget)
        if odd_root is not None:
            magnitude = (-base.real) ** exponent.real
            return complex(-magnitude if odd_root.numerator % 2 else magnitude)
    if base == 0:
        raise EvaluationError("zero to a complex power")
    # As for sqrt: -4 parses as -(4 + 0j) = -4 - 0j, below the branch cut, where the power
    # would give the conjugate; "+ 0.0" puts it above, so (-4)^{1/2} = 2i, as sqrt(-4) is.
    base = complex(base.real + 0.0, base.imag + 0.0)
    return complex(base**exponent)


def _odd_root_exponent(exponent: Node, budget: Budget) -> Fraction | None:
    try:
        value = exact_value(exponent, budget)
    except (EvaluationError, SizeLimitExceeded):
        return None
    return value if value is not None and value.denominator % 2 == 1 else None


def _numeric_function(
    node: Func, point: Mapping[str, complex], budget: Budget, scale: float, check: PartCheck | None
) -> complex:
    if node.name in ("sum", "prod"):
        return _numeric_big_operator(node, point, budget, scale, check)
    # "+ 0.0" turns -0.0 into 0.0 so -4 sits above sqrt's branch cut: sqrt(-4) = 2i, not -2i.
    args = [
        complex(z.real + 0.0, z.imag + 0.0)
        for z in (_numeric(a, point, budget, scale, check) for a in node.args)
    ]
    if node.name == "log" and len(args) == 2:
        return cmath.log(args[1]) / cmath.log(args[0])
    if node.name in _COMPLEX_FUNCTIONS:
        return _COMPLEX_FUNCTIONS[node.name](args[0])
    if node.name == "root":
        index_value = args[0].real
        if args[1].imag == 0 and args[1].real < 0 and index_value % 2 == 1:
            return complex(-((-args[1].real) ** (1 / index_value)))
        return complex(args[1] ** (1 / args[0]))
    if node.name in ("floor", "ceil") and args[0].imag == 0:
        rounded = math.floor(args[0].real) if node.name == "floor" else math.ceil(args[0].real)
        return complex(rounded)
    if node.name in ("factorial", "binom"):
        return _numeric_gamma_function(node.name, args)
    if node.name in _INTEGER_FUNCTIONS:
        return _numeric_integer_function(node.name, args)
    raise EvaluationError(f"unknown function {node.name}")


def _numeric_integer_function(name: str, args: list[complex]) -> complex:
    """gcd or lcm of integer values (a free letter among them has no gcd: an error)."""
    integers = [round(arg.real) for arg in args]
    if len(args) < 2 or any(
        arg.imag != 0 or arg.real != n for arg, n in zip(args, integers, strict=True)
    ):
        raise EvaluationError(f"{name} of a value that is not an integer")
    if any(abs(n) > 10**18 for n in integers):
        raise SizeLimitExceeded(f"{name} of a large value")
    return complex(_INTEGER_FUNCTIONS[name](*integers))


def _numeric_gamma_function(name: str, args: list[complex]) -> complex:
    if any(arg.imag != 0 for arg in args) or any(arg.real > 170 for arg in args):
        raise SizeLimitExceeded(f"{name} of a large or complex argument")
    if name == "factorial":
        return complex(math.gamma(args[0].real + 1))
    n, k = args[0].real, args[1].real
    return complex(math.gamma(n + 1) / (math.gamma(k + 1) * math.gamma(n - k + 1)))


MAX_SUM_TERMS = 1_000
"""longest \\sum or \\prod with numeric bounds that is added up term by term"""
_OPAQUE_WEIGHTS = (complex(math.pi), complex(math.e), complex(math.sqrt(2)))


def _numeric_big_operator(
    node: Func, point: Mapping[str, complex], budget: Budget, scale: float, check: PartCheck | None
) -> complex:
    """A sum or product whose bounds are a whole number of steps apart is computed, the index
    stepping by one from the lower bound (``\\sum_{k=m}^{m+2} k`` is ``3m+3`` wherever ``m`` is
    sampled, as it is at every whole ``m``); with other symbolic bounds it stands for its parts
    (bounds and summand at this point), so two such sums match only when their bounds and
    summands do (same index name)."""
    index, lower, upper, body = node.args
    low = _numeric(lower, point, budget, scale, check)
    high = _numeric(upper, point, budget, scale, check)
    name = index.name if isinstance(index, Symbol) else ""
    span = high - low
    # m+2 less m is 2 up to a float's last bit
    whole_span = abs(span.real - round(span.real)) <= 1e-9 * max(1.0, abs(high.real))
    stepped = span.imag == 0 and low.imag == 0 and whole_span
    if stepped and name and 0 <= span.real < MAX_SUM_TERMS:
        total = complex(0 if node.name == "sum" else 1)
        for step in range(round(span.real) + 1):
            term = _numeric(body, {**point, name: low + step}, budget, scale, check)
            total = total + term if node.name == "sum" else total * term
        return total
    parts = (low, high, _numeric(body, point, budget, scale, check))
    return sum((w * p for w, p in zip(_OPAQUE_WEIGHTS, parts, strict=True)), complex(0))
