"""Process reward models behind the ProcessRewardModel protocol.

``LLMPRM`` and ``LearnedPRM`` import torch/transformers, so they load on first use.
"""

from typing import Any

from metacot_envs.prms.math_oracle import MathClaimPRM
from metacot_envs.prms.mc_rollout import MonteCarloPRM
from metacot_envs.prms.oracle import SolverPRM
from metacot_envs.prms.policies import NoisySolverPolicy, RandomLegalPolicy, RolloutPolicy

_LAZY = {
    "LLMPRM": "metacot_envs.prms.llm",
    "LearnedPRM": "metacot_envs.prms.learned",
    "LearnedPRMConfig": "metacot_envs.prms.learned",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'metacot_envs.prms' has no attribute {name!r}")


__all__ = [
    "LLMPRM",
    "LearnedPRM",
    "LearnedPRMConfig",
    "MathClaimPRM",
    "MonteCarloPRM",
    "NoisySolverPolicy",
    "RandomLegalPolicy",
    "RolloutPolicy",
    "SolverPRM",
]
