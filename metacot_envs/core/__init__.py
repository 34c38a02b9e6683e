"""Task-agnostic core: the Task contract, the reasoning env, search trees, spaces, safe arithmetic."""

from metacot_envs.core.env import EnvSnapshot, ReasoningEnv
from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.core.search_tree import SearchTree, format_meta_cot
from metacot_envs.core.task import DiscreteCodec, StepError, Task, replay

__all__ = [
    "DiscreteCodec",
    "EnvSnapshot",
    "ProcessRewardModel",
    "ReasoningEnv",
    "SearchTree",
    "StepError",
    "Task",
    "format_meta_cot",
    "replay",
]
