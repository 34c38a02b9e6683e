"""The one table of agents by name: what ``metacot evaluate --agent NAME`` and configs can build.

Adding an agent is one row: a name and a factory with no arguments. Factories import
heavy parts (models, engines) only when called.
"""

from __future__ import annotations

from collections.abc import Callable

from agents.policies import (
    BestFirstPolicy,
    LLMRankPolicy,
    LLMStepPolicy,
    LMStepScorer,
    OraclePolicy,
    PRMStepScorer,
    RandomPolicy,
)
from agents.policies.base import Policy


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


AGENTS: dict[str, Callable[[], Policy]] = {
    "random": RandomPolicy,
    "oracle": OraclePolicy,
    "smollm2": _smollm2,
    "smollm2-rank": _smollm2_rank,
    "smollm2-best-first": _smollm2_best_first,
    "solver-prm-best-first": _solver_prm_best_first,
}
"""name -> factory, for the CLI and configs (a model is loaded only when its agent is made)"""
