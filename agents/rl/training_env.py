"""The env a trainer learns on: a registered env plus training-only reward terms (PRM, step cost)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import gymnasium as gym

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.wrappers import PRMShaping, StepCost


def _solver_prm() -> ProcessRewardModel:
    from metacot_envs.prms import SolverPRM

    return SolverPRM(graded=True)


def _math_claim_prm() -> ProcessRewardModel:
    from metacot_envs.prms import MathClaimPRM

    return MathClaimPRM()


def _maze_distance_prm() -> ProcessRewardModel:
    from metacot_envs.tasks.maze import MazeDistancePRM

    return MazeDistancePRM()


PRMS: dict[str, Callable[[], ProcessRewardModel]] = {
    "solver": _solver_prm,
    "math_claim": _math_claim_prm,
    "maze_distance": _maze_distance_prm,
}
"""PRMs a training config can name for dense shaping (``env.prm``)"""


@dataclass
class TrainEnvConfig:
    """What to train on: a registered env, and reward terms that exist only during training.

    ``kwargs`` go to ``gym.make`` and are what a trained checkpoint is evaluated on
    (``metacot evaluate --agent checkpoint:PATH`` builds the env with them); ``prm``
    and ``step_cost`` shape the training reward only, so evaluation success is the
    task's own.
    """

    id: str
    """registered env id, e.g. ``MetaCoT/Maze-v0``"""
    kwargs: dict[str, Any] = field(default_factory=dict)
    """``gym.make`` keyword arguments: view, task knobs, ``trials`` / ``trial_reward`` for meta-RL"""
    prm: str | None = None
    """dense reward: potential-based shaping ``gamma * Φ(s') - Φ(s)`` with this PRM (see ``PRMS``)"""
    prm_scale: float = 1.0
    """multiplier of the PRM shaping term"""
    step_cost: float = 0.0
    """price paid on every env step (a :class:`~metacot_envs.wrappers.StepCost`); 0: none"""

    def __post_init__(self) -> None:
        if self.prm is not None and self.prm not in PRMS:
            raise ValueError(f"prm must be one of {sorted(PRMS)} or null, got {self.prm!r}")
        if self.prm is not None and int(self.kwargs.get("trials", 1)) > 1:
            raise ValueError(
                "prm shaping pays in every trial of a meta-episode, which undoes "
                "trial_reward='final'; drop prm or trials"
            )
        if self.step_cost < 0:
            raise ValueError(f"step_cost must be >= 0, got {self.step_cost}")

    def make(self, gamma: float = 1.0) -> gym.Env[Any, Any]:
        """The training env: ``gym.make(id, **kwargs)``, then PRM shaping and the step cost."""
        env = gym.make(self.id, **self.kwargs)
        if self.prm is not None:
            env = PRMShaping(env, PRMS[self.prm](), gamma=gamma, scale=self.prm_scale)
        if self.step_cost > 0:
            env = StepCost(env, self.step_cost)
        return env
