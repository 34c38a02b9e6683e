"""Wrappers, one concern per module."""

from metacot_envs.wrappers.discrete_view import DiscreteView
from metacot_envs.wrappers.prm_shaping import PRMShaping

__all__ = ["DiscreteView", "PRMShaping"]
