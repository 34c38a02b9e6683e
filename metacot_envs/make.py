"""The one generic env factory: a registry row's config class plus env options → a ready env."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import gymnasium as gym

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.core.task import Task, TaskConfig
from metacot_envs.wrappers.discrete_view import DiscreteView
from metacot_envs.wrappers.meta_episode import REWARD_MODES, MetaEpisode

if TYPE_CHECKING:
    from metacot_envs.registry import EnvSpec

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
    max_obs_chars: int = 8192
    """observation text is shortened (from the middle) beyond this length"""
    mask_in_info: bool = False
    """discrete view: also put the legal-action mask in ``info["action_mask"]`` (for torchrl)"""
    render_mode: str | None = None
    """``ansi`` (text), ``rgb_array`` (tasks with a picture, e.g. the maze) or None"""
    trials: int = 1
    """attempts at the same problem per episode (a meta-episode for RL² / E-RL²,
    :class:`~metacot_envs.wrappers.meta_episode.MetaEpisode`); 1: plain episodes"""
    trial_reward: str = "final"
    """with ``trials > 1``: ``final`` (only the last trial pays, E-RL²) or ``all`` (RL²)"""


OPTION_NAMES = frozenset(f.name for f in fields(EnvOptions))
"""the keyword arguments every env takes besides its task config's fields"""


def make_env(spec: EnvSpec, **kwargs: Any) -> gym.Env[Any, Any]:
    """Build the env of a registry row: its config class from ``kwargs``, its task, the view."""
    options, rest = split_options({**spec.kwargs, **kwargs})
    config = config_from_kwargs(load_config_class(spec.config), rest)
    return build_env(config.build_task(), options)


def load_config_class(reference: str) -> type[TaskConfig]:
    """The class a ``"module:Class"`` reference names."""
    module_name, _, attribute = reference.partition(":")
    cls: type[TaskConfig] = getattr(importlib.import_module(module_name), attribute)
    return cls


def split_options(kwargs: dict[str, Any]) -> tuple[EnvOptions, dict[str, Any]]:
    """Separate the :class:`EnvOptions` keys from the task's own keyword arguments."""
    options = EnvOptions(**{k: v for k, v in kwargs.items() if k in OPTION_NAMES})
    if options.view not in VIEWS:
        raise ValueError(f"view must be one of {VIEWS}, got {options.view!r}")
    if (
        isinstance(options.trials, bool)
        or not isinstance(options.trials, int)
        or options.trials < 1
    ):
        raise ValueError(f"trials must be a positive integer, got {options.trials!r}")
    if options.trial_reward not in REWARD_MODES:
        raise ValueError(
            f"trial_reward must be one of {REWARD_MODES}, got {options.trial_reward!r}"
        )
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
        raise TypeError(
            f"unknown option(s) {unknown} for {cls.__name__} (got an unexpected keyword "
            f"argument {unknown[0]!r}); accepted: {sorted(names | OPTION_NAMES)}"
        )
    return cls(**kwargs)
