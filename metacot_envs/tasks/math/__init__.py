"""Math reasoning: the step-by-step MDP, problem generators and datasets, answer checking."""

from metacot_envs.tasks.math.answer import (
    DEFAULT_ANSWER_PATTERNS,
    Verdict,
    check_equivalent,
    extract_answer,
    is_equivalent,
)
from metacot_envs.tasks.math.config import MathConfig
from metacot_envs.tasks.math.datasets import (
    DatasetFormatError,
    DatasetSource,
    load_jsonl,
    problems_from_records,
)
from metacot_envs.tasks.math.generators import GENERATORS, ProceduralSource, generate
from metacot_envs.tasks.math.noisy_student import NoisyStudentPolicy
from metacot_envs.tasks.math.step_text import StepLimits, clean_step
from metacot_envs.tasks.math.task import MathTask
from metacot_envs.tasks.math.types import Fact, MathProblem, MathState, MathStep

__all__ = [
    "DEFAULT_ANSWER_PATTERNS",
    "GENERATORS",
    "DatasetFormatError",
    "DatasetSource",
    "Fact",
    "MathConfig",
    "MathProblem",
    "MathState",
    "MathStep",
    "MathTask",
    "NoisyStudentPolicy",
    "ProceduralSource",
    "StepLimits",
    "Verdict",
    "check_equivalent",
    "clean_step",
    "extract_answer",
    "generate",
    "is_equivalent",
    "load_jsonl",
    "problems_from_records",
]
