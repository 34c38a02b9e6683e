"""Game of 24: the four-number, target-24 Countdown with fractions, and its puzzle sets.

``all_game24_puzzles()`` enumerates the multisets of four numbers from 1-13 and
keeps those the exact solver can solve (1,362 of 1,820). ``load_game24_csv``
reads a ranked puzzle file in the Tree-of-Thoughts format (``Rank,Puzzles,...``,
puzzles written ``"1 1 4 6"``) so the classic test split (ranks 901-1000) can
be used by path.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from itertools import combinations_with_replacement
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from metacot_envs.tasks.countdown.generator import ProblemSource
from metacot_envs.tasks.countdown.solver import is_solvable
from metacot_envs.tasks.countdown.types import CountdownProblem, CountdownRules, CountdownState

if TYPE_CHECKING:
    from metacot_envs.tasks.countdown.config import Game24Config

GAME24_RULES = CountdownRules(use_all=True, allow_fractions=True, allow_negative=True)
"""each number exactly once, exact rational arithmetic, negatives allowed"""
TARGET = 24
Puzzle = tuple[int, int, int, int]


@lru_cache(maxsize=4)
def all_game24_puzzles(low: int = 1, high: int = 13) -> tuple[Puzzle, ...]:
    """Every solvable sorted 4-multiset of ``low..high``, in lexicographic order."""
    return tuple(
        combo
        for combo in combinations_with_replacement(range(low, high + 1), 4)
        if is_solvable(CountdownState(combo, TARGET), GAME24_RULES)
    )


def load_game24_csv(path: str | Path, ranks: tuple[int, int] | None = None) -> list[Puzzle]:
    """Puzzles from a ranked CSV (``Rank`` and ``Puzzles`` columns), optionally ranks ``lo..hi`` inclusive.

    Raises ``ValueError`` naming the file and line of a malformed row.
    """
    path = Path(path)
    puzzles: list[Puzzle] = []
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or "Puzzles" not in reader.fieldnames:
            raise ValueError(f"{path}:1: expected a header with a 'Puzzles' column")
        for row in reader:
            line = reader.line_num
            try:
                numbers = tuple(int(x) for x in (row.get("Puzzles") or "").split())
                rank = int(row["Rank"]) if row.get("Rank") else None
            except ValueError as exc:
                raise ValueError(f"{path}:{line}: malformed row ({exc})") from None
            if len(numbers) != 4:
                raise ValueError(
                    f"{path}:{line}: a puzzle needs 4 numbers, got {row.get('Puzzles')!r}"
                )
            if ranks is not None and (rank is None or not ranks[0] <= rank <= ranks[1]):
                continue
            puzzles.append(tuple(sorted(numbers)))  # type: ignore[arg-type]
    return puzzles


class Game24Source(ProblemSource):
    """Draws Game of 24 puzzles from a fixed list with a seeded train/test split.

    With ``csv_path`` the list comes from that file (``ranks`` selects e.g. the
    classic test split ``(901, 1000)``); otherwise it is the full enumeration.
    ``split="train"``/``"test"`` partition the list by a permutation fixed by
    ``split_seed`` (``test_fraction`` of it is test).
    """

    def __init__(self, config: Game24Config) -> None:
        self.config = config
        self.rules = GAME24_RULES
        self.num_numbers = 4
        self.max_value = TARGET
        base = (
            load_game24_csv(config.csv_path, config.ranks)
            if config.csv_path
            else list(all_game24_puzzles())
        )
        if config.split != "all":
            order = np.random.default_rng(config.split_seed).permutation(len(base))
            n_test = int(round(len(base) * config.test_fraction))
            chosen = order[:n_test] if config.split == "test" else order[n_test:]
            base = [base[i] for i in sorted(chosen)]
        if not base:
            raise ValueError("the Game of 24 puzzle list is empty")
        self.puzzles: tuple[Puzzle, ...] = tuple(base)

    def __repr__(self) -> str:
        return f"Game24Source({self.config!r})"

    def sample(self, rng: np.random.Generator) -> CountdownProblem:
        return CountdownProblem(self.puzzles[int(rng.integers(len(self.puzzles)))], TARGET)
