"""A simulated student for math problems: a real rollout policy for tests and MC-PRM labels."""

from __future__ import annotations

from collections.abc import Hashable
from fractions import Fraction
from typing import Any

import numpy as np

from metacot_envs.core.task import Task
from metacot_envs.tasks.math.answer import is_equivalent
from metacot_envs.tasks.math.claims import claims_in_steps
from metacot_envs.tasks.math.generators.forms import rational_plain
from metacot_envs.tasks.math.types import Fact, MathState


class NoisyStudentPolicy:
    """States the intermediate facts, then answers, building on what the steps already claim.

    A rollout policy (``(task, state, rng) -> step text``) for procedural problems
    and datasets alike, modelling how errors propagate in a chain of thought:

    * no claims yet and the problem has facts: one step stating every fact
      (``x = 3``), all right with probability ``accuracy``, else one value off;
    * otherwise the final answer: if the steps contain a wrong claim, the error is
      carried into a wrong answer with probability ``trust``; if they contain only
      right claims, the right answer follows with probability ``trust``; in the
      remaining cases (and with no claims at all) the student solves afresh and is
      right with probability ``accuracy``.
    """

    def __init__(self, accuracy: float = 0.6, trust: float = 0.9) -> None:
        for name, value in (("accuracy", accuracy), ("trust", trust)):
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], got {value}")
        self.accuracy = float(accuracy)
        self.trust = float(trust)

    def __call__(self, task: Task[Any, Any, Any], state: Hashable, rng: np.random.Generator) -> str:
        if not isinstance(state, MathState):
            raise TypeError(f"NoisyStudentPolicy plays math states, got {type(state).__name__}")
        facts = state.problem.facts
        claims = claims_in_steps(state.steps, facts)
        if not claims and facts:
            return _state_facts(facts, rng, correct=rng.random() < self.accuracy)
        wrong = [c for c in claims if c.correct is False]
        if claims and rng.random() < self.trust:
            right = not wrong
        else:
            right = rng.random() < self.accuracy
        if right:
            return f"Therefore the final answer is $\\boxed{{{state.problem.reference}}}$."
        carried = rational_plain(wrong[0].value) if wrong else None
        return f"Therefore the final answer is $\\boxed{{{_wrong_answer(state, carried)}}}$."


def _state_facts(facts: tuple[Fact, ...], rng: np.random.Generator, correct: bool) -> str:
    spoiled = -1 if correct else int(rng.integers(len(facts)))
    parts: list[str] = []
    for index, fact in enumerate(facts):
        values = list(fact.values)
        if index == spoiled:
            off = values[0] + 1
            while off in fact.values:
                off += 1
            values[0] = off
        parts += [f"{fact.labels[0]} = {rational_plain(Fraction(v))}" for v in values]
    return "Working it out, " + ", ".join(parts) + "."


def _wrong_answer(state: MathState, carried: str | None) -> str:
    for candidate in (carried, "0", "1"):
        if candidate is not None and not is_equivalent(candidate, state.problem.reference):
            return candidate
    return "-1"
