"""Env options and reset options: a bad value is refused at once, naming what is wrong."""

from __future__ import annotations

import math
import pickle

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.core.option_checks import OptionError
from metacot_envs.registry import registered_specs
from metacot_envs.testing import make_raw

SPECS = registered_specs()

BAD_OPTIONS = {
    "negative penalty": ("MetaCoT/Countdown-v0", {"invalid_penalty": -1.0}, "invalid_penalty"),
    "NaN penalty": ("MetaCoT/Countdown-v0", {"invalid_penalty": math.nan}, "invalid_penalty"),
    "zero max_steps": ("MetaCoT/Maze-v0", {"max_steps": 0}, "max_steps"),
    "tiny observation": ("MetaCoT/Math-v0", {"max_obs_chars": 4}, "max_obs_chars"),
    "maze too big to show": (
        "MetaCoT/Maze-v0",
        {"width": 100, "height": 100, "max_obs_chars": 8192},
        "needs",
    ),
    "a thousand numbers": (
        "MetaCoT/Countdown-v0",
        {"view": "discrete", "num_numbers": 1000},
        "num_numbers",
    ),
    "huge render cells": ("MetaCoT/Maze-v0", {"render_cell_pixels": 10**5}, "render_cell_pixels"),
    "search as text": ("MetaCoT/Game24-v0", {"search": "no"}, "search"),
    "count as float": ("MetaCoT/Countdown-v0", {"num_numbers": 4.5}, "num_numbers"),
    "unknown view": ("MetaCoT/Maze-v0", {"view": "pixels"}, "view"),
    "NaN timeout": ("MetaCoT/Math-v0", {"verify_timeout": math.nan}, "verify_timeout"),
}


@pytest.mark.parametrize(
    ("env_id", "kwargs", "option"), BAD_OPTIONS.values(), ids=list(BAD_OPTIONS)
)
def test_bad_option__is_refused_naming_the_option(env_id, kwargs, option):
    with pytest.raises(OptionError, match=r"option '[a-z_]+'.*") as refused:
        gym.make(env_id, **kwargs)
    assert option in str(refused.value)


def test_unknown_option__is_a_type_error_too_and_survives_pickling():
    with pytest.raises(TypeError, match="colour") as refused:
        gym.make("MetaCoT/Maze-v0", colour="red")
    again = pickle.loads(pickle.dumps(refused.value))
    assert again.option == "colour" and isinstance(again, ValueError)


def test_large_maze__text_view_shows_every_row():
    env = gym.make("MetaCoT/Maze-v0", width=100, height=100, wall_density=0.1, min_plan_length=1)
    observation, _ = env.reset(seed=0)
    assert "\n...\n" not in observation and observation.count("\n") > 100


@pytest.mark.parametrize("spec", SPECS, ids=[s.id for s in SPECS])
@pytest.mark.parametrize("options", ["x", 3, ["problem"]], ids=["str", "int", "list"])
def test_reset_options_not_a_dict__are_refused(spec, options):
    env = make_raw(spec)
    with pytest.raises(ValueError, match="reset options must be a dict or None"):
        env.reset(seed=0, options=options)


@pytest.mark.parametrize("spec", SPECS, ids=[s.id for s in SPECS])
@pytest.mark.parametrize("problem", [42, {"bogus": 1}, object()], ids=["int", "dict", "object"])
def test_garbage_problem__is_refused_saying_what_a_problem_looks_like(spec, problem):
    env = make_raw(spec)
    with pytest.raises(ValueError, match=r"options\['problem'\] must be .*; got "):
        env.reset(seed=0, options={"problem": problem})
    env.reset(seed=0)  # the env is still usable


BAD_PROBLEMS = {
    "missing target": ("MetaCoT/Countdown-v0", {}, {"numbers": [4, 9]}, "missing key.*target"),
    "five numbers in game24": (
        "MetaCoT/Game24-v0",
        {"view": "discrete"},
        ([1, 2, 3, 4, 5], 24),
        "2 to 4",
    ),
    "NaN number": ("MetaCoT/Countdown-v0", {}, ([4, math.nan, 3, 2], 10), "nan"),
    "boolean number": ("MetaCoT/Countdown-v0", {}, ([4, True, 3, 2], 10), "booleans"),
    "numbers as text": ("MetaCoT/Countdown-v0", {}, ("4 9 3", 10), "must be a list"),
    "maze without goal": ("MetaCoT/Maze-v0", {}, ["S..", "...", "..."], "one S and one G"),
    "math without answer": ("MetaCoT/Math-v0", {}, {"problem": "1+1?"}, "answer"),
}


@pytest.mark.parametrize(
    ("env_id", "kwargs", "problem", "reason"), BAD_PROBLEMS.values(), ids=list(BAD_PROBLEMS)
)
def test_bad_problem__is_a_value_error_naming_the_reason(env_id, kwargs, problem, reason):
    env = gym.make(env_id, **kwargs)
    with pytest.raises(ValueError, match=reason):
        env.reset(seed=0, options={"problem": problem})
