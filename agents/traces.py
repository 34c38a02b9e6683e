"""Meta-STaR data: play a search agent, keep the episodes it solved, write their Meta-CoT traces.

A record holds the question (the env's first observation), the linearized search
(``info["meta_cot"]``: every step, dead end and backtrack, one event per line), the
final chain of thought (the steps on the path to the solution) and enough provenance
(env id, kwargs, seed, agent, agent config, commit) to regenerate it.
:func:`sft_example` turns a record into a prompt/completion pair for fine-tuning.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from agents.episode import EpisodeRecord
from agents.evaluate import EpisodeFailure, EpisodeRunner, EpisodesFailed, SequentialRunner
from agents.policies.base import Policy
from agents.results import config_hash, git_commit


@dataclass(frozen=True)
class TraceRecord:
    """One episode of a search agent: question, Meta-CoT, final CoT and provenance."""

    env_id: str
    env_kwargs: dict[str, Any]
    seed: int
    agent: str
    agent_config_hash: str
    question: str
    meta_cot: list[str]
    final_cot: list[str]
    solved: bool
    actions: int
    git_commit: str


def collect_traces(
    env_id: str,
    policy: Policy,
    episodes: int,
    seed: int = 0,
    env_kwargs: dict[str, Any] | None = None,
    *,
    only_solved: bool = True,
    runner: EpisodeRunner | None = None,
) -> Iterator[TraceRecord]:
    """Play ``episodes`` seeded episodes in search mode and yield their traces.

    Search mode is switched on whatever ``env_kwargs`` say: without it there is no
    Meta-CoT to record. ``only_solved`` keeps the STaR filter: a trace is kept only
    when its episode ended in a correct state. ``runner`` plays the episodes (default:
    one after another here; threads or Ray for many at once); traces come out in seed
    order whatever order episodes finish in. When episodes fail,
    :class:`~agents.evaluate.EpisodesFailed` is raised after the traces before them.
    """
    kwargs = {**(env_kwargs or {}), **policy.env_kwargs, "search": True}
    commit = git_commit()
    agent_hash = config_hash({"agent": policy.name, **policy.config()})
    seeds = list(range(seed, seed + episodes))
    runner = runner or SequentialRunner(policy)
    finished: dict[int, EpisodeRecord] = {}
    failures: list[EpisodeFailure] = []
    for record in _in_seed_order(
        runner.play(env_id, kwargs, seeds, None), seeds, finished, failures
    ):
        if record.solved or not only_solved:
            yield TraceRecord(
                env_id=env_id,
                env_kwargs=kwargs,
                seed=record.seed,
                agent=policy.name,
                agent_config_hash=agent_hash,
                question=record.question or "",
                meta_cot=record.meta_cot or [],
                final_cot=record.final_cot,
                solved=record.solved,
                actions=record.env_steps,
                git_commit=commit,
            )

    if failures:
        raise EpisodesFailed(
            f"traces of {policy.name} on {env_id}",
            failures,
            episodes - len(failures) - len(finished),
        )


def _in_seed_order(
    outcomes: Iterator[EpisodeRecord | EpisodeFailure],
    seeds: list[int],
    finished: dict[int, EpisodeRecord],
    failures: list[EpisodeFailure],
) -> Iterator[EpisodeRecord]:
    """Records in the order of ``seeds``, as soon as every earlier seed's record is in."""
    waiting: dict[int, EpisodeRecord] = {}
    position = 0
    for outcome in outcomes:
        if isinstance(outcome, EpisodeFailure):
            failures.append(outcome)
            continue
        waiting[outcome.seed] = outcome
        while position < len(seeds) and seeds[position] in waiting:
            record = waiting.pop(seeds[position])
            finished[record.seed] = record
            position += 1
            yield record
    finished.update(waiting)


def sft_example(record: TraceRecord) -> dict[str, str]:
    """A prompt/completion pair: the question, then the search trace and the final steps."""
    completion = "\n".join(
        ["<search>", *record.meta_cot, "</search>", "Solution:", *record.final_cot]
    )
    return {"prompt": record.question, "completion": completion}
