"""A recurrent actor-critic policy that masks illegal actions it reads from its observation.

sb3-contrib has ``MaskablePPO`` (masks, no memory) and ``RecurrentPPO`` (memory, no
masks), but no recurrent PPO with masks: its rollout buffer stores observations, not
masks, so a mask given only at acting time would be missing when the PPO loss
re-evaluates the same actions. Here the mask travels *in* the observation: the env is
wrapped in :class:`~metacot_envs.wrappers.ActionMaskInObservation` (the last ``n``
entries are the legal-action mask), and the policy sets the logits of masked actions to
``-1e8`` whenever it builds its action distribution, when acting and in the loss alike.
The LSTM, PPO update and buffer are sb3-contrib's ``RecurrentActorCriticPolicy`` /
``RecurrentPPO``; only the masking is ours.
"""

from __future__ import annotations

from typing import Any

import torch
from gymnasium import spaces
from sb3_contrib.common.recurrent.policies import RecurrentActorCriticPolicy
from sb3_contrib.common.recurrent.type_aliases import RNNStates
from stable_baselines3.common.distributions import Distribution

MASKED_LOGIT = -1e8
"""the logit of an illegal action (its probability underflows to 0)"""


class MaskedLstmPolicy(RecurrentActorCriticPolicy):
    """``MlpLstmPolicy`` whose action distribution excludes the actions masked in the observation.

    The observation's last ``action_space.n`` entries are the mask (1 = legal). A row
    whose mask allows nothing (the zero padding RecurrentPPO adds to short sequences)
    keeps all its logits, so no row's distribution is undefined.
    """

    def __init__(
        self,
        observation_space: spaces.Space[Any],
        action_space: spaces.Space[Any],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        if not isinstance(action_space, spaces.Discrete):
            raise TypeError(f"MaskedLstmPolicy needs Discrete actions, got {action_space}")
        shape = observation_space.shape if isinstance(observation_space, spaces.Box) else ()
        if len(shape) != 1 or shape[0] <= int(action_space.n):
            raise TypeError(
                "MaskedLstmPolicy needs a flat Box observation ending with the action mask "
                f"(ActionMaskInObservation), got {observation_space}"
            )
        super().__init__(observation_space, action_space, *args, **kwargs)
        self._mask: torch.Tensor | None = None

    def _remember_mask(self, obs: torch.Tensor) -> None:
        n = int(self.action_space.n)  # type: ignore[attr-defined]
        mask = obs.reshape(obs.shape[0], -1)[:, -n:] > 0.5
        nothing_legal = ~mask.any(dim=1, keepdim=True)
        self._mask = mask | nothing_legal

    def forward(  # type: ignore[override]
        self,
        obs: torch.Tensor,
        lstm_states: RNNStates,
        episode_starts: torch.Tensor,
        deterministic: bool = False,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, RNNStates]:
        self._remember_mask(obs)
        return super().forward(obs, lstm_states, episode_starts, deterministic)

    def get_distribution(  # type: ignore[override]
        self,
        obs: torch.Tensor,
        lstm_states: tuple[torch.Tensor, torch.Tensor],
        episode_starts: torch.Tensor,
    ) -> tuple[Distribution, tuple[torch.Tensor, ...]]:
        self._remember_mask(obs)
        return super().get_distribution(obs, lstm_states, episode_starts)

    def evaluate_actions(  # type: ignore[override]
        self,
        obs: torch.Tensor,
        actions: torch.Tensor,
        lstm_states: RNNStates,
        episode_starts: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        self._remember_mask(obs)
        return super().evaluate_actions(obs, actions, lstm_states, episode_starts)

    def _get_action_dist_from_latent(self, latent_pi: torch.Tensor) -> Distribution:
        logits = self.action_net(latent_pi)
        mask = self._mask
        if mask is None or mask.shape != logits.shape:
            raise RuntimeError(
                "MaskedLstmPolicy builds a distribution only for the observations it was just "
                f"given (mask {None if mask is None else tuple(mask.shape)}, logits {tuple(logits.shape)})"
            )
        logits = logits.masked_fill(~mask, MASKED_LOGIT)
        return self.action_dist.proba_distribution(action_logits=logits)
