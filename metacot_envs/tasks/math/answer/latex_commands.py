"""Token cursor and LaTeX macro handling shared by the answer grammar in :mod:`latex_parse`.

:class:`LatexCommandParser` walks the token list with depth and work limits and
parses macro arguments and commands (``\\frac``, ``\\sqrt[n]``, ``\\binom``,
functions, Greek letters, matrices); the grammar rules it calls back into
(``sum``, ``power``, ``primary``) live in the subclass.
"""

from __future__ import annotations

from fractions import Fraction

from metacot_envs.tasks.math.answer.budget import Budget, SizeLimitExceeded
from metacot_envs.tasks.math.answer.derivative_notation import derivative_symbol
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    Bracketed,
    Constant,
    Div,
    Func,
    Matrix,
    Mul,
    Neg,
    Node,
    Number,
    Pow,
    Relation,
    Symbol,
)
from metacot_envs.tasks.math.answer.latex_tokens import LatexSyntaxError, Token
from metacot_envs.tasks.math.answer.matrix_arithmetic import determinant
from metacot_envs.tasks.math.answer.symbolic_points import collect_symbols

MAX_NESTING_DEPTH = 60
"""deepest bracket / operator nesting accepted"""

_BIG_OPERATORS = frozenset({"sum", "prod"})
_FUNCTIONS = frozenset(
    "sin cos tan sec csc cot arcsin arccos arctan arcsec arccsc arccot sinh cosh tanh sech csch "
    "coth arcsinh arccosh arctanh ln log lg exp".split()
)
FUNCTION_ALIASES = {
    "arsinh": "arcsinh", "arcosh": "arccosh", "artanh": "arctanh", "asinh": "arcsinh",
    "acosh": "arccosh", "atanh": "arctanh", "asin": "arcsin", "acos": "arccos",
    "atan": "arctan", "asec": "arcsec", "acsc": "arccsc", "acot": "arccot", "cosech": "csch",
}  # fmt: skip
"""other names of :data:`_FUNCTIONS`: ISO 80000-2's area functions (``arsinh``), sympy's and
C's (``asinh``, ``acot``) and the British ``cosech``"""
_INTEGER_FUNCTIONS = frozenset({"gcd", "lcm"})
"""functions of a bracketed list of integers, ``\\gcd(12, 18)`` or ``\\operatorname{lcm}(4,6)``"""
_ROUNDING_BRACKETS = {"lfloor": "rfloor", "lceil": "rceil"}
_FRACTIONS = frozenset({"frac", "dfrac", "tfrac", "cfrac"})
_BINOMIALS = frozenset({"binom", "dbinom", "tbinom", "choose"})
_GREEK = frozenset(
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu "
    "nu xi rho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Sigma "
    "Phi Psi Omega".split()
)
_SYMBOL_LETTERS = frozenset({"hbar", "ell"})
"""physics' reduced Planck constant and the script l: named symbols, read like Greek letters"""
_ARGUMENT_LETTERS = _GREEK | _SYMBOL_LETTERS | {"pi"}
"""named letters an unbracketed function argument takes after its first factor, as it takes
plain letters"""
_SUBSCRIPT_SIGNS = frozenset({"odot", "oplus", "star", "ast", "bullet"})
"""signs that, as a whole subscript, name a body: the Sun, the Earth, a star (``R_\\odot``,
``M_{\\oplus}``); elsewhere they stay unsupported operators"""


