"""Expand ``\\pm`` / ``\\mp`` into the explicit values they stand for.

``\\frac{-1 \\pm \\sqrt{5}}{2}`` is the set of two numbers; after expansion it
compares like the list ``\\frac{-1+\\sqrt{5}}{2}, \\frac{-1-\\sqrt{5}}{2}``. In a set each
member with a sign choice becomes two members (``\\{1 \\pm 2, 5\\}`` is ``\\{3, -1, 5\\}``);
in a tuple or an interval the signs stay as written.
"""

from __future__ import annotations

from itertools import product

from metacot_envs.tasks.math.answer.budget import Budget, SizeLimitExceeded
from metacot_envs.tasks.math.answer.expression_tree import (
    SCALAR_TYPES,
    Add,
    AnswerList,
    Bracketed,
    Div,
    Func,
    Mul,
    Neg,
    Node,
    Percent,
    PlusMinus,
    Pow,
    Relation,
    Symbol,
)
from metacot_envs.tasks.math.answer.symbolic_points import children

MAX_PLUS_MINUS = 4
"""most ``\\pm`` signs in one answer (each doubles the number of values)"""
_SIGN_REACHABLE = (*SCALAR_TYPES, PlusMinus)
"""the node types a sign can be chosen through"""


def expand_plus_minus(node: Node, budget: Budget) -> Node:
    """``node`` with every ``\\pm`` expanded; lists, ``x = a \\pm b`` and ``\\pm a = x``
    expand item-wise."""
    if isinstance(node, AnswerList):
        expanded: list[Node] = []
        for item in node.items:
            item = expand_plus_minus(item, budget)
            expanded.extend(item.items if isinstance(item, AnswerList) else (item,))
        return AnswerList(tuple(expanded))
    if isinstance(node, Relation) and node.ops == ("=",):
        right = expand_plus_minus(node.operands[1], budget)
        if isinstance(right, AnswerList):
            return AnswerList(tuple(Relation(node.ops, (node.operands[0], r)) for r in right.items))
        left = expand_plus_minus(node.operands[0], budget)
        if isinstance(left, AnswerList):  # the sign on the left: \pm\sqrt{c^2-a^2} = b
            if isinstance(right, Symbol):  # each value given to the name, as x = a \pm b does
                return AnswerList(tuple(Relation(node.ops, (right, item)) for item in left.items))
            return AnswerList(tuple(Relation(node.ops, (item, right)) for item in left.items))
        return Relation(node.ops, (left, right))  # a set's members: x = \{1 \pm 2\}
    if isinstance(node, Bracketed) and node.opening == "{":
        # a set lists values, so a value with a sign choice is two members: {1 \pm 2, 5}
        members = expand_plus_minus(AnswerList(node.items), budget)
        items = members.items if isinstance(members, AnswerList) else (members,)
        return Bracketed(node.opening, items, node.closing)
    if not isinstance(node, _SIGN_REACHABLE):
        return node  # signs inside tuples or intervals are left as written
    # Count only the signs _choose_signs can reach: a sign inside a list inside a function
    # (\sqrt{1, \pm 1}) cannot be chosen, and counting it expanded the same tree forever.
    count = _choosable_signs(node, budget)
    if count == 0:
        return node
    if count > MAX_PLUS_MINUS:
        raise SizeLimitExceeded(f"more than {MAX_PLUS_MINUS} plus-minus signs")
    return AnswerList(
        tuple(_choose_signs(node, list(signs)) for signs in product((1, -1), repeat=count))
    )


def _choosable_signs(node: Node, budget: Budget) -> int:
    """How many ``\\pm`` nodes are reachable through scalar operations (where a sign can be
    chosen)."""
    count = 0
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, _SIGN_REACHABLE):
            budget.tick()  # the nodes a sign is chosen through; leaves are charged to them
            count += isinstance(current, PlusMinus)
            stack.extend(children(current))
    return count


def _choose_signs(node: Node, signs: list[int]) -> Node:
    """Rebuild ``node`` taking the next sign from ``signs`` at each ``\\pm`` (in walk order)."""
    if isinstance(node, PlusMinus):
        sign = signs.pop() * node.sign
        left = None if node.left is None else _choose_signs(node.left, signs)
        right = _choose_signs(node.right, signs)
        signed = right if sign == 1 else Neg(right)
        return signed if left is None else Add((left, signed))
    if isinstance(node, Add):
        return Add(tuple(_choose_signs(term, signs) for term in node.terms))
    if isinstance(node, Mul):
        return Mul(tuple(_choose_signs(factor, signs) for factor in node.factors))
    if isinstance(node, Div):
        return Div(_choose_signs(node.numerator, signs), _choose_signs(node.denominator, signs))
    if isinstance(node, Neg):
        return Neg(_choose_signs(node.operand, signs))
    if isinstance(node, Percent):
        return Percent(_choose_signs(node.operand, signs))
    if isinstance(node, Pow):
        return Pow(_choose_signs(node.base, signs), _choose_signs(node.exponent, signs))
    if isinstance(node, Func):
        return Func(node.name, tuple(_choose_signs(arg, signs) for arg in node.args))
    return node
