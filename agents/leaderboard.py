"""Render the leaderboard: one table per task family from validated results rows.

Rows come from :mod:`agents.row_validation`; the schema is :class:`agents.results.ResultRow`.
A re-run of the same agent config on the same env setting supersedes the older row
(:func:`latest_runs`). Rows with fewer than :data:`MIN_RANKED_EPISODES` episodes are
listed under the table, not ranked in it. Everything a row contributes to the
Markdown is escaped, and :func:`update_readme` writes through a temporary file and
never replaces the tables with nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agents.eval_sets import EVAL_SETS, family_of, set_label
from agents.results import ResultRow, RowRejected, write_text_atomically
from agents.row_validation import read_rows

__all__ = [
    "BEGIN",
    "END",
    "LeaderboardError",
    "RowRejected",
    "latest_runs",
    "load_rows",
    "render",
    "update_readme",
]

BEGIN, END = "<!-- leaderboard:begin -->", "<!-- leaderboard:end -->"
MIN_RANKED_EPISODES = 50
"""rows with fewer episodes are listed but not ranked (ten episodes rank nothing)"""
_SET_ORDER = {s.label: k for k, s in enumerate(EVAL_SETS)}
_FAMILY_ORDER = {s.family: k for k, s in reversed(list(enumerate(EVAL_SETS)))}


class LeaderboardError(ValueError):
    """The leaderboard cannot be rendered as asked; the README is left as it was."""


def load_rows(folder: Path) -> list[ResultRow]:
    """Every row of every ``*.jsonl`` under ``folder``; the first bad row raises."""
    return [row for path in sorted(folder.glob("*.jsonl")) for row in read_rows(path)]


def latest_runs(rows: Sequence[ResultRow]) -> list[tuple[ResultRow, list[ResultRow]]]:
    """Per env, env kwargs, agent and agent config: the newest row and the older ones.

    Re-running an unchanged agent (a new commit, say) supersedes its row instead of
    listing it twice; the older rows stay in ``results/`` and are named in the
    provenance. Newest means the latest ``date``, then the later file and line.
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


def families(rows: Sequence[ResultRow]) -> list[str]:
    """The families of ``rows`` in leaderboard order (the eval sets' order, then by name)."""
    found = {family_of(r.env_id) for r in rows}
    return sorted(found, key=lambda f: (_FAMILY_ORDER.get(f, len(_FAMILY_ORDER)), f))


def label_of(row: ResultRow) -> str:
    """The row's eval set label (or its env kwargs)."""
    return set_label(row.env_id, row.env_kwargs, row.eval_set)


def render(
    rows: Sequence[ResultRow],
    plots: dict[str, str] | None = None,
    provenance: bool = True,
    min_episodes: int = MIN_RANKED_EPISODES,
) -> str:
    """One section per family: the ranked table, unranked rows, plots and provenance.

    ``plots`` maps a family (or ``"Math levels"``) to an image path relative to the README.
    """
    runs = latest_runs(rows)
    parts = []
    for family in families(rows):
        mine = [run for run in runs if family_of(run[0].env_id) == family]
        ranked = [run for run in mine if run[0].episodes >= min_episodes]
        ranked.sort(key=lambda run: (_set_key(run[0]), -run[0].success_rate, run[0].agent))
        unranked = [run[0] for run in mine if run[0].episodes < min_episodes]
        parts.append(f"### {_md(family)}\n")
        if ranked:
            parts.append(family_table([row for row, _ in ranked]) + "\n")
        if unranked:
            listed = "; ".join(
                f"{_md(r.agent)} on {_md(label_of(r))}: {r.successes}/{r.episodes}"
                for r in sorted(unranked, key=lambda r: (_set_key(r), r.agent))
            )
            parts.append(f"Too few episodes to rank (< {min_episodes}): {listed}.\n")
        for key in (family, f"{family} levels"):
            if plots and key in plots:
                parts.append(f"![{_md(key)}: success per agent]({plots[key]})\n")
        if provenance and mine:
            lines = [f"- {_provenance(row, older)}" for row, older in sorted(mine, key=_run_key)]
            parts.append(
                "<details><summary>Runs</summary>\n\n" + "\n".join(lines) + "\n\n</details>\n"
            )
    return "\n".join(parts)


MAX_SHOWN_FIELDS = 4
"""most config fields shown to tell rows with one agent name apart"""


