"""ActionMaskInObservation: the legal-action mask appended to a discrete view's observation."""

from __future__ import annotations

from typing import Any, SupportsFloat

import gymnasium as gym
import numpy as np


class ActionMaskInObservation(gym.Wrapper[Any, Any, Any, Any], gym.utils.RecordConstructorArgs):
    """A flat ``Box`` observation: the inner one flattened, then ``action_masks()`` as 0/1.

    For policies that can only see observations: a recurrent PPO stores observations in its
    rollout buffer but no masks (sb3-contrib has no masked recurrent PPO), so a policy that
    reads the mask back from the observation (``agents.rl.masked_lstm_policy``) masks the
    same actions when it acts and when it is trained. The mask is the wrapped env's
    ``action_masks()`` (reached through ``get_wrapper_attr``, so it works over
    :class:`~metacot_envs.wrappers.MetaEpisode`) for the state the observation describes.
    Needs a ``Box`` observation and ``Discrete`` actions.
    """

    def __init__(self, env: gym.Env[Any, Any]) -> None:
        inner_obs, inner_act = env.observation_space, env.action_space
        if not (
            isinstance(inner_obs, gym.spaces.Box) and isinstance(inner_act, gym.spaces.Discrete)
        ):
            raise TypeError(
                "ActionMaskInObservation needs a Box observation and Discrete actions (a "
                f"discrete view), got {inner_obs} / {inner_act}"
            )
        gym.utils.RecordConstructorArgs.__init__(self)
        gym.Wrapper.__init__(self, env)
        self.n_actions = int(inner_act.n)
        low = np.concatenate(
            [inner_obs.low.astype(np.float32).ravel(), np.zeros(self.n_actions, np.float32)]
        )
        high = np.concatenate(
            [inner_obs.high.astype(np.float32).ravel(), np.ones(self.n_actions, np.float32)]
        )
        self.observation_space = gym.spaces.Box(low, high, dtype=np.float32)

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[Any, dict[str, Any]]:
        obs, info = self.env.reset(seed=seed, options=options)
        return self._with_mask(obs), info

    def step(self, action: Any) -> tuple[Any, SupportsFloat, bool, bool, dict[str, Any]]:
        obs, reward, terminated, truncated, info = self.env.step(action)
        return self._with_mask(obs), reward, terminated, truncated, info

    def action_masks(self) -> np.ndarray:
        """The wrapped env's legal-action mask (boolean, one entry per action)."""
        return np.asarray(self.env.get_wrapper_attr("action_masks")(), dtype=bool)

    def _with_mask(self, obs: Any) -> np.ndarray:
        return append_mask(obs, self.action_masks())


def append_mask(obs: Any, mask: Any) -> np.ndarray:
    """``obs`` flattened to float32 with ``mask`` (0/1) appended: what the wrapper observes."""
    flat = np.asarray(obs, dtype=np.float32).ravel()
    return np.concatenate([flat, np.asarray(mask, dtype=np.float32).ravel()])
