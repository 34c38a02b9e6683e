"""Policies: random and oracle baselines, LLM step and rank policies, best-first search, by name."""

from collections.abc import Callable

from agents.policies.base import BasePolicy, Compute, Policy
from agents.policies.best_first import BestFirstPolicy, LMStepScorer, PRMStepScorer
from agents.policies.llm_rank import LLMRankPolicy
from agents.policies.llm_step import LLMStepPolicy
from agents.policies.oracle import OraclePolicy
from agents.policies.random_policy import RandomPolicy


def _smollm2() -> Policy:
    from agents.backends.transformers_backend import TransformersBackend

    return LLMStepPolicy(TransformersBackend(), name="smollm2-135m-step")


def _smollm2_rank() -> Policy:
    from agents.backends.transformers_backend import TransformersBackend

    return LLMRankPolicy(TransformersBackend(), name="smollm2-135m-rank")


def _smollm2_best_first() -> Policy:
    from agents.backends.transformers_backend import TransformersBackend

    # greedy on each step's own log-probability: summed path scores (cumulative=True) rank
    # every deeper entry below the shallow ones and spent a 32-action budget near the root
    return BestFirstPolicy(LMStepScorer(TransformersBackend()), name="smollm2-135m-best-first")


def _solver_prm_best_first() -> Policy:
    from metacot_envs.prms import SolverPRM

    return BestFirstPolicy(PRMStepScorer(SolverPRM(graded=True)), name="solver-prm-best-first")


POLICIES: dict[str, Callable[[], Policy]] = {
    "random": RandomPolicy,
    "oracle": OraclePolicy,
    "smollm2": _smollm2,
    "smollm2-rank": _smollm2_rank,
    "smollm2-best-first": _smollm2_best_first,
    "solver-prm-best-first": _solver_prm_best_first,
}
"""name -> factory, for the CLI and configs (the LLM is loaded only when asked for)"""

__all__ = [
    "POLICIES",
    "BasePolicy",
    "BestFirstPolicy",
    "Compute",
    "LMStepScorer",
    "PRMStepScorer",
    "LLMRankPolicy",
    "LLMStepPolicy",
    "OraclePolicy",
    "Policy",
    "RandomPolicy",
]
