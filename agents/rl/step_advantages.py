"""Advantages of step-level PPO: one number per reasoning step, discounted per step (never per token).

The time axis is the env's steps. GAE and the discounted returns are torchrl's
functionals (``generalized_advantage_estimate``, ``reward2go``); this module lines up
the episodes as one time series (episode ends cut the recursion), supplies the
bootstrap value of truncated episodes, and normalises (per batch or per group of
episodes on the same problem, as GRPO does).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import torch
from torchrl.objectives.value.functional import generalized_advantage_estimate, reward2go

NORMALIZATIONS = ("batch", "group", "none")


def gae_advantages(
    rewards: Sequence[float],
    values: Sequence[float],
    episode_ends: Sequence[bool],
    terminated: Sequence[bool],
    bootstrap: Sequence[float],
    gamma: float,
    lam: float,
) -> tuple[torch.Tensor, torch.Tensor]:
    """``(advantages, value targets)`` of steps laid out episode after episode.

    ``values[t]`` is V(s_t); ``episode_ends[t]`` marks an episode's last step and
    ``terminated[t]`` whether it reached a terminal state (else it was truncated and
    ``bootstrap[t]`` is V(s_{t+1}), the value of the state after it). Per step:
    ``δ_t = r_t + γ V(s_{t+1}) (1 - terminal_t) - V(s_t)`` and
    ``A_t = δ_t + γ λ (1 - end_t) A_{t+1}``; the target is ``A_t + V(s_t)``.
    """
    value = torch.tensor(values, dtype=torch.float32)
    ends = torch.tensor(episode_ends, dtype=torch.bool)
    following = torch.cat([value[1:], value.new_zeros(1)])
    following = torch.where(ends, torch.tensor(bootstrap, dtype=torch.float32), following)
    advantage, target = generalized_advantage_estimate(
        gamma,
        lam,
        value.view(1, -1, 1),
        following.view(1, -1, 1),
        torch.tensor(rewards, dtype=torch.float32).view(1, -1, 1),
        ends.view(1, -1, 1),
        torch.tensor(terminated, dtype=torch.bool).view(1, -1, 1),
        time_dim=-2,
    )
    return advantage.view(-1), target.view(-1)


def discounted_returns(
    rewards: Sequence[float], episode_ends: Sequence[bool], gamma: float
) -> torch.Tensor:
    """``G_t = r_t + γ G_{t+1}`` within each episode (critic-free; no bootstrap at truncation)."""
    returns = reward2go(
        torch.tensor(rewards, dtype=torch.float32).view(1, -1, 1),
        torch.tensor(episode_ends, dtype=torch.bool).view(1, -1, 1),
        gamma,
        time_dim=-2,
    )
    return cast(torch.Tensor, returns).view(-1)


def normalize(advantages: torch.Tensor, groups: Sequence[int], mode: str) -> torch.Tensor:
    """Zero-mean, unit-std advantages over the batch, within each group, or unchanged."""
    if mode not in NORMALIZATIONS:
        raise ValueError(f"normalize must be one of {NORMALIZATIONS}, got {mode!r}")
    if mode == "none" or len(advantages) < 2:
        return advantages
    if mode == "batch":
        return (advantages - advantages.mean()) / (advantages.std() + 1e-6)
    out = advantages.clone()
    index = torch.tensor(groups)
    for group in index.unique():  # type: ignore[no-untyped-call]  # torch: Tensor.unique is unannotated
        members = index == group
        part = advantages[members]
        spread = part.std() if len(part) > 1 else part.new_zeros(())
        out[members] = (part - part.mean()) / (spread + 1e-6)
    return out
