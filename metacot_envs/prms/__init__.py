"""Process reward models behind the ProcessRewardModel protocol.

``LLMPRM`` and ``LearnedPRM`` import torch/transformers, so they load on first use.
"""

from typing import Any

from metacot_envs.prms.math_claim_prm import MathClaimPRM
from metacot_envs.prms.monte_carlo_prm import MonteCarloPRM
from metacot_envs.prms.rollout_policies import NoisySolverPolicy, RandomLegalPolicy, RolloutPolicy
from metacot_envs.prms.solver_prm import SolverPRM

_LAZY = {
    "LLMPRM": "metacot_envs.prms.llm_prm",
    "LearnedPRM": "metacot_envs.prms.learned_prm",
    "LearnedPRMConfig": "metacot_envs.prms.learned_prm",
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
