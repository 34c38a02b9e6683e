"""Recursive-descent parser from normalized answer LaTeX to an expression tree.

Grammar (``implicit`` is juxtaposition, as in ``2\\sqrt{3}x``)::

    answer   := group (";" group)*
    group    := union ("," union)*
    union    := relation ("\\cup" relation)*
    relation := ratio (("=" | "<" | ">" | "<=" | ">=" | "!=" | "\\approx") ratio)*
    ratio    := sum (":" sum)*
    sum      := [sign] term (("+" | "-" | "\\pm" | "\\mp") term)*
    term     := unary (("*" | "/") unary | implicit power)*
    unary    := ("-" | "+") unary | power
    power    := postfix ("^" argument)?
    postfix  := primary ("!" | "%")*
    primary  := number | letter ["_" argument] | command | "(" answer ")" | "[" answer "]"
              | "{" answer "}" | "\\{" answer "\\}" | "|" sum "|" | matrix

(``|M|`` of a written matrix, like ``\\det`` and ``vmatrix``, is its determinant.)

Nesting depth is capped, so hostile input fails fast with :class:`SizeLimitExceeded`.
"""

from __future__ import annotations

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.derivative_notation import derivative_symbol
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    AnswerList,
    Bracketed,
    Div,
    Func,
    Matrix,
    Neg,
    Node,
    Number,
    Percent,
    PlusMinus,
    Pow,
    Relation,
    Text,
    Union,
)
from metacot_envs.tasks.math.answer.latex_commands import (
    LatexCommandParser,
    multiply_factors,
    number_literal,
    subscript_text,
)
from metacot_envs.tasks.math.answer.latex_tokens import (
    PLAIN_NUMBER_TEXT,
    LatexSyntaxError,
    Token,
    tokenize_latex,
)

_RELATIONS = frozenset({"=", "<", ">", "<=", ">=", "!=", "~="})
_CLOSING = {"(": (")", "]"), "[": (")", "]"), "\\{": ("\\}",)}
_STARTS_IMPLICIT_FACTOR = frozenset({"(", "{"})
_NOT_FACTOR_COMMANDS = frozenset({"cup", "pm", "mp", "end", "rfloor", "rceil"})
_ABOVE_SUM = frozenset({";", ",", "cup", ":", *_RELATIONS})
"""the operators of the grammar's levels above ``sum``"""


def parse_latex(text: str, budget: Budget) -> Node:
    """Parse normalized answer LaTeX; raises :class:`LatexSyntaxError` if it is not valid."""
    plain = PLAIN_NUMBER_TEXT.fullmatch(text)
    if plain is not None:
        number = number_literal(plain.group(2))
        return Neg(number) if plain.group(1) else number
    parser = _LatexParser(tokenize_latex(text, budget), budget)
    if not parser.tokens:
        raise LatexSyntaxError("empty answer")
    node = parser.answer()
    if parser.peek() is not None:
        raise LatexSyntaxError(f"unexpected {parser.peek_text()!r} after a complete answer")
    return node


