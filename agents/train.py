"""``metacot train EXPERIMENT.yaml``: an experiment YAML → config dataclasses → a trainer run.

An experiment file has five top-level keys::

    name: ppo-maze5x5            # the run's name (runs/<name>/, the trained agent's name)
    algorithm: ppo               # a row of ALGORITHMS
    env: {id: ..., kwargs: {...}, prm: ..., step_cost: ...}   # TrainEnvConfig
    run: {total_steps: ..., seed: ..., ...}                   # RunConfig
    trainer: {...}               # the algorithm's config dataclass (see ALGORITHMS)

Every mapping is checked against its dataclass: an unknown key, a value of the wrong
type, a missing field or a value the config refuses is reported as ``file:line:
message`` (``--set`` overrides are named as such), never as a traceback from inside
a trainer. Files are read with the safe YAML loader only.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import re
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gymnasium as gym
import yaml

from agents.rl.run import RunConfig
from agents.rl.training_env import TrainEnvConfig
from metacot_envs.config_files import ConfigError, parse_yaml_with_lines, read_yaml_with_lines

ALGORITHMS: dict[str, tuple[str, str]] = {
    "ppo": ("agents.rl.discounted_ppo:DiscountedPPOConfig", "agents.rl.discounted_ppo:train"),
    "maskable_ppo": (
        "agents.rl.discounted_ppo:DiscountedPPOConfig",
        "agents.rl.discounted_ppo:train",
    ),
    "recurrent_ppo": ("agents.rl.erl2:RecurrentPPOConfig", "agents.rl.erl2:train"),
    "step_ppo": ("agents.rl.step_ppo:StepPPOConfig", "agents.rl.step_trainer:train"),
}
"""algorithm name → (its config dataclass, its train function), as ``module:attribute``"""

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class ExperimentError(ValueError):
    """An experiment file is malformed; the message starts with ``file:line:`` (or the option)."""


@dataclass
class ExperimentConfig:
    """One training experiment: what to train, on what, for how long."""

    name: str
    """run name: letters, digits, ``.``, ``_``, ``-``; names the run folder and the trained agent"""
    algorithm: str
    """``ppo``, ``maskable_ppo``, ``recurrent_ppo`` (E-RL² / RL² with ``env.kwargs.trials``) or ``step_ppo``"""
    env: TrainEnvConfig
    """the env and the training-only reward terms"""
    run: RunConfig = field(default_factory=RunConfig)
    """budget, seed, output folder, checkpoints"""
    trainer: Any = None
    """the algorithm's hyperparameters (its config dataclass, from ``ALGORITHMS``)"""

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ValueError(
                f"name must be 1-100 of letters, digits, '.', '_', '-', got {self.name!r}"
            )
        if self.algorithm not in ALGORITHMS:
            raise ValueError(
                f"algorithm must be one of {sorted(ALGORITHMS)}, got {self.algorithm!r}"
            )

    def to_dict(self) -> dict[str, Any]:
        """Plain data (stored in the run folder and in every checkpoint manifest)."""
        return dataclasses.asdict(self)

    def out_dir(self, override: str | Path | None = None) -> Path:
        """The run folder: ``override``, else ``run.out_dir``, else ``runs/<name>``."""
        return Path(override or self.run.out_dir or Path("runs") / self.name)


def load_experiment(path: str | Path, overrides: Sequence[str] = ()) -> ExperimentConfig:
    """Read an experiment file (with ``dotted.key=value`` overrides) into an :class:`ExperimentConfig`."""
    path = Path(path)
    try:
        data, _ = read_yaml_with_lines(path)  # size, alias-bomb, depth and duplicate-key checks
    except ConfigError as exc:
        raise ExperimentError(str(exc)) from None
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ExperimentError(
            f"{path}:1: expected a mapping with name, algorithm, env, run, trainer"
        )
    source = _Source(path, _key_lines(root))
    for pair in overrides:
        _apply_override(data, pair, source)
    algorithm = data.get("algorithm")
    if algorithm not in ALGORITHMS:
        raise ExperimentError(
            f"{source.where(('algorithm',))}: algorithm must be one of {sorted(ALGORITHMS)} "
            f"(or grpo, metastar: files metacot train hands to their own runners), got {algorithm!r}"
        )
    trainer_class = _load(ALGORITHMS[algorithm][0])
    trainer = _build(trainer_class, data.get("trainer") or {}, ("trainer",), source)
    rest = {k: v for k, v in data.items() if k != "trainer"}
    config: ExperimentConfig = _build(ExperimentConfig, rest, (), source)
    config.trainer = trainer
    _check_env(config, source)
    return config


