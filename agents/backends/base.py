"""The Backend contract: one interface for every text-generation engine."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Completion:
    """One generated continuation and what it cost."""

    text: str
    """generated text, cut before the first stop string"""
    num_tokens: int
    """tokens generated (before cutting at a stop string)"""
    logprob: float | None = None
    """sum of the sampled tokens' log-probabilities, where the engine reports them"""


class BackendError(RuntimeError):
    """A served backend did not answer usefully (after retries); the message says what happened."""


class RenderedPrompt(str):
    """A prompt already in the model's own chat format (e.g. a whole multi-turn conversation).

    Backends that wrap prompts in a chat template send a ``RenderedPrompt`` as it is;
    ``metacot serve`` builds one from a chat request with several messages.
    """

    __slots__ = ()


class Backend(ABC):
    """Generates and scores text; policies and search agents talk only to this.

    Subclasses: :class:`~agents.backends.transformers_backend.TransformersBackend`
    (default, CPU-friendly, offline) and the vLLM engine (optional extra).
    """

    name: str = "backend"

    @abstractmethod
    def generate(
        self,
        prompts: Sequence[str],
        n: int = 1,
        temperature: float = 0.7,
        top_p: float = 1.0,
        max_new_tokens: int = 64,
        stop: Sequence[str] = (),
        seed: int | None = None,
    ) -> list[list[Completion]]:
        """``n`` completions for each prompt, in prompt order."""

    def identity(self) -> dict[str, Any]:
        """What identifies this engine's outputs in an agent's config (hashed into rows)."""
        return {"backend": self.name, "model": getattr(self, "model_name", "?")}

    @abstractmethod
    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        """Sum of token log-probabilities of each continuation after ``prompt``."""


def cut_at_stop(text: str, stop: Sequence[str]) -> str:
    """``text`` up to (not including) the earliest stop string."""
    cut = len(text)
    for marker in stop:
        if marker:
            position = text.find(marker)
            if position != -1:
                cut = min(cut, position)
    return text[:cut]