class LatexCommandParser:
    """A cursor over LaTeX tokens that also parses macro arguments and commands."""

    def __init__(self, tokens: list[Token], budget: Budget) -> None:
        self.tokens = tokens
        self.pos = 0
        self.budget = budget
        self.depth = 0
        self.abs_depth = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def peek_text(self) -> str | None:
        return self.tokens[self.pos].text if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        if self.pos >= len(self.tokens):
            raise LatexSyntaxError("answer ends too early")
        tok = self.tokens[self.pos]
        self.pos += 1
        self.budget.tick()
        return tok

    def expect(self, text: str) -> None:
        tok = self.take()
        if tok.text != text:
            raise LatexSyntaxError(f"expected {text!r} but found {tok.text!r}")

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING_DEPTH:
            raise SizeLimitExceeded(f"answer nested deeper than {MAX_NESTING_DEPTH}")

    def sum(self) -> Node:
        raise NotImplementedError

    def power(self) -> Node:
        raise NotImplementedError

    def raised(self, base: Node) -> Node:
        raise NotImplementedError

    def postfix(self) -> Node:
        raise NotImplementedError

    def term(self) -> Node:
        raise NotImplementedError

    def primary(self) -> Node:
        raise NotImplementedError

    def argument(self, allow_sign: bool = False) -> Node:
        """A LaTeX macro argument: ``{...}`` or a single token (one digit of a number)."""
        tok = self.peek()
        if tok is None:
            raise LatexSyntaxError("missing argument")
        if tok.text == "{":
            return self.primary()
        if allow_sign and tok.text == "-":
            self.take()
            return Neg(self.argument())
        if tok.kind == "num" and len(tok.text) > 1 and tok.text[0] != ".":
            self.tokens[self.pos] = Token("num", tok.text[1:])
            return Number(Fraction(int(tok.text[0])))
        if tok.kind in ("num", "letter", "cmd"):
            return self.primary()
        raise LatexSyntaxError(f"expected an argument but found {tok.text!r}")

    def _letter(self, letter: str) -> Node:
        name = self._named_symbol(letter)
        if name == letter and letter in ("e", "i"):
            return Constant(letter)
        return Symbol(name)

    def _named_symbol(self, name: str) -> str:
        """A letter's or Greek letter's full name: with its subscript and primes, written in
        either order (``v_0``, ``x'``, ``\\omega_L'``; ``x'_1`` is ``x_1'``)."""
        subscript, primes = "", ""
        while True:
            if self.peek_text() == "'":
                self.take()
                primes += "'"
            elif self.peek_text() == "_" and not subscript:
                self.take()
                subscript = f"_{self._subscript()}"
            else:
                return name + subscript + primes

    def _subscript(self) -> str:
        """The spelling of a subscript: an argument (braced, or in AsciiMath's parentheses), a
        whole number (``a_90`` is ``a_{90}``, as plain-text answers mean it and as exponents
        are read, not LaTeX's first digit), or a sign naming a body (``\\odot``)."""
        tok = self.peek()
        if tok is not None and tok.kind == "num" and tok.text.isdigit():
            return str(int(self.take().text))
        braced = self.peek_text() == "{"
        at = self.pos + braced
        if (
            at < len(self.tokens)
            and self.tokens[at].kind == "cmd"
            and self.tokens[at].text in _SUBSCRIPT_SIGNS
            and (not braced or at + 1 < len(self.tokens) and self.tokens[at + 1].text == "}")
        ):
            self.pos = at + 1 + braced
            return self.tokens[at].text
        if self.peek_text() == "(":
            # AsciiMath's grouping parentheses (x_(n+2) is x_{n+2}), which it does not print
            self.take()
            self.enter()
            inner = self.sum()
            self.expect(")")
            self.depth -= 1
            return subscript_text(inner)
        return subscript_text(self.argument())

    def _command(self, name: str) -> Node:
        if name in _FRACTIONS:
            numerator, denominator = self.argument(), self.argument()
            return derivative_symbol(numerator, denominator) or Div(numerator, denominator)
        if name in _BINOMIALS:
            return Func("binom", (self.argument(), self.argument()))
        if name == "sqrt":
            if self.peek_text() == "[":
                self.take()
                index = self.sum()
                self.expect("]")
                return Func("root", (index, self.argument()))
            return Func("sqrt", (self.argument(),))
        if name in ("pi", "infty"):
            return Constant(name)
        if name == "e":  # the macro papers and course notes define for Euler's number
            return Constant("e")
        if name in _FUNCTIONS or name in _INTEGER_FUNCTIONS:
            return self._function(name)
        if name in _BIG_OPERATORS:
            return self._big_operator(name)
        if name in FUNCTION_ALIASES:
            return self._function(FUNCTION_ALIASES[name])
        if name == "operatorname":
            word = _word(self.argument())
            return self._function(FUNCTION_ALIASES.get(word, word))
        if name in _GREEK or name in _SYMBOL_LETTERS:
            return Symbol(self._named_symbol(name))
        if name == "emptyset":
            return Bracketed("{", (), "}")
        if name == "begin":
            return self._matrix()
        if name == "det":
            argument = self.power()
            if isinstance(argument, Bracketed) and len(argument.items) == 1:
                argument = argument.items[0]
            if not isinstance(argument, Matrix):
                raise LatexSyntaxError("\\det of something other than a written matrix")
            return self.determinant(argument)
        if name in ("top", "intercal"):
            return Symbol("T")  # the transpose sign: A^\top is A^T
        if name in _ROUNDING_BRACKETS:
            self.enter()
            inner = self.sum()
            self.expect(_ROUNDING_BRACKETS[name])
            self.depth -= 1
            return Func(name[1:], (inner,))
        raise LatexSyntaxError(f"unsupported command \\{name}")

    def _function(self, name: str) -> Node:
        base: Node | None = None
        power: Node | None = None
        if self.peek_text() == "_":
            if name != "log":
                # a subscript on another function (``\operatorname{min}_{Ax=y}``) is a
                # condition this grammar has no node for: dropping it would make different
                # answers one tree, so the answer is compared as text instead
                raise LatexSyntaxError(f"a subscript on \\{name}")
            self.take()
            base = self.argument()
        if self.peek_text() == "^":
            self.take()
            power = self.argument(allow_sign=True)
        self.enter()
        # "\sin(x)^2" is (sin x)^2, as sympy and math-verify read it: a bracketed argument ends
        # at its closing bracket and an exponent after it raises the value. "\sin x^2" stays
        # sin(x^2).
        bracketed = self.peek_text() == "("
        argument = self.postfix() if bracketed else self.power()
        if self.tokens[self.pos - 1].text != ")":
            # "\cos 2x" is cos(2x): an unbracketed argument takes the letters that follow it,
            # Greek ones and \pi too ("\sin 2\theta" is sin(2θ), "\sin 5\pi" is sin(5π)).
            while (tok := self.peek()) is not None and (
                tok.kind == "letter" or (tok.kind == "cmd" and tok.text in _ARGUMENT_LETTERS)
            ):
                argument = multiply_factors(argument, self.power())
        self.depth -= 1
        applied: Node
        if name in _INTEGER_FUNCTIONS:
            if not (isinstance(argument, Bracketed) and argument.opening == "("):
                raise LatexSyntaxError(f"\\{name} takes its numbers in parentheses")
            applied = Func(name, argument.items)
        elif name == "log" and base is not None:
            applied = Func("log", (base, argument))
        elif (
            name in ("log", "lg")
            and isinstance(argument, Bracketed)
            and argument.opening == "("
            and len(argument.items) == 2
        ):
            applied = Func("log", self._base_first(*argument.items))
        else:
            applied = Func(name, (argument,))
        if power is not None:
            if power == Neg(Number(Fraction(1))) and name in ("sin", "cos", "tan"):
                applied = Func("arc" + name, (argument,))
            else:
                applied = Pow(applied, power)
        return self.raised(applied) if bracketed else applied

    def _base_first(self, first: Node, second: Node) -> tuple[Node, Node]:
        """The base and argument of a two-argument ``log(a, b)``.

        sympy's and calculators' ``log(x, b)`` is the logarithm of ``x`` to base ``b``, but CAS
        such as Mathematica's ``Log[b, x]``, luacas and AngouriMath write the base first. A base
        is a constant, so when exactly one argument is free of variables it is the base on
        whichever side it stands (``log(10, x)`` and ``log(x, 10)`` are both base 10); two
        numbers keep sympy's order.
        """
        first_constant = not collect_symbols(first, self.budget)
        second_constant = not collect_symbols(second, self.budget)
        if first_constant and not second_constant:
            return first, second
        return second, first

    def _big_operator(self, name: str) -> Node:
        """``\\sum_{k=a}^{b} body`` (or ``\\prod``) as ``Func(name, (k, a, b, body))``."""
        index: Node | None = None
        lower: Node | None = None
        upper: Node | None = None
        if self.peek_text() == "_":
            self.take()
            bounds = self.argument()
            if (
                isinstance(bounds, Relation)
                and bounds.ops == ("=",)
                and isinstance(bounds.operands[0], Symbol)
            ):
                index, lower = bounds.operands
        if self.peek_text() == "^":
            self.take()
            upper = self.argument(allow_sign=True)
        if index is None or lower is None or upper is None:
            raise LatexSyntaxError(f"\\{name} needs bounds written _{{k=a}}^{{b}}")
        self.enter()
        body = self.term()
        self.depth -= 1
        return Func(name, (index, lower, upper, body))

    def _matrix(self) -> Node:
        environment = _word(self.argument())
        if not environment.endswith("matrix") and environment != "array":
            raise LatexSyntaxError(f"unsupported environment {environment!r}")
        if environment == "array" and self.peek_text() == "{":
            self._skip_group()  # the column spec ({cc}, {c|c}) says nothing about values
        self.enter()
        rows: list[tuple[Node, ...]] = []
        row: list[Node] = []
        while True:
            if self.peek_text() == "end":
                self.take()
                self.argument()
                break
            row.append(self.sum())
            separator = self.take().text
            if separator == "\\\\":
                rows.append(tuple(row))
                row = []
            elif separator == "end":
                self.argument()
                break
            elif separator != "&":
                raise LatexSyntaxError(f"unexpected {separator!r} in a matrix")
        if row:
            rows.append(tuple(row))
        self.depth -= 1
        if not rows or len({len(r) for r in rows}) != 1:
            raise LatexSyntaxError("matrix rows differ in length")
        if environment == "vmatrix":
            return self.determinant(Matrix(tuple(rows)))
        return Matrix(tuple(rows))

    def determinant(self, matrix: Matrix) -> Node:
        """The determinant a ``vmatrix``, ``\\det`` or ``|...|`` of a written matrix states."""
        try:
            return determinant(matrix.rows, self.budget)
        except ValueError as exc:
            raise LatexSyntaxError(str(exc)) from None

    def _skip_group(self) -> None:
        """Pass over a balanced ``{...}`` without reading it."""
        depth = 0
        while True:
            text = self.take().text
            depth += {"{": 1, "}": -1}.get(text, 0)
            if depth == 0:
                return


