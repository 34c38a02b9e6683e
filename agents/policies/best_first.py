"""Best-first search now lives in :mod:`agents.search.best_first`; its names stay importable here."""

from agents.search.best_first import BestFirstPolicy
from agents.search.values import LMStepScorer, PRMStepScorer

__all__ = ["BestFirstPolicy", "LMStepScorer", "PRMStepScorer"]
