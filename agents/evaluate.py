"""Run a policy over seeded episodes and summarize them as a results row.

Three small parts that a concurrent runner can replace one at a time:
:func:`episode_source` plays the seeds it is given (one env, :func:`play_episode` each),
a sink receives each :class:`EpisodeRecord` as it finishes (:class:`~agents.run_dir.RecordWriter`
on disk, or a list), and :func:`~agents.results.summarize` turns the records of every
planned seed into a row. :func:`run_cell` wires them to a run directory (resume,
shards, progress); :func:`evaluate` is the in-memory shortcut.

Who plays the episodes is an :class:`EpisodeRunner`: :class:`SequentialRunner` (one
env, one policy, in this thread), :class:`~agents.distributed.threads.ThreadRunner`
(many at once against a served model) or :class:`~agents.distributed.ray_runner.RayRunner`
(a Ray cluster). Runners yield outcomes in any order; the cell keys records by seed, so
its row does not depend on the order. An episode that raises (a backend that went
away, a crashed worker) is an :class:`EpisodeFailure`, never a record: the runner
stops starting new episodes, :func:`run_cell` writes the records that did finish and
raises :class:`EpisodesFailed`, and the cell stays incomplete, so the same command
resumes it once the cause is fixed. A failure is never counted as an unsolved episode.
``NotImplementedError`` is not an episode failure: it says the agent cannot play this
env at all (a checkpoint of another shape, a server that cannot score), and every
runner lets it through, so callers skip the cell as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import gymnasium as gym
import numpy as np

from agents.episode import EpisodeRecord, play_episode
from agents.policies.base import Policy
from agents.progress import EpisodeProgress
from agents.results import ResultRow, git_commit, summarize
from agents.run_dir import CellSpec, RunCell, Shard


class ProblemOrder:
    """Which problem each seed plays: the env's own draw, or a fixed list in a seeded order."""

    def __init__(self, first_seed: int, problems: Sequence[Any] | None = None) -> None:
        self.first_seed = first_seed
        self.problems = problems
        self._perm = (
            None
            if problems is None
            else np.random.default_rng(first_seed).permutation(len(problems))
        )

    @property
    def name(self) -> str:
        """``seeded`` or ``enumerated`` (the row's ``problem_order``)."""
        return "seeded" if self.problems is None else "enumerated"

    def check(self, episodes: int) -> None:
        """``ValueError`` when a fixed list has fewer problems than episodes."""
        if self.problems is not None and episodes > len(self.problems):
            raise ValueError(
                f"the set has {len(self.problems)} problems; {episodes} episodes would repeat them"
            )

    def options(self, seed: int) -> dict[str, Any] | None:
        """The reset options of ``seed``'s episode (None: the env draws from the seed)."""
        if self.problems is None or self._perm is None:
            return None
        return {"problem": self.problems[int(self._perm[seed - self.first_seed])]}


def make_env(env_id: str, policy: Policy, env_kwargs: dict[str, Any] | None) -> gym.Env[Any, Any]:
    """The env ``env_id`` with ``env_kwargs`` plus what the policy needs (``policy.env_kwargs``)."""
    return gym.make(env_id, **{**(env_kwargs or {}), **policy.env_kwargs})


def episode_source(
    env_id: str,
    policy: Policy,
    seeds: Iterable[int],
    env_kwargs: dict[str, Any] | None = None,
    order: ProblemOrder | None = None,
) -> Iterator[EpisodeRecord]:
    """Play one episode per seed (in order, one env) and yield each record as it finishes."""
    env = make_env(env_id, policy, env_kwargs)
    try:
        for seed in seeds:
            options = order.options(seed) if order is not None else None
            yield play_episode(env, policy, seed, options=options)
    finally:
        env.close()


@dataclass(frozen=True)
class EpisodeFailure:
    """An episode that raised instead of finishing: its seed and the error, as text."""

    seed: int
    error: str

    @classmethod
    def of(cls, seed: int, exc: BaseException) -> EpisodeFailure:
        """The failure of ``seed`` with ``exc``'s type and message."""
        return cls(seed, f"{type(exc).__name__}: {exc}"[:2000])


class EpisodesFailed(RuntimeError):
    """Some episodes of a cell failed; their records are missing, so the cell can resume."""

    def __init__(self, label: str, failures: Sequence[EpisodeFailure], not_started: int) -> None:
        self.failures = sorted(failures, key=lambda f: f.seed)
        self.not_started = not_started
        first = self.failures[0]
        super().__init__(
            f"{label}: {len(self.failures)} episode(s) failed (seeds "
            f"{', '.join(str(f.seed) for f in self.failures[:10])}"
            f"{', ...' if len(self.failures) > 10 else ''}) and {not_started} were not played; "
            f"first error: seed {first.seed}: {first.error}. Their records are missing, not "
            "zeros: run the same command again to play them."
        )


