"""Reading one Countdown step from untrusted text: a regex fast path and the full grammar.

``a op b[=c]`` over remaining numbers takes the fast path; everything else, and
every error message, comes from the grammar in :mod:`metacot_envs.core.safe_math`
(never ``eval``). Fractions and negatives count as one remaining number only inside
their own parentheses, e.g. ``(24/5)*5=24``; ``24/5`` is a division.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from metacot_envs.core.safe_math import (
    BinOp,
    Expr,
    Limits,
    Neg,
    Num,
    Number,
    SafeMathError,
    apply_operator,
    format_number,
    normalize,
    parse_expression,
    tokenize,
)
from metacot_envs.core.task import StepError
from metacot_envs.tasks.countdown.types import (
    CountdownRules,
    CountdownState,
    CountdownStep,
    binary_step,
    divides,
    format_operand,
    make_step,
)

_INT = r"[0-9]{1,12}"
_OPERAND = rf"({_INT}|\(\s*-?{_INT}(?:\s*/\s*{_INT})?\s*\))"
_SIMPLE_STEP = re.compile(
    rf"\s*{_OPERAND}\s*([-+*/\u2212\u00d7\u00f7])\s*{_OPERAND}\s*(?:=\s*(-?{_INT}(?:/{_INT})?)\s*)?"
)
_CANONICAL_OP = {"\u2212": "-", "\u00d7": "*", "\u00f7": "/"}
STEP_LIMITS = Limits(max_chars=200, max_depth=16, max_literal_digits=12, max_bits=256)
"""caps for one step: Countdown numbers are small, so anything bigger is rejected fast"""


@dataclass(frozen=True)
class _Parsed:
    operands: tuple[Number, ...]
    result: Number


class CountdownStepParser:
    """Parses step text against a state under a set of :class:`CountdownRules`; never raises."""

    def __init__(self, rules: CountdownRules) -> None:
        self.rules = rules

    def parse(self, state: CountdownState, text: str) -> CountdownStep | StepError:
        """The step ``text`` describes in ``state``, or why it is not one."""
        fast = self.parse_simple(state, text)
        return fast if fast is not None else self.parse_with_grammar(state, text)

    def parse_with_grammar(self, state: CountdownState, text: str) -> CountdownStep | StepError:
        try:
            lhs, _, rhs = text.partition("=")
            if "=" in rhs:
                return StepError("a step has at most one '=', e.g. 66-42=24")
            tree = parse_expression(lhs, STEP_LIMITS)
            parsed = self._evaluate_step(tree, state)
            if isinstance(parsed, StepError):
                return parsed
            if rhs.strip():
                stated = _stated_result(rhs)
                if stated != parsed.result:
                    return StepError(
                        f"{lhs.strip()} is {format_number(parsed.result)}, not {rhs.strip()}",
                        "illegal",
                    )
        except SafeMathError as exc:
            return StepError(f"could not read step {_preview(text)}: {exc}")
        expression = _canonical_expression(tree, lhs, len(parsed.operands))
        return make_step(parsed.operands, parsed.result, expression)

    def parse_simple(self, state: CountdownState, text: str) -> CountdownStep | None:
        """Fast path for ``a op b[=c]`` where a and b are remaining numbers.

        Returns a step only when it is fully legal; anything else (including every
        error case) goes through the grammar, so messages come from one place.
        """
        match = _SIMPLE_STEP.fullmatch(text)
        if match is None:
            return None
        a, b = _simple_operand(match[1]), _simple_operand(match[3])
        if a is None or b is None:
            return None
        numbers = state.numbers
        if (numbers.count(a) < 2) if a == b else (a not in numbers or b not in numbers):
            return None
        op = _CANONICAL_OP.get(match[2], match[2])
        if op == "/":
            if b == 0 or not (self.rules.allow_fractions or divides(a, b)):
                return None
            result = a // b if divides(a, b) else normalize(Fraction(a) / b)
        else:
            result = normalize(a + b if op == "+" else a * b if op == "*" else a - b)
        if result < 0 and not self.rules.allow_negative:
            return None
        if match[4] is not None and _simple_number(match[4]) != result:
            return None
        return binary_step(op, a, b, result)

    def _evaluate_step(self, tree: Expr, state: CountdownState) -> _Parsed | StepError:
        if tree_is_atom(tree):
            return StepError("a step combines at least two numbers, e.g. 13-9=4")
        available = Counter(state.numbers)
        used: list[Number] = []
        value = self._eval(tree, available, used)
        if isinstance(value, StepError):
            return value
        if len(used) < 2:
            return StepError("a step combines at least two numbers, e.g. 13-9=4")
        return _Parsed(tuple(used), value)

    def _eval(
        self, node: Expr, available: Counter[Number], used: list[Number]
    ) -> Number | StepError:
        literal = _literal(node) if isinstance(node, Num) else _grouped_number(node, available)
        if literal is not None:
            if available[literal] <= 0:
                remaining = " ".join(format_number(n) for n in sorted(available.elements()))
                if literal in used:
                    return StepError(
                        f"{format_number(literal)} is used more often than it remains [{remaining}]",
                        "illegal",
                    )
                return StepError(
                    f"{format_number(literal)} is not among the remaining numbers [{remaining}]",
                    "illegal",
                )
            available[literal] -= 1
            used.append(literal)
            return literal
        if isinstance(node, Neg):
            return StepError(
                "unary minus is not an operation here; subtract two numbers instead", "illegal"
            )
        assert isinstance(node, BinOp)
        left = self._eval(node.left, available, used)
        if isinstance(left, StepError):
            return left
        right = self._eval(node.right, available, used)
        if isinstance(right, StepError):
            return right
        if node.op == "^":
            return StepError("powers are not allowed; use + - * /", "illegal")
        if node.op == "/":
            if right == 0:
                return StepError("division by zero", "illegal")
            if not self.rules.allow_fractions and Fraction(left) % Fraction(right) != 0:
                return StepError(
                    f"{format_number(left)}/{format_number(right)} is not a whole number; only exact division is allowed",
                    "illegal",
                )
        result = apply_operator(node.op, left, right, STEP_LIMITS)
        if result < 0 and not self.rules.allow_negative:
            return StepError(
                f"{format_number(left)}{node.op}{format_number(right)} is negative; negative numbers are not allowed",
                "illegal",
            )
        return result


def tree_is_atom(tree: Expr) -> bool:
    """Whether the whole expression is one number: ``7``, or ``(24/5)`` / ``(-3)`` in parentheses.

    Fractions and negatives count as a single number only inside their own
    parentheses (how :func:`format_operand` writes them); ``24/5`` is a division.
    """
    return isinstance(tree, Num) or (tree.grouped and _literal(tree) is not None)


def _simple_number(text: str) -> Number | None:
    """``7``, ``-3`` or ``24/5`` as the fast path reads it; None for a zero denominator."""
    num, _, den = text.partition("/")
    if not den:
        return int(num)
    denominator = int(den)
    return normalize(Fraction(int(num), denominator)) if denominator else None


def _simple_operand(text: str) -> Number | None:
    """An operand as the fast path reads it; None where the grammar must decide."""
    if text[0] != "(":
        return int(text)
    value = _simple_number(text[1:-1].replace(" ", "").replace("\t", ""))
    return None if isinstance(value, int) and value >= 0 else value  # (6/2) is an operation


def _grouped_number(node: Neg | BinOp, available: Counter[Number]) -> Number | None:
    """A remaining fraction or negative written as ``(24/5)`` / ``(-3)``; else None (an operation)."""
    if not node.grouped:
        return None
    value = _literal(node)
    if value is None or (isinstance(value, int) and value >= 0) or available[value] <= 0:
        return None
    return value


def _literal(node: Expr) -> Number | None:
    """Value of a number written as a literal: ``7``, ``-3``, ``24/5``, ``-24/5`` (grouping ignored)."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Neg):
        inner = _literal(node.operand)
        return -inner if inner is not None and not isinstance(node.operand, Neg) else None
    if node.op == "/" and isinstance(node.left, (Num, Neg)) and isinstance(node.right, Num):
        num, den = _literal(node.left), node.right.value
        if num is None or den == 0:
            return None
        quotient = Fraction(num) / Fraction(den)
        return quotient.numerator if quotient.denominator == 1 else quotient
    return None


