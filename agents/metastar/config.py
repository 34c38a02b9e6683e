"""A Meta-STaR experiment as dataclasses, read from YAML with errors naming file and line.

``metacot metastar run configs/experiments/metastar-countdown.yaml`` maps the file onto
:class:`MetaStarConfig`: the env, the corpus, the fine-tuning run, the evaluation and
the rounds. Each section is a dataclass with a docstring per field; an unknown key, a
value of the wrong type or a value the dataclass refuses is a
:class:`~metacot_envs.config_files.ConfigError` whose message starts ``file:line:``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agents.metastar.sft import SFTConfig
from metacot_envs.config_files import ConfigError, read_yaml_with_lines


@dataclass
class CorpusConfig:
    """The round-0 corpus: which problems, which sources, which strategies."""

    problems: int = 500
    """training problems (episode seeds ``seed .. seed + problems - 1``, train split)"""
    seed: int = 0
    """first problem seed"""
    sources: list[str] = field(default_factory=lambda: ["search"])
    """``solution`` (the solver's plan) and/or ``search`` (solver-driven searches)"""
    strategies: list[str] | None = None
    """search strategies (:mod:`agents.metastar.strategies`); None: all of the env's"""
    max_lines: int | None = 40
    """leave out searches longer than this many Meta-CoT lines"""

    def __post_init__(self) -> None:
        if self.problems < 1:
            raise ValueError("problems must be at least 1")
        bad = [s for s in self.sources if s not in ("solution", "search")]
        if bad or not self.sources:
            raise ValueError(f"sources must be 'solution' and/or 'search', got {self.sources}")


@dataclass
class EvalConfig:
    """How the fine-tuned model is evaluated after each round (held-out problems)."""

    episodes: int = 100
    """held-out problems played (seeds ``seed ..``)"""
    seed: int = 100_000
    """first evaluation seed"""
    env_kwargs: dict[str, Any] = field(default_factory=lambda: {"split": "val"})
    """env options on top of the experiment's, e.g. ``split: val`` for held-out targets"""
    max_actions: int = 48
    """env actions per episode (search mode's ``max_steps``)"""
    max_tokens: int = 768
    """tokens the model may generate per episode"""
    temperature: float = 0.0
    """decoding temperature (0: greedy)"""


@dataclass
class RoundsConfig:
    """Meta-STaR rounds after round 0: play, keep verified traces, fine-tune again."""

    rounds: int = 1
    """rounds after the first fine-tuning (0: train and evaluate once)"""
    problems: int = 300
    """training problems the model plays per round"""
    seed: int = 50_000
    """first problem seed of round 1 (round r uses ``seed + (r - 1) * problems ..``)"""
    temperature: float = 0.7
    """sampling temperature while collecting (diverse searches)"""
    max_tokens: int = 100_000
    """training tokens of each round's fine-tuning"""
    lr: float = 5e-4
    """peak learning rate of each round's fine-tuning"""
    keep_corpus: bool = True
    """train on the round-0 corpus plus every verified trace so far (else the traces only)"""


@dataclass
class MetaStarConfig:
    """A Meta-STaR experiment: corpus -> SFT -> evaluate -> (play, filter, SFT, evaluate) × rounds."""

    out_dir: str
    """corpora, checkpoints, TensorBoard logs and ``rounds.jsonl`` go here"""
    name: str = "metastar"
    """agent name in results rows (``<name>-round-<r>``)"""
    algorithm: str = "metastar"
    """always ``metastar``: what tells ``metacot train`` to run this file as Meta-STaR"""
    env_id: str = "MetaCoT/Countdown-v0"
    """the registered env"""
    env_kwargs: dict[str, Any] = field(default_factory=dict)
    """env options for training problems (the train split is enforced) and evaluation"""
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    """the round-0 corpus"""
    sft: SFTConfig | None = None
    """the round-0 fine-tuning (its ``out_dir`` is set per round)"""
    eval: EvalConfig = field(default_factory=EvalConfig)
    """evaluation after each round"""
    rounds: RoundsConfig = field(default_factory=RoundsConfig)
    """the rounds after round 0"""

    def __post_init__(self) -> None:
        if self.algorithm != "metastar":
            raise ValueError(
                f"algorithm must be 'metastar' in a Meta-STaR experiment, got {self.algorithm!r}"
            )
        if self.sft is None:
            self.sft = SFTConfig(out_dir=str(Path(self.out_dir) / "round-0"))


def load_metastar_config(path: str | Path) -> MetaStarConfig:
    """Read a Meta-STaR experiment YAML file (see the module doc)."""
    path = Path(path)
    data, lines = read_yaml_with_lines(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping of experiment settings")
    if "sft" in data and isinstance(data["sft"], dict):
        data["sft"] = {
            "out_dir": str(Path(str(data.get("out_dir", "."))) / "round-0"),
            **data["sft"],
        }
    config: MetaStarConfig = _build(MetaStarConfig, data, path, lines, "")
    return config


def _build(cls: Any, data: Any, path: Path, lines: dict[str, int], prefix: str) -> Any:
    where = lines.get(prefix.rstrip("."), 1)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:{where}: {prefix.rstrip('.') or 'the file'} must be a mapping")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = lines.get(f"{prefix}{key}", where)
        if key not in names:
            raise ConfigError(
                f"{path}:{line}: unknown setting {prefix}{key!s} (known: {', '.join(sorted(names))})"
            )
        values[key] = _value(hints[key], value, path, lines, f"{prefix}{key}", line)
    try:
        return cls(**values)
    except ConfigError:
        raise
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}:{where}: {prefix.rstrip('.') or 'config'}: {exc}") from None


def _value(hint: Any, value: Any, path: Path, lines: dict[str, int], name: str, line: int) -> Any:
    options = typing.get_args(hint) if _is_union(hint) else (hint,)
    if value is None:
        if type(None) in options:
            return None
        raise ConfigError(f"{path}:{line}: {name} must not be empty")
    for option in options:
        if option is type(None):
            continue
        if dataclasses.is_dataclass(option):
            if isinstance(value, dict):
                section = name.split(".")[0]
                return _build(option, value, path, lines, f"{section}.")
            continue
        origin = typing.get_origin(option) or option
        if origin is float and isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if origin is int and isinstance(value, int) and not isinstance(value, bool):
            return value
        if origin in (str, bool, list, dict) and isinstance(value, origin):
            return value
        if option is Any:
            return value
    expected = " or ".join(getattr(o, "__name__", str(o)) for o in options)
    raise ConfigError(f"{path}:{line}: {name} must be {expected}, got {value!r}")


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)
