"""The Task contract: the rules of one reasoning problem family, free of Gymnasium.

A Task turns problems into immutable, hashable states and decides what a step
is. :class:`~metacot_envs.core.env.ReasoningEnv` wraps any Task into an MDP; the
same Task also serves solvers, verifiers, PRMs and discrete views. Tasks never
raise on untrusted step text: :meth:`Task.parse_step` returns a
:class:`StepError` instead.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import numpy as np

ProblemT = TypeVar("ProblemT")
StateT = TypeVar("StateT", bound=Hashable)
StepT = TypeVar("StepT")
CodecStateT = TypeVar("CodecStateT", bound=Hashable, contravariant=True)


@dataclass(frozen=True)
class StepError:
    """Why a step text was rejected; the env reports ``message`` in ``info["error"]``."""

    message: str
    kind: str = "parse"
    """``parse`` (not a step at all) or ``illegal`` (a step the rules forbid here)"""

    def __str__(self) -> str:
        return self.message


class DiscreteCodec(Protocol[CodecStateT]):
    """A fixed enumeration of steps and a numeric encoding of states for classic RL.

    Built by :meth:`Task.discrete_codec`; the DiscreteView wrapper turns it into
    ``Discrete(num_actions)`` plus a ``Box`` observation and ``action_masks()``.
    An optional ``observation_dtype`` attribute (default ``np.float32``) sets the
    Box dtype, e.g. ``np.uint8`` for image observations that CNN policies expect.
    """

    num_actions: int
    observation_shape: tuple[int, ...]
    observation_low: float
    observation_high: float

    def step(self, state: CodecStateT, action: int) -> Any:
        """The task step that ``action`` means in ``state``, or None where it is masked."""

    def step_text(self, state: CodecStateT, action: int) -> str | None:
        """Text of that step (None where it is masked)."""

    def action_mask(self, state: CodecStateT) -> np.ndarray:
        """Boolean vector, True where the action is legal in ``state``."""

    def encode(self, state: CodecStateT) -> np.ndarray:
        """Numeric observation of ``state`` (``observation_dtype``, ``observation_shape``)."""


class Task(ABC, Generic[ProblemT, StateT, StepT]):
    """Rules of a reasoning problem family: parse, legal, apply, verify, solve, format.

    Subclasses hold their problem generator (injected, Jumanji style) and must
    keep every method pure: states are immutable and hashable, ``apply`` returns
    a new state, and nothing here knows about Gymnasium or LLMs.
    """

    name: str = "task"
    default_max_steps: int = 32
    """episode step budget the env uses unless told otherwise"""
    problem_help: str = "a problem of this task"
    """what ``reset(options={"problem": ...})`` accepts, for error messages"""

    @abstractmethod
    def sample(self, rng: np.random.Generator) -> ProblemT:
        """Draw a problem from the task's generator using ``rng`` only."""

    def as_problem(self, value: Any) -> ProblemT:
        """Coerce a user-supplied ``options["problem"]`` into a problem (identity by default)."""
        return value  # type: ignore[no-any-return]

    @abstractmethod
    def initial_state(self, problem: ProblemT) -> StateT:
        """The state before any step."""

    @abstractmethod
    def parse_step(self, state: StateT, text: str) -> StepT | StepError:
        """Read one step from untrusted text; never raises."""

    def legal_steps(self, state: StateT) -> list[StepT] | None:
        """All legal steps in ``state``, or None when they cannot be enumerated."""
        return None

    @abstractmethod
    def apply(self, state: StateT, step: StepT) -> StateT:
        """The state after a step that ``parse_step`` accepted in ``state``."""

    @abstractmethod
    def is_terminal(self, state: StateT) -> bool:
        """Whether the episode is over in ``state`` (solved or a dead end)."""

    @abstractmethod
    def is_correct(self, state: StateT) -> bool:
        """Whether ``state`` is a correct final state."""

    @abstractmethod
    def format_state(self, state: StateT) -> str:
        """Prompt text of ``state`` for a language-model policy."""

    @abstractmethod
    def format_step(self, step: StepT) -> str:
        """Canonical text of a step; ``parse_step`` accepts it back."""

    def describe_state(self, state: StateT) -> str:
        """One short line about ``state`` for the Meta-CoT trace (empty by default)."""
        return ""

    def min_observation_chars(self) -> int:
        """Characters an observation must keep whole (e.g. a maze grid); 0 if any may be cut."""
        return 0

    def answer(self, state: StateT) -> str | None:
        """The final answer a terminal state gives, as text; None before the end.

        What a majority vote over sampled solutions counts: two correct solutions
        reached by different steps give the same answer. None also where the task
        has no notion of an answer (the default).
        """
        return None

    def solve(self, state: StateT) -> list[StepT] | None:
        """A shortest list of steps from ``state`` to a correct state, None if unsolvable.

        Tasks without an exact solver raise ``NotImplementedError``.
        """
        raise NotImplementedError(f"{type(self).__name__} has no exact solver")

    def discrete_codec(self) -> DiscreteCodec[StateT] | None:
        """The discrete action/observation encoding, or None if the task has none."""
        return None

    def render_rgb(self, state: StateT) -> np.ndarray:
        """An RGB picture of ``state`` (``(H, W, 3)`` uint8), for ``render_mode="rgb_array"``.

        Optional: the env advertises ``rgb_array`` only for tasks that override it.
        """
        raise NotImplementedError(f"{type(self).__name__} has no picture of its states")


class TaskConfig(Protocol):
    """The knobs of one registered env's task, declared once, and how to build the task.

    Every registry row names one such dataclass: its fields are the env's own
    keyword arguments (documented by a docstring under each field), validated in
    ``__post_init__`` with errors that name the option, and :meth:`build_task` turns
    them into the :class:`Task` the env wraps. Generators take the config, not a copy
    of its fields.
    """

    def build_task(self) -> Task[Any, Any, Any]:
        """The task these settings describe."""
        ...


def replay(task: Task[Any, StateT, Any], state: StateT, texts: Sequence[str]) -> StateT:
    """Apply step texts in order; raises ``ValueError`` on the first rejected one."""
    for text in texts:
        step = task.parse_step(state, text)
        if isinstance(step, StepError):
            raise ValueError(f"step {text!r} rejected: {step.message}")
        state = task.apply(state, step)
    return state
