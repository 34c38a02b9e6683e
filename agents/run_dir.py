"""Run directories: per-episode records on disk, so evaluations resume, shard and merge.

Layout (one *cell* per agent and env setting)::

    runs/<run>/<set>/<agent>/config.json                  what the cell runs, the code it runs
    runs/<run>/<set>/<agent>/episodes.jsonl               one EpisodeRecord per line (unsharded)
    runs/<run>/<set>/<agent>/episodes.shard-2-of-4.jsonl  the records of shard 2 of 4
    runs/<run>/<set>/<agent>/row.json                     the results row, once every seed is in

``<set>`` is the eval set name (``countdown-4``), with a hash of the env kwargs appended
when they differ from the set's; ``<agent>`` is the agent's name. A record counts only
once its line is complete (ends in a newline): a run killed mid-write leaves a partial
last line, which is cut off before the next append and its episode played again.
Re-running skips every seed whose record is in any ``episodes*.jsonl`` of the cell.
Resuming needs the same cell (env, kwargs, agent config, first seed, problem order) and
the same code (:func:`~agents.results.code_fingerprint`); otherwise the old files are
moved to ``stale-<time>/`` and the cell starts over (``--fresh`` forces that).
A process holds a cell open under a shared lock (``.lock`` in the cell, ``flock``; POSIX only):
shards of one run may write one cell side by side, but a run whose settings or code differ
cannot set the cell aside while another writes it; it stops with an error naming the cell
(two checkpoints evaluated at once under one agent name in one run directory once lost a
run's records that way).
``--shard i/N`` plays the seeds at positions ``i-1, i-1+N, ...`` of the plan; shards of
one run may run anywhere, their files copied into one directory, and ``metacot
leaderboard merge RUN`` sums them into rows identical to an unsharded run's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from agents.episode import EpisodeRecord
from agents.results import ResultRow, config_hash, summarize, write_text_atomically

try:
    import fcntl
except ImportError:  # not POSIX: cells are not locked
    fcntl = None  # type: ignore[assignment]


LOCK_FILE = ".lock"
"""the file a cell's lock is taken on (never moved aside, never read)"""


class RunDirError(ValueError):
    """A run directory cannot be used as asked; the message names the file (and line)."""


