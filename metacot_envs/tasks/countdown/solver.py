"""Exact Countdown / Game of 24 solver: memoized depth-first search over sorted multisets.

States that differ only in the order of their numbers are one sorted tuple, so
the memo is shared across move orders and across puzzles (all 1,820 Game of 24
multisets share their 3- and 2-number sub-states).

Memory. One memo per process for one rule set (a query under other rules
replaces it), keyed by ``(numbers, target, depth)``, capped at
``DEFAULT_CACHE_SIZE`` sub-results (~190 bytes each: ~6 MB) and emptied when
full. Set the cap with :func:`set_solver_cache_size` or, for worker processes,
the ``METACOT_SOLVER_CACHE_SIZE`` environment variable (0: no memo);
:func:`clear_solver_cache` drops it. Env steps never call the solver; it runs
when a ``CountdownGenerator`` checks a new problem at reset (~46 sub-results
per 6-number draw), when the Game of 24 list is enumerated (once per process,
~42,000) and in ``task.solve`` (oracle PRMs, solver policies).

Why (benchmarks/RESULTS.md, "Memory"): the former ``lru_cache`` of 262,144
entries filled to ~60 MB live and ~140 MB of RSS in a long run, yet random
problems rarely share sub-states (a 6-number draw cost the same with no memo).
A memo per problem, dropped when the target changed, was tried and held far
less, but lost the hits of repeated problems (seeds evaluated again; bench_envs
replays overlapping seeds), and bench_envs' discrete Countdown step ratio rose
~15%: untimed reset work shows in its timed steps. Emptying a plain dict
instead of an LRU keeps the rules, whose dataclass hash is Python code, out of
the key.
"""

from __future__ import annotations

import os
from bisect import insort
from collections.abc import Iterator
from fractions import Fraction
from typing import NamedTuple

from metacot_envs.core.safe_math import Number, normalize
from metacot_envs.tasks.countdown.types import (
    CountdownRules,
    CountdownState,
    CountdownStep,
    binary_step,
)

Move = tuple[str, Number, Number, Number]
"""(operator, left, right, result)"""
DEFAULT_CACHE_SIZE = 1 << 15
"""memo cap in sub-results (~200 bytes each) unless configured otherwise"""
CACHE_SIZE_ENV = "METACOT_SOLVER_CACHE_SIZE"
"""environment variable that sets the memo cap of every process it reaches"""


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
            # one isinstance per operand, so mypy sees a Fraction on every "/" branch
            if isinstance(num, Fraction):
                quotient = num / den
            elif isinstance(den, Fraction):
                quotient = num / den
            else:
                quotient = Fraction(num, den)
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