class EpisodeRunner(Protocol):
    """Plays seeds of one env setting and yields each outcome (record or failure) as it ends."""

    def play(
        self,
        env_id: str,
        env_kwargs: dict[str, Any],
        seeds: Sequence[int],
        order: ProblemOrder | None,
    ) -> Iterator[EpisodeRecord | EpisodeFailure]: ...


class SequentialRunner:
    """One env and one policy in the calling thread, seeds in order; stops at the first failure."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy

    def play(
        self,
        env_id: str,
        env_kwargs: dict[str, Any],
        seeds: Sequence[int],
        order: ProblemOrder | None,
    ) -> Iterator[EpisodeRecord | EpisodeFailure]:
        env = make_env(env_id, self.policy, env_kwargs)
        try:
            for seed in seeds:
                options = order.options(seed) if order is not None else None
                try:
                    yield play_episode(env, self.policy, seed, options=options)
                except NotImplementedError:  # the agent cannot play this env at all: not a failure
                    raise
                except Exception as exc:  # reported by run_cell, never recorded as a result
                    yield EpisodeFailure.of(seed, exc)
                    return
        finally:
            env.close()


def run_episodes(
    env_id: str,
    policy: Policy,
    episodes: int,
    seed: int = 0,
    env_kwargs: dict[str, Any] | None = None,
) -> list[EpisodeRecord]:
    """Play ``episodes`` episodes with seeds ``seed, seed+1, ...``; the env gets the policy's needs."""
    return list(episode_source(env_id, policy, range(seed, seed + episodes), env_kwargs))


def evaluate(
    env_id: str,
    policy: Policy,
    episodes: int,
    seed: int = 0,
    env_kwargs: dict[str, Any] | None = None,
) -> ResultRow:
    """Play ``episodes`` seeded episodes in memory and summarize them (kwargs, config, commit)."""
    kwargs = {**(env_kwargs or {}), **policy.env_kwargs}
    commit = git_commit()  # at the start: the code that runs is the code loaded now
    records = run_episodes(env_id, policy, episodes, seed, kwargs)
    return summarize(
        records,
        env_id=env_id,
        env_kwargs=kwargs,
        agent=policy.name,
        agent_config=policy.config(),
        seed=seed,
        commit=commit,
    )


def cell_spec(
    env_id: str,
    policy: Policy,
    episodes: int,
    seed: int,
    env_kwargs: dict[str, Any] | None = None,
    order: ProblemOrder | None = None,
    eval_set: str | None = None,
) -> CellSpec:
    """What a cell of ``policy`` on ``env_id`` runs (the env kwargs include the policy's needs)."""
    return CellSpec(
        env_id=env_id,
        env_kwargs={**(env_kwargs or {}), **policy.env_kwargs},
        agent=policy.name,
        agent_config=policy.config(),
        seed=seed,
        episodes=episodes,
        problem_order="seeded" if order is None else order.name,
        eval_set=eval_set,
    )


def run_cell(
    cell: RunCell,
    policy: Policy,
    shard: Shard | None = None,
    order: ProblemOrder | None = None,
    label: str | None = None,
    progress_bar: bool | None = None,
    runner: EpisodeRunner | None = None,
) -> ResultRow | None:
    """Play the cell's missing seeds of ``shard``, appending each record to the cell.

    Returns the row once every planned seed has a record (any shard's), else None.
    ``runner`` plays the episodes (default: :class:`SequentialRunner` of ``policy``);
    when some fail, the finished ones are kept and :class:`EpisodesFailed` is raised.
    """
    spec = cell.spec
    shard = shard or Shard()
    if order is not None:
        order.check(spec.episodes)
    done = cell.records()
    mine = shard.seeds(spec.seeds)
    todo = [s for s in mine if s not in done]
    resumed = [done[s] for s in mine if s in done]
    label = label or f"{spec.eval_set or spec.env_id} {spec.agent}"
    runner = runner or SequentialRunner(policy)
    failures: list[EpisodeFailure] = []
    finished = 0
    with (
        EpisodeProgress(
            label,
            len(mine),
            resumed=len(resumed),
            resumed_successes=sum(r.solved for r in resumed),
            bar=progress_bar,
        ) as progress,
        cell.writer(shard) as sink,
    ):
        outcomes = runner.play(spec.env_id, spec.env_kwargs, todo, order) if todo else ()
        for outcome in outcomes:
            if isinstance(outcome, EpisodeFailure):
                failures.append(outcome)
                continue
            finished += 1
            sink.write(outcome)
            progress.update(outcome)
    if failures:
        raise EpisodesFailed(label, failures, len(todo) - finished - len(failures))
    return cell.row()
