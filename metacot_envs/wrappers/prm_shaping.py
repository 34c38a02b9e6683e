"""PRMShaping: add a process reward model's potential-based shaping to any reasoning env."""

from __future__ import annotations

from typing import Any, SupportsFloat

import gymnasium as gym

from metacot_envs.core.prm import ProcessRewardModel


class PRMShaping(gym.Wrapper[Any, Any, Any, Any], gym.utils.RecordConstructorArgs):
    """Adds ``F = gamma * Φ(s') - Φ(s)`` with ``Φ(terminal) = 0`` (Ng et al. 1999).

    Potential-based shaping leaves optimal policies unchanged: along a terminated
    trajectory the shaped return differs from the task return by exactly
    ``-Φ(s0)`` when ``gamma == 1`` (``gamma**T Φ(s_T) - Φ(s0)`` in general, which is
    ``-Φ(s0)`` when s_T is terminal). ``mode="raw"`` instead adds the raw score
    ``Φ(s')`` each step, which is *not* policy invariant but is what PRM-as-reward
    papers often use. ``info["reward_components"]`` gains ``shaping`` (what was
    added, after ``scale``) and ``prm`` (``Φ(s')``). The constructor arguments are
    recorded, so ``gym.make(env.spec)`` rebuilds the shaped env (with a copy of the PRM).
    """

    def __init__(
        self,
        env: gym.Env[Any, Any],
        prm: ProcessRewardModel,
        gamma: float = 1.0,
        mode: str = "potential",
        scale: float = 1.0,
    ) -> None:
        if mode not in ("potential", "raw"):
            raise ValueError(f"mode must be 'potential' or 'raw', got {mode!r}")
        if not 0.0 <= gamma <= 1.0:
            raise ValueError(f"gamma must be in [0, 1], got {gamma}")
        gym.utils.RecordConstructorArgs.__init__(self, prm=prm, gamma=gamma, mode=mode, scale=scale)
        gym.Wrapper.__init__(self, env)
        self.prm = prm
        self.gamma = float(gamma)
        self.mode = mode
        self.scale = float(scale)
        self._phi = 0.0

    @property
    def potential(self) -> float:
        """Φ of the current state as used for shaping (0 once terminated)."""
        return self._phi

    def _potential(self) -> float:
        base = self.env.unwrapped
        return float(self.prm.score(base.task, [base.state])[0])  # type: ignore[attr-defined]

    def reset(self, **kwargs: Any) -> tuple[Any, dict[str, Any]]:
        obs, info = self.env.reset(**kwargs)
        self._phi = self._potential()
        info["reward_components"] = {
            **info.get("reward_components", {}),
            "shaping": 0.0,
            "prm": self._phi,
        }
        return obs, info

    def step(self, action: Any) -> tuple[Any, SupportsFloat, bool, bool, dict[str, Any]]:
        obs, reward, terminated, truncated, info = self.env.step(action)
        score = self._potential()
        if self.mode == "potential":
            phi_next = 0.0 if terminated else score
            shaping = self.gamma * phi_next - self._phi
            self._phi = phi_next
        else:
            shaping = score
        shaping *= self.scale
        info["reward_components"] = {
            **info.get("reward_components", {}),
            "shaping": shaping,
            "prm": score,
        }
        return obs, float(reward) + shaping, terminated, truncated, info