def agent_names(rows: Sequence[ResultRow]) -> dict[int, str]:
    """Each row's agent as shown, keyed by ``id(row)``.

    Rows of one set that share an agent name but not its config (SmolLM2 in float32 and
    in bfloat16, say) get the config fields that tell them apart, e.g.
    ``smollm2-135m-rank (dtype=bfloat16)``: fields are taken in name order (nested ones
    dotted, ``trainer.gamma=0.9``): at each turn the field that splits the rows into the
    most labels (ties by name), until every config has its own label or
    :data:`MAX_SHOWN_FIELDS` are shown, then listed in name order; the trained step count
    only when no setting splits more, provenance fields (hashes, digests, commits) only after
    it, and the config hash is added when fields cannot tell configs apart.
    """
    groups: dict[tuple[str, str], list[ResultRow]] = {}
    for row in rows:
        groups.setdefault((label_of(row), row.agent), []).append(row)
    names = {id(row): row.agent for row in rows}
    for (_, agent), group in groups.items():
        configs = len({row.agent_config_hash for row in group})
        if configs < 2:
            continue
        flat = [_flatten(row.agent_config) for row in group]
        fields = sorted({key for config in flat for key in config}, key=_field_order)
        shown: list[str] = []
        while len(_labels(flat, shown)) < configs and len(shown) < MAX_SHOWN_FIELDS:
            # the plain field that splits the most rows; ties and provenance fields by order
            now = len(_labels(flat, shown))
            split = {key: len(_labels(flat, [*shown, key])) for key in fields if key not in shown}
            useful = [key for key in fields if split.get(key, 0) > now]
            if not useful:
                break
            shown.append(max(useful, key=lambda key: (-_field_order(key)[0], split[key])))
        shown.sort(key=fields.index)
        unique = len(_labels(flat, shown)) >= configs
        for row, config in zip(group, flat, strict=True):
            parts = [f"{key}={config.get(key, '-')}" for key in shown]
            if not unique:
                parts.append(row.agent_config_hash[:8])
            names[id(row)] = f"{agent} ({', '.join(parts)})"
    return names


def _labels(flat: Sequence[dict[str, str]], keys: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(config.get(key, "-") for key in keys) for config in flat}


def _flatten(config: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in config.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
            flat[f"{prefix}{key}"] = text if len(text) <= 24 else text[:21] + "..."
    return flat


def _field_order(key: str) -> tuple[int, str]:
    """Plain fields first, then ``trained_steps`` (the step count a run ended on, which varies
    run to run), then provenance (digests, hashes, commits), each by name."""
    leaf = key.rsplit(".", 1)[-1].lower()
    if any(word in leaf for word in ("sha", "hash", "digest", "commit")):
        return 2, key
    return (1 if leaf == "trained_steps" else 0), key


def family_table(rows: Sequence[ResultRow]) -> str:
    """A Markdown table of one family's rows with per-episode compute columns."""
    names = agent_names(rows)
    lines = [
        "| set | agent | episodes | success | 95% CI | steps/ep | invalid | tokens/ep "
        "| proposed/ep | scored/ep | PRM calls/ep | s/ep |",
        "|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        n = r.episodes
        lines.append(
            f"| {_md(label_of(r))} | {_md(names[id(r)])} | {n} | {r.success_rate:.2f} | "
            f"[{r.ci_low:.2f}, {r.ci_high:.2f}] | {r.mean_steps:.1f} | {r.invalid_step_rate:.2f} | "
            f"{_per(r.tokens_generated, n)} | {_per(r.steps_proposed, n)} | "
            f"{_per(r.steps_scored, n)} | {_per(r.prm_calls, n)} | {r.wall_seconds / n:.3g} |"
        )
    return "\n".join(lines)


def update_readme(
    readme: Path, rows: Sequence[ResultRow], plots: dict[str, str] | None = None
) -> bool:
    """Replace the text between the markers with fresh tables; True when the file changed.

    Refuses (:class:`LeaderboardError`, file untouched) when there are no rows, the
    file is missing or unreadable, or its markers are missing or out of order.
    """
    if not rows:
        raise LeaderboardError(f"{readme}: no rows to render; the README is left as it was")
    try:
        text = readme.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LeaderboardError(f"{readme}: no such README (give --readme PATH)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LeaderboardError(f"{readme}: cannot read the README ({exc})") from None
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise LeaderboardError(f"{readme}: needs the markers {BEGIN} ... {END}, in that order")
    updated = f"{text[:start]}{BEGIN}\n{render(rows, plots)}{text[end:]}"
    if updated == text:
        return False
    write_text_atomically(readme, updated)
    return True


def _provenance(row: ResultRow, older: list[ResultRow]) -> str:
    last = row.seed + row.episodes - 1
    text = (
        f"{_md(row.agent)} @ {row.git_commit[:10]} seeds {row.seed}..{last} "
        f"({row.problem_order}) kwargs {_md(_canonical(row.env_kwargs), 300)}"
    )
    if older:
        earlier = ", ".join(
            f"{r.git_commit[:10]}: {r.successes}/{r.episodes}" for r in sorted(older, key=_date)
        )
        text += f" (earlier runs {earlier})"
    return text


def _set_key(row: ResultRow) -> tuple[int, str]:
    label = label_of(row)
    return _SET_ORDER.get(label, len(_SET_ORDER)), label


def _run_key(run: tuple[ResultRow, list[ResultRow]]) -> tuple[tuple[int, str], str]:
    return _set_key(run[0]), run[0].agent


def _date(row: ResultRow) -> str:
    return row.date


def _per(total: int | None, episodes: int) -> str:
    return "-" if total is None else f"{total / episodes:.3g}"


def _canonical(kwargs: dict[str, object]) -> str:
    return json.dumps(kwargs, sort_keys=True)


_ESCAPES = str.maketrans(
    {
        "|": "\\|",
        "<": "&lt;",
        ">": "&gt;",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "\n": " ",
        "\r": " ",
        "\\": "\\\\",
    }
)


def _md(text: str, limit: int = 120) -> str:
    """``text`` safe inside a Markdown table cell or list item (escaped, one line, bounded)."""
    short = text if len(text) <= limit else text[: limit - 3] + "..."
    return short.translate(_ESCAPES)
