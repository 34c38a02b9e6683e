"""Render the leaderboard tables from validated results rows (the schema is ``agents.results``)."""

from __future__ import annotations

import json
from pathlib import Path

from agents.results import ResultRow, RowRejected, format_table, load_rows

__all__ = ["BEGIN", "END", "RowRejected", "latest_runs", "load_rows", "render", "update_readme"]

BEGIN, END = "<!-- leaderboard:begin -->", "<!-- leaderboard:end -->"


def latest_runs(rows: list[ResultRow]) -> list[tuple[ResultRow, list[ResultRow]]]:
    """Per env, env kwargs, agent and agent config: the newest row and the older ones.

    Re-running an unchanged agent (a new commit, say) supersedes its row instead of
    listing it twice; the older rows stay in ``results/`` and are named in the table's
    provenance line. Newest means the latest ``date``, then the later file and line.
    """
    groups: dict[tuple[str, str, str, str], list[ResultRow]] = {}
    for row in rows:
        key = (row.env_id, _canonical(row.env_kwargs), row.agent, row.agent_config_hash)
        groups.setdefault(key, []).append(row)
    latest = []
    for group in groups.values():
        ordered = sorted(enumerate(group), key=lambda item: (item[1].date, item[0]))
        *older, (_, newest) = ordered
        latest.append((newest, [row for _, row in older]))
    return latest


def render(rows: list[ResultRow]) -> str:
    """One table per env, best success rate first, one row per agent config (the newest)."""
    parts = []
    runs = latest_runs(rows)
    for env_id in sorted({r.env_id for r in rows}):
        ranked = sorted(
            (run for run in runs if run[0].env_id == env_id), key=lambda run: -run[0].success_rate
        )
        parts.append(f"### {env_id}\n\n{format_table([row for row, _ in ranked])}\n")
        parts.append("Runs: " + "; ".join(_provenance(row, older) for row, older in ranked) + "\n")
    return "\n".join(parts)


def _provenance(row: ResultRow, older: list[ResultRow]) -> str:
    text = (
        f"{row.agent} @ {row.git_commit[:10]} seeds {row.seed}..{row.seed + row.episodes - 1} "
        f"kwargs {_canonical(row.env_kwargs)}"
    )
    if older:
        earlier = ", ".join(f"{r.git_commit[:10]}: {r.success_rate:.2f}" for r in older)
        text += f" (earlier runs {earlier})"
    return text


def update_readme(readme: Path, rows: list[ResultRow]) -> None:
    """Replace the text between the leaderboard markers with freshly rendered tables."""
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise ValueError(f"{readme}: missing {BEGIN} / {END} markers")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{BEGIN}\n{render(rows)}{END}{tail}", encoding="utf-8")


def _canonical(kwargs: dict[str, object]) -> str:
    return json.dumps(kwargs, sort_keys=True)
