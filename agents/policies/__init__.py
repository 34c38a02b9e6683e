"""Policies: random and oracle baselines and the LLM step and rank policies, by name."""

from collections.abc import Callable

from agents.policies.base import Policy
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


POLICIES: dict[str, Callable[[], Policy]] = {
    "random": RandomPolicy,
    "oracle": OraclePolicy,
    "smollm2": _smollm2,
    "smollm2-rank": _smollm2_rank,
}
"""name -> factory, for the CLI and configs (the LLM is loaded only when asked for)"""

__all__ = ["POLICIES", "LLMRankPolicy", "LLMStepPolicy", "OraclePolicy", "Policy", "RandomPolicy"]
