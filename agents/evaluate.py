"""Run policies on registered envs over seeded episodes and summarize each pair as a results row."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import subprocess
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import gymnasium as gym

import metacot_envs
from agents.policies.base import Policy


@dataclass(frozen=True)
class ResultRow:
    """One agent on one env: what leaderboards are rendered from."""

    env_id: str
    env_kwargs: str
    agent: str
    agent_config: str
    """JSON of what identifies the agent's behaviour (model, decoding settings, ...)"""
    agent_config_hash: str
    seed: int
    episodes: int
    success_rate: float
    ci_low: float
    ci_high: float
    mean_steps: float
    invalid_step_rate: float
    tokens_generated: int
    env_steps: int
    wall_seconds: float
    package_version: str
    git_commit: str
    date: str
    steps_scored: int | None = None
    """candidate steps the agent scored with a model (rank and search agents): compute that
    ``tokens_generated`` does not count; None in rows written before this field existed"""


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


def evaluate(
    env_id: str,
    policy: Policy,
    episodes: int,
    seed: int = 0,
    env_kwargs: dict[str, Any] | None = None,
    agent_config: dict[str, Any] | None = None,
) -> ResultRow:
    """Play ``episodes`` episodes with seeds ``seed, seed+1, ...`` and summarize them."""
    kwargs = dict(env_kwargs or {})
    commit = git_commit()  # at the start: the code that runs is the code loaded now
    env = gym.make(env_id, **kwargs)
    successes = steps = invalid = tokens = scored = 0
    start = time.perf_counter()
    for episode in range(episodes):
        observation, info = env.reset(seed=seed + episode)
        policy.reset(env, seed + episode)
        done = False
        while not done:
            observation, _, terminated, truncated, info = env.step(policy.act(observation, info))
            steps += 1
            invalid += "error" in info
            done = terminated or truncated
        successes += bool(info.get("solved"))
        tokens += int(getattr(policy, "tokens_generated", 0))
        scored += int(getattr(policy, "steps_scored", 0))
    wall = time.perf_counter() - start
    low, high = wilson_interval(successes, episodes)
    return ResultRow(
        env_id=env_id,
        env_kwargs=json.dumps(kwargs, sort_keys=True),
        agent=policy.name,
        agent_config=json.dumps({"agent": policy.name, **(agent_config or {})}, sort_keys=True),
        agent_config_hash=config_hash({"agent": policy.name, **(agent_config or {})}),
        seed=seed,
        episodes=episodes,
        success_rate=successes / max(episodes, 1),
        ci_low=low,
        ci_high=high,
        mean_steps=steps / max(episodes, 1),
        invalid_step_rate=invalid / max(steps, 1),
        tokens_generated=tokens,
        env_steps=steps,
        wall_seconds=round(wall, 3),
        package_version=metacot_envs.__version__,
        git_commit=commit,
        date=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        steps_scored=scored,
    )


def format_table(rows: list[ResultRow]) -> str:
    """A Markdown table of results rows."""
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


def write_jsonl(rows: Sequence[Any], path: Path) -> None:
    """Append dataclass rows (results, traces) to a JSONL file, one object per line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(asdict(row), sort_keys=True) + "\n")