def _stated_result(text: str) -> Number:
    tree = parse_expression(text, STEP_LIMITS)
    if _divides_by_zero(tree):
        raise SafeMathError("division by zero in the stated result")
    value = _literal(tree)
    if value is None:
        raise SafeMathError(f"the result after '=' must be a number, got {_preview(text)}")
    return value


def _divides_by_zero(node: Expr) -> bool:
    """Whether any division in ``node`` has a literal zero denominator: ``4/0``, ``4/(-0)``."""
    if isinstance(node, Num):
        return False
    if isinstance(node, Neg):
        return _divides_by_zero(node.operand)
    if node.op == "/" and _literal(node.right) == 0:
        return True
    return _divides_by_zero(node.left) or _divides_by_zero(node.right)


def _canonical_expression(tree: Expr, lhs: str, operand_count: int) -> str:
    """``a op b`` written canonically when the step combined exactly two numbers, each side
    one of them; any other expression as its tokens. A side that reads as a fraction literal
    may still have been a division of two numbers (``1+(4/1)`` uses 1, 4 and 1: ``(4/1)`` is
    an operation), so the count of numbers used decides, not the side's spelling."""
    if (
        operand_count == 2
        and isinstance(tree, BinOp)
        and all(_literal(side) is not None for side in (tree.left, tree.right))
    ):
        left, right = _literal(tree.left), _literal(tree.right)
        assert left is not None and right is not None
        return f"{format_operand(left)}{tree.op}{format_operand(right)}"
    return "".join(tokenize(lhs, STEP_LIMITS))


def _preview(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")
