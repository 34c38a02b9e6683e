"""Policies: random and oracle baselines, LLM step and rank policies, in-context search.

``BestFirstPolicy``, ``PRMStepScorer`` and ``LMStepScorer`` live in :mod:`agents.search`
with the other search agents; they are importable from here too, loaded on first use
(the search package itself imports this package's base).
"""

from typing import Any

from agents.policies.base import GIVE_UP, BasePolicy, Compute, Policy
from agents.policies.in_context_search import InContextSearchPolicy
from agents.policies.llm_rank import LLMRankPolicy
from agents.policies.llm_step import LLMStepPolicy
from agents.policies.oracle import OraclePolicy
from agents.policies.random_policy import RandomPolicy

_FROM_SEARCH = {"BestFirstPolicy", "LMStepScorer", "PRMStepScorer"}


def __getattr__(name: str) -> Any:
    if name in _FROM_SEARCH:
        import agents.search

        return getattr(agents.search, name)
    raise AttributeError(f"module 'agents.policies' has no attribute {name!r}")


__all__ = [
    "GIVE_UP",
    "BasePolicy",
    "BestFirstPolicy",
    "Compute",
    "InContextSearchPolicy",
    "LMStepScorer",
    "PRMStepScorer",
    "LLMRankPolicy",
    "LLMStepPolicy",
    "OraclePolicy",
    "Policy",
    "RandomPolicy",
]
