"""Entry points of the registered Countdown and Game of 24 envs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gymnasium as gym

from metacot_envs.make import build_env, config_from_kwargs, split_options
from metacot_envs.tasks.countdown.game24 import Game24Source
from metacot_envs.tasks.countdown.generator import CountdownGenerator, ProblemPool, ProblemSource
from metacot_envs.tasks.countdown.rules import CountdownTask
from metacot_envs.tasks.countdown.types import CountdownRules


@dataclass
class CountdownConfig:
    """Problem and rule knobs of ``MetaCoT/Countdown-v0``."""

    num_numbers: int = 4
    """how many numbers a problem starts with"""
    number_min: int = 1
    """smallest number"""
    number_max: int = 25
    """largest number"""
    target_min: int = 10
    """smallest target"""
    target_max: int = 100
    """largest target"""
    min_solution_steps: int = 2
    """reject problems that a shorter solution solves"""
    use_all: bool = False
    """end only when one number is left (every number used) instead of when the target appears"""
    allow_fractions: bool = False
    """allow divisions that leave a fraction"""
    allow_negative: bool = False
    """allow steps that produce negative numbers"""
    holdout_targets: tuple[int, ...] = ()
    """targets kept out of ``split='train'`` and used alone by ``split='val'``"""
    split: str = "all"
    """``all``, ``train`` or ``val``"""
    problem_pool: int = 0
    """0: a fresh problem every reset; n > 0: sample from n problems drawn once (fast resets)"""
    pool_seed: int = 0
    """seed that fills the problem pool"""


@dataclass
class Game24Config:
    """Puzzle-set knobs of ``MetaCoT/Game24-v0``."""

    split: str = "all"
    """``all`` (1,362 puzzles), ``train`` or ``test`` (seeded split)"""
    test_fraction: float = 0.2
    """share of puzzles in the test split"""
    split_seed: int = 0
    """seed of the split permutation"""
    csv_path: str | None = None
    """ranked CSV in the Tree-of-Thoughts format, read by path"""
    ranks: tuple[int, int] | None = None
    """inclusive rank range of ``csv_path`` to keep, e.g. (901, 1000)"""


def make_countdown_env(**kwargs: Any) -> gym.Env[Any, Any]:
    """Countdown: reach the target by combining numbers with + - * /."""
    options, rest = split_options(kwargs)
    cfg: CountdownConfig = config_from_kwargs(CountdownConfig, rest)
    rules = CountdownRules(cfg.use_all, cfg.allow_fractions, cfg.allow_negative)
    generator = CountdownGenerator(
        num_numbers=cfg.num_numbers,
        number_min=cfg.number_min,
        number_max=cfg.number_max,
        target_min=cfg.target_min,
        target_max=cfg.target_max,
        rules=rules,
        holdout_targets=tuple(cfg.holdout_targets),
        split=cfg.split,
        min_solution_steps=cfg.min_solution_steps,
    )
    source: ProblemSource = generator
    if cfg.problem_pool > 0:
        source = ProblemPool(generator, cfg.problem_pool, cfg.pool_seed)
    return build_env(CountdownTask(source, "Countdown"), options)


def make_game24_env(**kwargs: Any) -> gym.Env[Any, Any]:
    """Game of 24: use all four numbers once each to make 24."""
    options, rest = split_options(kwargs)
    cfg: Game24Config = config_from_kwargs(Game24Config, rest)
    source = Game24Source(cfg.split, cfg.test_fraction, cfg.split_seed, cfg.csv_path, cfg.ranks)
    return build_env(CountdownTask(source, "Game of 24"), options)
