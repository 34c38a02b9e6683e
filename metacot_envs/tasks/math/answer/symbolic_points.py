"""Tree walks shared by the comparator: which symbols occur, and where to evaluate them.

Symbolic answers are compared by evaluating both trees at the same few points.
The points are fixed pseudo-random values (seeded, so verdicts are
deterministic) in a range where common identities hold (positive reals, away
from 0 and 1, where ``\\sqrt{x^2} = x`` and logarithms are defined).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    AnswerList,
    Bracketed,
    Div,
    Func,
    Matrix,
    Mul,
    Neg,
    Node,
    Percent,
    PlusMinus,
    Pow,
    Relation,
    Symbol,
    Union,
)

SAMPLE_POINT_COUNT = 4
"""points per comparison; two different polynomials of low degree rarely agree on all of them"""


_CHILDREN: dict[type, Callable[[Any], tuple[Node, ...]]] = {
    Add: lambda node: node.terms,
    Mul: lambda node: node.factors,
    Div: lambda node: (node.numerator, node.denominator),
    Neg: lambda node: (node.operand,),
    Percent: lambda node: (node.operand,),
    Pow: lambda node: (node.base, node.exponent),
    Func: lambda node: node.args,
    PlusMinus: lambda node: (node.right,) if node.left is None else (node.left, node.right),
    Bracketed: lambda node: node.items,
    AnswerList: lambda node: node.items,
    Union: lambda node: node.parts,
    Relation: lambda node: node.operands,
    Matrix: lambda node: tuple(entry for row in node.rows for entry in row),
}
"""each node type's direct subtrees (the tree's classes are never subclassed, so a lookup by
exact type finds every node's; leaves have none)"""


def children(node: Node) -> tuple[Node, ...]:
    """The direct subtrees of ``node``."""
    getter = _CHILDREN.get(type(node))
    return () if getter is None else getter(node)


def walk(node: Node, budget: Budget) -> Iterator[Node]:
    """Every node of the tree, depth first, charging the budget per node."""
    stack = [node]
    while stack:
        budget.tick()
        current = stack.pop()
        yield current
        stack.extend(children(current))


def collect_symbols(node: Node, budget: Budget) -> set[str]:
    """Names of all variables in ``node``."""
    names: set[str] = set()
    stack = [node]  # the walk of :func:`walk`, inlined; a leaf is charged to its parent
    while stack:
        current = stack.pop()
        if isinstance(current, Symbol):
            names.add(current.name)
            continue
        getter = _CHILDREN.get(type(current))
        if getter is not None:
            budget.tick()
            stack.extend(getter(current))
    return names


def contains(node: Node, node_type: type, budget: Budget | None = None) -> bool:
    """Whether any node of ``node_type`` occurs in the tree."""
    budget = budget or Budget(1.0)
    stack = [node]  # the walk of :func:`walk`, inlined: the comparator asks this often
    while stack:
        current = stack.pop()
        if isinstance(current, node_type):
            return True
        getter = _CHILDREN.get(type(current))
        if getter is not None:
            budget.tick()  # a leaf is charged to its parent, which puts it on the stack
            stack.extend(getter(current))
    return False


USUAL_RANGE = (1.25, 2.75)
"""where the sample points are drawn"""
NEAR_ONE = (1.05, 1.25)
"""where they are drawn when a value overflows at every usual point (still above 1)"""


def sample_points(
    symbols: list[str], value_range: tuple[float, float] = USUAL_RANGE
) -> list[dict[str, complex]]:
    """Deterministic evaluation points; a single empty point when there are no symbols.

    The points depend only on the names and the range, so they are drawn once per pair of
    those (callers read them, never change them)."""
    return list(_drawn_points(tuple(symbols), value_range))


@lru_cache(maxsize=512)
def _drawn_points(
    symbols: tuple[str, ...], value_range: tuple[float, float]
) -> tuple[dict[str, complex], ...]:
    if not symbols:
        return ({},)
    rng = random.Random(0x5EED + len(symbols))
    low, high = value_range
    return tuple(
        {name: complex(rng.uniform(low, high)) for name in symbols}
        for _ in range(SAMPLE_POINT_COUNT)
    )


def mixed_sign_points(
    symbols: list[str], negative: tuple[float, float], positive: tuple[float, float]
) -> list[dict[str, complex]]:
    """Points where the variables take both signs at once, for two or more variables (none
    otherwise): every other variable negative, then the others. Points with every variable
    of one sign cannot tell ``|x| + |y|`` from ``|x + y|``, nor ``\\sqrt{x^2 y^2}`` from
    ``xy``."""
    if len(symbols) < 2:
        return []
    below, above = sample_points(symbols, negative), sample_points(symbols, positive)
    return [
        {
            name: low[name] if (index + flip) % 2 == 0 else high[name]
            for index, name in enumerate(symbols)
        }
        for flip in (0, 1)
        for low, high in zip(below, above, strict=True)
    ]
