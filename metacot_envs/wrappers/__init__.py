"""Wrappers, one concern per module."""

from metacot_envs.wrappers.discrete_view import DiscreteView
from metacot_envs.wrappers.mask_in_observation import ActionMaskInObservation
from metacot_envs.wrappers.meta_episode import MetaEpisode
from metacot_envs.wrappers.prm_shaping import PRMShaping
from metacot_envs.wrappers.step_cost import StepCost

__all__ = ["ActionMaskInObservation", "DiscreteView", "MetaEpisode", "PRMShaping", "StepCost"]
