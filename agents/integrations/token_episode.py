"""A causal LM playing an env one step per turn, keeping the token transcript a trainer learns from.

TRL's multi-turn GRPO trains on one token sequence per episode: the prompt, then the
model's turns interleaved with the env's feedback, with a mask that is 1 on tokens
the model sampled and 0 on tokens the env wrote. :class:`TokenTranscriptPolicy` is an
ordinary :class:`~agents.policies.base.Policy`, so the episode itself is played by
:func:`agents.episode.play_episode` (the one episode loop); the policy only keeps the
ids it fed the model and the ids it sampled, so training sees exactly the tokens the
model saw, never a re-tokenization of the text.

Turn layout. The first prompt and every feedback turn are the env's observation plus
the last rejection, if any (:func:`agents.policies.llm_step.step_prompt`, the same
text :class:`~agents.policies.llm_step.LLMStepPolicy` sends). With a chat template the
turns are chat messages (user: observation, assistant: step, user: next observation,
...); the separators are read off the template once (:meth:`TurnFormat.from_tokenizer`).
Without one, turns are separated by blank lines. A model turn ends at the first
newline or end-of-sequence token; the first line of it is the step sent to the env.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import gymnasium as gym
import torch

from agents.policies.base import GIVE_UP, BasePolicy
from agents.policies.llm_step import first_line, step_prompt

Generator = Callable[[list[int], int], tuple[list[int], list[float]]]
"""``(context ids, max new tokens) -> (new ids, their log-probabilities)``: one model turn"""

_PROBE = ("\x01A\x01", "\x01B\x01", "\x01C\x01")


@dataclass(frozen=True)
class TurnFormat:
    """How the text of an episode's turns is laid out around the model's own tokens."""

    opening_prefix: str = ""
    """text before the first observation (a chat template's system and user headers)"""
    opening_suffix: str = "\n\n"
    """text after the first observation, up to where the model writes"""
    feedback_prefix: str = "\n\n"
    """text after a model turn, before the env's next observation"""
    feedback_suffix: str = "\n\n"
    """text after the env's observation, up to where the model writes"""

    @classmethod
    def from_tokenizer(cls, tokenizer: Any) -> TurnFormat:
        """Chat turns when the tokenizer has a chat template, else blank-line separated text."""
        if getattr(tokenizer, "chat_template", None) is None:
            return cls()
        a, b, c = _PROBE
        one = _render(tokenizer, [("user", a)])
        three = _render(tokenizer, [("user", a), ("assistant", b), ("user", c)])
        if one.count(a) != 1 or not (three.count(b) == three.count(c) == 1):
            return cls()  # a template that rewrites content: fall back to plain text
        before, after = one.split(a)
        return cls(
            opening_prefix=before,
            opening_suffix=after,
            feedback_prefix=three.split(b)[1].split(c)[0],
            feedback_suffix=three.split(c)[1],
        )

    def opening(self, text: str) -> str:
        """The prompt text of an episode whose first observation reads ``text``."""
        return f"{self.opening_prefix}{text}{self.opening_suffix}"

    def feedback(self, text: str, model_wrote: str = "") -> str:
        """The env's turn after a model turn; ``model_wrote`` is what the model's turn
        ended with (its end-of-sequence token), which is not repeated."""
        prefix = self.feedback_prefix
        if model_wrote and prefix.startswith(model_wrote):
            prefix = prefix[len(model_wrote) :]
        return f"{prefix}{text}{self.feedback_suffix}"


def _render(tokenizer: Any, turns: list[tuple[str, str]]) -> str:
    messages = [{"role": role, "content": content} for role, content in turns]
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    return str(text)


@dataclass
class Transcript:
    """One episode as token ids: the prompt, then model and env turns with a mask."""

    prompt_ids: list[int] = field(default_factory=list)
    completion_ids: list[int] = field(default_factory=list)
    """every token after the prompt: model turns and env feedback, in order"""
    env_mask: list[int] = field(default_factory=list)
    """1 where the model sampled the token, 0 where the env wrote it (one per completion id)"""
    logprobs: list[float] = field(default_factory=list)
    """the sampling log-probability of each model token; 0.0 on env tokens"""

    def add(self, ids: list[int], *, by_model: bool, logprobs: list[float] | None = None) -> None:
        """Append a turn."""
        self.completion_ids.extend(ids)
        self.env_mask.extend([int(by_model)] * len(ids))
        self.logprobs.extend(logprobs if logprobs is not None else [0.0] * len(ids))

    def model_turns(self) -> list[list[int]]:
        """The ids of each model turn, in order (maximal runs of mask 1)."""
        turns: list[list[int]] = []
        previous = 0
        for token, mask in zip(self.completion_ids, self.env_mask, strict=True):
            if mask and not previous:
                turns.append([])
            if mask:
                turns[-1].append(token)
            previous = mask
        return turns


@dataclass(frozen=True)
class StepSampling:
    """How one model turn is sampled."""

    max_new_tokens: int = 24
    """tokens per model turn (a step is one short line)"""
    temperature: float = 1.0
    """0 decodes greedily"""
    top_p: float = 1.0


class TokenTranscriptPolicy(BasePolicy):
    """Writes each step with a causal LM and records the episode's :class:`Transcript`.

    Ends the episode itself (``GIVE_UP``) when the completion has reached
    ``max_completion_tokens``: the trainer's budget for one sequence.
    """

    name = "token-transcript"

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        sampling: StepSampling = StepSampling(),
        max_completion_tokens: int = 256,
        turn_format: TurnFormat | None = None,
        generator: Generator | None = None,
        stop_ids: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__()
        self.model = model
        self.tokenizer = tokenizer
        self.sampling = sampling
        self.max_completion_tokens = max_completion_tokens
        self.turn_format = turn_format or TurnFormat.from_tokenizer(tokenizer)
        self.transcript = Transcript()
        self.generator = generator
        """where model turns come from (e.g. a :class:`~agents.integrations.generation_batcher.
        GenerationBatcher`); None: ``model.generate`` with ``sampling``"""
        self._stops = stop_ids
        self.first_prompt = ""
        """the text of the episode's first observation turn (before the chat wrapping)"""

    def config(self) -> dict[str, Any]:
        return {
            "model": getattr(getattr(self.model, "config", None), "_name_or_path", "?"),
            "max_new_tokens": self.sampling.max_new_tokens,
            "temperature": self.sampling.temperature,
            "top_p": self.sampling.top_p,
            "max_completion_tokens": self.max_completion_tokens,
        }

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        self.transcript = Transcript()
        self.first_prompt = ""

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        text = step_prompt(observation, info)
        transcript = self.transcript
        if not transcript.prompt_ids:
            self.first_prompt = text
            transcript.prompt_ids = self._encode(self.turn_format.opening(text))
        else:
            ended_with = self._ended_with_eos()
            transcript.add(
                self._encode(self.turn_format.feedback(text, ended_with)), by_model=False
            )
        budget = min(
            self.sampling.max_new_tokens,
            self.max_completion_tokens - len(transcript.completion_ids),
        )
        if budget <= 0:
            return GIVE_UP
        ids, logprobs = self._sample(transcript.prompt_ids + transcript.completion_ids, budget)
        transcript.add(ids, by_model=True, logprobs=logprobs)
        self.compute.tokens_generated += len(ids)
        self.compute.steps_proposed += 1
        return first_line(self.tokenizer.decode(ids, skip_special_tokens=True))

    def close(self) -> None:
        """End the transcript with end-of-sequence (an env token) unless the model wrote it."""
        eos = self.tokenizer.eos_token_id
        if eos is not None and self.transcript.completion_ids[-1:] != [eos]:
            self.transcript.add([eos], by_model=False)

    def _ended_with_eos(self) -> str:
        eos = self.tokenizer.eos_token_id
        if eos is not None and self.transcript.completion_ids[-1:] == [eos]:
            return str(self.tokenizer.eos_token)
        return ""

    def _encode(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    @torch.no_grad()
    def _sample(self, context: list[int], max_new_tokens: int) -> tuple[list[int], list[float]]:
        if self.generator is not None:
            return self.generator(context, max_new_tokens)
        device = next(self.model.parameters()).device
        input_ids = torch.tensor([context], device=device)
        greedy = self.sampling.temperature <= 0
        sampling_args: dict[str, Any] = (
            {"do_sample": False}
            if greedy
            else {
                "do_sample": True,
                "temperature": self.sampling.temperature,
                "top_p": self.sampling.top_p,
                "top_k": 0,
            }
        )
        if self._stops is None:
            self._stops = turn_end_ids(self.tokenizer)
        output = self.model.generate(
            input_ids=input_ids,
            attention_mask=torch.ones_like(input_ids),
            max_new_tokens=max_new_tokens,
            eos_token_id=list(self._stops),
            pad_token_id=self.tokenizer.pad_token_id,
            output_scores=True,
            return_dict_in_generate=True,
            **sampling_args,
        )
        new_ids = output.sequences[0, input_ids.shape[1] :]
        scores = self.model.compute_transition_scores(
            output.sequences, output.scores, normalize_logits=True
        )[0]
        return [int(t) for t in new_ids], [float(s) for s in scores[: len(new_ids)]]


def turn_end_ids(tokenizer: Any) -> tuple[int, ...]:
    """Token ids that end a model turn: end-of-sequence and every token containing a newline."""
    ids = {int(tokenizer.eos_token_id)} if tokenizer.eos_token_id is not None else set()
    ids.update(i for i in range(len(tokenizer)) if "\n" in tokenizer.decode([i]))
    return tuple(sorted(ids))
