"""Run a policy on a registered env over seeded episodes and summarize them as a results row."""

from __future__ import annotations

from typing import Any

import gymnasium as gym

from agents.episode import EpisodeRecord, play_episode
from agents.policies.base import Policy
from agents.results import ResultRow, git_commit, summarize


def run_episodes(
    env_id: str,
    policy: Policy,
    episodes: int,
    seed: int = 0,
    env_kwargs: dict[str, Any] | None = None,
) -> list[EpisodeRecord]:
    """Play ``episodes`` episodes with seeds ``seed, seed+1, ...``; the env gets the policy's needs.

    The env is made with ``env_kwargs`` plus what the policy declares it needs
    (``policy.env_kwargs``, e.g. search mode for search agents).
    """
    env = gym.make(env_id, **{**(env_kwargs or {}), **policy.env_kwargs})
    try:
        return [play_episode(env, policy, seed + i) for i in range(episodes)]
    finally:
        env.close()


def evaluate(
    env_id: str,
    policy: Policy,
    episodes: int,
    seed: int = 0,
    env_kwargs: dict[str, Any] | None = None,
) -> ResultRow:
    """Play ``episodes`` seeded episodes and summarize them (env kwargs, agent config, commit)."""
    kwargs = {**(env_kwargs or {}), **policy.env_kwargs}
    commit = git_commit()  # at the start: the code that runs is the code loaded now
    records = run_episodes(env_id, policy, episodes, seed, kwargs)
    return summarize(
        records,
        env_id=env_id,
        env_kwargs=kwargs,
        agent=policy.name,
        agent_config=policy.config(),
        seed=seed,
        commit=commit,
    )
