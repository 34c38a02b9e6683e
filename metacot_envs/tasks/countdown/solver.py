"""Exact Countdown / Game of 24 solver: memoized depth-first search over sorted multisets.

States that differ only in the order of their numbers are one sorted tuple, so
the memo is shared across move orders and across puzzles (all 1,820 Game of 24
multisets share their 3- and 2-number sub-states).
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache

from metacot_envs.core.safe_math import Number, normalize
from metacot_envs.tasks.countdown.types import (
    CountdownRules,
    CountdownState,
    CountdownStep,
    binary_step,
)

Move = tuple[str, Number, Number, Number]
"""(operator, left, right, result)"""


def moves(a: Number, b: Number, rules: CountdownRules) -> list[Move]:
    """Distinct legal binary moves on the pair (a, b), larger operand first.

    States never hold negatives unless ``rules.allow_negative``, so ``a - b`` with
    ``a >= b`` is always legal and ``b - a`` only when negatives are allowed.
    """
    if a < b:
        a, b = b, a
    if isinstance(a, int) and isinstance(b, int):
        out: list[Move] = [("+", a, b, a + b), ("*", a, b, a * b), ("-", a, b, a - b)]
    else:  # Fraction arithmetic can land on integers, which must become ints again
        out = [
            ("+", a, b, normalize(a + b)),
            ("*", a, b, normalize(a * b)),
            ("-", a, b, normalize(a - b)),
        ]
    if rules.allow_negative and a != b:
        out.append(("-", b, a, normalize(b - a)))
    for num, den in ((a, b), (b, a)) if a != b else ((a, b),):
        if den == 0:
            continue
        if isinstance(num, int) and isinstance(den, int) and num % den == 0:
            out.append(("/", num, den, num // den))
        elif rules.allow_fractions:
            quotient = (
                Fraction(num, den) if isinstance(num, int) and isinstance(den, int) else num / den
            )
            out.append(
                ("/", num, den, quotient.numerator if quotient.denominator == 1 else quotient)
            )
    return out


def successors(
    numbers: tuple[Number, ...], rules: CountdownRules
) -> Iterator[tuple[Move, tuple[Number, ...]]]:
    """Every legal move from a sorted multiset and the sorted multiset it leads to."""
    n = len(numbers)
    seen_pairs: set[tuple[Number, Number]] = set()
    for i in range(n):
        for j in range(i + 1, n):
            pair = (numbers[i], numbers[j])
            if pair in seen_pairs:
                continue
            seen_pairs.add(pair)
            rest = list(numbers[:i] + numbers[i + 1 : j] + numbers[j + 1 :])
            for move in moves(numbers[i], numbers[j], rules):
                child = rest.copy()
                insort(child, move[3])
                yield move, tuple(child)


def _two_reach(a: Number, b: Number, target: Number, rules: CountdownRules) -> bool:
    """Whether one move on (a, b) gives ``target``; arithmetic-only, no Fractions created."""
    if a < b:
        a, b = b, a
    if a + b == target or a * b == target or a - b == target:
        return True
    if rules.allow_negative and b - a == target:
        return True
    # a / b == t  <=>  a == t * b (b != 0); an integer t makes the division exact
    exact_ok = rules.allow_fractions or isinstance(target, int)
    return exact_ok and ((b != 0 and a == target * b) or (a != 0 and b == target * a))


@lru_cache(maxsize=1 << 18)  # ~50 MB at most; long runs keep drawing new problems
def _reachable(
    numbers: tuple[Number, ...], target: Number, rules: CountdownRules, depth: int
) -> bool:
    """Whether ``target`` can be produced within ``depth`` moves (use_all: exactly len-1)."""
    if rules.use_all:
        if len(numbers) == 1:
            return numbers[0] == target
        if len(numbers) == 2:
            return _two_reach(numbers[0], numbers[1], target, rules)
        return any(
            _reachable(child, target, rules, depth - 1) for _, child in successors(numbers, rules)
        )
    if depth <= 0 or len(numbers) < 2:
        return False
    children = list(successors(numbers, rules))
    if any(move[3] == target for move, _ in children):
        return True
    if depth == 1:
        return False
    for _, child in children:
        if len(child) == 2:
            if _two_reach(child[0], child[1], target, rules):
                return True
        elif len(child) > 2 and _reachable(child, target, rules, depth - 1):
            return True
    return False


def clear_solver_cache() -> None:
    """Forget memoized sub-results (for cold-start timings and to free memory)."""
    _reachable.cache_clear()


def _to_step(move: Move) -> CountdownStep:
    op, a, b, result = move
    return binary_step(op, a, b, result)


def is_solvable(state: CountdownState, rules: CountdownRules) -> bool:
    """Whether the target can still be reached from ``state``."""
    if rules.use_all:
        return _reachable(state.numbers, state.target, rules, len(state.numbers) - 1)
    if state.last == state.target:
        return True
    return _reachable(state.numbers, state.target, rules, len(state.numbers) - 1)


def solvable_within(
    numbers: tuple[Number, ...], target: Number, rules: CountdownRules, steps: int
) -> bool:
    """Whether ``target`` is reachable from sorted ``numbers`` in at most ``steps`` moves."""
    return _reachable(tuple(sorted(numbers)), target, rules, steps)


def solve_countdown(state: CountdownState, rules: CountdownRules) -> list[CountdownStep] | None:
    """A shortest list of binary steps reaching the target, or None.

    With ``use_all`` every solution has ``len(numbers) - 1`` steps; otherwise
    iterative deepening returns one with the fewest steps.
    """
    numbers, target = state.numbers, state.target
    if (rules.use_all and len(numbers) == 1) or (not rules.use_all and state.last == target):
        return [] if (state.last == target or (rules.use_all and numbers[0] == target)) else None
    depths = [len(numbers) - 1] if rules.use_all else range(1, len(numbers))
    for depth in depths:
        if _reachable(numbers, target, rules, depth):
            return _walk(numbers, target, rules, depth)
    return None


def _walk(
    numbers: tuple[Number, ...], target: Number, rules: CountdownRules, depth: int
) -> list[CountdownStep]:
    path: list[CountdownStep] = []
    while True:
        for move, child in successors(numbers, rules):
            if rules.use_all:
                ok = (
                    child[0] == target
                    if len(child) == 1
                    else _reachable(child, target, rules, depth - 1)
                )
                if ok:
                    path.append(_to_step(move))
                    if len(child) == 1:
                        return path
                    break
            else:
                if move[3] == target:
                    path.append(_to_step(move))
                    return path
                if depth > 1 and len(child) > 1 and _reachable(child, target, rules, depth - 1):
                    path.append(_to_step(move))
                    break
        else:  # pragma: no cover - _reachable guaranteed a child
            raise RuntimeError("solver memo inconsistent")
        numbers, depth = child, depth - 1


def all_solutions(
    state: CountdownState, rules: CountdownRules, limit: int = 100_000
) -> list[list[CountdownStep]]:
    """Every distinct sequence of binary steps that solves ``state`` (up to ``limit``)."""
    out: list[list[CountdownStep]] = []

    def dfs(numbers: tuple[Number, ...], path: list[CountdownStep]) -> None:
        if len(out) >= limit or len(numbers) < 2:
            return
        for move, child in successors(numbers, rules):
            step = _to_step(move)
            if rules.use_all:
                if len(child) == 1:
                    if child[0] == state.target:
                        out.append([*path, step])
                elif _reachable(child, state.target, rules, len(child) - 1):
                    dfs(child, [*path, step])
            elif move[3] == state.target:
                out.append([*path, step])
            elif len(child) > 1 and _reachable(child, state.target, rules, len(child) - 1):
                dfs(child, [*path, step])

    dfs(state.numbers, [])
    return out


def count_solutions(state: CountdownState, rules: CountdownRules, limit: int = 100_000) -> int:
    """Number of distinct step sequences that solve ``state`` (capped at ``limit``)."""
    return len(all_solutions(state, rules, limit))
