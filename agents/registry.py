"""The one table of agents by name: what ``metacot evaluate --agent NAME`` and configs can build.

Adding an agent is one row: a name and a factory with no arguments. Factories import
heavy parts (models, engines) only when called.
"""

from __future__ import annotations

import argparse
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

CHECKPOINT_PREFIX = "checkpoint:"
"""``checkpoint:PATH`` names a trained checkpoint (a run or checkpoint folder of ``metacot train``)"""


def make_agent(name: str) -> Policy:
    """The agent ``name`` names: a row of :data:`AGENTS`, or ``checkpoint:PATH``."""
    if name.startswith(CHECKPOINT_PREFIX):
        from agents.rl.checkpoint_policy import load_checkpoint_policy

        return load_checkpoint_policy(name[len(CHECKPOINT_PREFIX) :])
    if name not in AGENTS:
        raise KeyError(
            f"unknown agent {name!r}; known: {sorted(AGENTS)} or {CHECKPOINT_PREFIX}PATH"
        )
    return AGENTS[name]()


def agent_name(value: str) -> str:
    """``argparse`` type of ``--agent``: a known name, or ``checkpoint:PATH`` with a readable manifest."""
    if value.startswith(CHECKPOINT_PREFIX):
        from agents.rl.run import CheckpointError, read_manifest

        try:
            read_manifest(value[len(CHECKPOINT_PREFIX) :])
        except CheckpointError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return value
    if value not in AGENTS:
        raise argparse.ArgumentTypeError(
            f"unknown agent {value!r}; choose from {sorted(AGENTS)} or {CHECKPOINT_PREFIX}PATH"
        )
    return value
