"""Policies: random and oracle baselines (LLM policies build on the same contract)."""

from agents.policies.base import Policy
from agents.policies.oracle import OraclePolicy
from agents.policies.random_policy import RandomPolicy

POLICIES: dict[str, type] = {"random": RandomPolicy, "oracle": OraclePolicy}
"""name -> class, for the CLI and configs"""

__all__ = ["POLICIES", "OraclePolicy", "Policy", "RandomPolicy"]
