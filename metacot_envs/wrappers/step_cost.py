"""StepCost: a fixed price per env step, the simplest pressure toward shorter reasoning."""

from __future__ import annotations

from typing import Any, SupportsFloat

import gymnasium as gym


class StepCost(gym.Wrapper[Any, Any, Any, Any], gym.utils.RecordConstructorArgs):
    """Subtracts ``cost`` from the reward of every step (rejected steps and backtracks too).

    With a discount below 1 a policy already prefers earlier rewards; a per-step
    cost adds the same pressure at ``gamma = 1`` and changes the optimum (unlike
    potential-based shaping): it trades success for length when the cost is large.
    ``info["reward_components"]["step_cost"]`` reports ``-cost``. The constructor
    arguments are recorded, so ``gym.make(env.spec)`` rebuilds the wrapped env.
    """

    def __init__(self, env: gym.Env[Any, Any], cost: float = 0.01) -> None:
        if not cost >= 0.0:
            raise ValueError(f"cost must be >= 0, got {cost}")
        gym.utils.RecordConstructorArgs.__init__(self, cost=cost)
        gym.Wrapper.__init__(self, env)
        self.cost = float(cost)

    def step(self, action: Any) -> tuple[Any, SupportsFloat, bool, bool, dict[str, Any]]:
        obs, reward, terminated, truncated, info = self.env.step(action)
        info["reward_components"] = {
            **(info.get("reward_components") or {}),
            "step_cost": -self.cost,
        }
        return obs, float(reward) - self.cost, terminated, truncated, info
