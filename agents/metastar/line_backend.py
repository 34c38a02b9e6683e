"""A generation backend for small Meta-STaR models that stops at the end of the line.

:class:`~agents.backends.transformers_backend.TransformersBackend` generates
``max_new_tokens`` and cuts at a stop string afterwards, which is right for batched
sampling from a large model but costs a tiny model three times the tokens it needs
for one Meta-CoT line (and counts them all). This backend decodes one prompt at a
time with a key/value cache and stops as soon as a stop string or EOS appears, so
``Completion.num_tokens`` counts exactly the tokens written, stop token included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from agents.backends.base import Backend, Completion, cut_at_stop


class LineBackend(Backend):
    """Greedy or sampled decoding with early stop; ``score`` by one forward pass per continuation."""

    name = "transformers-lines"

    def __init__(
        self, tokenizer: Any, model: Any, *, max_prompt_tokens: int, model_name: str = "?"
    ) -> None:
        self.tokenizer = tokenizer
        self.model = model
        self.max_prompt_tokens = int(max_prompt_tokens)
        self.model_name = model_name

    def _ids(self, text: str) -> list[int]:
        ids = list(self.tokenizer(text, add_special_tokens=False)["input_ids"])
        return ids[-self.max_prompt_tokens :]  # keep the end: the latest lines matter most

    @torch.no_grad()
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
        generator = torch.Generator()
        generator.manual_seed(0 if seed is None else int(seed))
        eos = self.tokenizer.eos_token_id
        out = []
        for prompt in prompts:
            ids = self._ids(prompt) or [int(eos)]
            branches = []
            for _ in range(n):
                branches.append(self._one(ids, temperature, top_p, max_new_tokens, stop, generator))
            out.append(branches)
        return out

    def _one(
        self,
        ids: list[int],
        temperature: float,
        top_p: float,
        max_new_tokens: int,
        stop: Sequence[str],
        generator: torch.Generator,
    ) -> Completion:
        eos = self.tokenizer.eos_token_id
        past, inputs = None, torch.tensor([ids])
        new: list[int] = []
        logprob, text, count = 0.0, "", 0
        for _ in range(max_new_tokens):
            result = self.model(input_ids=inputs, cache=past, use_cache=True)
            past = result.past_key_values
            logprobs = result.logits[0, -1].float().log_softmax(-1)
            token = _pick(logprobs, temperature, top_p, generator)
            logprob += float(logprobs[token])
            count += 1
            if token == eos:
                break
            new.append(token)
            text = self.tokenizer.decode(new)
            if any(marker and marker in text for marker in stop):
                break
            inputs = torch.tensor([[token]])
        return Completion(cut_at_stop(text, stop), count, logprob)

    @torch.no_grad()
    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        prefix = self._ids(prompt)
        scores = []
        for continuation in continuations:
            tail = list(self.tokenizer(continuation, add_special_tokens=False)["input_ids"])
            if not tail:
                scores.append(0.0)
                continue
            ids = torch.tensor([prefix + tail])
            logprobs = self.model(input_ids=ids).logits[0].float().log_softmax(-1)
            picked = logprobs[len(prefix) - 1 : -1].gather(-1, torch.tensor(tail)[:, None])
            scores.append(float(picked.sum()))
        return scores


def _pick(
    logprobs: torch.Tensor, temperature: float, top_p: float, generator: torch.Generator
) -> int:
    if temperature <= 0:
        return int(logprobs.argmax())
    probs = (logprobs / temperature).softmax(-1)
    if top_p < 1.0:
        ordered, order = probs.sort(descending=True)
        keep = ordered.cumsum(-1) - ordered < top_p
        probs = torch.zeros_like(probs).scatter(0, order[keep], ordered[keep])
    return int(torch.multinomial(probs, 1, generator=generator))
