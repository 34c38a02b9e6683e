"""Multi-turn GRPO in TRL on any registered env: a seeded dataset and a ``rollout_func``.

Usage (``pip install metacot-envs[trl]``)::

    dataset = episode_dataset("MetaCoT/Countdown-v0", seeds=range(1000), env_kwargs={"num_numbers": 3})
    trainer = GRPOTrainer(
        model=model, processing_class=tokenizer, args=GRPOConfig(...),
        train_dataset=dataset, rollout_func=EpisodeRollout(dataset), reward_funcs=episode_return_reward,
    )

Contract with TRL (tested against the versions in the ``trl`` extra). TRL's sampler
repeats each dataset row ``num_generations`` times, so ``rollout_func`` receives every
prompt once per generation and returns one episode per entry. It receives only the
prompt texts, not the other columns; :class:`EpisodeRollout` therefore keeps the
dataset's table from prompt to ``(env_id, seed, env_kwargs)``, resets the env with the
row's seed (so a GRPO group shares one problem) and refuses a prompt the seed no
longer produces. Each episode returns ``prompt_ids``, ``completion_ids`` (model turns
and env feedback), ``logprobs`` and ``env_mask`` (0 on env tokens: TRL leaves them out
of the loss), plus ``episode_return`` (the reward :func:`episode_return_reward` hands
back), ``solved``, ``episode_seed`` and ``env_steps``, which TRL forwards to reward
functions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from agents.episode import EpisodeRecord, play_episode
from agents.integrations.episode_env import dump_kwargs, load_kwargs, make_episode_env
from agents.integrations.generation_batcher import GenerationBatcher
from agents.integrations.token_episode import (
    StepSampling,
    TokenTranscriptPolicy,
    Transcript,
    turn_end_ids,
)
from agents.policies.llm_step import step_prompt

TESTED_TRL = ">=1.16,<1.17"
"""the TRL versions this bridge is tested against (also pinned in the ``trl`` extra)"""


@dataclass(frozen=True)
class ProblemRow:
    """What pins one dataset prompt to one problem."""

    env_id: str
    seed: int
    env_kwargs: str
    """JSON text (see :func:`~agents.integrations.episode_env.dump_kwargs`)"""


def episode_rows(
    env_id: str, seeds: Iterable[int], env_kwargs: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """One row per seed: ``prompt`` (the first observation turn), ``env_id``, ``seed``,
    ``env_kwargs`` (JSON text)."""
    kwargs = dump_kwargs(env_kwargs)
    env = make_episode_env(env_id, load_kwargs(kwargs))
    rows = []
    for seed in seeds:
        observation, info = env.reset(seed=int(seed))
        prompt = step_prompt(observation, info)
        rows.append({"prompt": prompt, "env_id": env_id, "seed": int(seed), "env_kwargs": kwargs})
    env.close()
    return rows


def episode_dataset(
    env_id: str, seeds: Iterable[int], env_kwargs: Mapping[str, Any] | None = None
) -> Any:
    """:func:`episode_rows` as a ``datasets.Dataset`` (the ``train_dataset`` of ``GRPOTrainer``)."""
    from datasets import Dataset

    return Dataset.from_list(episode_rows(env_id, seeds, env_kwargs))


class EpisodeRollout:
    """A ``rollout_func`` for ``trl.GRPOTrainer``: one multi-turn episode per prompt entry.

    ``gamma < 1`` discounts the return per env step; ``prm`` (a name in
    :data:`~agents.integrations.episode_env.PRMS`) adds potential-based PRM shaping.
    Sampling uses the trainer's ``temperature`` and ``top_p``; each model turn gets at
    most ``max_step_tokens`` and the whole completion (model and env tokens) at most
    the trainer's ``max_completion_length``, after which the episode ends unsolved.
    ``records`` keeps the :class:`~agents.episode.EpisodeRecord` of the last call. The
    episodes of one call are played concurrently, their model turns batched
    (:class:`~agents.integrations.generation_batcher.GenerationBatcher`).
    """

    def __init__(
        self,
        dataset: Iterable[Mapping[str, Any]],
        *,
        max_step_tokens: int = 24,
        gamma: float = 1.0,
        prm: str | None = None,
    ) -> None:
        self.max_step_tokens = max_step_tokens
        self.gamma = gamma
        self.prm = prm
        self.rows: dict[str, ProblemRow] = {}
        for index, item in enumerate(dataset):
            row = ProblemRow(str(item["env_id"]), int(item["seed"]), str(item["env_kwargs"]))
            known = self.rows.setdefault(str(item["prompt"]), row)
            if (known.env_id, known.env_kwargs) != (row.env_id, row.env_kwargs):
                raise ValueError(
                    f"dataset row {index}: its prompt is also the prompt of another env or "
                    f"env_kwargs ({known.env_id} {known.env_kwargs}); prompts must pin one problem"
                )
        self._stops: tuple[Any, tuple[int, ...]] | None = None
        self.records: list[EpisodeRecord] = []

    def __call__(self, prompts: list[Any], trainer: Any) -> dict[str, list[Any]]:
        model = trainer.accelerator.unwrap_model(trainer.model)
        tokenizer, args = trainer.processing_class, trainer.args
        if self._stops is None or self._stops[0] is not tokenizer:
            self._stops = (tokenizer, turn_end_ids(tokenizer))
        stops = self._stops[1]
        batcher = GenerationBatcher(
            model,
            tokenizer,
            stops,
            temperature=float(getattr(args, "temperature", 1.0)),
            top_p=float(getattr(args, "top_p", 1.0)),
        )
        budget = int(getattr(args, "max_completion_length", None) or 256)

        def episode(prompt: Any) -> tuple[EpisodeRecord, Transcript]:
            policy = TokenTranscriptPolicy(
                model,
                tokenizer,
                StepSampling(max_new_tokens=self.max_step_tokens),
                budget,
                generator=batcher.generate,
                stop_ids=stops,
            )
            return self.play(prompt, policy), policy.transcript

        played = batcher.run([functools.partial(episode, prompt) for prompt in prompts])
        self.records = [record for record, _ in played]
        return {
            "prompt_ids": [t.prompt_ids for _, t in played],
            "completion_ids": [t.completion_ids for _, t in played],
            "logprobs": [t.logprobs for _, t in played],
            "env_mask": [t.env_mask for _, t in played],
            "episode_return": [r.episode_return for r, _ in played],
            "solved": [r.solved for r, _ in played],
            "episode_seed": [r.seed for r, _ in played],
            "env_steps": [r.env_steps for r, _ in played],
        }

    def play(self, prompt: Any, policy: TokenTranscriptPolicy) -> EpisodeRecord:
        """Play the episode ``prompt`` pins with ``policy`` (in a fresh env, so episodes may
        run in parallel threads); the transcript stays on the policy."""
        if not isinstance(prompt, str) or prompt not in self.rows:
            raise ValueError(
                "rollout_func got a prompt that is not in its dataset; build EpisodeRollout "
                f"from the trainer's train_dataset (prompt starts {str(prompt)[:80]!r})"
            )
        row = self.rows[prompt]
        env = make_episode_env(
            row.env_id, load_kwargs(row.env_kwargs), gamma=self.gamma, prm=self.prm
        )
        try:
            record = play_episode(env, policy, row.seed)
        finally:
            env.close()
        if policy.first_prompt != prompt:
            raise ValueError(
                f"seed {row.seed} of {row.env_id} no longer gives its dataset prompt "
                "(the env or its kwargs changed): rebuild the dataset"
            )
        policy.close()
        return record


def episode_return_reward(
    completions: list[Any], episode_return: list[float], **_: Any
) -> list[float]:
    """The reward function to pass with :class:`EpisodeRollout`: each episode's return."""
    return [float(value) for value in episode_return]
