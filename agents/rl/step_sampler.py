"""One reasoning step from a causal LM, as tokens: the action of step-level PPO.

Training and the trained agent share this code, so the agent evaluated is exactly the
policy trained: the same prompt, and the same rule for where a step ends (the first
line with text, cut after the token that completes it, or at end-of-sequence). The
tokens kept are the action whose probability PPO changes.

With :class:`LegalSteps` a step is decoded under a constraint: at each token only the
tokens that continue some legal step are allowed (a prefix tree over the legal steps'
tokens, each closed by end-of-sequence), so the policy is the model's distribution
restricted to the env's legal steps, token by token. The allowed sets are kept with
the step (``SampledStep.allowed``) so that PPO scores the step under the same restriction
(:func:`agents.rl.step_loss.score_steps`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch
from transformers import StoppingCriteria, StoppingCriteriaList

from agents.policies.llm_step import INSTRUCTION

MAX_LEGAL_LISTED = 40
"""at most this many legal steps are listed in a prompt"""


@dataclass(frozen=True)
class SampledStep:
    """One generated step: the prompt and response tokens, and the text played."""

    prompt_ids: tuple[int, ...]
    response_ids: tuple[int, ...]
    """generated tokens up to and including the one that ends the step"""
    text: str
    """the step played: the first non-empty line of the response, stripped"""
    allowed: tuple[tuple[int, ...], ...] | None = None
    """for a constrained step, the tokens that were allowed at each response position"""


class LegalSteps:
    """The legal steps of one state as a prefix tree of token ids, for constrained decoding.

    Each step's tokens (no special tokens added) are closed by ``end_id``, so no legal
    step is a prefix of another and a finished step ends exactly where the env's would.
    A finished step is played as the legal step's own text (:meth:`text`), not a decoding
    of its tokens, which some tokenizers space or normalise differently.
    """

    def __init__(self, tokenizer: Any, steps: Sequence[str], end_id: int) -> None:
        self.end_id = end_id
        self.children: dict[tuple[int, ...], set[int]] = {}
        self.steps: dict[tuple[int, ...], str] = {}
        self.longest = 0
        for step in steps:
            ids = [*tokenizer(str(step), add_special_tokens=False)["input_ids"], end_id]
            self.steps.setdefault(tuple(ids), str(step))
            self.longest = max(self.longest, len(ids))
            for k, token in enumerate(ids):
                self.children.setdefault(tuple(ids[:k]), set()).add(int(token))

    def allowed(self, prefix: Sequence[int]) -> tuple[int, ...]:
        """Tokens that may follow ``prefix`` (only ``end_id`` once a step is complete or left)."""
        return tuple(sorted(self.children.get(tuple(prefix), {self.end_id})))

    def text(self, response: Sequence[int]) -> str | None:
        """The legal step these tokens spell (None if they spell none)."""
        return self.steps.get(tuple(response))


def step_prompt_text(observation: Any, info: dict[str, Any], show_legal_steps: bool) -> str:
    """The user message for one step: observation, last rejection, legal steps (if shown), instruction."""
    parts = [str(observation)]
    if info.get("error"):
        parts.append(f"Your last step was rejected: {info['error']}")
    legal = info.get("legal_steps") if show_legal_steps else None
    if legal:
        listed = list(legal[:MAX_LEGAL_LISTED])
        more = len(legal) - len(listed)
        parts.append(
            "Legal steps: " + ", ".join(listed) + (f" (and {more} more)" if more > 0 else "")
        )
    parts.append(INSTRUCTION)
    return "\n\n".join(parts)


class _StepEnd(StoppingCriteria):
    """Stops each row once its new text holds a non-empty line followed by a newline."""

    def __init__(self, sampler: StepSampler, prompt_length: int) -> None:
        self.sampler = sampler
        self.prompt_length = prompt_length

    def __call__(self, input_ids: torch.Tensor, scores: Any, **kwargs: Any) -> torch.Tensor:
        rows = input_ids[:, self.prompt_length :].tolist()
        done = [self.sampler.step_length(row) is not None for row in rows]
        return torch.tensor(done, dtype=torch.bool, device=input_ids.device)


class StepSampler:
    """Builds step prompts and samples steps from a transformers causal LM.

    ``chat=True`` renders the prompt with the tokenizer's chat template when it has one
    (SmolLM2-Instruct does; the tiny test model does not). Prompts longer than
    ``max_prompt_tokens`` keep their end.
    """

    def __init__(
        self,
        tokenizer: Any,
        model: Any,
        *,
        show_legal_steps: bool = True,
        max_prompt_tokens: int = 768,
        chat: bool = True,
    ) -> None:
        self.tokenizer = tokenizer
        self.model = model
        self.show_legal_steps = show_legal_steps
        self.max_prompt_tokens = max_prompt_tokens
        self.chat = chat and getattr(tokenizer, "chat_template", None) is not None
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        self.pad_id = int(tokenizer.pad_token_id)
        self.eos_id = None if tokenizer.eos_token_id is None else int(tokenizer.eos_token_id)

    def encode_prompt(self, observation: Any, info: dict[str, Any]) -> tuple[int, ...]:
        """Token ids of the prompt for the next step."""
        text = step_prompt_text(observation, info, self.show_legal_steps)
        if self.chat:
            messages = [{"role": "user", "content": text}]
            text = str(
                self.tokenizer.apply_chat_template(
                    messages, tokenize=False, add_generation_prompt=True
                )
            )
        ids = list(self.tokenizer(text, add_special_tokens=not self.chat)["input_ids"])
        return tuple(ids[-self.max_prompt_tokens :])

    def legal_steps(self, info: dict[str, Any]) -> LegalSteps | None:
        """The constraint for a state whose ``info`` lists legal steps (None when it lists none)."""
        steps = info.get("legal_steps")
        if not steps:
            return None
        end = self.eos_id if self.eos_id is not None else self.pad_id
        return LegalSteps(self.tokenizer, [str(step) for step in steps], end)

    def step_length(self, response: Sequence[int]) -> int | None:
        """How many response tokens make the step, or None if the step is not finished yet."""
        seen_text = False
        for index, token in enumerate(response):
            if token == self.eos_id:
                return index + 1
            piece = self.tokenizer.decode([token], skip_special_tokens=True)
            if "\n" in piece:
                before, _, _ = piece.partition("\n")
                if seen_text or before.strip():
                    return index + 1
            if piece.strip():
                seen_text = True
        return None

    def step_text(self, response: Sequence[int]) -> str:
        """The first non-empty line of the decoded response, stripped."""
        text: str = self.tokenizer.decode(list(response), skip_special_tokens=True)
        for line in text.splitlines():
            if line.strip():
                return line.strip()
        return text.strip()

    @torch.no_grad()
    def sample(
        self,
        prompts: Sequence[Sequence[int]],
        *,
        temperature: float,
        max_new_tokens: int,
        seed: int | None = None,
        batch_size: int = 16,
        legal: Sequence[LegalSteps | None] | None = None,
    ) -> list[SampledStep]:
        """One step per prompt; ``temperature=0`` decodes greedily.

        ``legal`` (one entry per prompt) restricts a prompt's step to its legal steps;
        ``None`` entries decode freely. A constrained step may use more than
        ``max_new_tokens`` tokens when its longest legal step needs them.
        """
        if seed is not None:
            torch.manual_seed(seed)
        constraints: list[LegalSteps | None] = (
            list(legal) if legal is not None else [None] * len(prompts)
        )
        if len(constraints) != len(prompts):
            raise ValueError(f"{len(constraints)} legal-step entries for {len(prompts)} prompts")
        out: list[SampledStep] = []
        for start in range(0, len(prompts), batch_size):
            chunk = [tuple(p) for p in prompts[start : start + batch_size]]
            rules = constraints[start : start + batch_size]
            out += self._sample_chunk(chunk, temperature, max_new_tokens, rules)
        return out

    def _sample_chunk(
        self,
        prompts: list[tuple[int, ...]],
        temperature: float,
        max_new_tokens: int,
        legal: list[LegalSteps | None],
    ) -> list[SampledStep]:
        width = max(len(p) for p in prompts)
        ids = torch.tensor([[self.pad_id] * (width - len(p)) + list(p) for p in prompts])
        mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts])
        options: dict[str, Any] = {"do_sample": temperature > 0}
        if temperature > 0:
            # the raw softmax at this temperature, nothing else: the distribution PPO scores
            options.update(temperature=temperature, top_k=0, top_p=1.0)
        if any(rule is not None for rule in legal):
            every = list(range(int(self.model.config.vocab_size)))

            def allowed(row: int, sequence: torch.Tensor) -> list[int]:
                rule = legal[row]
                return every if rule is None else list(rule.allowed(sequence[width:].tolist()))

            options["prefix_allowed_tokens_fn"] = allowed
            longest = max(rule.longest for rule in legal if rule is not None)
            max_new_tokens = max(max_new_tokens, longest)
        result = self.model.generate(
            input_ids=ids,
            attention_mask=mask,
            max_new_tokens=max_new_tokens,
            pad_token_id=self.pad_id,
            stopping_criteria=StoppingCriteriaList([_StepEnd(self, width)]),
            **options,
        )
        steps = []
        for prompt, row, rule in zip(prompts, result[:, width:].tolist(), legal, strict=True):
            length = self.step_length(row) or len(row)
            response = tuple(row[:length])
            sets, text = None, None
            if rule is not None:
                sets = tuple(rule.allowed(response[:k]) for k in range(len(response)))
                text = rule.text(response)
            text = self.step_text(response) if text is None else text
            steps.append(SampledStep(prompt, response, text, sets))
        return steps
