"""Hugging Face transformers backend: batched generation and scoring on CPU or GPU, offline."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import torch

from agents.backends.base import Backend, Completion, cut_at_stop
from metacot_envs.models import load_causal_lm


class TransformersBackend(Backend):
    """Generation and scoring with a transformers causal LM.

    ``model=None`` loads the bundled SmolLM2-135M-Instruct GGUF (no download); a
    path loads a local checkpoint or ``.gguf`` file; or pass ``tokenizer`` and
    ``model`` objects directly (e.g. a tiny model built from a config in a test).
    ``chat=True`` wraps prompts in the tokenizer's chat template when it has one.
    Sampling ``n`` branches of one prompt runs them as one batch with
    ``num_return_sequences``, so the prompt is tokenized and padded once.
    """

    name = "transformers"

    def __init__(
        self,
        model: str | None = None,
        *,
        tokenizer_object: Any = None,
        model_object: Any = None,
        chat: bool = True,
        batch_size: int = 8,
        max_prompt_tokens: int = 1536,
    ) -> None:
        if (tokenizer_object is None) != (model_object is None):
            raise ValueError("pass both tokenizer_object and model_object, or neither")
        if model_object is None:
            self.model_name = model or "smollm2-135m-instruct"
            tokenizer_object, model_object = load_causal_lm(model)
        else:
            self.model_name = type(model_object).__name__
        self.tokenizer = tokenizer_object
        self.model = model_object
        self.chat = chat and getattr(self.tokenizer, "chat_template", None) is not None
        self.batch_size = batch_size
        self.max_prompt_tokens = max_prompt_tokens
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token

    def _render(self, prompt: str) -> str:
        if not self.chat:
            return prompt
        messages = [{"role": "user", "content": prompt}]
        return str(
            self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        )

    def _encode(self, texts: list[str]) -> dict[str, torch.Tensor]:
        # Keep the end of long prompts: the latest reasoning steps matter most.
        self.tokenizer.truncation_side = "left"
        batch = self.tokenizer(
            texts,
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_prompt_tokens,
        )
        return {k: v.to(self.model.device) for k, v in batch.items()}

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
        if seed is not None:
            torch.manual_seed(seed)
        sample = temperature > 0
        out: list[list[Completion]] = []
        for start in range(0, len(prompts), self.batch_size):
            chunk = [self._render(p) for p in prompts[start : start + self.batch_size]]
            inputs = self._encode(chunk)
            options: dict[str, Any] = {
                "max_new_tokens": max_new_tokens,
                "do_sample": sample,
                "num_return_sequences": n,
                "pad_token_id": self.tokenizer.pad_token_id,
                "output_scores": True,
                "return_dict_in_generate": True,
            }
            if sample:
                options.update(temperature=temperature, top_p=top_p)
            result = self.model.generate(**inputs, **options)
            new_tokens = result.sequences[:, inputs["input_ids"].shape[1] :]
            logprobs = self._sampled_logprobs(result, new_tokens)
            for i in range(len(chunk)):
                branch = []
                for j in range(n):
                    row = i * n + j
                    tokens = new_tokens[row]
                    length = int((tokens != self.tokenizer.pad_token_id).sum())
                    text = self.tokenizer.decode(tokens, skip_special_tokens=True)
                    branch.append(Completion(cut_at_stop(text, stop), length, logprobs[row]))
                out.append(branch)
        return out

    def _sampled_logprobs(self, result: Any, new_tokens: torch.Tensor) -> list[float]:
        if not result.scores:
            return [0.0] * new_tokens.shape[0]
        steps = torch.stack(result.scores, dim=1).float().log_softmax(-1)  # (batch, steps, vocab)
        picked = steps.gather(-1, new_tokens[:, : steps.shape[1]].unsqueeze(-1)).squeeze(-1)
        mask = new_tokens[:, : steps.shape[1]] != self.tokenizer.pad_token_id
        picked = torch.where(mask & torch.isfinite(picked), picked, torch.zeros_like(picked))
        return [float(x) for x in picked.sum(-1)]

    @torch.no_grad()
    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        """Summed log-probability of each continuation after the prompt.

        The prompt runs once; its key/value cache is shared by every continuation
        (ranking 30 legal steps after a 150-token prompt then costs about one prompt
        pass instead of 30). A continuation's tokens are those of ``prompt +
        continuation`` past the prompt's own tokens; where the tokenizer merges across
        that boundary, the continuation is tokenized on its own instead.
        """
        if not continuations:
            return []
        text = self._render(prompt)
        prefix = list(self.tokenizer(text)["input_ids"])
        if len(prefix) > self.max_prompt_tokens:  # keep the end, as generate() does
            prefix = prefix[-self.max_prompt_tokens :]
            text = self.tokenizer.decode(prefix)
        suffixes = [self._suffix_ids(text, prefix, c) for c in continuations]
        device = self.model.device
        out = self.model(input_ids=torch.tensor([prefix], device=device), use_cache=True)
        first = out.logits[0, -1].float().log_softmax(-1)
        scores: list[float] = []
        chunk = max(1, 8 * self.batch_size)
        for start in range(0, len(suffixes), chunk):
            part = suffixes[start : start + chunk]
            scores += self._score_suffixes(out.past_key_values, first, len(prefix), part)
        return scores

    def _suffix_ids(self, text: str, prefix: list[int], continuation: str) -> list[int]:
        joint = self.tokenizer(text + continuation)["input_ids"]
        if joint[: len(prefix)] == prefix and len(joint) > len(prefix):
            return list(joint[len(prefix) :])
        own = self.tokenizer(continuation, add_special_tokens=False)["input_ids"]
        return list(own) or [self.tokenizer.eos_token_id]

    def _score_suffixes(
        self, cache: Any, first: torch.Tensor, prefix_len: int, suffixes: list[list[int]]
    ) -> list[float]:
        device = self.model.device
        batch, length = len(suffixes), max(len(s) for s in suffixes)
        pad = self.tokenizer.pad_token_id
        ids = torch.tensor([s + [pad] * (length - len(s)) for s in suffixes], device=device)
        valid = torch.tensor(
            [[1] * len(s) + [0] * (length - len(s)) for s in suffixes], device=device
        )
        shared = copy.deepcopy(cache)
        shared.batch_repeat_interleave(batch)
        logits = self.model(
            input_ids=ids,
            attention_mask=torch.cat(
                [torch.ones(batch, prefix_len, dtype=valid.dtype, device=device), valid], 1
            ),
            position_ids=prefix_len + torch.arange(length, device=device).expand(batch, -1),
            past_key_values=shared,
            use_cache=True,
        ).logits.float()
        logprobs = logits.log_softmax(-1)
        # token 0 is predicted by the prompt's last position, token k by position k-1
        picked = torch.cat(
            [
                first[ids[:, :1]],
                logprobs[:, :-1].gather(-1, ids[:, 1:].unsqueeze(-1)).squeeze(-1),
            ],
            1,
        )
        return [float(x) for x in (picked * valid).sum(-1)]
