"""A small learned PRM: an MLP over hashed n-grams of the state text, trained on soft labels.

Checkpoint format (a directory, written by :meth:`LearnedPRM.save`):

* ``prm_config.json``: ``{"format": "metacot-learned-prm", "version": 1, ...}`` plus the
  fields of :class:`LearnedPRMConfig`;
* ``prm_weights.pt``: the torch ``state_dict`` of the MLP (read with ``weights_only=True``).

Train your own with ``scripts/train_prm.py`` (Monte-Carlo rollout labels) or by calling
:meth:`LearnedPRM.fit` on any ``(state text, label in [0, 1])`` pairs.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Hashable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.core.task import Task
from metacot_envs.prms.rollout_policies import RolloutPolicy

CHECKPOINT_FORMAT = "metacot-learned-prm"
CHECKPOINT_VERSION = 1
CONFIG_FILE = "prm_config.json"
WEIGHTS_FILE = "prm_weights.pt"
_TOKEN = re.compile(r"[a-z]+|[0-9]+|[^\sa-z0-9]")


@dataclass(frozen=True)
class LearnedPRMConfig:
    """Shape of the features and of the MLP; saved with every checkpoint."""

    num_buckets: int = 4096
    """size of the hashed feature vector"""
    max_ngram: int = 2
    """token n-grams of length 1..max_ngram are hashed"""
    hidden: int = 64
    """width of the hidden layer"""
    max_chars: int = 8192
    """only the last ``max_chars`` characters of the state text are read"""


def hashed_features(texts: Sequence[str], config: LearnedPRMConfig) -> torch.Tensor:
    """``(len(texts), num_buckets)`` float tensor of log(1 + count) per hashed n-gram."""
    rows = np.zeros((len(texts), config.num_buckets), dtype=np.float32)
    for row, text in enumerate(texts):
        tokens = _TOKEN.findall(text[-config.max_chars :].lower())
        for n in range(1, config.max_ngram + 1):
            for start in range(len(tokens) - n + 1):
                gram = " ".join(tokens[start : start + n]).encode("utf-8", "replace")
                rows[row, zlib.crc32(gram) % config.num_buckets] += 1.0
    return torch.from_numpy(np.log1p(rows))


class LearnedPRM:
    """Φ(s) = sigmoid(MLP(hashed n-grams of ``task.format_state(s)``)); generic over tasks."""

    def __init__(self, config: LearnedPRMConfig = LearnedPRMConfig(), seed: int = 0) -> None:
        self.config = config
        torch.manual_seed(seed)
        self.model = nn.Sequential(
            nn.Linear(config.num_buckets, config.hidden), nn.ReLU(), nn.Linear(config.hidden, 1)
        )
        self.model.train(False)

    def score(self, task: Task[Any, Any, Any], states: Sequence[Hashable]) -> list[float]:
        return self.score_texts([task.format_state(s) for s in states])

    def score_texts(self, texts: Sequence[str]) -> list[float]:
        """Φ for state texts directly."""
        if not texts:
            return []
        with torch.no_grad():
            logits = self.model(hashed_features(texts, self.config)).squeeze(-1)
        return [float(p) for p in torch.sigmoid(logits)]

    def fit(
        self,
        texts: Sequence[str],
        labels: Sequence[float],
        epochs: int = 20,
        lr: float = 3e-3,
        batch_size: int = 64,
        seed: int = 0,
    ) -> list[float]:
        """Train on soft labels in [0, 1] with binary cross-entropy; returns the mean loss per epoch."""
        if len(texts) != len(labels) or not texts:
            raise ValueError("fit needs as many labels as texts, and at least one")
        features = hashed_features(texts, self.config)
        targets = torch.tensor(labels, dtype=torch.float32)
        generator = torch.Generator().manual_seed(seed)
        optimizer = torch.optim.Adam(self.model.parameters(), lr=lr)
        loss_fn = nn.BCEWithLogitsLoss()
        history: list[float] = []
        self.model.train()
        for _ in range(epochs):
            order = torch.randperm(len(texts), generator=generator)
            total = 0.0
            for start in range(0, len(order), batch_size):
                batch = order[start : start + batch_size]
                optimizer.zero_grad()
                loss = loss_fn(self.model(features[batch]).squeeze(-1), targets[batch])
                loss.backward()
                optimizer.step()
                total += loss.item() * len(batch)
            history.append(total / len(order))
        self.model.train(False)
        return history

    def save(self, directory: str | Path) -> Path:
        """Write the checkpoint (config JSON + state_dict) into ``directory``."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        header = {"format": CHECKPOINT_FORMAT, "version": CHECKPOINT_VERSION}
        (directory / CONFIG_FILE).write_text(
            json.dumps({**header, **asdict(self.config)}, indent=2)
        )
        torch.save(self.model.state_dict(), directory / WEIGHTS_FILE)
        return directory

    @classmethod
    def load(cls, directory: str | Path) -> LearnedPRM:
        """Read a checkpoint written by :meth:`save`."""
        directory = Path(directory)
        raw = json.loads((directory / CONFIG_FILE).read_text())
        if raw.pop("format", None) != CHECKPOINT_FORMAT or raw.pop("version", None) != 1:
            raise ValueError(
                f"{directory / CONFIG_FILE} is not a {CHECKPOINT_FORMAT} v1 checkpoint"
            )
        prm = cls(LearnedPRMConfig(**raw))
        state = torch.load(directory / WEIGHTS_FILE, map_location="cpu", weights_only=True)
        prm.model.load_state_dict(state)
        prm.model.train(False)
        return prm


def collect_labels(
    task: Task[Any, Any, Any],
    policy: RolloutPolicy,
    labeller: ProcessRewardModel,
    num_problems: int,
    seed: int = 0,
    max_depth: int = 16,
) -> tuple[list[str], list[float]]:
    """Play ``policy`` on ``num_problems`` sampled problems; label every visited state.

    Returns the state texts (``task.format_state``) and the labeller's Φ for each,
    e.g. a :class:`~metacot_envs.prms.monte_carlo_prm.MonteCarloPRM` for §5-style labels.
    """
    from metacot_envs.core.task import StepError

    rng = np.random.default_rng(seed)
    states: list[Hashable] = []
    for _ in range(num_problems):
        state = task.initial_state(task.sample(rng))
        states.append(state)
        for _ in range(max_depth):
            if task.is_terminal(state):
                break
            step = task.parse_step(state, policy(task, state, rng))
            if isinstance(step, StepError):
                break
            state = task.apply(state, step)
            states.append(state)
    return [task.format_state(s) for s in states], list(labeller.score(task, states))
