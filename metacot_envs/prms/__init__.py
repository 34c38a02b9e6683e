"""Process reward models behind the ProcessRewardModel protocol."""

from metacot_envs.prms.oracle import SolverPRM

__all__ = ["SolverPRM"]
