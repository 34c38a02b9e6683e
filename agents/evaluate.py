"""Run a policy over seeded episodes and summarize them as a results row.

Three small parts that a concurrent runner can replace one at a time:
:func:`episode_source` plays the seeds it is given (one env, :func:`play_episode` each),
a sink receives each :class:`EpisodeRecord` as it finishes (:class:`~agents.run_dir.RecordWriter`
on disk, or a list), and :func:`~agents.results.summarize` turns the records of every
planned seed into a row. :func:`run_cell` wires them to a run directory (resume,
shards, progress); :func:`evaluate` is the in-memory shortcut.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

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
) -> ResultRow | None:
    """Play the cell's missing seeds of ``shard``, appending each record to the cell.

    Returns the row once every planned seed has a record (any shard's), else None.
    """
    spec = cell.spec
    shard = shard or Shard()
    if order is not None:
        order.check(spec.episodes)
    done = cell.records()
    mine = shard.seeds(spec.seeds)
    todo = [s for s in mine if s not in done]
    resumed = [done[s] for s in mine if s in done]
    with (
        EpisodeProgress(
            label or f"{spec.eval_set or spec.env_id} {spec.agent}",
            len(mine),
            resumed=len(resumed),
            resumed_successes=sum(r.solved for r in resumed),
            bar=progress_bar,
        ) as progress,
        cell.writer(shard) as sink,
    ):
        records = episode_source(spec.env_id, policy, todo, spec.env_kwargs, order) if todo else ()
        for record in records:
            sink.write(record)
            progress.update(record)
    return cell.row()
