"""The one generic env factory: a registry row's config class plus env options → a ready env."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, fields
from typing import Any

import gymnasium as gym

from metacot_envs.core.env import ReasoningEnv, check_env_options
from metacot_envs.core.option_checks import (
    UnknownOptionError,
    check_field_types,
    require_choice,
    require_range,
)
from metacot_envs.core.task import Task, TaskConfig
from metacot_envs.wrappers.discrete_view import DiscreteView
from metacot_envs.wrappers.meta_episode import REWARD_MODES, MetaEpisode

VIEWS = ("text", "discrete")


@dataclass
class EnvOptions:
    """Options every registered env accepts, whatever its task."""

    view: str = "text"
    """``text`` (LLM policies) or ``discrete`` (``Discrete(n)`` + ``Box`` + ``action_masks()``)"""
    search: bool = False
    """search mode: ``backtrack <node>`` actions and a Meta-CoT trace (text view only)"""
    max_steps: int | None = None
    """env steps before truncation (rejected steps and backtracks count); None: task default"""
    invalid_penalty: float = 0.0
    """cost of a rejected step (paid as a negative reward)"""
    max_action_chars: int = 2000
    """longer action strings are rejected without being parsed"""
    max_obs_chars: int | None = None
    """observation text is shortened (from the middle) beyond this length; None: 8192, or more
    where the task needs it to show a state whole (a large maze)"""
    mask_in_info: bool = False
    """discrete view: also put the legal-action mask in ``info["action_mask"]`` (for torchrl)"""
    render_mode: str | None = None
    """``ansi`` (text), ``rgb_array`` (tasks with a picture, e.g. the maze) or None"""
    trials: int = 1
    """attempts at the same problem per episode (a meta-episode for RL² / E-RL²,
    :class:`~metacot_envs.wrappers.meta_episode.MetaEpisode`); 1: plain episodes"""
    trial_reward: str = "final"
    """with ``trials > 1``: ``final`` (only the last trial pays, E-RL²) or ``all`` (RL²)"""

    def __post_init__(self) -> None:
        check_field_types(self)
        require_choice("view", self.view, VIEWS)
        check_env_options(
            self.max_steps, self.invalid_penalty, self.max_action_chars, self.max_obs_chars
        )
        require_range("trials", self.trials, 1, None)
        require_choice("trial_reward", self.trial_reward, REWARD_MODES)


OPTION_NAMES = frozenset(f.name for f in fields(EnvOptions))
"""the keyword arguments every env takes besides its task config's fields"""


def make_env(config_class: str, /, **kwargs: Any) -> gym.Env[Any, Any]:
    """Build an env from a registry row's ``"module:Class"`` config reference and keyword
    arguments (config fields and :class:`EnvOptions`): the config, its task, the view."""
    options, rest = split_options(kwargs)
    config = config_from_kwargs(load_config_class(config_class), rest)
    return build_env(config.build_task(), options)


def load_config_class(reference: str) -> type[TaskConfig]:
    """The class a ``"module:Class"`` reference names."""
    module_name, _, attribute = reference.partition(":")
    cls: type[TaskConfig] = getattr(importlib.import_module(module_name), attribute)
    return cls


def split_options(kwargs: dict[str, Any]) -> tuple[EnvOptions, dict[str, Any]]:
    """Separate the :class:`EnvOptions` keys from the task's own keyword arguments."""
    options = EnvOptions(**{k: v for k, v in kwargs.items() if k in OPTION_NAMES})
    return options, {k: v for k, v in kwargs.items() if k not in OPTION_NAMES}


def build_env(task: Task[Any, Any, Any], options: EnvOptions) -> gym.Env[Any, Any]:
    """A :class:`ReasoningEnv` over ``task``, in the requested view (in trials, if asked)."""
    env = ReasoningEnv(
        task,
        search=options.search,
        max_steps=options.max_steps,
        invalid_penalty=options.invalid_penalty,
        max_action_chars=options.max_action_chars,
        max_obs_chars=options.max_obs_chars,
        render_mode=options.render_mode,
    )
    view: gym.Env[Any, Any] = (
        DiscreteView(env, options.mask_in_info) if options.view == "discrete" else env
    )
    if options.trials > 1:
        view = MetaEpisode(view, options.trials, options.trial_reward)
    return view


def config_from_kwargs(cls: type[Any], kwargs: dict[str, Any]) -> Any:
    """Build a config dataclass, with an error listing the accepted keys on a typo."""
    names = {f.name for f in fields(cls) if f.init}
    unknown = sorted(set(kwargs) - names)
    if unknown:
        # Python's own wording is part of the message: wrappers such as torchrl's GymEnv
        # recognise "unexpected keyword argument '<name>'" and retry without that kwarg
        raise UnknownOptionError(
            unknown[0],
            f"unknown option for {cls.__name__} (got an unexpected keyword argument "
            f"{unknown[0]!r}); accepted: {sorted(names | OPTION_NAMES)}",
        )
    return cls(**kwargs)
