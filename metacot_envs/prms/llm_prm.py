"""A language model as a process reward model: Φ(s) = P("Yes" | "is this reasoning correct?")."""

from __future__ import annotations

import inspect
from collections.abc import Hashable, Sequence
from typing import Any

from metacot_envs.core.task import Task

JUDGE_QUESTION = (
    "Is every step above correct, and is the reasoning on track to the right answer? "
    "Answer Yes or No."
)
"""the question appended to the state text; the score is the model's answer to it"""


class LLMPRM:
    """Scores states with a causal LM acting as a Yes/No judge (an LLM-as-PRM baseline).

    Prompt (the documented contract): ``task.format_state(state)`` (question and
    steps so far), a blank line, then :data:`JUDGE_QUESTION`; wrapped in the
    tokenizer's chat template as one user turn when it has one. Score = ``p_yes /
    (p_yes + p_no)`` where ``p_yes`` sums the next-token probabilities of the first
    token of each word in ``yes_words`` (with and without a leading space), likewise
    for ``p_no``. Prompts are scored in left-padded batches of ``batch_size``;
    longer prompts keep their last ``max_prompt_tokens`` tokens.

    Pass ``tokenizer`` and ``model`` (any transformers causal LM), or neither to
    load the bundled SmolLM2 via :func:`metacot_envs.models.load_causal_lm`.
    """

    def __init__(
        self,
        tokenizer: Any = None,
        model: Any = None,
        *,
        batch_size: int = 8,
        max_prompt_tokens: int = 1024,
        yes_words: Sequence[str] = ("Yes", "yes"),
        no_words: Sequence[str] = ("No", "no"),
    ) -> None:
        if (tokenizer is None) != (model is None):
            raise ValueError("pass both tokenizer and model, or neither for the default model")
        if tokenizer is None:
            from metacot_envs.models import load_causal_lm

            tokenizer, model = load_causal_lm()
        self.tokenizer = tokenizer
        self.model = model
        self.batch_size = int(batch_size)
        self.max_prompt_tokens = int(max_prompt_tokens)
        self._yes = _first_token_ids(tokenizer, yes_words)
        self._no = _first_token_ids(tokenizer, no_words)
        self._keeps_last_logits = "logits_to_keep" in inspect.signature(model.forward).parameters
        if set(self._yes) & set(self._no):
            raise ValueError("yes_words and no_words share a first token; choose other words")

    def prompt(self, task: Task[Any, Any, Any], state: Hashable) -> str:
        """The exact text the model reads for ``state``."""
        content = f"{task.format_state(state)}\n\n{JUDGE_QUESTION}"
        if getattr(self.tokenizer, "chat_template", None):
            messages = [{"role": "user", "content": content}]
            return str(
                self.tokenizer.apply_chat_template(
                    messages, tokenize=False, add_generation_prompt=True
                )
            )
        return f"{content}\nAnswer:"

    def score(self, task: Task[Any, Any, Any], states: Sequence[Hashable]) -> list[float]:
        prompts = [self.prompt(task, s) for s in states]
        scores: list[float] = []
        for start in range(0, len(prompts), self.batch_size):
            scores += self._score_batch(prompts[start : start + self.batch_size])
        return scores

    def _score_batch(self, prompts: list[str]) -> list[float]:
        import torch

        tokenizer = self.tokenizer
        padding_side, truncation_side = tokenizer.padding_side, tokenizer.truncation_side
        tokenizer.padding_side = tokenizer.truncation_side = "left"
        try:
            batch = tokenizer(
                prompts,
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=self.max_prompt_tokens,
                add_special_tokens=False,
            )
        finally:
            tokenizer.padding_side, tokenizer.truncation_side = padding_side, truncation_side
        mask = batch["attention_mask"]
        # With left padding the positions must still count from each prompt's first token.
        positions = (mask.cumsum(dim=1) - 1).clamp(min=0)
        inputs = {
            "input_ids": batch["input_ids"],
            "attention_mask": mask,
            "position_ids": positions,
        }
        if self._keeps_last_logits:
            inputs["logits_to_keep"] = 1  # skip the vocabulary projection at every other position
        with torch.no_grad():
            logits = self.model(**inputs).logits[:, -1, :]
        probs = torch.softmax(logits.float(), dim=-1)
        p_yes = probs[:, self._yes].sum(dim=-1)
        p_no = probs[:, self._no].sum(dim=-1)
        return [
            float(y / (y + n)) if float(y + n) > 0 else 0.5
            for y, n in zip(p_yes, p_no, strict=True)
        ]


def _first_token_ids(tokenizer: Any, words: Sequence[str]) -> list[int]:
    ids: list[int] = []
    for word in words:
        for variant in (word, " " + word):
            encoded = tokenizer.encode(variant, add_special_tokens=False)
            # a tokenizer that splits off the space would map every " word" to one shared token
            if encoded and tokenizer.decode(encoded[:1]).strip() and encoded[0] not in ids:
                ids.append(int(encoded[0]))
    if not ids:
        raise ValueError(f"none of {list(words)} maps to a token")
    return ids
