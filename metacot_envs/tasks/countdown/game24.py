"""Game of 24: the four-number, target-24 Countdown with fractions, and its puzzle sets.

``all_game24_puzzles()`` enumerates the multisets of four numbers from 1-13 and
keeps those the exact solver can solve (1,362 of 1,820). ``load_game24_csv``
reads a ranked puzzle file in the Tree-of-Thoughts format (``Rank,Puzzles,...``,
puzzles written ``"1 1 4 6"``) so the classic test split (ranks 901-1000) can
be used by path.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from itertools import combinations_with_replacement
from pathlib import Path
from typing import Protocol

import numpy as np

from metacot_envs.tasks.countdown.generator import ProblemSource
from metacot_envs.tasks.countdown.solver import is_solvable
from metacot_envs.tasks.countdown.types import CountdownProblem, CountdownRules, CountdownState

GAME24_RULES = CountdownRules(use_all=True, allow_fractions=True, allow_negative=True)
"""each number exactly once, exact rational arithmetic, negatives allowed"""
TARGET = 24
Puzzle = tuple[int, int, int, int]
_ASCII_NUMBER = re.compile(r"[0-9]{1,6}")


@lru_cache(maxsize=4)
def all_game24_puzzles(low: int = 1, high: int = 13) -> tuple[Puzzle, ...]:
    """Every solvable sorted 4-multiset of ``low..high``, in lexicographic order."""
    return tuple(
        combo
        for combo in combinations_with_replacement(range(low, high + 1), 4)
        if is_solvable(CountdownState(combo, TARGET), GAME24_RULES)
    )


class PuzzleFileError(ValueError):
    """A ranked puzzle CSV that cannot be read; the message starts with ``file:line:``."""


MAX_CSV_BYTES = 50_000_000
"""larger puzzle files are refused unread"""


def load_game24_csv(path: str | Path, ranks: tuple[int, int] | None = None) -> list[Puzzle]:
    """Puzzles from a ranked CSV (``Rank`` and ``Puzzles`` columns), optionally ranks ``lo..hi`` inclusive.

    A puzzle is four ASCII whole numbers from 1 to 13 that make 24; anything else (and a
    file that is missing, not UTF-8, or without a ``Puzzles`` column) raises
    :class:`PuzzleFileError` naming the file and line. A UTF-8 byte-order mark is allowed.
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise PuzzleFileError(f"{path}:1: larger than {MAX_CSV_BYTES} bytes")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PuzzleFileError(f"{path}:1: no such file") from None
    except OSError as exc:
        raise PuzzleFileError(f"{path}:1: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PuzzleFileError(f"{path}:{line}: not UTF-8 text (byte {exc.start})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None or "Puzzles" not in reader.fieldnames:
        raise PuzzleFileError(f"{path}:1: expected a header with a 'Puzzles' column")
    puzzles: list[Puzzle] = []
    try:
        for row in reader:
            line = reader.line_num
            rank = _rank(row.get("Rank"), f"{path}:{line}")
            if ranks is not None and (rank is None or not ranks[0] <= rank <= ranks[1]):
                continue
            puzzles.append(_puzzle(row.get("Puzzles"), f"{path}:{line}"))
    except csv.Error as exc:
        raise PuzzleFileError(f"{path}:{reader.line_num}: not valid CSV ({exc})") from None
    return puzzles


def _rank(text: str | None, where: str) -> int | None:
    if not text:
        return None
    if not _ASCII_NUMBER.fullmatch(text.strip()):
        raise PuzzleFileError(f"{where}: rank {text[:20]!r} is not a whole number")
    return int(text)


def _puzzle(text: str | None, where: str) -> Puzzle:
    fields = (text or "").split()
    if len(fields) != 4 or not all(_ASCII_NUMBER.fullmatch(f) for f in fields):
        raise PuzzleFileError(f"{where}: a puzzle is 4 whole numbers, got {(text or '')[:40]!r}")
    numbers = tuple(sorted(int(f) for f in fields))
    if not all(1 <= n <= 13 for n in numbers):
        raise PuzzleFileError(f"{where}: puzzle numbers lie in 1-13, got {text!r}")
    if not is_solvable(CountdownState(numbers, TARGET), GAME24_RULES):
        raise PuzzleFileError(f"{where}: puzzle {text!r} cannot make 24")
    return numbers  # type: ignore[return-value]


class Game24Settings(Protocol):
    """What :class:`Game24Source` reads from its settings: the fields of
    :class:`~metacot_envs.tasks.countdown.config.Game24Config` that choose the puzzles."""

    split: str
    test_fraction: float
    split_seed: int
    csv_path: str | None
    ranks: tuple[int, int] | None


class Game24Source(ProblemSource):
    """Draws Game of 24 puzzles from a fixed list with a seeded train/test split.

    With ``csv_path`` the list comes from that file (``ranks`` selects e.g. the
    classic test split ``(901, 1000)``); otherwise it is the full enumeration.
    ``split="train"``/``"test"`` partition the list by a permutation fixed by
    ``split_seed`` (``test_fraction`` of it is test).
    """

    def __init__(self, config: Game24Settings) -> None:
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