@dataclass(frozen=True)
class CellSpec:
    """What one cell runs: an agent on an env setting over seeds ``seed .. seed + episodes - 1``."""

    env_id: str
    env_kwargs: dict[str, Any]
    """as the env is made, the agent's needs included (e.g. search mode)"""
    agent: str
    agent_config: dict[str, Any]
    """``policy.config()``"""
    seed: int
    episodes: int
    problem_order: str = "seeded"
    eval_set: str | None = None

    @property
    def seeds(self) -> range:
        """Every planned seed, in order."""
        return range(self.seed, self.seed + self.episodes)

    def identity(self) -> dict[str, Any]:
        """What must match for records to be reused (everything but the episode count)."""
        data = asdict(self)
        del data["episodes"]
        data["agent_config_hash"] = config_hash({"agent": self.agent, **self.agent_config})
        return json.loads(json.dumps(data, sort_keys=True, default=str))  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` of ``count`` (1-based): every ``count``-th seed of the plan."""

    index: int = 1
    count: int = 1

    @classmethod
    def parse(cls, text: str) -> Shard:
        """``"i/N"`` with ``1 <= i <= N``."""
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
            raise ValueError(f"--shard expects i/N with 1 <= i <= N, got {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    def seeds(self, planned: range) -> list[int]:
        """This shard's seeds of the plan."""
        return [s for k, s in enumerate(planned) if k % self.count == self.index - 1]

    @property
    def file_name(self) -> str:
        """The episodes file this shard writes."""
        if self.count == 1:
            return "episodes.jsonl"
        return f"episodes.shard-{self.index}-of-{self.count}.jsonl"


@dataclass
class RunCell:
    """One cell directory of a run: its config, its episode records, its row."""

    path: Path
    spec: CellSpec
    commit: str
    """the commit the cell's records were made at (a new cell: the current one)"""
    fingerprint: str
    notes: list[str] = field(default_factory=list)
    _lock: IO[str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def open(
        cls, path: Path, spec: CellSpec, commit: str, fingerprint: str, fresh: bool = False
    ) -> RunCell:
        """Open (or start) the cell at ``path``; a mismatching or ``fresh`` cell starts over."""
        cell = cls(path, spec, commit, fingerprint)
        config = path / "config.json"
        cell._take_lock()
        try:
            if config.exists():
                old = _read_json(config)
                same = (
                    isinstance(old, dict)
                    and old.get("identity") == spec.identity()
                    and old.get("code_fingerprint") == fingerprint
                )
                if fresh or not same:
                    why = "--fresh" if fresh else "its settings or code differ from this run's"
                    moved = cell._set_aside()
                    cell.notes.append(f"{path}: started over ({why}); old records in {moved}")
                elif isinstance(old.get("git_commit"), str):
                    cell.commit = old["git_commit"]
            cell._write_config()
        except BaseException:
            cell.close()
            raise
        return cell

    def close(self) -> None:
        """Let other runs set this cell aside again (releases this open's hold on the lock)."""
        if self._lock is not None:
            _release(self.path)
            self._lock = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # at interpreter exit the module's globals may be gone already
            pass

    def _take_lock(self) -> None:
        self._lock = _hold(self.path)

    def _own_alone(self) -> None:
        """Hold the cell's lock alone (to set its files aside), or fail naming the cell."""
        if self._lock is None:
            return
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.close()
            raise RunDirError(
                f"{self.path}: another run is writing this cell with other settings or code "
                "(the same agent name on another checkpoint or env?); wait for it to end, or "
                "give this run its own --run-dir"
            ) from None

    @classmethod
    def load(cls, path: Path) -> RunCell:
        """An existing cell from its ``config.json`` (for merging)."""
        config = path / "config.json"
        data = _read_json(config)
        try:
            identity = dict(data["identity"])
            identity.pop("agent_config_hash", None)
            spec = CellSpec(**identity, episodes=int(data["episodes"]))
            return cls(path, spec, str(data["git_commit"]), str(data["code_fingerprint"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise RunDirError(f"{config}:1: not a cell config ({exc})") from None

    def records(self) -> dict[int, EpisodeRecord]:
        """Every complete record of a planned seed, from all episode files (first one wins)."""
        planned = set(self.spec.seeds)
        found: dict[int, EpisodeRecord] = {}
        for path in sorted(self.path.glob("episodes*.jsonl")):
            for record in read_records(path):
                if record.seed in planned and record.seed not in found:
                    found[record.seed] = record
        return found

    def missing(self) -> list[int]:
        """Planned seeds without a record yet."""
        done = self.records()
        return [s for s in self.spec.seeds if s not in done]

    def writer(self, shard: Shard) -> RecordWriter:
        """An appender to this shard's episodes file (a partial last line is cut off first)."""
        return RecordWriter(self.path / shard.file_name)

    def row(self) -> ResultRow | None:
        """The cell's results row when every planned seed has a record (also saved as row.json)."""
        done = self.records()
        if any(s not in done for s in self.spec.seeds):
            return None
        spec = self.spec
        row = summarize(
            [done[s] for s in spec.seeds],
            env_id=spec.env_id,
            env_kwargs=spec.env_kwargs,
            agent=spec.agent,
            agent_config=spec.agent_config,
            seed=spec.seed,
            commit=self.commit,
            problem_order=spec.problem_order,
            eval_set=spec.eval_set,
        )
        write_text_atomically(self.path / "row.json", json.dumps(row.to_json(), sort_keys=True))
        return row

    def _write_config(self) -> None:
        data = {
            "identity": self.spec.identity(),
            "episodes": self.spec.episodes,
            "git_commit": self.commit,
            "code_fingerprint": self.fingerprint,
        }
        self.path.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self.path / "config.json", json.dumps(data, indent=1, sort_keys=True))

    def _set_aside(self) -> Path:
        self._own_alone()
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        target = self.path / f"stale-{stamp}"
        target.mkdir(parents=True)
        for name in self.path.iterdir():
            if name.is_file() and name.name != LOCK_FILE:
                name.replace(target / name.name)
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_SH)  # back to sharing with this run's shards
        return target


class RecordWriter:
    """Appends episode records, one JSON line each, flushed as written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        _cut_partial_line(path)
        self._handle: IO[str] = path.open("a", encoding="utf-8")

    def write(self, record: EpisodeRecord) -> None:
        """Append one record and flush it to the OS."""
        self._handle.write(json.dumps(record.to_json(), sort_keys=True) + "\n")
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_HELD: dict[Path, tuple[IO[str], int]] = {}
"""this process's lock file per cell and how many opens hold it: one lock per process, so a
cell opened again in the same process (a newer open replacing an older) never blocks itself"""


def _hold(path: Path) -> IO[str] | None:
    """This process's shared hold on the cell's lock (None where ``flock`` does not exist)."""
    if fcntl is None:
        return None
    key = path.resolve()
    if key in _HELD:
        handle, count = _HELD[key]
        _HELD[key] = (handle, count + 1)
        return handle
    path.mkdir(parents=True, exist_ok=True)
    handle = (path / LOCK_FILE).open("a", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RunDirError(f"{path}: another run is setting this cell aside") from None
    _HELD[key] = (handle, 1)
    return handle


def _release(path: Path) -> None:
    key = path.resolve()
    if key not in _HELD:
        return
    handle, count = _HELD[key]
    if count > 1:
        _HELD[key] = (handle, count - 1)
    else:
        del _HELD[key]
        handle.close()


def read_records(path: Path) -> Iterator[EpisodeRecord]:
    """The complete records of an episodes file (a final line without newline is ignored)."""
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except (OSError, UnicodeDecodeError) as exc:
        raise RunDirError(f"{path}:1: cannot read the episodes file ({exc})") from None
    lines = text.split("\n")[:-1]  # the text after the last newline is partial (or empty)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield EpisodeRecord.from_json(json.loads(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise RunDirError(f"{path}:{number}: not an episode record ({exc})") from None


def find_cells(run: Path) -> list[Path]:
    """Every cell directory under a run directory (each holds a ``config.json``)."""
    if not run.is_dir():
        raise RunDirError(f"{run}: no such run directory")
    return sorted(p.parent for p in run.rglob("config.json") if "stale-" not in str(p.parent.name))


def cell_path(run: Path, set_label: str, agent: str) -> Path:
    """``run/<set_label>/<agent>`` with both names made safe as directory names."""
    return run / _safe(set_label) / _safe(agent)


def kwargs_suffix(kwargs: dict[str, Any]) -> str:
    """A short stable hash of env kwargs, for cell names of non-default settings."""
    text = json.dumps(kwargs, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def _safe(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._+=@()-]+", "_", name).strip("._") or "_"
    return cleaned[:100]


def _cut_partial_line(path: Path) -> None:
    if not path.exists():
        return
    with path.open("rb+") as handle:
        data = handle.read()
        keep = data.rfind(b"\n") + 1
        if keep != len(data):
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RunDirError(f"{path}:1: cannot read ({exc})") from None
