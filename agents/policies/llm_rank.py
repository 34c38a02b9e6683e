"""An LLM policy that ranks the env's legal steps by likelihood instead of writing one."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from agents.backends.base import Backend
from agents.policies.llm_step import LLMStepPolicy


class LLMRankPolicy(LLMStepPolicy):
    """Scores every step in ``info["legal_steps"]`` with the backend and plays the best.

    The same prompt as :class:`LLMStepPolicy`; each legal step is scored by its
    summed token log-probability as the model's answer (one shared prompt pass,
    see ``Backend.score``). Greedy (``temperature=0``) plays the highest score, ties
    to the first listed; otherwise it samples from ``softmax(score / temperature)``
    with the episode seed. Every action is legal, so this measures what the model
    *prefers* when the format is not the obstacle. Where the env cannot enumerate
    steps (free-text math) it falls back to writing the step like its parent.
    Summed log-probabilities favour short steps; that bias is part of the method.
    """

    def __init__(self, backend: Backend, name: str = "llm-rank", **kwargs: Any) -> None:
        super().__init__(backend, name=name, **kwargs)
        self._rng = np.random.default_rng(0)

    def config(self) -> dict[str, Any]:
        return {**super().config(), "selection": "rank-legal-steps"}

    def reset(self, env: Any, seed: int) -> None:
        super().reset(env, seed)
        self._rng = np.random.default_rng(seed)

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        legal = list(info.get("legal_steps") or [])
        if not legal:
            return super().act(observation, info)
        scores = self.backend.score(self.prompt(observation, info), legal)
        self.compute.steps_proposed += len(legal)
        self.compute.steps_scored += len(legal)
        if self.temperature <= 0:
            return legal[int(np.argmax(scores))]
        top = max(scores)
        weights = np.array([math.exp((s - top) / self.temperature) for s in scores])
        return legal[int(self._rng.choice(len(legal), p=weights / weights.sum()))]
