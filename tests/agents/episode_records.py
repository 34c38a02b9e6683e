"""Helpers for tests that compare the episode records of two runs of one cell."""

from __future__ import annotations

from pathlib import Path

from agents.evaluate import cell_spec
from agents.policies.base import Policy
from agents.results import code_fingerprint
from agents.run_dir import RunCell, read_records

ENV = "MetaCoT/Countdown-v0"
EPISODES = 8


def outcome(record):
    """What must match between runs (not wall time)."""
    return (
        record.seed,
        record.solved,
        record.env_steps,
        record.actions,
        record.compute.tokens_generated,
        record.episode_return,
    )


def records_of(cell_dir: Path):
    found = {}
    for path in sorted(cell_dir.glob("episodes*.jsonl")):
        for record in read_records(path):
            assert record.seed not in found, "a seed recorded twice"
            found[record.seed] = record
    return [outcome(found[s]) for s in sorted(found)]


def open_cell(path: Path, policy: Policy, episodes: int = EPISODES) -> RunCell:
    spec = cell_spec(ENV, policy, episodes, 0, {})
    return RunCell.open(path, spec, "test", code_fingerprint())
