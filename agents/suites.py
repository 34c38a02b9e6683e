"""Evaluation suites: YAML files listing which agents run on which eval sets, and how long.

``configs/evaluate/quick.yaml`` is the main job (``metacot evaluate`` with no
arguments: every family, a few episodes, minutes on a laptop);
``configs/evaluate/full.yaml`` is what the committed leaderboard is run with. A suite
file is::

    description: one line
    runs:
      - eval_sets: [countdown-4, maze-7x7]   # names from agents/eval_sets.py
        agents: [random, oracle]             # names from agents/registry.py
        episodes: 100

A bad file is refused with its name, the entry and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agents.eval_sets import EVAL_SETS
from metacot_envs.config_files import ConfigError, read_yaml_with_lines

SUITES_DIR = Path(__file__).resolve().parents[1] / "configs" / "evaluate"
"""where named suites live (``--suite quick`` is ``configs/evaluate/quick.yaml``)"""


class SuiteError(ValueError):
    """A suite file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class SuiteRun:
    """Agents × eval sets at one episode count."""

    eval_sets: tuple[str, ...]
    agents: tuple[str, ...]
    episodes: int


@dataclass(frozen=True)
class Suite:
    """A named list of runs."""

    name: str
    description: str
    runs: tuple[SuiteRun, ...]


def load_suite(name_or_path: str, agents: dict[str, Any]) -> Suite:
    """The suite named ``name_or_path`` (in :data:`SUITES_DIR`) or at that path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = SUITES_DIR / f"{name_or_path}.yaml"
    try:
        data, _ = read_yaml_with_lines(path)
    except ConfigError as exc:
        raise SuiteError(str(exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("runs"), list):
        raise SuiteError(f"{path}: a suite is a mapping with a list under 'runs'")
    known_sets = {s.name for s in EVAL_SETS}
    runs = []
    for number, entry in enumerate(data["runs"], start=1):
        where = f"{path}: runs[{number}]"
        if not isinstance(entry, dict) or set(entry) - {"eval_sets", "agents", "episodes"}:
            raise SuiteError(f"{where}: expected only eval_sets, agents and episodes")
        sets, names, episodes = entry.get("eval_sets"), entry.get("agents"), entry.get("episodes")
        if (
            not isinstance(sets, list)
            or not isinstance(names, list)
            or not (_names(sets) and _names(names))
        ):
            raise SuiteError(f"{where}: eval_sets and agents must be non-empty lists of names")
        for unknown in [s for s in sets if s not in known_sets]:
            raise SuiteError(f"{where}: unknown eval set {unknown!r}; known: {sorted(known_sets)}")
        for unknown in [a for a in names if a not in agents]:
            raise SuiteError(f"{where}: unknown agent {unknown!r}; known: {sorted(agents)}")
        if isinstance(episodes, bool) or not isinstance(episodes, int) or episodes < 1:
            raise SuiteError(f"{where}: episodes must be a positive integer")
        runs.append(SuiteRun(tuple(sets), tuple(names), episodes))
    return Suite(path.stem, str(data.get("description", "")), tuple(runs))


def _names(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)
