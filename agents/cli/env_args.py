"""Arguments every env-facing command shares: the env id or a YAML config, overrides, a seed."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

import gymnasium as gym

from metacot_envs.config_files import (
    ConfigError,
    first_line,
    load_env_config,
    make_from_config,
    parse_yaml_with_lines,
)
from metacot_envs.core.option_checks import OptionError


def add_env_args(parser: argparse.ArgumentParser, positional: bool = True) -> None:
    """``[env] --config FILE --set KEY=VALUE --seed N``."""
    if positional:
        parser.add_argument("env", nargs="?", default="MetaCoT/Game24-v0", help="registered env id")
    parser.add_argument(
        "--config", help="YAML env config (id + kwargs), e.g. configs/envs/game24.yaml"
    )
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="env kwarg override"
    )
    parser.add_argument("--seed", type=int, default=0)


def parse_sets(pairs: Sequence[str]) -> dict[str, Any]:
    """``key=value`` pairs; values are read as YAML scalars/lists (safe loader, never code)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise SystemExit(f"--set expects key=value, got {pair!r}")
        try:
            out[key.strip()], _ = parse_yaml_with_lines(value, f"--set {key.strip()}")
        except ConfigError as exc:
            raise SystemExit(str(exc)) from None
    return out


def env_from_args(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    """The env id and kwargs the arguments name (a config file, then ``--set`` overrides),
    checked by building the env once: a bad file or option exits with a one-line message."""
    if args.config:
        try:
            env_id, kwargs = load_env_config(args.config)
            overrides = parse_sets(args.set)
            make_from_config(args.config, **overrides).close()
        except ConfigError as exc:
            raise SystemExit(f"error: {exc}") from None
        return env_id, {**kwargs, **overrides}
    env_id, kwargs = args.env, parse_sets(args.set)
    check_env(env_id, kwargs)
    return env_id, kwargs


def check_env(env_id: str, kwargs: dict[str, Any]) -> None:
    """Build the env once; an unknown id or a refused option exits with a one-line message."""
    try:
        gym.make(env_id, **kwargs).close()
    except (OptionError, gym.error.Error, ModuleNotFoundError, TypeError, ValueError) as exc:
        raise SystemExit(f"error: {env_id}: {first_line(exc)}") from None
