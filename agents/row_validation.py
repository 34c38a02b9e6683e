"""Validating results rows: every problem refused with ``file:line: reason``, never a traceback.

Results files are data from anywhere (a hand edit, another machine, an attacker), so
nothing in them is trusted: a file over :data:`MAX_FILE_BYTES` or not UTF-8 is
refused whole; each line must be one JSON object without duplicate keys, ``NaN`` or
``Infinity``, whose fields are those of :class:`~agents.results.ResultRow` with the
types and bounds of ``leaderboards/row.schema.json`` and consistent with each other.
Nothing a row names is imported or executed: its env id must already be registered
(``metacot_envs`` plus modules the user imports explicitly, e.g. ``metacot leaderboard
--import my_tasks``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import gymnasium as gym

from agents.results import (
    OPTIONAL_FIELDS,
    REQUIRED_FIELDS,
    ResultRow,
    RowRejected,
    config_hash,
    wilson_interval,
)

MAX_FILE_BYTES = 10 * 2**20
"""a results file larger than this (10 MB, ~10,000 rows) is refused unread"""
TOLERANCE = 1e-6
_KINDS = {"str": (str,), "int": (int,), "float": (int, float), "dict[str, Any]": (dict,)}
_KIND_NAMES = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "dict[str, Any]": "an object",
}


@dataclass
class RowReport:
    """The rows that passed validation, and a ``file:line: reason`` for each that did not."""

    rows: list[ResultRow] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)


class _DuplicateKey(ValueError):
    pass


def validate_files(paths: Iterable[Path]) -> RowReport:
    """Validate every row of every file; bad rows and files are refused, the rest kept."""
    report = RowReport()
    for path in paths:
        try:
            report.rows.extend(_file_rows(path, report.refusals))
        except RowRejected as exc:
            report.refusals.append(str(exc))
    return report


def read_rows(path: Path) -> list[ResultRow]:
    """The rows of one results file; the first problem raises :class:`RowRejected`."""
    refusals: list[str] = []
    rows = _file_rows(path, refusals)
    if refusals:
        raise RowRejected(refusals[0])
    return rows


def _file_rows(path: Path, refusals: list[str]) -> list[ResultRow]:
    """The valid rows of ``path``; each bad line adds a refusal (in line order)."""
    rows = []
    for number, text in enumerate(_read_text(path).split("\n"), start=1):
        if not text.strip():
            continue
        where = f"{path}:{number}"
        try:
            rows.append(validate_record(parse_json_line(text), where))
        except RowRejected as exc:
            refusals.append(str(exc))
        except ValueError as exc:
            refusals.append(f"{where}: {exc}")
    return rows


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RowRejected(
                f"{path}:1: file is {size / 2**20:.1f} MB, over the {MAX_FILE_BYTES // 2**20} MB "
                "limit of a results file (split it)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise RowRejected(f"{path}:1: cannot read the file ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise RowRejected(
            f"{path}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def parse_json_line(line: str) -> Any:
    """One JSON value; duplicate keys, NaN, Infinity and absurd nesting raise ``ValueError``."""
    try:
        return json.loads(line, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKey as exc:
        raise ValueError(str(exc)) from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise ValueError(f"not valid JSON ({exc})") from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(f"duplicate key {key!r} (JSON readers disagree on which one wins)")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a row may hold (JSON has no NaN or Infinity)")


def validate_record(record: Any, where: str) -> ResultRow:
    """A :class:`ResultRow` from one parsed JSON value, or :class:`RowRejected` naming ``where``."""
    if not isinstance(record, dict):
        raise RowRejected(f"{where}: a row must be a JSON object, got {_json_kind(record)}")
    missing = [name for name in REQUIRED_FIELDS if name not in record]
    if missing:
        raise RowRejected(f"{where}: missing field(s) {missing}")
    known = set(REQUIRED_FIELDS) | set(OPTIONAL_FIELDS)
    extra = sorted(set(record) - known)
    if extra:
        raise RowRejected(f"{where}: unknown field(s) {extra}")
    for f in fields(ResultRow):
        if f.name in record:
            reason = _field_problem(f, record[f.name])
            if reason:
                raise RowRejected(f"{where}: {f.name} {reason}")
    row = ResultRow(**record)
    reason = _consistency_problem(row)
    if reason:
        raise RowRejected(f"{where}: {reason}")
    return row


def _field_problem(f: Any, value: Any) -> str | None:
    kind = str(f.type).replace(" | None", "")
    if value is None:
        return None if str(f.type).endswith("| None") else f"must be {_KIND_NAMES[kind]}, got null"
    if isinstance(value, bool) or not isinstance(value, _KINDS[kind]):
        return f"must be {_KIND_NAMES[kind]}, got {_json_kind(value)} {_short(value)}"
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    meta = f.metadata
    if "minimum" in meta and value < meta["minimum"]:
        return f"must be at least {meta['minimum']}, got {value}"
    if "maximum" in meta and value > meta["maximum"]:
        return f"must be at most {meta['maximum']}, got {value} (rates are in [0, 1])"
    if "enum" in meta and value not in meta["enum"]:
        return f"must be one of {meta['enum']}, got {_short(value)}"
    if "pattern" in meta and not re.search(meta["pattern"], str(value)):
        return f"{_short(value)} {_PATTERN_REASONS.get(f.name, 'is malformed')}"
    return None


_PATTERN_REASONS = {
    "git_commit": "is not a clean commit: a leaderboard row needs the full 40-hex commit it was "
    "produced at (commit first, then run; never +dirty)",
    "agent": "is not an agent name (letters, digits and ._:+=@()- only, at most 80 characters)",
    "env_id": "is not an env id such as MetaCoT/Countdown-v0",
    "date": "is not an ISO 8601 date-time with a time zone, e.g. 2026-11-22T02:55:54+00:00",
    "agent_config_hash": "is not a 12-hex-digit config hash",
    "package_version": "is not a version number",
    "eval_set": "is not an eval set name (lowercase letters, digits, . and -)",
}


def _consistency_problem(row: ResultRow) -> str | None:
    successes = row.success_rate * row.episodes
    if abs(successes - round(successes)) > TOLERANCE * row.episodes:
        return f"success_rate {row.success_rate} is not a whole number of {row.episodes} episodes"
    low, high = wilson_interval(round(successes), row.episodes)
    if abs(row.ci_low - low) > TOLERANCE or abs(row.ci_high - high) > TOLERANCE:
        return (
            f"success rate and interval are inconsistent: [{row.ci_low}, {row.ci_high}] is not "
            f"the 95% Wilson interval of {round(successes)}/{row.episodes} ([{low:.4f}, {high:.4f}])"
        )
    if row.env_steps < row.episodes:
        return f"env_steps {row.env_steps} < episodes {row.episodes}: every episode takes a step"
    if abs(row.mean_steps - row.env_steps / row.episodes) > TOLERANCE * max(1.0, row.mean_steps):
        return f"mean_steps {row.mean_steps} is not env_steps / episodes"
    if config_hash(row.agent_config) != row.agent_config_hash:
        return "agent_config_hash does not match agent_config (config_hash of the object)"
    if row.agent_config.get("agent", row.agent) != row.agent:
        return (
            f"agent_config names agent {_short(row.agent_config.get('agent'))}, not {row.agent!r}"
        )
    try:
        dt.datetime.fromisoformat(row.date.replace("Z", "+00:00"))
    except ValueError:
        return f"date {row.date!r} is not a real date"
    name = row.env_id.rpartition(":")[2]
    if name not in gym.registry:
        return (
            f"env_id {row.env_id!r} is not a registered env (import the package that registers "
            "it with --import MODULE)"
        )
    return None


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 60 else text[:57] + "..."
