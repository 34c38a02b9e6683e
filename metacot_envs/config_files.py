"""Env configs in YAML: ``id`` plus ``kwargs``, with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gymnasium as gym
import yaml


class ConfigError(ValueError):
    """A config file is malformed; the message starts with ``file:line:``."""


def load_env_config(path: str | Path) -> tuple[str, dict[str, Any]]:
    """Read ``{"id": ..., "kwargs": {...}}`` from a YAML file (safe loader only)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise ConfigError(
            f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', exc)})"
        ) from None
    if not isinstance(data, dict) or root is None:
        raise ConfigError(f"{path}:1: expected a mapping with 'id' and 'kwargs'")
    lines = _key_lines(root)
    unknown = sorted(set(data) - {"id", "kwargs"})
    if unknown:
        raise ConfigError(
            f"{path}:{lines.get(unknown[0], 1)}: unknown top-level key {unknown[0]!r}"
        )
    if "id" not in data:
        raise ConfigError(f"{path}:1: missing field 'id' (the registered env id)")
    kwargs = data.get("kwargs") or {}
    if not isinstance(kwargs, dict):
        raise ConfigError(f"{path}:{lines.get('kwargs', 1)}: 'kwargs' must be a mapping")
    return str(data["id"]), kwargs


def make_from_config(path: str | Path, **overrides: Any) -> gym.Env[Any, Any]:
    """``gym.make`` the env a config file describes; bad kwargs are reported with their line."""
    path = Path(path)
    env_id, kwargs = load_env_config(path)
    kwargs = {**kwargs, **overrides}
    try:
        return gym.make(env_id, **kwargs)
    except (TypeError, ValueError, gym.error.Error) as exc:
        lines = _key_lines(yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader))
        message = str(exc)
        mentioned = [(message.find(repr(k)), k) for k in kwargs if repr(k) in message]
        culprit = (
            min(mentioned)[1] if mentioned else "id"
        )  # the key named first is the one at fault
        line = lines.get(culprit, lines.get("id", 1))
        raise ConfigError(f"{path}:{line}: {exc}") from None


def _key_lines(node: Any, out: dict[str, int] | None = None) -> dict[str, int]:
    """Line (1-based) of every mapping key in a composed YAML tree (nested keys included)."""
    out = {} if out is None else out
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out.setdefault(str(key.value), key.start_mark.line + 1)
            _key_lines(value, out)
    return out
