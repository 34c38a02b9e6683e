"""Hugging Face transformers backend: batched generation and scoring on CPU or GPU, offline."""

from __future__ import annotations

import copy
import inspect
import platform
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from transformers import StoppingCriteria

from agents.backends.base import Backend, Completion, RenderedPrompt, cut_at_stop
from metacot_envs.models import MODEL_DTYPES, load_causal_lm

BUNDLED_MODEL_DTYPE = "bfloat16"
"""what ``dtype="auto"`` gives the bundled SmolLM2 on a CPU with BF16 instructions (the model
was trained in bfloat16); without them it gets float32 (:func:`auto_dtype`).
``python benchmarks/bench_generation.py dtype`` on 2 CPU cores of an AMD EPYC *with* AVX-512
BF16 (none for FP16): bfloat16 ran 1.6-2.7x faster than float32 on every task (one greedy
sequence, 8 sampled branches, ranking 30 steps after a short and a long prompt); float16 was
1.1-3.3x *slower*. On an AMD EPYC with AVX2 only, bfloat16 ranked steps several times *slower*
than float32 (``benchmarks/RESULTS.md``, "SmolLM2 weight dtype on CPU"), which is why ``auto``
asks the CPU. bfloat16 is a different numeric model: greedy text matched float32 on 2 of 4
task prompts, and scores of 36 ranked steps moved by up to 0.37 nats (rank correlation 0.993,
same top step)."""


