"""Shared checks every env's tests call: the env contract, hostile actions, a hang detector."""

from metacot_envs.testing.checks import (
    check_reasoning_env,
    check_registered_env,
    check_render_mode,
    check_searchable,
    make_raw,
    registered_views,
)
from metacot_envs.testing.codec_checks import check_discrete_codec, replay_solver_through_codec
from metacot_envs.testing.deadline import deadline
from metacot_envs.testing.hostile import hostile_actions

__all__ = [
    "check_discrete_codec",
    "check_reasoning_env",
    "check_registered_env",
    "check_render_mode",
    "check_searchable",
    "deadline",
    "hostile_actions",
    "make_raw",
    "registered_views",
    "replay_solver_through_codec",
]
