"""An LLM policy that writes one reasoning step per env step (plain chain of thought)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import gymnasium as gym

from agents.backends.base import Backend
from agents.policies.base import BasePolicy

INSTRUCTION = "Write only the next step, on one line, in the format the problem asks for."


class LLMStepPolicy(BasePolicy):
    """Prompts a backend with the observation (and the last rejection, if any) for the next step.

    The step is the first non-empty line of the completion, so generation stops at
    the first newline (``stop``); ``max_new_tokens=48`` lets a step of math prose end
    on its own while a Countdown step (``13-9=4``) stops after a few tokens. A model
    that opens with a newline proposes an empty step, which the env rejects with a
    message the next prompt shows. Greedy decoding by default so evaluations are
    reproducible; generated tokens and proposed steps are counted in ``compute``.
    """

    def __init__(
        self,
        backend: Backend,
        name: str = "llm-step",
        temperature: float = 0.0,
        max_new_tokens: int = 48,
        stop: Sequence[str] = ("\n",),
    ) -> None:
        super().__init__()
        self.backend = backend
        self.name = name
        self.temperature = temperature
        self.max_new_tokens = max_new_tokens
        self.stop = tuple(stop)
        self._seed = 0
        self._calls = 0

    def config(self) -> dict[str, Any]:
        """What identifies this agent's behaviour (for the results row's config hash)."""
        return {
            **self.backend.identity(),
            "temperature": self.temperature,
            "max_new_tokens": self.max_new_tokens,
            "stop": list(self.stop),
        }

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        self._seed = seed
        self._calls = 0

    def prompt(self, observation: str, info: dict[str, Any]) -> str:
        """The text sent to the model for this step."""
        return step_prompt(observation, info)

    def act(self, observation: Any, info: dict[str, Any]) -> str:
        self._calls += 1
        [[completion]] = self.backend.generate(
            [self.prompt(observation, info)],
            n=1,
            temperature=self.temperature,
            max_new_tokens=self.max_new_tokens,
            stop=self.stop,
            seed=self._seed * 1000 + self._calls,
        )
        self.compute.tokens_generated += completion.num_tokens
        self.compute.steps_proposed += 1
        return first_line(completion.text)


def first_line(text: str) -> str:
    """The first non-empty line of a model's output, stripped ('' when there is none)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def step_prompt(observation: Any, info: dict[str, Any]) -> str:
    """The observation, the last rejection (if any) and the instruction to write one step."""
    parts = [str(observation)]
    if info.get("error"):
        parts.append(f"Your last step was rejected: {info['error']}")
    parts.append(INSTRUCTION)
    return "\n\n".join(parts)
