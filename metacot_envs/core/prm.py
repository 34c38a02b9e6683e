"""The process reward model contract: a potential Φ(state) in [0, 1] for any Task state."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Protocol, runtime_checkable

from metacot_envs.core.task import Task


@runtime_checkable
class ProcessRewardModel(Protocol):
    """Scores how promising reasoning states are; higher means more likely to end correct.

    Used as the potential Φ of :class:`~metacot_envs.wrappers.prm_shaping.PRMShaping`
    and as a value estimate by search agents. Implementations batch where they can.
    """

    def score(self, task: Task[Any, Any, Any], states: Sequence[Hashable]) -> list[float]:
        """Φ(s) for each state, each in [0, 1]."""
        ...
