"""A training run on disk: its settings, its TensorBoard folder and its checkpoint (written atomically).

Layout of ``out_dir``::

    experiment.json   the resolved experiment config (what ``--resume`` checks against)
    tb/               TensorBoard event files (charts/*, losses/*)
    checkpoint/       the latest checkpoint: checkpoint.json (the manifest) + the model files

A checkpoint is replaced as a whole: files go to ``checkpoint.tmp/`` first and the
folder is swapped in by renames, so an interrupted save leaves the previous
checkpoint intact (never a half-written one). The manifest's readers at the end say what a
checkpoint agent needs from an evaluation env and what identifies its run in results rows.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST = "checkpoint.json"
"""the file that makes a folder a checkpoint"""
FORMAT = "metacot-checkpoint/1"
"""``format`` field of every manifest this code writes"""


class CheckpointError(ValueError):
    """A path is not a readable checkpoint; the message names the path and what is wrong."""


@dataclass
class RunConfig:
    """How long to train, with which seed, where to write, how often to checkpoint."""

    total_steps: int = 100_000
    """env steps to train for (an LLM reasoning step is one env step)"""
    seed: int = 0
    """seeds torch, numpy and the envs; the same seed and config give the same run"""
    out_dir: str | None = None
    """run folder; None: ``runs/<experiment name>`` (``metacot train --out`` overrides)"""
    checkpoint_every: int = 10_000
    """env steps between checkpoints (one is always written at the end)"""
    progress_bar: bool = True
    """show a progress bar while training"""
    torch_threads: int = 1
    """torch CPU threads (small MLPs run fastest on one)"""

    def __post_init__(self) -> None:
        if self.total_steps < 1:
            raise ValueError(f"total_steps must be positive, got {self.total_steps}")
        if self.checkpoint_every < 1:
            raise ValueError(f"checkpoint_every must be positive, got {self.checkpoint_every}")
        if self.torch_threads < 1:
            raise ValueError(f"torch_threads must be positive, got {self.torch_threads}")


def checkpoint_dir(out_dir: Path) -> Path:
    """Where the latest checkpoint of a run lives."""
    return out_dir / "checkpoint"


def tensorboard_dir(out_dir: Path) -> Path:
    """Where a run's TensorBoard event files go."""
    return out_dir / "tb"


def write_checkpoint(
    out_dir: Path, save_files: Callable[[Path], None], manifest: dict[str, Any]
) -> Path:
    """Write a checkpoint: ``save_files(folder)`` then the manifest, swapped in atomically."""
    final = checkpoint_dir(out_dir)
    staging = final.with_name(final.name + ".tmp")
    retired = final.with_name(final.name + ".old")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    save_files(staging)
    (staging / MANIFEST).write_text(
        json.dumps({"format": FORMAT, **manifest}, indent=2, default=str) + "\n", "utf-8"
    )
    shutil.rmtree(retired, ignore_errors=True)
    if final.exists():
        final.rename(retired)
    staging.rename(final)
    shutil.rmtree(retired, ignore_errors=True)
    return final


def read_manifest(path: str | Path) -> tuple[Path, dict[str, Any]]:
    """``(checkpoint folder, manifest)`` for a checkpoint folder, its manifest, or a run folder."""
    path = Path(path)
    candidates = (
        [path] if path.name == MANIFEST else [path / MANIFEST, checkpoint_dir(path) / MANIFEST]
    )
    for candidate in candidates:
        if candidate.is_file():
            try:
                manifest = json.loads(candidate.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise CheckpointError(
                    f"{candidate}: not a readable checkpoint manifest ({exc})"
                ) from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise CheckpointError(f"{candidate}: 'format' is not {FORMAT!r}")
            for key in ("algorithm", "name", "env_id", "env_kwargs", "steps"):
                if key not in manifest:
                    raise CheckpointError(f"{candidate}: missing field {key!r}")
            return candidate.parent, manifest
    raise CheckpointError(
        f"{path}: no {MANIFEST} here or in {checkpoint_dir(path)} "
        "(pass a run folder or a checkpoint folder written by metacot train)"
    )


def check_resumable(out_dir: Path, experiment: dict[str, Any]) -> dict[str, Any]:
    """The manifest of the run to resume; refuses a run trained with another config.

    Only ``run.total_steps``, ``run.checkpoint_every`` and ``run.progress_bar`` may
    differ (to train a finished run for longer).
    """
    folder, manifest = read_manifest(checkpoint_dir(out_dir))
    saved = manifest.get("experiment") or {}

    def comparable(config: dict[str, Any]) -> dict[str, Any]:
        run = {
            k: v
            for k, v in (config.get("run") or {}).items()
            if k not in ("total_steps", "checkpoint_every", "progress_bar", "out_dir")
        }
        return {**config, "run": run}

    if json.dumps(comparable(saved), sort_keys=True, default=str) != json.dumps(
        comparable(experiment), sort_keys=True, default=str
    ):
        raise CheckpointError(
            f"{folder}: trained with a different experiment config; resume with the same "
            "config (only run.total_steps may grow) or train into another --out folder"
        )
    return manifest


def start_run(out_dir: Path, experiment: dict[str, Any], resume: bool) -> dict[str, Any] | None:
    """Prepare ``out_dir``: the manifest to resume from, or None for a fresh run.

    A fresh run refuses a folder that already holds a checkpoint (pass ``--resume``
    or another ``--out``), so no finished run is overwritten by accident.
    """
    if resume:
        return check_resumable(out_dir, experiment)
    if (checkpoint_dir(out_dir) / MANIFEST).exists():
        raise CheckpointError(
            f"{out_dir}: already holds a checkpoint; pass --resume to continue it "
            "or --out to train into another folder"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "experiment.json").write_text(
        json.dumps(experiment, indent=2, default=str) + "\n", "utf-8"
    )
    return None


AGENT_ENV_KEYS = ("view", "trials", "trial_reward")
"""training env kwargs a checkpoint agent declares as its own needs (the rest is the evaluator's)"""


def agent_env_kwargs(manifest: dict[str, Any]) -> dict[str, Any]:
    """The training env kwargs a checkpoint agent needs in any evaluation env."""
    trained = manifest["env_kwargs"]
    return {k: trained[k] for k in AGENT_ENV_KEYS if k in trained}


def training_settings(manifest: dict[str, Any]) -> dict[str, Any]:
    """The trainer hyperparameters, seed and training-only reward terms of a checkpoint's run."""
    experiment = manifest.get("experiment") or {}
    env = experiment.get("env") or {}
    return {
        "trainer": experiment.get("trainer") or {},
        "train_seed": (experiment.get("run") or {}).get("seed"),
        "train_reward": {k: env.get(k) for k in ("prm", "prm_scale", "step_cost")},
    }


def file_digest(path: Path) -> str:
    """First 16 hex digits of a file's SHA-256 (what identifies the weights in results rows)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]