class _Reachability:
    """Memoized "can ``target`` be made from ``numbers`` within ``depth`` moves" under one rule set."""

    __slots__ = ("known", "rules")

    def __init__(self, rules: CountdownRules) -> None:
        self.rules = rules
        self.known: dict[tuple[tuple[Number, ...], Number, int], bool] = {}

    def reachable(self, numbers: tuple[Number, ...], target: Number, depth: int) -> bool:
        """Whether ``target`` can be produced within ``depth`` moves (use_all: exactly len-1)."""
        key = (numbers, target, depth)
        known = self.known
        found = known.get(key)
        if found is None:
            found = self._search(numbers, target, depth)
            if len(known) >= _cache_size:
                # entries are exact results, so a search that empties the memo midway stays correct
                known.clear()
                if not _cache_size:
                    return found
            known[key] = found
        return found

    def _search(self, numbers: tuple[Number, ...], target: Number, depth: int) -> bool:
        rules = self.rules
        if rules.use_all:
            if len(numbers) == 1:
                return numbers[0] == target
            if len(numbers) == 2:
                return _two_reach(numbers[0], numbers[1], target, rules)
            return any(
                self.reachable(child, target, depth - 1) for _, child in successors(numbers, rules)
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
            elif len(child) > 2 and self.reachable(child, target, depth - 1):
                return True
        return False


class SolverCacheInfo(NamedTuple):
    """Size of the solver's memo (see the module docstring)."""

    entries: int
    """sub-results held now"""
    max_entries: int
    """cap; the memo is emptied when a new result would exceed it"""


def _cache_size_from_env() -> int:
    text = os.environ.get(CACHE_SIZE_ENV, "")
    if not text:
        return DEFAULT_CACHE_SIZE
    try:
        return _checked_size(int(text))
    except ValueError:
        raise ValueError(
            f"{CACHE_SIZE_ENV} must be a whole number of entries >= 0, got {text!r}"
        ) from None


def _checked_size(max_entries: int) -> int:
    if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 0:
        raise ValueError(f"the solver cache size must be an int >= 0, got {max_entries!r}")
    return max_entries


_cache_size = _cache_size_from_env()
_memo: _Reachability | None = None


def _reachability(rules: CountdownRules) -> _Reachability:
    """The memo for ``rules``: the current one, or a fresh one replacing it."""
    global _memo
    memo = _memo
    if memo is None or (memo.rules is not rules and memo.rules != rules):
        memo = _memo = _Reachability(rules)
    return memo


def clear_solver_cache() -> None:
    """Forget memoized sub-results (for cold-start timings and to free memory)."""
    global _memo
    _memo = None


def set_solver_cache_size(max_entries: int) -> None:
    """Cap the memo at ``max_entries`` sub-results (0: no memo) in this process.

    Worker processes that do not inherit this call (spawn, forkserver) read
    ``METACOT_SOLVER_CACHE_SIZE`` from the environment instead.
    """
    global _cache_size
    _cache_size = _checked_size(max_entries)
    if _memo is not None and len(_memo.known) > _cache_size:
        _memo.known.clear()


def solver_cache_info() -> SolverCacheInfo:
    """How many sub-results the memo holds now, and its cap."""
    return SolverCacheInfo(0 if _memo is None else len(_memo.known), _cache_size)


def _to_step(move: Move) -> CountdownStep:
    op, a, b, result = move
    return binary_step(op, a, b, result)


def is_solvable(state: CountdownState, rules: CountdownRules) -> bool:
    """Whether the target can still be reached from ``state``."""
    if not rules.use_all and state.last == state.target:
        return True
    return _reachability(rules).reachable(state.numbers, state.target, len(state.numbers) - 1)


def solvable_within(
    numbers: tuple[Number, ...], target: Number, rules: CountdownRules, steps: int
) -> bool:
    """Whether ``target`` is reachable from sorted ``numbers`` in at most ``steps`` moves."""
    return _reachability(rules).reachable(tuple(sorted(numbers)), target, steps)


def solve_countdown(state: CountdownState, rules: CountdownRules) -> list[CountdownStep] | None:
    """A shortest list of binary steps reaching the target, or None.

    With ``use_all`` every solution has ``len(numbers) - 1`` steps; otherwise
    iterative deepening returns one with the fewest steps.
    """
    numbers, target = state.numbers, state.target
    if (rules.use_all and len(numbers) == 1) or (not rules.use_all and state.last == target):
        return [] if (state.last == target or (rules.use_all and numbers[0] == target)) else None
    memo = _reachability(rules)
    depths = [len(numbers) - 1] if rules.use_all else range(1, len(numbers))
    for depth in depths:
        if memo.reachable(numbers, target, depth):
            return _walk(memo, numbers, target, depth)
    return None


def _walk(
    memo: _Reachability, numbers: tuple[Number, ...], target: Number, depth: int
) -> list[CountdownStep]:
    rules = memo.rules
    path: list[CountdownStep] = []
    while True:
        for move, child in successors(numbers, rules):
            if rules.use_all:
                ok = (
                    child[0] == target
                    if len(child) == 1
                    else memo.reachable(child, target, depth - 1)
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
                if depth > 1 and len(child) > 1 and memo.reachable(child, target, depth - 1):
                    path.append(_to_step(move))
                    break
        else:  # pragma: no cover - memo.reachable guaranteed a child
            raise RuntimeError("solver memo inconsistent")
        numbers, depth = child, depth - 1


def all_solutions(
    state: CountdownState, rules: CountdownRules, limit: int = 100_000
) -> list[list[CountdownStep]]:
    """Every distinct sequence of binary steps that solves ``state`` (up to ``limit``)."""
    out: list[list[CountdownStep]] = []
    memo = _reachability(rules)

    def dfs(numbers: tuple[Number, ...], path: list[CountdownStep]) -> None:
        if len(out) >= limit or len(numbers) < 2:
            return
        for move, child in successors(numbers, rules):
            step = _to_step(move)
            if rules.use_all:
                if len(child) == 1:
                    if child[0] == state.target:
                        out.append([*path, step])
                elif memo.reachable(child, state.target, len(child) - 1):
                    dfs(child, [*path, step])
            elif move[3] == state.target:
                out.append([*path, step])
            elif len(child) > 1 and memo.reachable(child, state.target, len(child) - 1):
                dfs(child, [*path, step])

    dfs(state.numbers, [])
    return out


def count_solutions(state: CountdownState, rules: CountdownRules, limit: int = 100_000) -> int:
    """Number of distinct step sequences that solve ``state`` (capped at ``limit``)."""
    return len(all_solutions(state, rules, limit))
