"""The default evaluation sets, one table: what leaderboard rows are measured on, per family.

Evaluation is kept apart from training in two ways. Countdown and the Game of 24 are
disjoint by construction: Countdown-4 evaluates on held-out targets
(:data:`COUNTDOWN_HOLDOUT_TARGETS`; train with ``split="train"`` and the same targets)
and the Game of 24 on its test split. Maze and procedural Math have no split, so their
episodes use seeds from :data:`EVAL_SEED_START` up; training and examples use seeds
below it. A seed picks a problem, so two seeds can still draw the same maze or
question (procedural Math level 1 has a small space: ~150 distinct questions in 200
draws), but a training loop seeded below the range does not follow these seeds.

Sets over a fixed list (the Game of 24 test split, MATH-500, GSM8K) are *enumerated*:
episode ``i`` plays problem ``perm[i]`` of the list, ``perm`` a permutation seeded
by the first seed, so any prefix is a uniform sample without repeats and the whole
list plays every problem once. Data files are never shipped: a set that needs one
names the keyword (``needs``) and is given it by path, e.g. ``metacot evaluate
--eval-set math500 --set data_path=../shared/data/math500.jsonl``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EVAL_SEED_START = 1_000_000
"""first seed of every evaluation; training and examples use seeds below it"""
COUNTDOWN_HOLDOUT_TARGETS: tuple[int, ...] = tuple(range(13, 100, 10))
"""Countdown targets kept out of training (13, 23, ..., 93: a tenth of 10-100, as in
Stream-of-Search's held-out targets); ``split="val"`` evaluates on them alone"""

Problems = Callable[[dict[str, Any]], Sequence[Any]]
"""the fixed problem list of an enumerated set, from the env kwargs it is run with"""


@dataclass(frozen=True)
class EvalSet:
    """One named evaluation set: an env id, its keyword arguments, and how problems are drawn."""

    name: str
    """the set's name (``metacot evaluate --eval-set NAME``; the ``eval_set`` field of rows)"""
    family: str
    """the task family its rows are listed under in the leaderboard"""
    label: str
    """a short label for tables and plots"""
    env_id: str
    env_kwargs: Mapping[str, Any] = field(default_factory=dict)
    description: str = ""
    needs: str | None = None
    """a keyword argument the user must give (a data file path); None: self-contained"""
    problems: Problems | None = None
    """enumerated sets: the fixed list episode ``i`` takes problem ``perm[i]`` from"""
    data_file: str | None = None
    """the file ``needs`` usually names, looked up in ``metacot evaluate --data-dir DIR``"""


def _game24_puzzles(kwargs: dict[str, Any]) -> Sequence[Any]:
    from metacot_envs.tasks.countdown.config import Game24Config
    from metacot_envs.tasks.countdown.game24 import TARGET, Game24Source

    names = Game24Config.__dataclass_fields__
    config = Game24Config(**{k: v for k, v in kwargs.items() if k in names})
    return [(list(numbers), TARGET) for numbers in Game24Source(config).puzzles]


def _math_dataset(kwargs: dict[str, Any]) -> Sequence[Any]:
    from metacot_envs.tasks.math.config import MathConfig

    names = MathConfig.__dataclass_fields__
    source = MathConfig(**{k: v for k, v in kwargs.items() if k in names}).build_source()
    return list(getattr(source, "problems", ()))


EVAL_SETS: tuple[EvalSet, ...] = (
    EvalSet(
        "countdown-4",
        "Countdown",
        "4 numbers, held-out targets",
        "MetaCoT/Countdown-v0",
        {"num_numbers": 4, "split": "val", "holdout_targets": list(COUNTDOWN_HOLDOUT_TARGETS)},
        "four numbers 1-25, targets 13, 23, ..., 93 (never in split='train')",
    ),
    EvalSet(
        "game24-test",
        "Game of 24",
        "test split",
        "MetaCoT/Game24-v0",
        {"split": "test"},
        "the seeded test split: 272 of the 1,362 solvable puzzles, each once (enumerated)",
        problems=_game24_puzzles,
    ),
    EvalSet(
        "game24-tot",
        "Game of 24",
        "ToT ranks 901-1000",
        "MetaCoT/Game24-v0",
        {"ranks": [901, 1000]},
        "Tree-of-Thoughts test puzzles (ranks 901-1000 of 24.csv, by path: --set csv_path=...)",
        needs="csv_path",
        problems=_game24_puzzles,
        data_file="24.csv",
    ),
    EvalSet(
        "maze-7x7",
        "Maze",
        "7x7",
        "MetaCoT/Maze-v0",
        {"width": 7, "height": 7},
        "7x7 random-wall mazes, optimal plan >= 7 moves",
    ),
    EvalSet(
        "maze-10x10",
        "Maze",
        "10x10",
        "MetaCoT/Maze-v0",
        {"width": 10, "height": 10},
        "10x10 random-wall mazes, optimal plan >= 10 moves",
    ),
    *(
        EvalSet(
            f"math-level-{level}",
            "Math",
            f"level {level}",
            "MetaCoT/Math-v0",
            {"level": level},
            f"procedural problems of level {level} (every kind), sympy ground truth",
        )
        for level in (1, 2, 3)
    ),
    EvalSet(
        "math500",
        "Math",
        "MATH-500",
        "MetaCoT/Math-v0",
        {"data_format": "math"},
        "MATH-500 by path (--set data_path=...; filter with --set level=... / subjects=...)",
        needs="data_path",
        problems=_math_dataset,
        data_file="math500.jsonl",
    ),
    EvalSet(
        "gsm8k",
        "Math",
        "GSM8K",
        "MetaCoT/Math-v0",
        {"data_format": "gsm8k"},
        "GSM8K test by path (--set data_path=...)",
        needs="data_path",
        problems=_math_dataset,
        data_file="gsm8k_test.jsonl",
    ),
)
"""every named evaluation set, in leaderboard order"""

FAMILIES: dict[str, str] = {s.env_id: s.family for s in EVAL_SETS}
"""env id -> family name for the leaderboard (an id not listed is its own family)"""


def eval_set(name: str) -> EvalSet:
    """The set called ``name`` (``KeyError`` naming the known sets otherwise)."""
    for candidate in EVAL_SETS:
        if candidate.name == name:
            return candidate
    raise KeyError(f"unknown eval set {name!r}; known: {[s.name for s in EVAL_SETS]}")


def family_of(env_id: str) -> str:
    """The leaderboard family of an env id."""
    return FAMILIES.get(env_id.rpartition(":")[2], env_id.rpartition(":")[2])


def set_kwargs(
    chosen: EvalSet, overrides: Mapping[str, Any] | None = None, data_dir: str | None = None
) -> dict[str, Any]:
    """The set's env kwargs with ``overrides``; ``ValueError`` when a needed file is missing.

    A set that needs a data file takes it from ``overrides`` or, failing that, as
    ``data_dir/<data_file>``.
    """
    kwargs = {**chosen.env_kwargs, **(overrides or {})}
    if chosen.needs and not kwargs.get(chosen.needs) and data_dir and chosen.data_file:
        kwargs[chosen.needs] = str(Path(data_dir) / chosen.data_file)
    if chosen.needs and not kwargs.get(chosen.needs):
        raise ValueError(
            f"eval set {chosen.name} needs {chosen.needs}=PATH (--set {chosen.needs}=PATH, or "
            f"--data-dir DIR holding {chosen.data_file})"
        )
    if chosen.needs and not Path(str(kwargs[chosen.needs])).is_file():
        raise ValueError(f"eval set {chosen.name}: {kwargs[chosen.needs]} is not a file")
    return kwargs


def set_label(env_id: str, env_kwargs: Mapping[str, Any], name: str | None = None) -> str:
    """The label of a row's setting: its eval set's, or one recognized by kwargs, or the kwargs."""
    for candidate in EVAL_SETS:
        if candidate.name == name:
            return candidate.label
    bare = {k: v for k, v in env_kwargs.items() if k != "search"}
    for candidate in EVAL_SETS:
        expected = dict(candidate.env_kwargs)
        if candidate.needs:
            bare_path = bare.get(candidate.needs)
            expected[candidate.needs] = bare_path
        if candidate.env_id == env_id.rpartition(":")[2] and bare == expected:
            return candidate.label
    return (
        ", ".join(f"{k}={json.dumps(v, sort_keys=True)}" for k, v in sorted(bare.items()))
        or "defaults"
    )
