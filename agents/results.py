"""Results rows: the schema, the success interval, provenance, JSONL I/O and the Markdown table.

A row summarizes one agent on one env over seeded episodes (a list of
:class:`~agents.episode.EpisodeRecord`); leaderboards are rendered from rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import MISSING, asdict, dataclass, fields
from pathlib import Path
from typing import Any

import metacot_envs
from agents.episode import EpisodeRecord
from metacot_envs.jsonl import read_jsonl


@dataclass(frozen=True)
class ResultRow:
    """One agent on one env: what leaderboards are rendered from."""

    env_id: str
    env_kwargs: dict[str, Any]
    """the keyword arguments the env was made with"""
    agent: str
    agent_config: dict[str, Any]
    """what identifies the agent's behaviour (model, decoding settings, scorer, ...)"""
    agent_config_hash: str
    seed: int
    """the first seed; episodes use ``seed, seed + 1, ...``"""
    episodes: int
    success_rate: float
    ci_low: float
    ci_high: float
    """95% Wilson interval of the success rate"""
    mean_steps: float
    invalid_step_rate: float
    tokens_generated: int
    env_steps: int
    wall_seconds: float
    package_version: str
    git_commit: str
    date: str
    steps_scored: int | None = None
    """candidate steps the agent scored with a model or PRM; None in rows written before it existed"""
    steps_proposed: int | None = None
    """candidate steps the agent's proposal source produced; None in older rows"""
    prm_calls: int | None = None
    """states a PRM evaluated; None in older rows"""


class RowRejected(ValueError):
    """A results row failed validation; the message names the file, line and reason."""


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a success rate (sane at 0 and 1, unlike the normal one)."""
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    denom = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def git_commit(cwd: Path | None = None) -> str:
    """The current commit (with ``+dirty`` when the tree has changes), or ``unknown``."""
    where = cwd or Path(__file__).resolve().parent
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=where,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=where,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return commit + ("+dirty" if dirty else "")


def config_hash(config: dict[str, Any]) -> str:
    """Short stable hash of an agent's configuration."""
    return hashlib.sha256(json.dumps(config, sort_keys=True, default=str).encode()).hexdigest()[:12]


def summarize(
    records: Sequence[EpisodeRecord],
    *,
    env_id: str,
    env_kwargs: dict[str, Any],
    agent: str,
    agent_config: dict[str, Any],
    seed: int,
    commit: str,
) -> ResultRow:
    """The results row of an agent's episodes (seeds ``seed, seed + 1, ...``)."""
    episodes = len(records)
    successes = sum(r.solved for r in records)
    steps = sum(r.env_steps for r in records)
    low, high = wilson_interval(successes, episodes)
    config = {"agent": agent, **agent_config}
    return ResultRow(
        env_id=env_id,
        env_kwargs=dict(env_kwargs),
        agent=agent,
        agent_config=config,
        agent_config_hash=config_hash(config),
        seed=seed,
        episodes=episodes,
        success_rate=successes / max(episodes, 1),
        ci_low=low,
        ci_high=high,
        mean_steps=steps / max(episodes, 1),
        invalid_step_rate=sum(len(r.rejected) for r in records) / max(steps, 1),
        tokens_generated=sum(r.compute.tokens_generated for r in records),
        env_steps=steps,
        wall_seconds=round(sum(r.wall_seconds for r in records), 3),
        package_version=metacot_envs.__version__,
        git_commit=commit,
        date=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        steps_scored=sum(r.compute.steps_scored for r in records),
        steps_proposed=sum(r.compute.steps_proposed for r in records),
        prm_calls=sum(r.compute.prm_calls for r in records),
    )


def format_table(rows: Sequence[ResultRow]) -> str:
    """A Markdown table of results rows (``-`` where an older row did not record a count)."""
    lines = [
        "| env | agent | episodes | success | 95% CI | mean steps | invalid steps | tokens "
        "| scored steps | wall s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.env_id} | {r.agent} | {r.episodes} | {r.success_rate:.2f} | "
            f"[{r.ci_low:.2f}, {r.ci_high:.2f}] | {r.mean_steps:.1f} | {r.invalid_step_rate:.2f} | "
            f"{r.tokens_generated} | {'-' if r.steps_scored is None else r.steps_scored} | "
            f"{r.wall_seconds:.1f} |"
        )
    return "\n".join(lines)


def append_jsonl(records: Sequence[Any], path: Path) -> None:
    """Append rows or records (dataclasses, or dicts) to a JSONL file, one object per line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        for record in records:
            data = record if isinstance(record, dict) else _as_dict(record)
            handle.write(json.dumps(data, sort_keys=True) + "\n")


def parse_row(record: Any, where: str) -> ResultRow:
    """A :class:`ResultRow` from one JSON record, or :class:`RowRejected` saying why not."""
    if not isinstance(record, dict):
        raise RowRejected(f"{where}: a row must be a JSON object")
    expected = {f.name for f in fields(ResultRow)}
    optional = {f.name for f in fields(ResultRow) if f.default is not MISSING}
    missing = sorted(expected - set(record) - optional)
    if missing:
        raise RowRejected(f"{where}: missing field(s) {missing}")
    extra = sorted(set(record) - expected)
    if extra:
        raise RowRejected(f"{where}: unknown field(s) {extra}")
    for name in ("env_kwargs", "agent_config"):
        if not isinstance(record[name], dict):
            raise RowRejected(f"{where}: {name} must be a JSON object")
    row = ResultRow(**record)
    if not 0.0 <= row.ci_low <= row.success_rate <= row.ci_high <= 1.0:
        raise RowRejected(f"{where}: success rate and interval are inconsistent")
    if row.episodes <= 0 or row.env_steps < row.episodes:
        raise RowRejected(f"{where}: needs at least one episode and one env step per episode")
    if not row.git_commit or row.git_commit == "unknown" or row.git_commit.endswith("+dirty"):
        raise RowRejected(f"{where}: a leaderboard row needs the clean commit it was produced at")
    return row


def read_rows(path: Path) -> Iterator[ResultRow]:
    """The rows of one results JSONL file; the first bad row raises :class:`RowRejected`."""
    for number, record in read_jsonl(path, RowRejected):
        yield parse_row(record, f"{path}:{number}")


def load_rows(folder: Path) -> list[ResultRow]:
    """Every row of every ``*.jsonl`` under ``folder``; the first bad row raises."""
    return [row for path in sorted(folder.glob("*.jsonl")) for row in read_rows(path)]


def _as_dict(record: Any) -> dict[str, Any]:
    to_json = getattr(record, "to_json", None)
    return to_json() if callable(to_json) else asdict(record)
