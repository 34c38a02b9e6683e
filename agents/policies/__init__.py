"""Policies: random and oracle baselines, LLM step and rank policies, best-first search."""

from agents.policies.base import BasePolicy, Compute, Policy
from agents.policies.best_first import BestFirstPolicy, LMStepScorer, PRMStepScorer
from agents.policies.llm_rank import LLMRankPolicy
from agents.policies.llm_step import LLMStepPolicy
from agents.policies.oracle import OraclePolicy
from agents.policies.random_policy import RandomPolicy

__all__ = [
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
