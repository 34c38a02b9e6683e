r"""Matrix sums and products written out in an answer, folded into the matrix they state.

``\begin{pmatrix}1 & 2\\ 3 & 4\end{pmatrix} + \begin{pmatrix}5 & 6\\ 7 & 8\end{pmatrix}`` states
the matrix of sums; two matrices side by side (or joined by ``\cdot``/``\times``) state their
product, and a scalar factor scales every entry. A matrix wrapped in one pair of brackets
(``\left[\begin{array}{cc}...\end{array}\right]``) is that matrix. Entries become sum and
product trees, never evaluated here; shapes that do not fit leave the answer as written. The
folded matrix is capped at :data:`MAX_ENTRIES` entries, and each entry built costs budget.
"""

from __future__ import annotations

from collections.abc import Callable

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    Bracketed,
    Matrix,
    Mul,
    Neg,
    Node,
)

MAX_ENTRIES = 256
"""largest matrix (rows times columns, and inner products) a fold may build"""

Rows = tuple[tuple[Node, ...], ...]


def fold_matrix_arithmetic(node: Node, budget: Budget) -> Node:
    """``node`` with a top-level matrix sum, product or bracket folded into one matrix."""
    folded = _as_matrix(node, budget)
    return Matrix(folded) if folded is not None else node


def _as_matrix(node: Node, budget: Budget) -> Rows | None:
    budget.tick()
    if isinstance(node, Matrix):
        return node.rows
    if isinstance(node, Bracketed) and len(node.items) == 1 and node.opening in "([":
        return _as_matrix(node.items[0], budget)
    if isinstance(node, Neg):
        inner = _as_matrix(node.operand, budget)
        return None if inner is None else _map(inner, Neg, budget)
    if isinstance(node, Add):
        return _sum(node.terms, budget)
    if isinstance(node, Mul):
        return _product(node.factors, budget)
    return None


def _sum(terms: tuple[Node, ...], budget: Budget) -> Rows | None:
    matrices: list[Rows] = []
    for term in terms:
        matrix = _as_matrix(term, budget)
        if matrix is None:
            return None
        matrices.append(matrix)
    first = matrices[0]
    if len({(len(m), len(m[0])) for m in matrices}) != 1:
        return None
    return tuple(
        tuple(_charged(Add(tuple(m[r][c] for m in matrices)), budget) for c in range(len(first[0])))
        for r in range(len(first))
    )


def _product(factors: tuple[Node, ...], budget: Budget) -> Rows | None:
    scalars: list[Node] = []
    result: Rows | None = None
    for factor in factors:
        matrix = _as_matrix(factor, budget)
        if matrix is None:
            scalars.append(factor)
        elif result is None:
            result = matrix
        else:
            result = _matmul(result, matrix, budget)
            if result is None:
                return None
    if result is None:
        return None
    if scalars:
        result = _map(result, lambda entry: Mul((*scalars, entry)), budget)
    return result


def _matmul(left: Rows, right: Rows, budget: Budget) -> Rows | None:
    inner = len(left[0])
    if inner != len(right) or len(left) * len(right[0]) * inner > MAX_ENTRIES:
        return None
    return tuple(
        tuple(
            _charged(Add(tuple(Mul((left[r][k], right[k][c])) for k in range(inner))), budget)
            for c in range(len(right[0]))
        )
        for r in range(len(left))
    )


def _map(rows: Rows, entry_of: Callable[[Node], Node], budget: Budget) -> Rows:
    return tuple(tuple(_charged(entry_of(entry), budget) for entry in row) for row in rows)


def _charged(entry: Node, budget: Budget) -> Node:
    budget.tick()
    return entry
