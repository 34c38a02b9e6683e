"""Validate results JSONL files and render the leaderboard tables from them."""

from __future__ import annotations

from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from agents.evaluate import ResultRow, format_table
from metacot_envs.jsonl import read_jsonl

BEGIN, END = "<!-- leaderboard:begin -->", "<!-- leaderboard:end -->"


class RowRejected(ValueError):
    """A results row failed validation; the message names the file, line and reason."""


def parse_row(record: Any, where: str) -> ResultRow:
    """A :class:`ResultRow` from one JSON record, or :class:`RowRejected` saying why not."""
    if not isinstance(record, dict):
        raise RowRejected(f"{where}: a row must be a JSON object")
    expected = {f.name: f.type for f in fields(ResultRow)}
    optional = {f.name for f in fields(ResultRow) if f.default is not MISSING}
    missing = sorted(set(expected) - set(record) - optional)
    if missing:
        raise RowRejected(f"{where}: missing field(s) {missing}")
    extra = sorted(set(record) - set(expected))
    if extra:
        raise RowRejected(f"{where}: unknown field(s) {extra}")
    row = ResultRow(**record)
    if not 0.0 <= row.ci_low <= row.success_rate <= row.ci_high <= 1.0:
        raise RowRejected(f"{where}: success rate and interval are inconsistent")
    if row.episodes <= 0 or row.env_steps < row.episodes:
        raise RowRejected(f"{where}: needs at least one episode and one env step per episode")
    if not row.git_commit or row.git_commit == "unknown" or row.git_commit.endswith("+dirty"):
        raise RowRejected(f"{where}: a leaderboard row needs the clean commit it was produced at")
    return row


def load_rows(folder: Path) -> list[ResultRow]:
    """Every row of every ``*.jsonl`` under ``folder``; the first bad row raises."""
    rows: list[ResultRow] = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, record in read_jsonl(path, RowRejected):
            rows.append(parse_row(record, f"{path}:{number}"))
    return rows


def latest_runs(rows: list[ResultRow]) -> list[tuple[ResultRow, list[ResultRow]]]:
    """Per env, env kwargs, agent and agent config: the newest row and the older ones.

    Re-running an unchanged agent (a new commit, say) supersedes its row instead of
    listing it twice; the older rows stay in ``results/`` and are named in the table's
    provenance line. Newest means the latest ``date``, then the later file and line.
    """
    groups: dict[tuple[str, str, str, str], list[ResultRow]] = {}
    for row in rows:
        key = (row.env_id, row.env_kwargs, row.agent, row.agent_config_hash)
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
        f"kwargs {row.env_kwargs}"
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
