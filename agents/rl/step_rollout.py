"""Collecting episodes for step-level PPO: many text envs in lockstep, one LM step per env step.

Each env step is one action of the policy: the model writes a step, the env scores it
(a rejected step is a transition like any other: the state stays, the penalty is paid).
Episodes of one group share a seed, hence a problem, for group-normalised advantages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import gymnasium as gym

from agents.rl.step_sampler import StepSampler

MAX_ROUNDS = 10_000
"""a guard against an env without truncation: no episode runs longer than this many steps"""


@dataclass(frozen=True)
class StepTransition:
    """One env step of one episode: the state's prompt, the step's tokens, what the env paid."""

    prompt_ids: tuple[int, ...]
    response_ids: tuple[int, ...]
    reward: float
    """the training reward (task reward plus any PRM shaping or step cost)"""
    episode: int
    """index of the episode in its batch"""
    group: int
    """episodes with the same group played the same problem"""
    allowed: tuple[tuple[int, ...], ...] | None = None
    """tokens allowed at each step position when the step was constrained to legal steps"""


@dataclass
class EpisodeRollout:
    """The transitions of one episode, in order, and how it ended."""

    group: int
    transitions: list[StepTransition] = field(default_factory=list)
    solved: bool = False
    terminated: bool = False
    truncated: bool = False
    rejected: int = 0
    """steps the env rejected"""
    bootstrap_prompt: tuple[int, ...] | None = None
    """prompt of the state after the last step, when the episode was truncated (for V(s_T))"""

    @property
    def tokens(self) -> int:
        """Tokens the policy generated in this episode."""
        return sum(len(t.response_ids) for t in self.transitions)

    @property
    def episode_return(self) -> float:
        """Sum of the training rewards."""
        return sum(t.reward for t in self.transitions)


def collect_episodes(
    envs: Sequence[gym.Env[Any, Any]],
    sampler: StepSampler,
    seeds: Sequence[int],
    groups: Sequence[int],
    *,
    temperature: float,
    max_new_tokens: int,
    sample_seed: int,
    batch_size: int = 16,
    legal_only: bool = False,
) -> list[EpisodeRollout]:
    """Play one episode in each env (reset with its seed) until all end; returns them in env order.

    ``legal_only`` decodes each step restricted to the state's legal steps when its
    ``info`` lists them (:class:`~agents.rl.step_sampler.LegalSteps`).
    An episode still running after :data:`MAX_ROUNDS` steps is cut there (``truncated``).
    """
    episodes = [EpisodeRollout(group) for group in groups]
    current: list[tuple[Any, dict[str, Any]]] = [
        env.reset(seed=seed) for env, seed in zip(envs, seeds, strict=True)
    ]
    live = list(range(len(envs)))
    round_index = 0
    while live and round_index < MAX_ROUNDS:
        prompts = [sampler.encode_prompt(*current[i]) for i in live]
        legal = [sampler.legal_steps(current[i][1]) if legal_only else None for i in live]
        steps = sampler.sample(
            prompts,
            temperature=temperature,
            max_new_tokens=max_new_tokens,
            seed=sample_seed * 1009 + round_index,
            batch_size=batch_size,
            legal=legal,
        )
        round_index += 1
        still = []
        for i, step in zip(live, steps, strict=True):
            obs, reward, terminated, truncated, info = envs[i].step(step.text)
            episode = episodes[i]
            episode.transitions.append(
                StepTransition(
                    step.prompt_ids,
                    step.response_ids,
                    float(reward),
                    i,
                    episode.group,
                    step.allowed,
                )
            )
            episode.rejected += "error" in info
            current[i] = (obs, info)
            if terminated or truncated:
                episode.solved = bool(info.get("solved"))
                episode.terminated, episode.truncated = bool(terminated), bool(truncated)
                if truncated and not terminated:
                    episode.bootstrap_prompt = sampler.encode_prompt(obs, info)
            else:
                still.append(i)
        live = still
    for i in live:  # cut by MAX_ROUNDS: bootstrap from where it stands, like a truncation
        episodes[i].truncated = True
        episodes[i].bootstrap_prompt = sampler.encode_prompt(*current[i])
    return episodes