class _LatexParser(LatexCommandParser):
    def answer(self, closers: tuple[str, ...] = ()) -> Node:
        self.enter()
        first = self.sum()
        if self.peek_text() not in _ABOVE_SUM:
            # most answers are one sum: skip the list levels, which would each return it
            self.depth -= 1
            return first
        groups = [self.group(closers, first)]
        while self.peek_text() == ";":
            self.take()
            if self.peek() is None or self.peek_text() in closers:
                break  # a trailing semicolon
            groups.append(self.group(closers))
        self.depth -= 1
        return groups[0] if len(groups) == 1 else AnswerList(tuple(groups))

    def group(self, closers: tuple[str, ...], first: Node | None = None) -> Node:
        """Comma-separated items; a semicolon list of such groups is a list of tuples.

        ``first``, at this level and the ones below, is the first sum when the caller has
        already read it."""
        items = [self.union(first)]
        while self.peek_text() == ",":
            self.take()
            if self.peek_text() == ",":
                continue  # ", ," left where a connective word stood: "19, 46, and 82"
            if self.peek() is None or self.peek_text() in (*closers, ";"):
                break  # a trailing comma, as in "1, 2,"
            items.append(self.union())
        return items[0] if len(items) == 1 else AnswerList(tuple(items))

    def union(self, first: Node | None = None) -> Node:
        parts = [self.relation(first)]
        while self.peek_text() == "cup":
            self.take()
            parts.append(self.relation())
        return parts[0] if len(parts) == 1 else Union(tuple(parts))

    def relation(self, first: Node | None = None) -> Node:
        operands = [self.ratio(first)]
        ops: list[str] = []
        while self.peek_text() in _RELATIONS:
            ops.append(self.take().text)
            operands.append(self.ratio())
        return operands[0] if not ops else Relation(tuple(ops), tuple(operands))

    def ratio(self, first: Node | None = None) -> Node:
        """``a : b`` (a ratio or a clock time) is kept as written, compared term by term."""
        terms = [self.sum() if first is None else first]
        while self.peek_text() == ":":
            self.take()
            terms.append(self.sum())
        return terms[0] if len(terms) == 1 else Bracketed(":", tuple(terms), ":")

    def sum(self) -> Node:
        node: Node
        first = self.peek_text()
        if first in ("pm", "mp"):
            self.take()
            node = PlusMinus(None, self.term(), 1 if first == "pm" else -1)
        elif first == "-":
            self.take()
            node = Neg(self.term())
        else:
            if first == "+":
                self.take()
            node = self.term()
        terms = [node]
        while self.peek_text() in ("+", "-", "pm", "mp"):
            op = self.take().text
            right = self.term()
            if op == "+":
                terms.append(right)
            elif op == "-":
                terms.append(Neg(right))
            else:
                left = terms[0] if len(terms) == 1 else Add(tuple(terms))
                terms = [PlusMinus(left, right, 1 if op == "pm" else -1)]
        return terms[0] if len(terms) == 1 else Add(tuple(terms))

    def term(self) -> Node:
        node = self.unary()
        while True:
            tok = self.peek()
            if tok is None:
                return node
            if tok.text in ("*", "/") and tok.kind == "op":
                self.take()
                right = self._mixed_after_operator(self.unary())
                if tok.text == "*":
                    node = multiply_factors(node, right)
                else:  # "(dT)/(dt)" is the derivative "\frac{dT}{dt}" is
                    node = derivative_symbol(node, right) or Div(node, right)
            elif self._starts_implicit_factor(tok):
                if tok.kind == "num" and self.tokens[self.pos - 1].kind == "num":
                    mixed = self._plain_mixed_number(node)
                    if mixed is not None:
                        node = mixed
                        continue
                    if self.pos < 2 or self.tokens[self.pos - 2].text != "^":
                        # "2 3" is not 6 and "1 000" is not 0: digits side by side are no
                        # product, but after a power they are: 2^6 3^5 is 2^6 * 3^5.
                        raise LatexSyntaxError(f"two numbers side by side before {tok.text!r}")
                factor = self.power()
                node = _mixed_number(node, factor) or multiply_factors(node, factor)
            else:
                return node

    def _mixed_after_operator(self, right: Node) -> Node:
        """The operand after an explicit ``*`` or ``/``: a whole number and a fraction right
        after it are one mixed number (``3 \\times 2\\frac{1}{2}`` is 3 times 5/2), as they are
        anywhere else."""
        tok = self.peek()
        if not isinstance(right, Number) or tok is None or tok.kind != "cmd":
            return right
        if tok.text not in ("frac", "dfrac", "tfrac"):
            return right
        start = self.pos
        mixed = _mixed_number(right, self.power())
        if mixed is None:
            self.pos = start  # not a fraction of two numbers: read it as a factor, as before
            return right
        return mixed

    def _plain_mixed_number(self, whole: Node) -> Node | None:
        """``1 1/2`` written in plain text: the mixed number 3/2 when the fraction is proper."""
        ahead = self.tokens[self.pos : self.pos + 4]
        if (
            not isinstance(whole, Number)
            or whole.is_decimal
            or len(ahead) < 3
            or [t.kind for t in ahead[:3]] != ["num", "op", "num"]
            or ahead[1].text != "/"
            or not (ahead[0].text.isdigit() and ahead[2].text.isdigit())
            or int(ahead[0].text) >= int(ahead[2].text)
            or (len(ahead) == 4 and ahead[3].text in ("^", "/"))
        ):
            return None
        numerator, _, denominator = (self.take(), self.take(), self.take())
        fraction = Div(number_literal(numerator.text), number_literal(denominator.text))
        if self.peek_text() == "%":  # 12 1/2% is 12.5%: the percent is of the whole number
            self.take()
            return Percent(Add((whole, fraction)))
        return Add((whole, fraction))

    def _starts_implicit_factor(self, tok: Token) -> bool:
        if tok.kind in ("num", "letter"):
            return True
        if tok.kind == "cmd":
            return tok.text not in _NOT_FACTOR_COMMANDS
        if tok.text == "|":
            return self.abs_depth == 0
        return tok.text in _STARTS_IMPLICIT_FACTOR

    def unary(self) -> Node:
        if self.peek_text() in ("-", "+"):
            sign = self.take().text
            self.enter()
            operand = self.unary()
            self.depth -= 1
            return Neg(operand) if sign == "-" else operand
        return self.raised(self.postfix())  # self.power(), one call fewer per factor

    def _exponent(self) -> Node:
        """The exponent after ``^``: a number is the whole number (``2^100``, ``2^0.5``), as
        plain-text answers mean it, not LaTeX's first digit; otherwise one macro argument."""
        tok = self.peek()
        if tok is not None and tok.kind == "num":
            return number_literal(self.take().text)
        if (
            tok is not None
            and tok.text in ("-", "+")
            and self.pos + 1 < len(self.tokens)
            and self.tokens[self.pos + 1].kind == "num"
        ):
            sign = self.take().text  # "10^-12" is 10^(-12), not 10^(-1) times 2
            number = number_literal(self.take().text)
            return Neg(number) if sign == "-" else number
        if tok is not None and tok.text == "-" and self._ahead_text(1) == "(":
            self.take()
            return Neg(self._parenthesized_exponent())
        if tok is not None and tok.text == "(":
            return self._parenthesized_exponent()  # plain text: "8^(1/3)", "x**(n+1)"
        return self.argument(allow_sign=True)

    def _parenthesized_exponent(self) -> Node:
        exponent = self.primary()
        if isinstance(exponent, Bracketed):
            raise LatexSyntaxError("an exponent in parentheses must be one expression")
        return exponent

    def _ahead_text(self, offset: int) -> str | None:
        index = self.pos + offset
        return self.tokens[index].text if index < len(self.tokens) else None

    def power(self) -> Node:
        return self.raised(self.postfix())

    def raised(self, base: Node) -> Node:
        """``base`` with the exponents that follow it, if any."""
        exponents: list[Node] = []
        signed: list[bool] = []
        # "9^9^9" is a LaTeX error but plain-text answers mean 9^(9^9): right-associative.
        while self.peek_text() == "^":
            self.take()
            self.enter()
            signed.append(self.peek_text() in ("-", "+"))
            exponents.append(self._exponent())
        for _ in exponents:
            self.depth -= 1
        if not exponents:
            return base
        tower = exponents[-1]
        for exponent, sign_first in zip(
            reversed(exponents[:-1]), reversed(signed[:-1]), strict=True
        ):
            if sign_first and isinstance(exponent, Neg):
                tower = Neg(Pow(exponent.operand, tower))  # 2^-3^2 is 2^(-(3^2)), as -3^2 is -9
            else:
                tower = Pow(exponent, tower)
        return Pow(base, tower)

    def postfix(self) -> Node:
        node = self.primary()
        while self.peek_text() in ("!", "%"):
            node = Func("factorial", (node,)) if self.take().text == "!" else Percent(node)
        return node

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            if self.peek_text() == "_":
                self.take()
                return Text(f"{tok.text}_{subscript_text(self.argument())}")  # a base-b numeral
            return number_literal(tok.text)
        if tok.kind == "letter":
            return self._letter(tok.text)
        if tok.kind == "cmd":
            return self._command(tok.text)
        if tok.text in ("(", "[", "\\{"):
            return self._bracketed(tok.text)
        if tok.text == "{":
            self.enter()
            inner = self.answer(("}",))
            self.expect("}")
            self.depth -= 1
            return inner
        if tok.text == "|":
            self.enter()
            self.abs_depth += 1
            inner = self.sum()
            self.abs_depth -= 1
            self.expect("|")
            self.depth -= 1
            if isinstance(inner, Matrix):
                return self.determinant(inner)  # |A| of a written matrix is its determinant
            return Func("abs", (inner,))
        raise LatexSyntaxError(f"unexpected {tok.text!r}")

    def _bracketed(self, opening: str) -> Node:
        self.enter()
        closers = _CLOSING[opening]
        if self.peek_text() in closers:
            items: tuple[Node, ...] = ()
        else:
            inner = self.answer(closers)
            items = inner.items if isinstance(inner, AnswerList) else (inner,)
        closing = self.take().text
        if closing not in closers:
            raise LatexSyntaxError(f"{opening!r} closed by {closing!r}")
        self.depth -= 1
        if opening == "\\{":
            return Bracketed("{", items, "}")
        if len(items) == 1 and (opening, closing) in (("(", ")"), ("[", "]")):
            return items[0]
        return Bracketed(opening, items, closing)


def _mixed_number(whole: Node, fraction: Node) -> Node | None:
    """``1\\frac{4}{5}`` is the mixed number 9/5 (MATH's convention), not 1 * 4/5; a percent
    after it is of the whole number (``12\\frac{1}{2}\\%`` is 12.5%)."""
    if isinstance(fraction, Percent):
        mixed = _mixed_number(whole, fraction.operand)
        return None if mixed is None else Percent(mixed)
    if (
        isinstance(whole, Number)
        and not whole.is_decimal
        and isinstance(fraction, Div)
        and isinstance(fraction.numerator, Number)
        and isinstance(fraction.denominator, Number)
        and not fraction.numerator.is_decimal
        and not fraction.denominator.is_decimal
    ):
        return Add((whole, fraction))
    return None