def run_experiment(
    config: ExperimentConfig, out_dir: str | Path | None = None, resume: bool = False
) -> Path:
    """Train as ``config`` says (resuming the run folder's checkpoint if asked); the checkpoint folder."""
    if importlib.util.find_spec("tensorboard") is None:
        raise ExperimentError(
            "metacot train writes TensorBoard logs and needs the rl extra: "
            "pip install 'metacot-envs[rl]'"
        )
    train = _load(ALGORITHMS[config.algorithm][1])
    checkpoint: Path = train(config, config.out_dir(out_dir), resume)
    return checkpoint


class _Source:
    """Where each key of an experiment file is, for error messages."""

    def __init__(self, path: Path, lines: dict[tuple[str, ...], int]) -> None:
        self.path = path
        self.lines = lines
        self.overridden: set[tuple[str, ...]] = set()

    def where(self, key: tuple[str, ...]) -> str:
        for depth in range(len(key), 0, -1):
            if key[:depth] in self.overridden:
                return f"--set {'.'.join(key[:depth])}"
            if key[:depth] in self.lines:
                return f"{self.path}:{self.lines[key[:depth]]}"
        return f"{self.path}:1"


def _key_lines(node: Any, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], int]:
    out: dict[tuple[str, ...], int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            path = (*prefix, str(key.value))
            out[path] = key.start_mark.line + 1
            out.update(_key_lines(value, path))
    return out


def _apply_override(data: dict[str, Any], pair: str, source: _Source) -> None:
    key, sep, value = pair.partition("=")
    parts = tuple(p.strip() for p in key.split("."))
    if not sep or not all(parts):
        raise ExperimentError(f"--set expects dotted.key=value, got {pair!r}")
    try:
        parsed, _ = parse_yaml_with_lines(value, f"--set {key}")
    except ConfigError as exc:
        raise ExperimentError(str(exc)) from None
    target = data
    for part in parts[:-1]:
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            raise ExperimentError(f"--set {key}: {part!r} is not a mapping")
        target = child
    target[parts[-1]] = parsed
    source.overridden.add(parts)


def _load(reference: str) -> Any:
    module, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module), attribute)


def _build(cls: type[Any], data: Any, key: tuple[str, ...], source: _Source) -> Any:
    """``cls(**data)`` with every field checked against its annotation; errors name the line."""
    section = ".".join(key) or "the experiment"
    if not isinstance(data, dict):
        raise ExperimentError(f"{source.where(key)}: {section} must be a mapping")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    unknown = [k for k in data if k not in names]
    if unknown:
        raise ExperimentError(
            f"{source.where((*key, str(unknown[0])))}: unknown key {unknown[0]!r} in {section}; "
            f"accepted: {names}"
        )
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if not f.init or f.name == "trainer":
            continue
        if f.name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ExperimentError(f"{source.where(key)}: {section} is missing {f.name!r}")
            continue
        kwargs[f.name] = _value(hints[f.name], data[f.name], (*key, f.name), source)
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        message = str(exc)
        named = [(message.find(n), n) for n in kwargs if n in message]
        culprit = (*key, min(named)[1]) if named else key
        where = f"{section}: " if key else ""
        raise ExperimentError(f"{source.where(culprit)}: {where}{message}") from None


def _value(hint: Any, value: Any, key: tuple[str, ...], source: _Source) -> Any:
    name = ".".join(key)
    origin = typing.get_origin(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _value(option, value, key, source)
            except ExperimentError as exc:
                errors.append(str(exc))
        raise ExperimentError(errors[0] if errors else f"{source.where(key)}: bad value for {name}")
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, key, source)  # type: ignore[arg-type]
    if origin in (list, tuple):
        if not isinstance(value, list):
            raise ExperimentError(f"{source.where(key)}: {name} must be a list, got {value!r}")
        (item,) = typing.get_args(hint)[:1] or (Any,)
        items = [_value(item, v, key, source) for v in value]
        return items if origin is list else tuple(items)
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            raise ExperimentError(f"{source.where(key)}: {name} must be a mapping, got {value!r}")
        return dict(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ExperimentError(
                f"{source.where(key)}: {name} must be true or false, got {value!r}"
            )
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ExperimentError(f"{source.where(key)}: {name} must be an integer, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ExperimentError(f"{source.where(key)}: {name} must be a number, got {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ExperimentError(f"{source.where(key)}: {name} must be a string, got {value!r}")
        return value
    return value


def _check_env(config: ExperimentConfig, source: _Source) -> None:
    """Build the env once, so a bad env kwarg is reported with its line before training starts."""
    try:
        gym.make(config.env.id, **config.env.kwargs).close()
    except (TypeError, ValueError, KeyError, gym.error.Error) as exc:
        message = str(exc)
        named = [(message.find(repr(k)), k) for k in config.env.kwargs if repr(k) in message]
        key = ("env", "kwargs", min(named)[1]) if named else ("env", "id")
        raise ExperimentError(f"{source.where(key)}: {message}") from None
