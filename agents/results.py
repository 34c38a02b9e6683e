"""Results rows: the schema, the success interval, provenance, summaries, JSONL output and a table.

A row summarizes one agent on one env over seeded episodes (a list of
:class:`~agents.episode.EpisodeRecord`); leaderboards are rendered from rows. The
schema is :class:`ResultRow`: each field's metadata holds its description and its
JSON Schema constraints, from which :func:`row_json_schema` builds
``leaderboards/row.schema.json`` (a test keeps the file equal to it) and which
:mod:`agents.row_validation` checks with messages naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import subprocess
from collections.abc import Sequence
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import metacot_envs
from agents.episode import EpisodeRecord

SHA_PATTERN = "^[0-9a-f]{40}$"
AGENT_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:+=@()-]{0,79}$"
"""agent names: no spaces, ``|``, newlines or markup, so they sit safely in a Markdown table"""
ENV_ID_PATTERN = "^([A-Za-z_][A-Za-z0-9_.]*:)?[A-Za-z][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+-v[0-9]+$"
DATE_PATTERN = (
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"
)
PROBLEM_ORDERS = ("seeded", "enumerated")


def _field(description: str, default: Any = MISSING, **schema: Any) -> Any:
    return field(default=default, metadata={"description": description, **schema})


@dataclass(frozen=True)
class ResultRow:
    """One agent on one env over seeded episodes: what leaderboards are rendered from."""

    env_id: str = _field(
        "registered env id (or module:Id) the episodes ran on", pattern=ENV_ID_PATTERN
    )
    env_kwargs: dict[str, Any] = _field("keyword arguments the env was made with")
    agent: str = _field("the agent's name", pattern=AGENT_PATTERN)
    agent_config: dict[str, Any] = _field(
        "what identifies the agent's behaviour (model, decoding settings, scorer, ...)"
    )
    agent_config_hash: str = _field(
        "config_hash(agent_config): first 12 hex digits of its sorted-key JSON's SHA-256",
        pattern="^[0-9a-f]{12}$",
    )
    seed: int = _field("the first seed; episode i resets with seed + i", minimum=0)
    episodes: int = _field("episodes played", minimum=1)
    success_rate: float = _field("share of episodes that ended correct", minimum=0, maximum=1)
    ci_low: float = _field("95% Wilson interval of the success rate: low end", minimum=0, maximum=1)
    ci_high: float = _field("95% Wilson interval: high end", minimum=0, maximum=1)
    mean_steps: float = _field("env steps per episode (env_steps / episodes)", minimum=0)
    invalid_step_rate: float = _field("share of env steps the env rejected", minimum=0, maximum=1)
    tokens_generated: int = _field("tokens a model generated, all episodes", minimum=0)
    env_steps: int = _field(
        "env steps, all episodes (rejected steps and backtracks too)", minimum=1
    )
    wall_seconds: float = _field("wall-clock seconds of the episodes, summed", minimum=0)
    package_version: str = _field(
        "metacot-envs version", pattern="^[0-9]+(\\.[0-9]+)*[A-Za-z0-9.+-]*$"
    )
    git_commit: str = _field("the clean commit the run started at (40 hex)", pattern=SHA_PATTERN)
    date: str = _field("when the row was written (ISO 8601 with time zone)", pattern=DATE_PATTERN)
    steps_scored: int | None = _field(
        "candidate steps scored by a model or PRM; absent in rows written before it existed",
        default=None,
        minimum=0,
    )
    steps_proposed: int | None = _field(
        "candidate steps a proposal source produced; absent in older rows", default=None, minimum=0
    )
    prm_calls: int | None = _field(
        "states a process reward model evaluated; absent in older rows", default=None, minimum=0
    )
    problem_order: str = _field(
        "seeded: the env draws episode i's problem from seed + i; enumerated: episode i plays "
        "problem perm[i] of the eval set's fixed list, perm = "
        "numpy.random.default_rng(seed).permutation(len(list))",
        default="seeded",
        enum=list(PROBLEM_ORDERS),
    )
    eval_set: str | None = _field(
        "the named evaluation set (agents/eval_sets.py) the row ran on; absent in older rows",
        default=None,
        pattern="^[a-z0-9][a-z0-9.-]{0,39}$",
    )

    def to_json(self) -> dict[str, Any]:
        """The row as a JSON object (optional fields left out while unset)."""
        data = asdict(self)
        return {k: v for k, v in data.items() if v is not None}

    @property
    def successes(self) -> int:
        """Episodes that ended correct."""
        return round(self.success_rate * self.episodes)


REQUIRED_FIELDS = tuple(f.name for f in fields(ResultRow) if f.default is MISSING)
OPTIONAL_FIELDS = tuple(f.name for f in fields(ResultRow) if f.default is not MISSING)


def row_json_schema() -> dict[str, Any]:
    """The JSON Schema of a results row, built from :class:`ResultRow`'s fields and metadata.

    Cross-field rules a JSON Schema cannot state (the interval is the Wilson interval
    of the success count, ``mean_steps = env_steps / episodes``, the config hash
    matches, the env id is registered) are listed in ``$comment`` and checked by
    :mod:`agents.row_validation`.
    """
    properties: dict[str, Any] = {}
    for f in fields(ResultRow):
        kind = _json_type(f.type)
        spec: dict[str, Any] = {"description": f.metadata["description"], "type": kind}
        spec.update({k: v for k, v in f.metadata.items() if k != "description"})
        if f.default is not MISSING and f.default is not None:
            spec["default"] = f.default
        properties[f.name] = spec
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "metacot-envs results row",
        "description": "One agent on one env over seeded episodes; one JSON object per line "
        "of leaderboards/results/*.jsonl. Schema generated from agents/results.py: ResultRow.",
        "$comment": "Also checked by agents/row_validation.py: no duplicate keys, NaN or "
        "Infinity; success_rate * episodes is a whole number of successes and [ci_low, "
        "ci_high] is its 95% Wilson interval; mean_steps = env_steps / episodes; env_steps >= "
        "episodes; agent_config_hash = config_hash(agent_config); env_id is registered; "
        "date is a real date; files are UTF-8 and at most 10 MB.",
        "type": "object",
        "required": list(REQUIRED_FIELDS),
        "additionalProperties": False,
        "properties": properties,
    }


def _json_type(annotation: Any) -> str | list[str]:
    text = str(annotation).replace(" ", "")
    base = {"str": "string", "int": "integer", "float": "number", "dict[str,Any]": "object"}
    if text.endswith("|None"):
        return [base[text.removesuffix("|None")], "null"]
    return base[text]


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
    commit = _git(["rev-parse", "HEAD"], where)
    if commit is None:
        return "unknown"
    dirty = _git(["status", "--porcelain", "--untracked-files=no"], where)
    return commit + ("+dirty" if dirty else "")


def code_fingerprint(cwd: Path | None = None) -> str:
    """The commit plus, for a dirty tree, a hash of ``git diff HEAD``: what code actually runs.

    Resuming a run directory checks it, so records made by other code are not mixed in.
    """
    where = cwd or Path(__file__).resolve().parent
    commit = git_commit(where)
    if not commit.endswith("+dirty"):
        return commit
    diff = _git(["diff", "HEAD", "--no-ext-diff", "--binary"], where) or ""
    return f"{commit}:{hashlib.sha256(diff.encode()).hexdigest()[:12]}"


def _git(arguments: list[str], cwd: Path) -> str | None:
    try:
        return subprocess.run(
            ["git", *arguments], cwd=cwd, capture_output=True, text=True, check=True, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None


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
    problem_order: str = "seeded",
    eval_set: str | None = None,
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
        problem_order=problem_order,
        eval_set=eval_set,
    )


def format_table(rows: Sequence[ResultRow]) -> str:
    """A plain Markdown table of results rows (``-`` where an older row did not record a count)."""
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
            handle.write(json.dumps(as_json(record), sort_keys=True) + "\n")


def append_new_rows(rows: Sequence[ResultRow], path: Path) -> int:
    """Append the rows ``path`` does not hold yet (same run: same cell, seeds and commit).

    Re-running a finished evaluation with the same ``--out`` adds nothing twice.
    Returns how many rows were appended.
    """
    seen = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                seen.add(_run_identity(json.loads(line)))
            except (ValueError, TypeError, AttributeError):
                continue
    new = [row for row in rows if _run_identity(row.to_json()) not in seen]
    append_jsonl(new, path)
    return len(new)


def _run_identity(data: dict[str, Any]) -> str:
    keys = ("env_id", "env_kwargs", "agent_config_hash", "seed", "episodes", "git_commit")
    return json.dumps([data.get(k) for k in keys], sort_keys=True)


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``path`` through a temporary file and a rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def as_json(record: Any) -> dict[str, Any]:
    """A dataclass (through its ``to_json`` when it has one) or a dict as a JSON object."""
    if isinstance(record, dict):
        return record
    to_json = getattr(record, "to_json", None)
    return to_json() if callable(to_json) else asdict(record)


class RowRejected(ValueError):
    """A results row or file failed validation; the message names the file, line and reason."""