_SHORT_LITERALS: dict[str, Number] = {}
"""the numbers of short literals read so far (a node is immutable, so one serves every tree)"""
MAX_REMEMBERED_LITERALS = 4096
"""how many short literals are remembered; later ones are read each time"""


def number_literal(text: str) -> Number:
    """An ASCII integer or decimal literal as an exact number."""
    known = _SHORT_LITERALS.get(text)
    if known is not None:
        return known
    if "." in text:
        whole, _, fraction = text.partition(".")
        scale = 10 ** len(fraction)
        value = Fraction(int(whole or "0") * scale + int(fraction), scale)
        number = Number(value, True, len(fraction))
    else:
        number = Number(Fraction(int(text)))
    if len(text) <= 12 and len(_SHORT_LITERALS) < MAX_REMEMBERED_LITERALS:
        _SHORT_LITERALS[text] = number
    return number


def multiply_factors(left: Node, right: Node) -> Node:
    """``left * right``, flattening into an existing product."""
    if isinstance(left, Mul):
        return Mul((*left.factors, right))
    return Mul((left, right))


def subscript_text(node: Node) -> str:
    """The spelling of a subscript such as ``1``, ``n`` or ``{10}``."""
    if isinstance(node, Number):
        return str(node.value)
    if isinstance(node, Symbol | Constant):
        return node.name
    if isinstance(node, Mul):
        return "".join(subscript_text(f) for f in node.factors)
    if isinstance(node, Add | Neg):
        # F_{n-k-1}: an expression subscript names a symbol by its exact spelling
        return "{" + repr(node) + "}"
    raise LatexSyntaxError("unsupported subscript")


def _word(node: Node) -> str:
    """The letters of a ``{name}`` argument, which the parser sees as a product of letters."""
    return subscript_text(node)
