"""The knobs of ``MetaCoT/Countdown-v0`` and ``MetaCoT/Game24-v0``, declared once."""

from __future__ import annotations

from dataclasses import dataclass

from metacot_envs.core.option_checks import (
    OptionError,
    check_field_types,
    require_choice,
    require_range,
)
from metacot_envs.tasks.countdown.game24 import Game24Source, PuzzleFileError
from metacot_envs.tasks.countdown.generator import CountdownGenerator, ProblemPool, ProblemSource
from metacot_envs.tasks.countdown.task import CountdownTask
from metacot_envs.tasks.countdown.types import CountdownRules

SPLITS = ("all", "train", "val")
GAME24_SPLITS = ("all", "train", "test")
MAX_NUMBERS = 12
"""the most numbers a Countdown problem may start with"""
MAX_VALUE = 10**6
"""the largest number or target a generator may draw"""


@dataclass
class CountdownConfig:
    """Countdown: combine numbers with + - * / until the target appears.

    ## Description
    Each episode draws numbers and a target reachable from them (a random walk of
    legal moves, re-checked by the exact solver); ``options={"problem": (numbers,
    target)}`` sets one. A step is one operation on two remaining numbers, ``66-42=24``.

    ## Action Space
    Text: one step as text (``backtrack <node>`` too in search mode). Discrete:
    ``Discrete(6 * n(n-1)/2)`` (pair of slots × operation) with ``action_masks()``.

    ## Rewards
    1.0 when the target is produced (with ``use_all``: when the last number is it).

    ## Termination
    On the target, or when one number is left; truncated after ``max_steps``
    (default ``2 * num_numbers``).
    """

    num_numbers: int = 4
    """how many numbers a problem starts with (3-6 is typical)"""
    number_min: int = 1
    """smallest number"""
    number_max: int = 25
    """largest number"""
    target_min: int = 10
    """smallest target"""
    target_max: int = 100
    """largest target"""
    min_solution_steps: int = 2
    """reject problems that a shorter solution solves (ignored with ``use_all``)"""
    use_all: bool = False
    """end only when one number is left (every number used) instead of when the target appears"""
    allow_fractions: bool = False
    """allow divisions that leave a fraction"""
    allow_negative: bool = False
    """allow steps that produce negative numbers"""
    holdout_targets: tuple[int, ...] = ()
    """targets kept out of ``split='train'`` and used alone by ``split='val'``"""
    split: str = "all"
    """``all``, ``train`` (avoid ``holdout_targets``) or ``val`` (only them)"""
    problem_pool: int = 0
    """0: a fresh problem every reset; n > 0: sample from n problems drawn once (fast resets)"""
    pool_seed: int = 0
    """seed that fills the problem pool"""
    max_tries: int = 10_000
    """draws before the generator gives up on impossible settings"""

    def __post_init__(self) -> None:
        check_field_types(self)
        # the solver and the generator's solvability check grow fast with the count
        require_range("num_numbers", self.num_numbers, 2, MAX_NUMBERS)
        require_range("number_min", self.number_min, 0, MAX_VALUE)
        require_range("number_max", self.number_max, self.number_min, MAX_VALUE)
        require_range("target_min", self.target_min, 0, MAX_VALUE)
        require_range("target_max", self.target_max, self.target_min, MAX_VALUE)
        require_range("min_solution_steps", self.min_solution_steps, 1, MAX_NUMBERS)
        require_choice("split", self.split, SPLITS)
        if self.split == "val" and not self.holdout_targets:
            raise OptionError("split", "'val' needs holdout_targets")
        require_range("problem_pool", self.problem_pool, 0, 1_000_000)
        require_range("max_tries", self.max_tries, 1, 10_000_000)

    @property
    def rules(self) -> CountdownRules:
        """The move and termination rules these settings describe."""
        return CountdownRules(self.use_all, self.allow_fractions, self.allow_negative)

    def build_task(self) -> CountdownTask:
        source: ProblemSource = CountdownGenerator(self)
        if self.problem_pool > 0:
            source = ProblemPool(source, self.problem_pool, self.pool_seed)
        return CountdownTask(source, "Countdown")


@dataclass
class Game24Config:
    """Game of 24: use each of four numbers 1-13 exactly once with + - * / to make 24.

    ## Description
    Puzzles come from the 1,362 solvable four-number multisets (enumerated by the
    exact solver) or from a ranked CSV in the Tree-of-Thoughts format, by path.
    Exact rational arithmetic; negatives and fractions are allowed.

    ## Action Space
    As Countdown with four numbers: text steps, or ``Discrete(36)`` with masks.

    ## Rewards
    1.0 when the last number left is 24.

    ## Termination
    When one number is left; truncated after ``max_steps`` (default 8).
    """

    split: str = "all"
    """``all`` (every puzzle of the list), ``train`` or ``test`` (seeded split)"""
    test_fraction: float = 0.2
    """share of puzzles in the test split"""
    split_seed: int = 0
    """seed of the permutation that defines the split"""
    csv_path: str | None = None
    """ranked CSV in the Tree-of-Thoughts format, read by path (else the full enumeration)"""
    ranks: tuple[int, int] | None = None
    """inclusive rank range of ``csv_path`` to keep, e.g. (901, 1000)"""

    def __post_init__(self) -> None:
        check_field_types(self)
        require_choice("split", self.split, GAME24_SPLITS)
        require_range("test_fraction", self.test_fraction, 0.0, 1.0)
        if self.ranks is not None:
            require_range("ranks", self.ranks[0], 1, None)
            require_range("ranks", self.ranks[1], self.ranks[0], None)

    def build_task(self) -> CountdownTask:
        try:
            source = Game24Source(self)
        except PuzzleFileError as exc:
            raise OptionError("csv_path", str(exc)) from None
        return CountdownTask(source, "Game of 24")
