"""The one table of agents by name: what ``metacot evaluate --agent NAME`` and configs can build.

Adding an agent is one row: a name and a factory with no arguments. Factories import
heavy parts (models, engines) only when called.

Search agents are named ``<proposals>-<value>-<algorithm>``: ``solver-prm-*`` search
the env's legal steps (best-of-N: random legal steps, one per step) judged by the exact
solver's graded PRM (``SolverPRM(graded=True)``; flat on mazes, where every state can
still reach the goal); ``smollm2-*`` let SmolLM2-135M propose or search (in-process, or the
model served at ``--backend-url`` / ``METACOT_BACKEND_URL``: see ``agents/backends/endpoint.py``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from agents.policies import (
    InContextSearchPolicy,
    LLMRankPolicy,
    LLMStepPolicy,
    OraclePolicy,
    RandomPolicy,
)
from agents.policies.base import Policy
from agents.search import (
    BeamSearchPolicy,
    BestFirstPolicy,
    BestOfNPolicy,
    LegalSteps,
    LLMSteps,
    LMStepScorer,
    MCTSPolicy,
    PRMStepScorer,
)

SEARCH_ENV_STEPS = 1000
"""the env's ``max_steps`` for search agents with their own budget: a safety net only"""


def _smollm2() -> Policy:
    from agents.backends.endpoint import default_backend

    return LLMStepPolicy(default_backend(), name="smollm2-135m-step")


def _smollm2_rank() -> Policy:
    from agents.backends.endpoint import default_backend

    return LLMRankPolicy(default_backend(), name="smollm2-135m-rank")


def _smollm2_best_first() -> Policy:
    from agents.backends.endpoint import default_backend

    # greedy on each step's own log-probability: summed path scores (cumulative=True) rank
    # every deeper entry below the shallow ones and spent a 32-action budget near the root
    return BestFirstPolicy(LMStepScorer(default_backend()), name="smollm2-135m-best-first")


def _solver_prm() -> PRMStepScorer:
    from metacot_envs.prms import SolverPRM

    return PRMStepScorer(SolverPRM(graded=True))


def _solver_prm_best_first() -> Policy:
    return BestFirstPolicy(_solver_prm(), name="solver-prm-best-first")


def _solver_prm_beam() -> Policy:
    return BeamSearchPolicy(
        _solver_prm(), width=2, name="solver-prm-beam", max_env_steps=SEARCH_ENV_STEPS
    )


def _solver_prm_mcts() -> Policy:
    return MCTSPolicy(
        _solver_prm(), simulations=64, name="solver-prm-mcts", max_env_steps=SEARCH_ENV_STEPS
    )


def _solver_prm_best_of_n() -> Policy:
    return BestOfNPolicy(
        LegalSteps(),
        _solver_prm(),
        n=16,
        selection="prm",
        name="solver-prm-best-of-16",
        max_env_steps=SEARCH_ENV_STEPS,
    )


def _best_of_n(selection: str) -> Callable[[], Policy]:
    def make() -> Policy:
        return BestOfNPolicy(
            LegalSteps(),
            n=16,
            selection=selection,
            name=f"random-best-of-16-{selection}",
            max_env_steps=SEARCH_ENV_STEPS,
        )

    return make


def _smollm2_best_of_n() -> Policy:
    from agents.backends.endpoint import default_backend

    # 4 samples of at most 8 steps: on 2 CPU cores a Math episode of 8 samples up to 12 deep
    # took ~25 min of a served SmolLM2 shared by 8 episodes (see leaderboards/README.md)
    return BestOfNPolicy(
        LLMSteps(default_backend()),
        n=4,
        selection="majority",
        max_depth=8,
        name="smollm2-135m-best-of-4-majority",
        max_env_steps=SEARCH_ENV_STEPS,
    )


def _smollm2_in_context(mode: str) -> Callable[[], Policy]:
    def make() -> Policy:
        from agents.backends.endpoint import default_backend

        suffix = "" if mode == "free" else f"-{mode}"
        # 16 actions: SmolLM2 reads a ~1,000-token prompt per action on CPU
        return InContextSearchPolicy(
            default_backend(),
            mode=mode,
            max_actions=16,
            name=f"smollm2-135m-in-context-search{suffix}",
        )

    return make


def _metastar() -> Policy:
    import os

    from agents.metastar.policy import MetaStarPolicy

    # the registry's factories take no arguments: the checkpoint folder comes from the
    # environment
    # (``metacot metastar play --checkpoint PATH`` sets it too); loaded at the first episode
    return MetaStarPolicy(checkpoint=os.environ.get("METASTAR_CHECKPOINT"), name="metastar")


AGENTS: dict[str, Callable[[], Policy]] = {
    "random": RandomPolicy,
    "oracle": OraclePolicy,
    "smollm2": _smollm2,
    "smollm2-rank": _smollm2_rank,
    "smollm2-best-first": _smollm2_best_first,
    "smollm2-best-of-n": _smollm2_best_of_n,
    "smollm2-in-context-search": _smollm2_in_context("free"),
    "smollm2-in-context-search-constrained": _smollm2_in_context("constrained"),
    "solver-prm-best-first": _solver_prm_best_first,
    "solver-prm-beam": _solver_prm_beam,
    "solver-prm-mcts": _solver_prm_mcts,
    "solver-prm-best-of-n": _solver_prm_best_of_n,
    "random-best-of-n-majority": _best_of_n("majority"),
    "random-best-of-n-oracle": _best_of_n("oracle"),
    "metastar": _metastar,
}
"""name -> factory, for the CLI and configs (a model is loaded only when its agent is made)"""

CHECKPOINT_PREFIX = "checkpoint:"
METASTAR_PREFIX = "metastar:"
"""``metastar:PATH``: a Meta-STaR model trained by ``metacot metastar`` (an SFT checkpoint folder)"""
"""``checkpoint:PATH`` names a trained checkpoint (a run or checkpoint folder of ``metacot train``)"""


def make_agent(name: str) -> Policy:
    """The agent ``name`` names: a row of :data:`AGENTS`, or ``checkpoint:PATH``."""
    if name.startswith(CHECKPOINT_PREFIX):
        from agents.rl.checkpoint_policy import load_checkpoint_policy

        return load_checkpoint_policy(name[len(CHECKPOINT_PREFIX) :])
    if name.startswith(METASTAR_PREFIX):
        from agents.metastar.policy import metastar_policy

        return metastar_policy(name[len(METASTAR_PREFIX) :], name="metastar")
    if name not in AGENTS:
        raise KeyError(
            f"unknown agent {name!r}; known: {sorted(AGENTS)} or {CHECKPOINT_PREFIX}PATH / {METASTAR_PREFIX}PATH"
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
    if value.startswith(METASTAR_PREFIX):
        folder = Path(value[len(METASTAR_PREFIX) :])
        if not (folder / "config.json").is_file():
            raise argparse.ArgumentTypeError(
                f"{folder}: not a Meta-STaR checkpoint folder (no config.json); "
                "train one with `metacot metastar run CONFIG`"
            )
        return value
    if value not in AGENTS:
        raise argparse.ArgumentTypeError(
            f"unknown agent {value!r}; choose from {sorted(AGENTS)} or {CHECKPOINT_PREFIX}PATH / {METASTAR_PREFIX}PATH"
        )
    return value
