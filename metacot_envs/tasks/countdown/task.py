"""Countdown rules as a Task: parse, apply and verify steps over a multiset of numbers.

A step is written ``66-42=24`` (the ``=result`` part is optional and, when
given, must be right) or as a whole expression such as ``(66-42)*2-1``, which
consumes every number it mentions and leaves its value. Step text is parsed by
the grammar in :mod:`metacot_envs.core.safe_math`, never evaluated as code.
"""

from __future__ import annotations

from bisect import insort
from fractions import Fraction
from typing import Any

import numpy as np

from metacot_envs.core.safe_math import (
    Number,
    format_number,
    normalize,
)
from metacot_envs.core.task import DiscreteCodec, StepError, Task
from metacot_envs.tasks.countdown.discrete import CountdownCodec
from metacot_envs.tasks.countdown.generator import ProblemSource
from metacot_envs.tasks.countdown.solver import moves, solve_countdown
from metacot_envs.tasks.countdown.step_parser import CountdownStepParser
from metacot_envs.tasks.countdown.types import (
    CountdownProblem,
    CountdownState,
    CountdownStep,
    binary_step,
    same_number,
)


class CountdownTask(Task[CountdownProblem, CountdownState, CountdownStep]):
    """Countdown: combine numbers with + - * / until the target appears.

    The generator (any :class:`ProblemSource`) is injected; the same class plays
    Game of 24 with ``CountdownRules(use_all=True, allow_fractions=True,
    allow_negative=True)`` and a puzzle-list source.
    """

    name = "countdown"
    problem_help = (
        "{'numbers': [whole numbers or fractions], 'target': a number} or a (numbers, target) pair"
    )

    def __init__(self, source: ProblemSource, title: str = "Countdown") -> None:
        self.source = source
        self.rules = source.rules
        self.parser = CountdownStepParser(source.rules)
        self.title = title
        self.default_max_steps = max(2 * source.num_numbers, 4)

    # -- problems ------------------------------------------------------------
    def sample(self, rng: np.random.Generator) -> CountdownProblem:
        return self.source.sample(rng)

    def as_problem(self, value: Any) -> CountdownProblem:
        """Accept a problem, a ``{"numbers": [...], "target": t}`` dict or a ``(numbers, target)`` pair.

        Numbers are whole numbers or finite fractions (or floats, read exactly), from 2 up to
        the env's ``num_numbers`` of them (its discrete view has that many slots); anything
        else raises ``ValueError`` saying why.
        """
        if isinstance(value, CountdownProblem):
            numbers, target = value.numbers, value.target
        elif isinstance(value, dict):
            missing = [key for key in ("numbers", "target") if key not in value]
            if missing:
                raise ValueError(f"missing key(s) {missing}")
            numbers, target = value["numbers"], value["target"]
        elif isinstance(value, (list, tuple)) and len(value) == 2:
            numbers, target = value
        else:
            raise ValueError("not a problem, a dict or a (numbers, target) pair")
        if isinstance(numbers, (str, bytes)) or not isinstance(numbers, (list, tuple)):
            raise ValueError(f"numbers must be a list, got {type(numbers).__name__}")
        if not 2 <= len(numbers) <= self.source.num_numbers:
            raise ValueError(
                f"this env plays 2 to {self.source.num_numbers} numbers, got {len(numbers)}"
            )
        return CountdownProblem(tuple(_exact(n) for n in numbers), _exact(target))

    def initial_state(self, problem: CountdownProblem) -> CountdownState:
        return CountdownState(tuple(sorted(problem.numbers)), problem.target, None)

    # -- steps ---------------------------------------------------------------
    def parse_step(self, state: CountdownState, text: str) -> CountdownStep | StepError:
        return self.parser.parse(state, text)

    def legal_steps(self, state: CountdownState) -> list[CountdownStep]:
        if self.is_terminal(state):
            return []
        steps: list[CountdownStep] = []
        seen: set[str] = set()
        numbers = state.numbers
        for i in range(len(numbers)):
            for j in range(i + 1, len(numbers)):
                for op, a, b, result in moves(numbers[i], numbers[j], self.rules):
                    step = binary_step(op, a, b, result)
                    if step.text not in seen:
                        seen.add(step.text)
                        steps.append(step)
        return steps

    def apply(self, state: CountdownState, step: CountdownStep) -> CountdownState:
        remaining = list(state.numbers)
        for operand in step.operands:
            remaining.remove(operand)
        insort(remaining, step.result)
        return CountdownState(tuple(remaining), state.target, step.result)

    # -- outcome -------------------------------------------------------------
    def is_terminal(self, state: CountdownState) -> bool:
        if len(state.numbers) <= 1:
            return True
        return not self.rules.use_all and same_number(state.last, state.target)

    def is_correct(self, state: CountdownState) -> bool:
        if self.rules.use_all:
            return len(state.numbers) == 1 and same_number(state.numbers[0], state.target)
        return same_number(state.last, state.target)

    def solve(self, state: CountdownState) -> list[CountdownStep] | None:
        return solve_countdown(state, self.rules)

    # -- text ----------------------------------------------------------------
    def format_state(self, state: CountdownState) -> str:
        numbers = " ".join(format_number(n) for n in state.numbers)
        goal = (
            "Use every number exactly once; the last number left must equal the target."
            if self.rules.use_all
            else "Reach the target; you need not use every number."
        )
        return (
            f"{self.title}: combine two of the numbers with + - * / per step.\n{goal}\n"
            f"Numbers: {numbers}\nTarget: {format_number(state.target)}\n"
            'Answer with one step like "13-9=4".'
        )

    def format_step(self, step: CountdownStep) -> str:
        return step.text

    def describe_state(self, state: CountdownState) -> str:
        return "left " + " ".join(format_number(n) for n in state.numbers)

    def answer(self, state: CountdownState) -> str | None:
        """The number the last step produced, once the state is terminal (the target if solved)."""
        if not self.is_terminal(state):
            return None
        value = state.last if state.last is not None else state.numbers[0]
        return format_number(value)

    def discrete_codec(self) -> DiscreteCodec[CountdownState]:
        return CountdownCodec(self.source.num_numbers, self.rules, self._scale())

    def _scale(self) -> float:
        return float(max(self.source.max_value, 1))


def _exact(value: Any) -> Number:
    if isinstance(value, (bool, np.bool_)):
        raise ValueError("booleans are not numbers")
    if isinstance(value, (int, np.integer)):
        number: Number = int(value)
    elif isinstance(value, (float, np.floating)):
        if not np.isfinite(value):
            raise ValueError(f"{value} is not a number a step can use")
        number = normalize(Fraction(float(value)))
    elif isinstance(value, Fraction):
        number = normalize(value)
    else:
        raise ValueError(f"numbers are whole numbers or fractions, got {type(value).__name__}")
    return number
