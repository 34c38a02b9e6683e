"""External search agents, generic over every env through SearchableEnv.

Each agent is a :class:`~agents.policies.base.Policy` built from two small parts:
a proposal source (where candidate steps come from: :class:`LegalSteps`,
:class:`NoisySolverSteps`, :class:`LLMSteps`) and a value source (how they are
judged: :class:`PRMStepScorer`, :class:`LMStepScorer`, :class:`TerminalVerifier`,
:class:`NoisyValue`). Every agent plays the nodes it visits through the env's
search mode, so its search is the episode's Meta-CoT (see
:mod:`agents.search.tree_search`), and reports the same compute.
"""

from agents.search.beam import BeamSearchPolicy
from agents.search.best_first import BestFirstPolicy
from agents.search.best_of_n import BestOfNPolicy
from agents.search.mcts import MCTSPolicy
from agents.search.proposals import (
    Candidate,
    LegalSteps,
    LLMSteps,
    NoisySolverSteps,
    ProposalSource,
)
from agents.search.tree_search import TreeSearchPolicy, Visit
from agents.search.values import (
    LMStepScorer,
    NoisyValue,
    PRMStepScorer,
    TerminalVerifier,
    ValueSource,
)

__all__ = [
    "BeamSearchPolicy",
    "BestFirstPolicy",
    "BestOfNPolicy",
    "Candidate",
    "LLMSteps",
    "LMStepScorer",
    "LegalSteps",
    "MCTSPolicy",
    "NoisySolverSteps",
    "NoisyValue",
    "PRMStepScorer",
    "ProposalSource",
    "TerminalVerifier",
    "TreeSearchPolicy",
    "ValueSource",
    "Visit",
]
