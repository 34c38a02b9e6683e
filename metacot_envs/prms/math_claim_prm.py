"""An oracle PRM for math problems whose intermediate values are known (procedural ones)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from metacot_envs.core.task import Task
from metacot_envs.tasks.math.claims import claims_in_steps
from metacot_envs.tasks.math.types import MathState


class MathClaimPRM:
    """Φ from the correctness of the values the steps claim, checked exactly.

    The rule, for a :class:`MathState` (claims as read by
    :mod:`metacot_envs.tasks.math.claims`):

    * a finished state scores 1.0 if its final answer is correct, else 0.0;
    * any wrong claim (a labelled value not among the fact's values, e.g. ``x = 4``
      when x is 3, or a false identity such as ``3 * 4 = 13``) scores 0.0: once a
      wrong value is stated the reasoning is off track;
    * otherwise Φ = ``base + (1 - base) * covered / len(facts)``, where ``covered``
      counts the problem's facts confirmed by a correct labelled claim; a problem
      without facts (datasets) scores ``base`` until it is answered.

    Exact for procedural problems (which carry their facts); on dataset problems it
    only catches false arithmetic.
    """

    def __init__(self, base: float = 0.5) -> None:
        if not 0.0 <= base <= 1.0:
            raise ValueError(f"base must be in [0, 1], got {base}")
        self.base = float(base)

    def score(self, task: Task[Any, Any, Any], states: Sequence[Hashable]) -> list[float]:
        return [self._one(state) for state in states]

    def _one(self, state: Hashable) -> float:
        if not isinstance(state, MathState):
            raise TypeError(f"MathClaimPRM scores MathState, got {type(state).__name__}")
        if state.finished:
            return 1.0 if state.correct else 0.0
        facts = state.problem.facts
        claims = claims_in_steps(state.steps, facts)
        if any(claim.correct is False for claim in claims):
            return 0.0
        if not facts:
            return self.base
        covered = {c.fact_index for c in claims if c.correct and c.fact_index is not None}
        return self.base + (1.0 - self.base) * len(covered) / len(facts)
