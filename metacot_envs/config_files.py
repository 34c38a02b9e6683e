"""Env configs in YAML files: ``id`` plus ``kwargs``, with errors that name the file and line.

A config file is untrusted input. It is read with the safe loader only, and refused
(with :class:`ConfigError`, whose message starts with ``file:line:``) when it is missing,
a directory, larger than :data:`MAX_CONFIG_BYTES`, not UTF-8, not valid YAML, nested
deeper than :data:`MAX_DEPTH`, expands (through aliases) to more than
:data:`MAX_NODES` values, has a duplicate key, an unknown top-level key, no ``id``, an
unregistered ``id``, or an option the env refuses (reported at that option's line).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gymnasium as gym
import yaml

from metacot_envs.core.option_checks import OptionError

MAX_CONFIG_BYTES = 1_000_000
"""larger config files are refused unread"""
MAX_DEPTH = 50
"""deeper nesting of mappings and lists is refused"""
MAX_NODES = 100_000
"""configs whose values, with every alias expanded, exceed this many are refused"""


class ConfigError(ValueError):
    """A config file is malformed; the message starts with ``file:line:``."""


def load_env_config(path: str | Path) -> tuple[str, dict[str, Any]]:
    """Read ``{"id": ..., "kwargs": {...}}`` from a YAML file (safe loader only)."""
    path = Path(path)
    data, lines = read_yaml_with_lines(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping with 'id' and 'kwargs'")
    unknown = sorted(str(k) for k in set(data) - {"id", "kwargs"})
    if unknown:
        line = lines.get(unknown[0], 1)
        raise ConfigError(f"{path}:{line}: unknown top-level key {unknown[0]!r} (use id, kwargs)")
    if "id" not in data:
        raise ConfigError(f"{path}:1: missing field 'id' (the registered env id)")
    if not isinstance(data["id"], str) or not data["id"].strip():
        raise ConfigError(f"{path}:{lines.get('id', 1)}: 'id' must be a registered env id (text)")
    kwargs = data.get("kwargs") or {}
    if not isinstance(kwargs, dict):
        raise ConfigError(f"{path}:{lines.get('kwargs', 1)}: 'kwargs' must be a mapping")
    bad_keys = [k for k in kwargs if not isinstance(k, str)]
    if bad_keys:
        raise ConfigError(f"{path}:{lines.get('kwargs', 1)}: option names must be text")
    return data["id"], kwargs


def make_from_config(path: str | Path, **overrides: Any) -> gym.Env[Any, Any]:
    """``gym.make`` the env a config file describes; a refused option is reported at its line."""
    path = Path(path)
    env_id, kwargs = load_env_config(path)
    _, lines = read_yaml_with_lines(path)
    try:
        return gym.make(env_id, **{**kwargs, **overrides})
    except OptionError as exc:
        line = lines.get(f"kwargs.{exc.option}", lines.get("kwargs", 1))
        raise ConfigError(f"{path}:{line}: {first_line(exc)}") from None
    except (gym.error.Error, ModuleNotFoundError) as exc:
        raise ConfigError(f"{path}:{lines.get('id', 1)}: {first_line(exc)}") from None
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}:{lines.get('kwargs', 1)}: {first_line(exc)}") from None


def read_yaml_with_lines(path: Path) -> tuple[Any, dict[str, int]]:
    """A config file's parsed document (safe loader, checked) and the line of each key.

    Refused with a :class:`ConfigError` naming the file and line: a missing file, a
    directory, more than :data:`MAX_CONFIG_BYTES`, not UTF-8, and everything
    :func:`parse_yaml_with_lines` refuses.
    """
    try:
        if path.is_dir():
            raise ConfigError(f"{path}:1: is a directory, not a config file")
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}:1: {size} bytes is more than a config may hold")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}:1: no such config file") from None
    except OSError as exc:
        raise ConfigError(f"{path}:1: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{line}: not UTF-8 text (byte {exc.start})") from None
    return parse_yaml_with_lines(text, str(path))


def parse_yaml_with_lines(text: str, where: str) -> tuple[Any, dict[str, int]]:
    """YAML text (a file's, or a ``--set`` value) parsed safely, and the line of each key.

    Nested keys are dotted (``kwargs.name``). Refused with a :class:`ConfigError` whose
    message starts ``where:line:``: invalid YAML, nesting deeper than :data:`MAX_DEPTH`,
    more than :data:`MAX_NODES` values once aliases are expanded (an alias bomb would
    otherwise hang whatever prints or hashes the value), and duplicate keys. Every
    config reader of the project parses through here.
    """
    if len(text) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{where}:1: {len(text)} characters is more than a config may hold")
    _check_flow_depth(text, where)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        lines: dict[str, int] = {}
        _check_tree(root, where, lines)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise ConfigError(
            f"{where}:{line}: not valid YAML ({getattr(exc, 'problem', exc)})"
        ) from None
    except RecursionError:
        raise ConfigError(f"{where}:1: nested more deeply than a config may be") from None
    return data, lines


def _check_flow_depth(text: str, path: str) -> None:
    """Refuse ``[[[...`` / ``{{{...`` nesting before the (recursive) YAML parser meets it."""
    depth, line = 0, 1
    for char in text:
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ConfigError(f"{path}:{line}: nested deeper than {MAX_DEPTH}")
        elif char in "]}":
            depth = max(0, depth - 1)


def _check_tree(root: Any, path: str, lines: dict[str, int]) -> None:
    """Refuse deep nesting, alias bombs and duplicate keys; record the line of every key."""
    sizes: dict[int, int] = {}

    def walk(node: Any, depth: int, prefix: str) -> int:
        if depth > MAX_DEPTH:
            raise ConfigError(f"{path}:{node.start_mark.line + 1}: nested deeper than {MAX_DEPTH}")
        if id(node) in sizes:  # an alias: its expansion was counted where it was defined
            return sizes[id(node)]
        size = 1
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                name = str(key.value)
                if name in seen:
                    raise ConfigError(f"{path}:{key.start_mark.line + 1}: duplicate key {name!r}")
                seen.add(name)
                lines.setdefault(f"{prefix}{name}", key.start_mark.line + 1)
                size += walk(value, depth + 1, f"{prefix}{name}." if depth == 0 else prefix)
        elif isinstance(node, yaml.SequenceNode):
            size += sum(walk(item, depth + 1, prefix) for item in node.value)
        if size > MAX_NODES:
            raise ConfigError(
                f"{path}:{node.start_mark.line + 1}: expands to more than {MAX_NODES} values"
            )
        sizes[id(node)] = size
        return size

    if root is not None:
        walk(root, 0, "")


def first_line(exc: BaseException) -> str:
    """The message without Gymnasium's "was raised from the environment creator ..." suffix."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text.split(" was raised from the environment creator")[0]