def cpu_has_bf16(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether this CPU computes in bfloat16 natively: x86 AVX-512 BF16 or AMX (as torch
    detects them), or Arm's BF16 extension (the ``bf16`` feature of ``/proc/cpuinfo``).

    Without such instructions torch emulates bfloat16 arithmetic, which costs more than the
    halved memory traffic saves. Unknown platforms answer False (float32 is the safe side).
    """
    for probe in ("_is_avx512_bf16_supported", "_is_amx_tile_supported"):
        check = getattr(torch.cpu, probe, None)
        if check is not None and check():
            return True
    if platform.machine().lower() not in ("aarch64", "arm64"):
        return False
    try:
        lines = cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    return any(
        line.lower().startswith("features") and "bf16" in line.split(":", 1)[-1].split()
        for line in lines
    )


def auto_dtype() -> str:
    """The dtype ``dtype="auto"`` gives the bundled model on this machine:
    :data:`BUNDLED_MODEL_DTYPE` where :func:`cpu_has_bf16`, else ``"float32"``."""
    return BUNDLED_MODEL_DTYPE if cpu_has_bf16() else "float32"


class TransformersBackend(Backend):
    """Generation and scoring with a transformers causal LM.

    ``model=None`` loads the bundled SmolLM2-135M-Instruct GGUF (no download); a
    path loads a local checkpoint or ``.gguf`` file; or pass ``tokenizer`` and
    ``model`` objects directly (e.g. a tiny model built from a config in a test).
    ``chat=True`` wraps prompts in the tokenizer's chat template when it has one.
    Sampling ``n`` branches of one prompt runs them as one batch with
    ``num_return_sequences``, so the prompt is tokenized and padded once.
    Generation stops as soon as every sequence of a batch has produced a stop string
    (or EOS), not at ``max_new_tokens``.

    Thread safety: a fast tokenizer keeps its padding and truncation settings on one
    shared object that each call rewrites, so two threads encoding at once can strip
    each other's padding (``metacot serve`` counted prompt tokens on its event loop while
    its backend thread encoded a padded batch, and lost requests to it). Every encode
    here holds one lock; code outside the backend should count tokens with
    :meth:`count_prompt_tokens` rather than call ``self.tokenizer`` itself.

    ``dtype``: ``"auto"`` runs the bundled model in bfloat16 on a CPU with BF16 instructions
    and in float32 elsewhere (:func:`auto_dtype`), and any other checkpoint in the dtype it
    loads with; ``"float32"``, ``"float16"`` or
    ``"bfloat16"`` force one; ``None`` keeps what the loader gives. Ignored for a
    passed ``model_object``. The dtype is part of :meth:`identity`, so rows from
    different dtypes never share a config hash.
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
        dtype: str | None = "auto",
    ) -> None:
        if (tokenizer_object is None) != (model_object is None):
            raise ValueError("pass both tokenizer_object and model_object, or neither")
        if dtype is not None and dtype != "auto" and dtype not in MODEL_DTYPES:
            raise ValueError(
                f"dtype must be 'auto', one of {', '.join(MODEL_DTYPES)} or None, not {dtype!r}"
            )
        if model_object is None:
            self.model_name = model or "smollm2-135m-instruct"
            if dtype == "auto":
                dtype = auto_dtype() if model is None else None
            tokenizer_object, model_object = load_causal_lm(model, dtype)
        else:
            self.model_name = type(model_object).__name__
        self.tokenizer = tokenizer_object
        self.model = model_object
        self.chat = chat and getattr(self.tokenizer, "chat_template", None) is not None
        self.batch_size = batch_size
        self.max_prompt_tokens = max_prompt_tokens
        self.tokenizer.padding_side = "left"
        self._tokenizer_lock = threading.Lock()
        # transformers 5 renamed the forward's key/value cache argument (and output field)
        forward_args = inspect.signature(self.model.forward).parameters
        self._cache_arg = "cache" if "cache" in forward_args else "past_key_values"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token

    @property
    def dtype(self) -> str:
        """The weights' dtype, e.g. ``"float16"``."""
        return str(self.model.dtype).removeprefix("torch.")

    def identity(self) -> dict[str, Any]:
        return {**super().identity(), "dtype": self.dtype}

    def render_conversation(self, messages: Sequence[tuple[str, str]]) -> RenderedPrompt:
        """``(role, content)`` turns as one prompt, ready for the model's next reply.

        With a chat template: the template's rendering with the generation prompt. Without
        one (``chat=False`` or a tokenizer that has none): one ``role: content`` line per
        turn and a final ``assistant:`` line, the plain-text convention of base models.
        """
        if not self.chat:
            lines = [f"{role}: {content}" for role, content in messages]
            return RenderedPrompt("\n".join([*lines, "assistant:"]))
        turns = [{"role": role, "content": content} for role, content in messages]
        return RenderedPrompt(
            self.tokenizer.apply_chat_template(turns, tokenize=False, add_generation_prompt=True)
        )

    def _render(self, prompt: str) -> str:
        if not self.chat or isinstance(prompt, RenderedPrompt):
            return str(prompt)
        messages = [{"role": "user", "content": prompt}]
        return str(
            self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        )

    def _encode(self, texts: list[str]) -> dict[str, torch.Tensor]:
        # Keep the end of long prompts: the latest reasoning steps matter most.
        with self._tokenizer_lock:
            self.tokenizer.truncation_side = "left"
            batch = self.tokenizer(
                texts,
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=self.max_prompt_tokens,
            )
        return {k: v.to(self.model.device) for k, v in batch.items()}

    def _ids(self, text: str, add_special_tokens: bool = True) -> list[int]:
        with self._tokenizer_lock:
            return list(self.tokenizer(text, add_special_tokens=add_special_tokens)["input_ids"])

    def count_prompt_tokens(self, prompt: str) -> int:
        """How many tokens ``prompt`` is once rendered as :meth:`generate` renders it.

        Safe to call from any thread while another generates (it takes the tokenizer lock).
        """
        return len(self._ids(self._render(prompt)))

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
            if any(stop):
                prompt_len = inputs["input_ids"].shape[1]
                options["stopping_criteria"] = [_StopStrings(self.tokenizer, stop, prompt_len)]
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
        prefix = self._ids(text)
        if len(prefix) > self.max_prompt_tokens:  # keep the end, as generate() does
            prefix = prefix[-self.max_prompt_tokens :]
            text = self.tokenizer.decode(prefix)
        suffixes = [self._suffix_ids(text, prefix, c) for c in continuations]
        device = self.model.device
        out = self.model(input_ids=torch.tensor([prefix], device=device), use_cache=True)
        cache = out.cache if self._cache_arg == "cache" else out.past_key_values
        first = out.logits[0, -1].float().log_softmax(-1)
        scores: list[float] = []
        chunk = max(1, 8 * self.batch_size)
        for start in range(0, len(suffixes), chunk):
            part = suffixes[start : start + chunk]
            scores += self._score_suffixes(cache, first, len(prefix), part)
        return scores

    def _suffix_ids(self, text: str, prefix: list[int], continuation: str) -> list[int]:
        joint = self._ids(text + continuation)
        if joint[: len(prefix)] == prefix and len(joint) > len(prefix):
            return joint[len(prefix) :]
        return self._ids(continuation, add_special_tokens=False) or [self.tokenizer.eos_token_id]

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
            **{self._cache_arg: shared},
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


class _StopStrings(StoppingCriteria):
    """Marks a sequence finished once its generated text contains a stop string.

    The text is decoded the way :meth:`TransformersBackend.generate` decodes it, so a
    sequence stops exactly where :func:`cut_at_stop` will cut it (and never on a stop
    string that straddles the prompt's end).
    """

    def __init__(self, tokenizer: Any, stop: Sequence[str], prompt_len: int) -> None:
        self.tokenizer = tokenizer
        self.stop = [marker for marker in stop if marker]
        self.prompt_len = prompt_len

    def __call__(self, input_ids: torch.Tensor, scores: Any, **kwargs: Any) -> torch.Tensor:
        texts = self.tokenizer.batch_decode(
            input_ids[:, self.prompt_len :], skip_special_tokens=True
        )
        done = [any(marker in text for marker in self.stop) for text in texts]
        return torch.tensor(done, dtype=torch.bool, device=input_ids.device)
