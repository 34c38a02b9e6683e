"""Exact arithmetic on untrusted text, without ``eval``.

Expressions are tokenized and parsed by a small recursive-descent grammar::

    expr   := term (("+" | "-") term)*
    term   := unary (("*" | "/") unary)*
    unary  := "-" unary | power
    power  := atom ("^" unary)?          # only when Limits.allow_power
    atom   := INT | DECIMAL | "(" expr ")"

Values are exact ``fractions.Fraction`` (ints where possible). Every resource an
attacker could inflate is capped by :class:`Limits`: text length, nesting depth,
literal digits, exponent size and the bit size of every intermediate result, so
evaluation of any string finishes in bounded time. Only ASCII digits count as
digits (``int("٣")`` would otherwise accept Arabic-Indic digits).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

Number = int | Fraction

_OPERATOR_ALIASES = {
    "+": "+",
    "-": "-",
    "\u2212": "-",  # unicode minus
    "*": "*",
    "\u00d7": "*",  # multiplication sign
    "/": "/",
    "\u00f7": "/",  # division sign
    "^": "^",
    "(": "(",
    ")": ")",
}
_DIGITS = frozenset("0123456789")


class SafeMathError(ValueError):
    """Raised when text is not a well-formed expression or exceeds a limit."""


@dataclass(frozen=True)
class Limits:
    """Hard caps that keep parsing and evaluating any string cheap."""

    max_chars: int = 512
    """longest accepted expression text"""
    max_depth: int = 32
    """deepest parenthesis / operator nesting"""
    max_literal_digits: int = 24
    """most digits in one number literal"""
    max_bits: int = 1024
    """largest numerator or denominator (in bits) of any intermediate value"""
    allow_power: bool = False
    """whether ``^`` / ``**`` is part of the grammar"""
    max_exponent: int = 64
    """largest absolute integer exponent when powers are allowed"""
    allow_decimals: bool = False
    """whether literals like ``2.5`` are accepted"""


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Num:
    """A number literal as written."""

    value: Number
    text: str


@dataclass(frozen=True)
class Neg:
    """Unary minus."""

    operand: Expr
    grouped: bool = False
    """written inside its own parentheses, e.g. ``(-3)``"""


@dataclass(frozen=True)
class BinOp:
    """A binary operation; ``op`` is one of ``+ - * / ^``."""

    op: str
    left: Expr
    right: Expr
    grouped: bool = False
    """written inside its own parentheses, e.g. ``(24/5)``"""


Expr = Num | Neg | BinOp


def tokenize(text: str, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """Split ``text`` into number and operator tokens (operators normalized)."""
    if len(text) > limits.max_chars:
        raise SafeMathError(f"expression longer than {limits.max_chars} characters")
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in " \t":
            i += 1
        elif ch in _DIGITS or ch == ".":
            j = i
            while j < n and (text[j] in _DIGITS or text[j] == "."):
                j += 1
            tokens.append(text[i:j])
            i = j
        elif ch == "*" and i + 1 < n and text[i + 1] == "*":
            tokens.append("^")
            i += 2
        elif ch in _OPERATOR_ALIASES:
            tokens.append(_OPERATOR_ALIASES[ch])
            i += 1
        else:
            raise SafeMathError(f"unexpected character {ch!r} at position {i}")
    if not tokens:
        raise SafeMathError("empty expression")
    return tokens


class _Parser:
    def __init__(self, tokens: list[str], limits: Limits) -> None:
        self.tokens = tokens
        self.pos = 0
        self.limits = limits
        self.depth = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def enter(self) -> None:
        self.depth += 1
        if self.depth > self.limits.max_depth:
            raise SafeMathError(f"expression nested deeper than {self.limits.max_depth}")

    def expr(self) -> Expr:
        self.enter()
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            node = BinOp(op, node, self.term())
        self.depth -= 1
        return node

    def term(self) -> Expr:
        node = self.unary()
        while self.peek() in ("*", "/"):
            op = self.take()
            node = BinOp(op, node, self.unary())
        return node

    def unary(self) -> Expr:
        if self.peek() == "-":
            self.take()
            self.enter()
            node: Expr = Neg(self.unary())
            self.depth -= 1
            return node
        return self.power()

    def power(self) -> Expr:
        base = self.atom()
        if self.peek() == "^":
            if not self.limits.allow_power:
                raise SafeMathError("powers are not allowed here")
            self.take()
            self.enter()
            node: Expr = BinOp("^", base, self.unary())
            self.depth -= 1
            return node
        return base

    def atom(self) -> Expr:
        tok = self.peek()
        if tok is None:
            raise SafeMathError("expression ends where a number was expected")
        if tok == "(":
            self.take()
            node = self.expr()
            if self.peek() != ")":
                raise SafeMathError("unbalanced parentheses: missing ')'")
            self.take()
            return node if isinstance(node, Num) else replace(node, grouped=True)
        if tok[0] in _DIGITS or tok[0] == ".":
            self.take()
            return Num(parse_number_literal(tok, self.limits), tok)
        raise SafeMathError(f"expected a number or '(' but found {tok!r}")


def parse_number_literal(tok: str, limits: Limits = DEFAULT_LIMITS) -> Number:
    """Parse an ASCII integer (or decimal, if allowed) literal exactly."""
    digits = tok.replace(".", "")
    if not digits or any(c not in _DIGITS for c in digits) or tok.count(".") > 1:
        raise SafeMathError(f"malformed number {tok!r}")
    if len(digits) > limits.max_literal_digits:
        raise SafeMathError(f"number literal longer than {limits.max_literal_digits} digits")
    if "." in tok:
        if not limits.allow_decimals:
            raise SafeMathError(f"decimal numbers like {tok!r} are not allowed here")
        whole, _, frac = tok.partition(".")
        return normalize(
            Fraction(int(whole or "0") * 10 ** len(frac) + int(frac or "0"), 10 ** len(frac))
        )
    return int(tok)


def parse_expression(text: str, limits: Limits = DEFAULT_LIMITS) -> Expr:
    """Parse ``text`` into an expression tree; raises :class:`SafeMathError`."""
    parser = _Parser(tokenize(text, limits), limits)
    node = parser.expr()
    if parser.peek() is not None:
        tok = parser.peek()
        if tok == ")":
            raise SafeMathError("unbalanced parentheses: unexpected ')'")
        raise SafeMathError(f"unexpected {tok!r} after a complete expression")
    return node


def normalize(value: Number) -> Number:
    """Return an ``int`` for integral fractions so the common case stays fast."""
    # type() before isinstance(): Fraction's ABC makes isinstance ~10x slower on hot paths
    if type(value) is int:
        return value
    if isinstance(value, Fraction) and value.denominator == 1:
        return value.numerator
    return value


def check_size(value: Number, limits: Limits = DEFAULT_LIMITS) -> Number:
    """Raise if ``value`` has more bits than ``limits.max_bits`` allows."""
    if isinstance(value, int):
        big = value.bit_length() > limits.max_bits
    else:
        big = max(value.numerator.bit_length(), value.denominator.bit_length()) > limits.max_bits
    if big:
        raise SafeMathError(f"intermediate value exceeds {limits.max_bits} bits")
    return value


def apply_operator(op: str, a: Number, b: Number, limits: Limits = DEFAULT_LIMITS) -> Number:
    """Apply one binary operator exactly, enforcing the size limits."""
    if op == "+":
        result: Number = a + b
    elif op == "-":
        result = a - b
    elif op == "*":
        result = a * b
    elif op == "/":
        if b == 0:
            raise SafeMathError("division by zero")
        if isinstance(a, int) and isinstance(b, int) and a % b == 0:
            result = a // b
        else:
            result = Fraction(a) / Fraction(b)
    elif op == "^":
        result = _power(a, b, limits)
    else:
        raise SafeMathError(f"unknown operator {op!r}")
    return check_size(normalize(result), limits)


def _power(base: Number, exponent: Number, limits: Limits) -> Number:
    if not isinstance(exponent, int):
        raise SafeMathError("only integer exponents are supported")
    if abs(exponent) > limits.max_exponent:
        raise SafeMathError(f"exponent {exponent} exceeds the limit of {limits.max_exponent}")
    frac = Fraction(base)
    size = max(frac.numerator.bit_length(), frac.denominator.bit_length())
    if size * abs(exponent) > limits.max_bits:
        raise SafeMathError(f"power result would exceed {limits.max_bits} bits")
    if base == 0 and exponent < 0:
        raise SafeMathError("zero to a negative power")
    return normalize(frac**exponent)


def evaluate(node: Expr, limits: Limits = DEFAULT_LIMITS) -> Number:
    """Evaluate a parsed tree exactly (depth is already bounded by the parser)."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Neg):
        return -evaluate(node.operand, limits)
    return apply_operator(
        node.op, evaluate(node.left, limits), evaluate(node.right, limits), limits
    )


def evaluate_text(text: str, limits: Limits = DEFAULT_LIMITS) -> Number:
    """Parse and evaluate ``text``; raises :class:`SafeMathError` on any problem."""
    return evaluate(parse_expression(text, limits), limits)


def format_number(value: Number) -> str:
    """Canonical text for a number: ``7``, ``-3``, ``24/5``."""
    if type(value) is int:
        return str(value)
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    return str(value)


def format_expression(node: Expr) -> str:
    """Fully parenthesized canonical text of a tree (round-trips through the parser)."""
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Neg):
        return f"-({format_expression(node.operand)})"
    return f"({format_expression(node.left)}{node.op}{format_expression(node.right)})"
