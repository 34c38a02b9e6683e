"""Countdown and Game of 24: types, generators, rules, exact solver and discrete view."""

from metacot_envs.tasks.countdown.config import CountdownConfig, Game24Config
from metacot_envs.tasks.countdown.game24 import (
    GAME24_RULES,
    Game24Source,
    all_game24_puzzles,
    load_game24_csv,
)
from metacot_envs.tasks.countdown.generator import CountdownGenerator, ProblemPool, ProblemSource
from metacot_envs.tasks.countdown.solver import (
    all_solutions,
    clear_solver_cache,
    count_solutions,
    is_solvable,
    set_solver_cache_size,
    solve_countdown,
    solver_cache_info,
)
from metacot_envs.tasks.countdown.task import CountdownTask
from metacot_envs.tasks.countdown.types import (
    CountdownProblem,
    CountdownRules,
    CountdownState,
    CountdownStep,
)

__all__ = [
    "GAME24_RULES",
    "CountdownConfig",
    "CountdownGenerator",
    "CountdownProblem",
    "CountdownRules",
    "CountdownState",
    "CountdownStep",
    "CountdownTask",
    "Game24Config",
    "Game24Source",
    "ProblemPool",
    "ProblemSource",
    "all_game24_puzzles",
    "all_solutions",
    "clear_solver_cache",
    "count_solutions",
    "is_solvable",
    "load_game24_csv",
    "set_solver_cache_size",
    "solve_countdown",
    "solver_cache_info",
]
