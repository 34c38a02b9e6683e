"""The expression tree that parsed answers are compared on.

Trees are plain immutable data; nothing in them can run code. Scalar nodes
(numbers, symbols, arithmetic, functions) are evaluated by
:mod:`expression_eval`; structural nodes (brackets, sets, relations, lists,
matrices, text) are matched by :mod:`tree_comparison`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True, slots=True)
class Number:
    """A literal; ``is_decimal`` records that it was written with a decimal point, and
    ``places`` how many digits were written after it (trailing zeros too: ``1234.00`` has two;
    None when not known from the spelling). ``places`` takes no part in equality."""

    value: Fraction
    is_decimal: bool = False
    places: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Symbol:
    """A variable such as ``x`` or ``a_1``."""

    name: str


@dataclass(frozen=True, slots=True)
class Constant:
    """A named constant: ``pi``, ``e``, ``i`` (imaginary unit) or ``infty``."""

    name: str


@dataclass(frozen=True, slots=True)
class Add:
    """A sum of two or more terms."""

    terms: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Mul:
    """A product of two or more factors."""

    factors: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Div:
    """``numerator / denominator`` (from ``/``, ``\\div`` or ``\\frac``)."""

    numerator: Node
    denominator: Node


@dataclass(frozen=True, slots=True)
class Neg:
    """Unary minus."""

    operand: Node


@dataclass(frozen=True, slots=True)
class Pow:
    """``base ^ exponent``."""

    base: Node
    exponent: Node


@dataclass(frozen=True, slots=True)
class Func:
    """A function application: sqrt, root (index, radicand), abs, factorial, binom, log
    (base, argument), ln, exp, trigonometric functions and their inverses, gcd and lcm (of
    two or more integers)."""

    name: str
    args: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Percent:
    """``x\\%``: compared both as ``x`` and as ``x / 100``."""

    operand: Node


@dataclass(frozen=True, slots=True)
class PlusMinus:
    """``left \\pm right`` (``left`` is None for a leading ``\\pm``); ``sign`` is +1 for
    ``\\pm`` and -1 for ``\\mp``. Expands into the two values it stands for."""

    left: Node | None
    right: Node
    sign: int = 1


@dataclass(frozen=True, slots=True)
class Bracketed:
    """Items inside brackets: tuples ``(a, b)``, intervals ``[a, b)``, sets ``\\{a, b\\}``.

    ``opening``/``closing`` are one of ``( [ {`` and ``) ] }``; ``{`` means a set."""

    opening: str
    items: tuple[Node, ...]
    closing: str


@dataclass(frozen=True, slots=True)
class Union:
    """``A \\cup B \\cup ...`` of intervals or sets."""

    parts: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Relation:
    """A chain of comparisons: ``operands[0] ops[0] operands[1] ...`` (``=``, ``<``, ...)."""

    ops: tuple[str, ...]
    operands: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class AnswerList:
    """Several answers separated by commas or "and"/"or" without enclosing brackets."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Matrix:
    """A ``pmatrix``/``bmatrix`` (a column vector is a one-column matrix)."""

    rows: tuple[tuple[Node, ...], ...]


@dataclass(frozen=True, slots=True)
class Text:
    """A non-mathematical answer (a name, a letter choice), compared as normalized text."""

    text: str


Node = (
    Number
    | Symbol
    | Constant
    | Add
    | Mul
    | Div
    | Neg
    | Pow
    | Func
    | Percent
    | PlusMinus
    | Bracketed
    | Union
    | Relation
    | AnswerList
    | Matrix
    | Text
)

SCALAR_TYPES = (Number, Symbol, Constant, Add, Mul, Div, Neg, Pow, Func, Percent)
"""node types that evaluate to a single number"""
