"""Math word problems and competition math: answer extraction and equivalence checking."""

from metacot_envs.tasks.math.answer import (
    DEFAULT_ANSWER_PATTERNS,
    Verdict,
    check_equivalent,
    extract_answer,
    is_equivalent,
)

__all__ = [
    "DEFAULT_ANSWER_PATTERNS",
    "Verdict",
    "check_equivalent",
    "extract_answer",
    "is_equivalent",
]
