"""A fine-tuned Meta-STaR model as an agent: it writes the Meta-CoT, the env keeps it honest."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import gymnasium as gym

from agents.backends.base import Backend
from agents.metastar.trace_text import action_from_line, completion_text, prompt_text, trace_lines
from agents.policies.base import GIVE_UP, BasePolicy

_STATED_RESULT = re.compile(r"\s*=\s*[-+]?[\d()/.\s]*$")
"""the ``= c`` a step states at its end (dropped with ``env_arithmetic``)"""


class MetaStarPolicy(BasePolicy):
    """Plays in search mode by writing the next Meta-CoT line (see :mod:`agents.metastar.trace_text`).

    The prompt is the question and the env's own Meta-CoT so far, exactly as in
    training; the model writes one line (greedy by default), which becomes an env
    action (the step of ``node a -> node b: STEP | ...``, or ``backtrack N``). The
    env's answer, not the model's line, goes into the next prompt, so a wrong state
    the model wrote is corrected and a rejected line is dropped as in training.

    A rejected line leaves the prompt as it was (rejections are not in the trace), so a
    greedy model would write it again: after a rejection the next line is sampled at
    ``retry_temperature``, and after ``max_retries`` rejections in a row the policy
    gives up. Budgets: ``max_actions`` env actions (the env's ``max_steps``) and
    ``max_tokens`` generated tokens per episode; when either is spent it gives up.
    """

    def __init__(
        self,
        backend: Backend | None = None,
        *,
        checkpoint: str | Path | None = None,
        name: str = "metastar",
        max_actions: int = 64,
        max_tokens: int = 1024,
        max_line_tokens: int = 48,
        temperature: float = 0.0,
        retry_temperature: float = 1.0,
        max_retries: int = 4,
        env_arithmetic: bool = False,
    ) -> None:
        super().__init__()
        self._backend = backend
        self.checkpoint = None if checkpoint is None else str(checkpoint)
        self.name = name
        self.max_actions = int(max_actions)
        self.max_tokens = int(max_tokens)
        self.max_line_tokens = int(max_line_tokens)
        self.temperature = float(temperature)
        self.retry_temperature = float(retry_temperature)
        self.max_retries = int(max_retries)
        self.env_arithmetic = bool(env_arithmetic)
        self._rejections = 0
        self._question = ""
        self._start_tokens = 0
        self._seed = 0
        self._calls = 0

    @property
    def env_kwargs(self) -> Mapping[str, Any]:  # type: ignore[override]
        return {"search": True, "max_steps": self.max_actions}

    @property
    def backend(self) -> Backend:
        """The model's backend (a checkpoint is loaded on first use)."""
        if self._backend is None:
            if self.checkpoint is None:
                raise ValueError(
                    f"{self.name} has no model: pass a backend or a checkpoint folder "
                    "(for the registry's 'metastar' agent, set METASTAR_CHECKPOINT=PATH)"
                )
            self._backend = checkpoint_backend(self.checkpoint, self.max_line_tokens)
        return self._backend

    def config(self) -> dict[str, Any]:
        model = self.checkpoint or getattr(self._backend, "model_name", "?")
        return {
            "backend": "transformers" if self._backend is None else self._backend.name,
            "model": model,
            "max_actions": self.max_actions,
            "max_tokens": self.max_tokens,
            "max_line_tokens": self.max_line_tokens,
            "temperature": self.temperature,
            "retry_temperature": self.retry_temperature,
            "max_retries": self.max_retries,
            "env_arithmetic": self.env_arithmetic,
        }

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        assert self.backend is not None  # load a checkpoint now, not in the first act
        self._question = ""
        self._start_tokens = self.compute.tokens_generated
        self._seed, self._calls, self._rejections = seed, 0, 0

    def prompt(self, observation: Any, info: dict[str, Any]) -> str:
        """The question and the env's Meta-CoT so far, as the model was trained to read it."""
        if "node_id" not in info or "meta_cot" not in info:
            raise ValueError(f"{self.name} needs an env in search mode (search=True)")
        if not self._question:
            self._question = str(observation).removeprefix(f"[node {info['node_id']}]\n")
        meta = list(info["meta_cot"])
        lines = trace_lines(meta, keep_reasons=True)
        return prompt_text(self._question, meta[0]) + completion_text(lines)

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        text = self.prompt(observation, info)
        self._rejections = self._rejections + 1 if "error" in info else 0
        spent = self.compute.tokens_generated - self._start_tokens
        if spent >= self.max_tokens or self._rejections > self.max_retries:
            return GIVE_UP
        self._calls += 1
        [[completion]] = self.backend.generate(
            [text],
            n=1,
            temperature=self.retry_temperature if self._rejections else self.temperature,
            max_new_tokens=self.max_line_tokens,
            stop=("\n",),
            seed=self._seed * 1000 + self._calls,
        )
        self.compute.tokens_generated += completion.num_tokens
        self.compute.steps_proposed += 1
        # an empty line (the model ended its text) is sent too: the env rejects it, and the
        # next line is sampled, as after any rejection
        action = action_from_line(completion.text)
        if self.env_arithmetic and not action.startswith("backtrack"):
            action = _STATED_RESULT.sub("", action)
        return action


def checkpoint_backend(checkpoint: str | Path, max_line_tokens: int = 48) -> Backend:
    """A line-at-a-time backend over a checkpoint folder saved by :func:`~agents.metastar.sft.train_sft`."""
    from agents.metastar.line_backend import LineBackend
    from agents.metastar.sft import load_trained

    tokenizer, model = load_trained(checkpoint)
    config = model.config
    max_positions: int | None = getattr(config, "max_position_embeddings", None)
    context = max_positions or cast(int, getattr(config, "n_positions", 1024))
    return LineBackend(
        tokenizer,
        model,
        max_prompt_tokens=max(16, int(context) - max_line_tokens),
        model_name=str(checkpoint),
    )


def metastar_policy(checkpoint: str | Path, **kwargs: Any) -> MetaStarPolicy:
    """A :class:`MetaStarPolicy` over a checkpoint saved by :func:`agents.metastar.sft.train_sft`."""
    return MetaStarPolicy(checkpoint=checkpoint, **kwargs)
