"""Task-agnostic core: the Task contract, the reasoning env and its SearchableEnv protocol, search
trees, spaces, safe arithmetic."""

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.core.search_tree import SearchTree, format_meta_cot
from metacot_envs.core.searchable import EnvSnapshot, SearchableEnv, as_searchable
from metacot_envs.core.task import DiscreteCodec, StepError, Task, replay

__all__ = [
    "DiscreteCodec",
    "EnvSnapshot",
    "ProcessRewardModel",
    "ReasoningEnv",
    "SearchTree",
    "SearchableEnv",
    "StepError",
    "Task",
    "as_searchable",
    "format_meta_cot",
    "replay",
]
