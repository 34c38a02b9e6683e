"""The math reasoning MDP as a Task: a step is free reasoning text; a final answer ends it.

State = question + steps so far; action = the next step (a line or paragraph);
the transition appends the step; the episode ends when a step gives a final
answer (``\\boxed{...}`` or a configured pattern), judged once against the
reference by the verifier in :mod:`metacot_envs.tasks.math.answer`, or when the
steps run over the character/token budget (a failed terminal state).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np

from metacot_envs.core.spaces import TEXT_CHARSET
from metacot_envs.core.task import StepError, Task
from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from metacot_envs.tasks.math.answer_extraction import BOXED_PATTERN
from metacot_envs.tasks.math.types import MathProblem, MathState, MathStep

BOXED_ONLY: tuple[str, ...] = (BOXED_PATTERN,)
"""the default answer patterns of the env: only ``\\boxed{...}`` ends an episode"""

_ALLOWED = frozenset(TEXT_CHARSET)


class MathSource(Protocol):
    """Anything that draws math problems with a seeded generator (procedural or a dataset)."""

    def sample(self, rng: np.random.Generator) -> MathProblem:
        """A problem drawn with ``rng`` only."""
        ...


@dataclass(frozen=True)
class StepLimits:
    """Sizes of steps and of the whole reasoning; text beyond them is rejected or ends the episode."""

    max_step_chars: int = 2000
    """a longer single step is rejected"""
    max_total_chars: int | None = 16_000
    """reasoning (all steps) longer than this ends the episode unanswered; None: no limit"""
    max_total_tokens: int | None = None
    """the same budget in whitespace-separated tokens; None: no limit"""
    max_bracket_depth: int = 32
    """deeper nesting of ( [ { is rejected: answer checking and PRMs parse step text"""


class MathTask(Task[MathProblem, MathState, MathStep]):
    """Step-by-step reasoning on a math problem, rewarded by final-answer correctness.

    The problem source (procedural generators or a dataset) is injected. Steps
    are free text with a few hard rules: not empty, printable ASCII (the charset
    of the observation and action spaces, so the policy sees exactly what it
    wrote), no deeper than ``max_bracket_depth`` brackets and at most
    ``max_step_chars`` long. Steps cannot be enumerated (``legal_steps`` is None).
    ``solve`` is the one-step plan that writes the reference answer: it exists
    because the reference is known, not because the task is searched exactly.
    """

    name = "math"

    def __init__(
        self,
        source: MathSource,
        *,
        limits: StepLimits = StepLimits(),
        answer_patterns: Sequence[str] = BOXED_ONLY,
        verify_timeout: float = 1.0,
        max_reasoning_steps: int = 16,
    ) -> None:
        self.source = source
        self.limits = limits
        self.answer_patterns = tuple(answer_patterns)
        self.verify_timeout = float(verify_timeout)
        self.default_max_steps = int(max_reasoning_steps)

    # -- problems ------------------------------------------------------------
    def sample(self, rng: np.random.Generator) -> MathProblem:
        return self.source.sample(rng)

    def as_problem(self, value: Any) -> MathProblem:
        """Accept a :class:`MathProblem` or a MATH/GSM8K-style record dict."""
        if isinstance(value, MathProblem):
            return value
        if isinstance(value, dict):
            from metacot_envs.tasks.math.datasets import record_to_problem

            return record_to_problem(value, "options", 0)
        raise TypeError(f"a math problem is a MathProblem or a record dict, got {type(value)}")

    def initial_state(self, problem: MathProblem) -> MathState:
        return MathState(problem)

    # -- steps ---------------------------------------------------------------
    def parse_step(self, state: MathState, text: str) -> MathStep | StepError:
        error = self._check_text(state, text)
        if error is not None:
            return error
        text = text.strip()
        try:
            answer = extract_answer(text, self.answer_patterns)
        except Exception as exc:  # noqa: BLE001 - a step must never raise, whatever the pattern
            return StepError(f"could not read the final answer in this step: {exc}")
        return MathStep(text, answer)

    def _check_text(self, state: MathState, text: str) -> StepError | None:
        if state.finished:
            return StepError("the episode is over: a final answer was already given", "illegal")
        if not isinstance(text, str) or not text.strip():
            return StepError("a step must contain reasoning text; got an empty step")
        if len(text) > self.limits.max_step_chars:
            return StepError(
                f"a step is at most {self.limits.max_step_chars} characters, got {len(text)}; "
                "split it into several steps"
            )
        if "\x00" in text:
            return StepError("a step must not contain NUL characters")
        foreign = next((c for c in text if c not in _ALLOWED), None)
        if foreign is not None:
            return StepError(
                f"character {foreign!r} (U+{ord(foreign):04X}) is not allowed: write steps in "
                "printable ASCII, with LaTeX for math symbols (\\times, \\le, \\sqrt{})"
            )
        if _bracket_depth(text) > self.limits.max_bracket_depth:
            return StepError(f"brackets nest deeper than {self.limits.max_bracket_depth} levels")
        return None

    def apply(self, state: MathState, step: MathStep) -> MathState:
        steps = (*state.steps, step.text)
        if self._over_budget(steps):
            return replace(state, steps=steps, exhausted=True, verdict="reasoning budget spent")
        if step.answer is None:
            return replace(state, steps=steps)
        verdict = check_equivalent(step.answer, state.problem.reference, self.verify_timeout)
        return replace(
            state,
            steps=steps,
            answer=step.answer,
            correct=verdict.equivalent,
            verdict=verdict.reason,
        )

    def _over_budget(self, steps: Sequence[str]) -> bool:
        limits = self.limits
        if limits.max_total_chars is not None:
            if sum(len(s) for s in steps) > limits.max_total_chars:
                return True
        if limits.max_total_tokens is not None:
            return sum(len(s.split()) for s in steps) > limits.max_total_tokens
        return False

    # -- outcome -------------------------------------------------------------
    def is_terminal(self, state: MathState) -> bool:
        return state.finished

    def is_correct(self, state: MathState) -> bool:
        return state.correct

    def solve(self, state: MathState) -> list[MathStep] | None:
        """Write the reference answer in one step (None once a wrong answer was given)."""
        if state.finished:
            return [] if state.correct else None
        reference = state.problem.reference
        return [MathStep(f"The final answer is $\\boxed{{{reference}}}$.", reference)]

    # -- text ----------------------------------------------------------------
    def format_state(self, state: MathState) -> str:
        lines = [
            "Solve the problem step by step. Write one reasoning step per action and give "
            "the final answer as \\boxed{answer}.",
            "",
            f"Problem: {state.problem.question}",
        ]
        if state.steps:
            lines.append("")
            lines += [f"Step {i + 1}: {s}" for i, s in enumerate(state.steps)]
        if state.exhausted:
            lines += ["", "The reasoning budget is spent; no answer was given."]
        return "\n".join(lines)

    def format_step(self, step: MathStep) -> str:
        return step.text

    def describe_state(self, state: MathState) -> str:
        if state.answer is not None:
            return f"answer {state.answer}"
        return "budget spent" if state.exhausted else ""


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        if ch in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")]}":
            depth = max(depth - 1, 0)
    return deepest
