"""The one episode loop every runner uses (evaluation, traces, search benchmarks, training eval)."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any

import gymnasium as gym
import numpy as np

from agents.policies.base import GIVE_UP, Compute, Policy

MAX_ACTIONS = 100_000
"""a guard against an env without truncation: no episode plays more actions than this"""


@dataclass(frozen=True)
class RejectedStep:
    """An action the env rejected: where in the episode, what it was, and why."""

    index: int
    """0-based position of the action in the episode"""
    action: Any
    """the action as played (text, or an index in the discrete view)"""
    error: str
    """the env's ``info["error"]``"""


@dataclass
class EpisodeRecord:
    """Everything one episode of one agent produced: what it did, what it got, what it cost."""

    env_id: str | None
    """the registered id the env was made from (None for an env built by hand)"""
    seed: int
    """the seed passed to ``env.reset``"""
    agent: str
    """the policy's name"""
    question: str | None
    """the first observation, for text views (without a search-mode node prefix)"""
    actions: list[Any]
    """every action played, in order (texts or discrete indices)"""
    rejected: list[RejectedStep]
    """the actions the env rejected, with its reasons"""
    episode_return: float
    """sum of the rewards"""
    reward_components: dict[str, float]
    """sum of each ``info["reward_components"]`` entry over the steps (task, shaping, ...)"""
    solved: bool
    """whether the episode ended in a correct state"""
    terminated: bool
    truncated: bool
    env_steps: int
    """env steps played (rejected steps and backtracks included)"""
    final_cot: list[str]
    """``info["trace"]`` at the end: the steps on the path to the final state"""
    meta_cot: list[str] | None
    """search mode: the linearized search (``info["meta_cot"]``); else None"""
    compute: Compute = field(default_factory=Compute)
    """what the policy spent during this episode"""
    wall_seconds: float = 0.0
    gave_up: bool = False
    """the policy ended the episode itself (returned ``GIVE_UP``); it is then also truncated"""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (numpy scalars and arrays become Python values)."""
        return _plain(asdict(self))  # type: ignore[no-any-return]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EpisodeRecord:
        """The record :meth:`to_json` wrote (``KeyError``/``TypeError`` on anything else)."""
        values = dict(data)
        values["rejected"] = [RejectedStep(**r) for r in values["rejected"]]
        values["compute"] = Compute(**values.get("compute", {}))
        return cls(**values)


def play_episode(
    env: gym.Env[Any, Any],
    policy: Policy,
    seed: int,
    *,
    options: dict[str, Any] | None = None,
    max_actions: int = MAX_ACTIONS,
) -> EpisodeRecord:
    """Reset ``env`` with ``seed``, let ``policy`` act until the episode ends, and record it.

    The episode ends when the env terminates or truncates, or when the policy
    returns :data:`~agents.policies.base.GIVE_UP` (not sent to the env).
    """
    start_compute = policy.compute.copy()
    start = time.perf_counter()
    observation, info = env.reset(seed=seed, options=options)
    question = _question(observation, info)
    policy.reset(env, seed)
    actions: list[Any] = []
    rejected: list[RejectedStep] = []
    components: dict[str, float] = {}
    total, terminated, truncated, gave_up = 0.0, False, False, False
    while not (terminated or truncated) and len(actions) < max_actions:
        action = policy.act(observation, info)
        if action is GIVE_UP:
            truncated = gave_up = True
            break
        observation, reward, terminated, truncated, info = env.step(action)
        if "error" in info:
            rejected.append(RejectedStep(len(actions), _plain(action), str(info["error"])))
        actions.append(_plain(action))
        total += float(reward)
        for key, value in (info.get("reward_components") or {}).items():
            components[key] = components.get(key, 0.0) + float(value)
    meta_cot = info.get("meta_cot")
    spec = getattr(env, "spec", None)
    return EpisodeRecord(
        env_id=spec.id if spec is not None else None,
        seed=seed,
        agent=policy.name,
        question=question,
        actions=actions,
        rejected=rejected,
        episode_return=total,
        reward_components=components,
        solved=bool(info.get("solved")),
        terminated=bool(terminated),
        truncated=bool(truncated),
        env_steps=len(actions),
        final_cot=list(info.get("trace") or ()),
        meta_cot=None if meta_cot is None else list(meta_cot),
        compute=policy.compute.since(start_compute),
        wall_seconds=time.perf_counter() - start,
        gave_up=gave_up,
    )


def _question(observation: Any, info: dict[str, Any]) -> str | None:
    if not isinstance(observation, str):
        return None
    if "node_id" in info:
        return observation.removeprefix(f"[node {info['node_id']}]\n")
    return observation


def _plain(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)[:200]  # an action of another type is recorded, not trusted
