"""Shared checks every env's tests call: the env contract, hostile actions, a hang detector."""

from metacot_envs.testing.checks import check_reasoning_env, make_raw, registered_views
from metacot_envs.testing.deadline import deadline
from metacot_envs.testing.hostile import hostile_actions

__all__ = ["check_reasoning_env", "deadline", "hostile_actions", "make_raw", "registered_views"]
