r"""Matrix sums, products, transposes, inverses and determinants written out in an answer,
folded into the matrix (or the number) they state.

``\begin{pmatrix}1 & 2\\ 3 & 4\end{pmatrix} + \begin{pmatrix}5 & 6\\ 7 & 8\end{pmatrix}`` states
the matrix of sums; two matrices side by side (or joined by ``\cdot``/``\times``) state their
product, and a scalar factor scales every entry. A matrix wrapped in one pair of brackets
(``\left[\begin{array}{cc}...\end{array}\right]``) is that matrix. A matrix raised to ``T``
(``^{T}``, ``^\top``) is its transpose, to ``-1`` its inverse (up to 3x3: the adjugate over
the determinant, which is undefined where the determinant is 0) and to a whole power from 2 to
:data:`MAX_POWER` that many products. :func:`determinant` is the Laplace expansion (up to
:data:`MAX_DETERMINANT_SIZE` rows) the parser reads ``\begin{vmatrix}``, ``\det`` and ``|M|``
of a written matrix as. Entries become sum and product trees, never evaluated here; shapes that
do not fit leave the answer as written. The folded matrix is capped at :data:`MAX_ENTRIES`
entries, and each entry built costs budget.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.expression_tree import (
    Add,
    Bracketed,
    Matrix,
    Mul,
    Neg,
    Node,
    Number,
    Pow,
    Symbol,
)

MAX_ENTRIES = 256
"""largest matrix (rows times columns, and inner products) a fold may build"""
MAX_DETERMINANT_SIZE = 4
"""most rows of a determinant expanded (4 rows: 24 products)"""
MAX_INVERSE_SIZE = 3
"""most rows of a matrix inverted"""
MAX_POWER = 6
"""largest whole power of a matrix multiplied out"""

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
    if isinstance(node, Pow):
        return _power(node, budget)
    return None


def determinant(rows: Rows, budget: Budget) -> Node:
    """The determinant of a square matrix of at most :data:`MAX_DETERMINANT_SIZE` rows, as a
    sum of signed products of its entries; ``ValueError`` for any other shape."""
    size = len(rows)
    if any(len(row) != size for row in rows) or not 1 <= size <= MAX_DETERMINANT_SIZE:
        raise ValueError(f"no determinant of a {size}x{len(rows[0])} matrix")
    return _expanded(rows, budget)


def _expanded(rows: Rows, budget: Budget) -> Node:
    budget.tick()
    if len(rows) == 1:
        return rows[0][0]
    terms: list[Node] = []
    for column, entry in enumerate(rows[0]):
        term = Mul((entry, _expanded(_minor(rows, 0, column), budget)))
        terms.append(Neg(term) if column % 2 else term)
    return Add(tuple(terms))


def _minor(rows: Rows, row: int, column: int) -> Rows:
    return tuple(
        tuple(entry for c, entry in enumerate(cells) if c != column)
        for r, cells in enumerate(rows)
        if r != row
    )


def _power(node: Pow, budget: Budget) -> Rows | None:
    base = _as_matrix(node.base, budget)
    if base is None:
        return None
    exponent = node.exponent
    if isinstance(exponent, Symbol) and exponent.name == "T":
        return tuple(zip(*base, strict=True))
    size = len(base)
    if any(len(row) != size for row in base):
        return None
    if isinstance(exponent, Neg) and exponent.operand == Number(Fraction(1)):
        return _inverse(base, budget) if size <= MAX_INVERSE_SIZE else None
    if isinstance(exponent, Number) and exponent.value.denominator == 1:
        times = exponent.value.numerator
        if not 2 <= times <= MAX_POWER:
            return None
        result: Rows | None = base
        for _ in range(times - 1):
            result = _matmul(result, base, budget) if result is not None else None
        return result
    return None


def _inverse(rows: Rows, budget: Budget) -> Rows:
    if len(rows) == 1:
        return ((Pow(rows[0][0], Neg(Number(Fraction(1)))),),)
    reciprocal = Pow(determinant(rows, budget), Neg(Number(Fraction(1))))
    size = len(rows)
    # the inverse's (r, c) entry is the (c, r) cofactor over the determinant
    return tuple(
        tuple(
            _charged(
                Mul((_signed(determinant(_minor(rows, c, r), budget), r + c), reciprocal)),
                budget,
            )
            for c in range(size)
        )
        for r in range(size)
    )


def _signed(node: Node, position: int) -> Node:
    return Neg(node) if position % 2 else node


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
