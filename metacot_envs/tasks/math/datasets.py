"""Math problems from JSONL files (MATH and GSM8K formats) or any iterable of dicts.

MATH records have ``problem`` and either ``answer`` or a ``solution`` with a
``\\boxed{}`` answer, plus optional ``level`` (``3`` or ``"Level 3"``),
``subject`` (or ``type``) and ``unique_id``. GSM8K records have ``question`` and
an ``answer`` whose last line is ``#### <number>``. A Hugging Face ``datasets``
split is an iterable of such dicts and works as is. Malformed input raises
:class:`DatasetFormatError` naming the file, the line and the missing field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from metacot_envs.jsonl import read_jsonl
from metacot_envs.tasks.math.answer import BOXED_PATTERN, ESCAPED_BOXED_PATTERN, extract_answer
from metacot_envs.tasks.math.types import MathProblem

FORMATS = ("auto", "math", "gsm8k")
_GSM8K_FINAL = re.compile(r"####\s*(.+?)\s*$")
_LEVEL = re.compile(r"(?:level\s*)?([0-9]+)", re.IGNORECASE)
_SOLUTION_BOX = (BOXED_PATTERN, ESCAPED_BOXED_PATTERN)
"""a MATH solution states its answer in its last box; no prose fallback reads another number"""
_ASKS_TO_FACTOR = re.compile(r"\s*(?:Completely\s+)?factor\b", re.IGNORECASE)
"""MATH questions that open with "Factor ..." want a factored answer, not just its value"""


class DatasetFormatError(ValueError):
    """A dataset record that cannot become a problem; the message says where and why."""


def record_to_problem(
    record: Mapping[str, Any], where: str, index: int, fmt: str = "auto"
) -> MathProblem:
    """Turn one MATH or GSM8K record into a problem; ``where:index`` locates it in errors."""
    if not isinstance(record, Mapping):
        raise DatasetFormatError(f"{where}:{index}: expected a JSON object, got {type(record)}")
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    if fmt == "auto":
        if "problem" in record:
            fmt = "math"
        elif "question" in record:
            fmt = "gsm8k"
        else:
            raise DatasetFormatError(
                f"{where}:{index}: missing field 'problem' (MATH format) or 'question' (GSM8K)"
            )
    return _math(record, where, index) if fmt == "math" else _gsm8k(record, where, index)


def _text_field(record: Mapping[str, Any], name: str, where: str, index: int) -> str:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DatasetFormatError(f"{where}:{index}: missing field {name!r}")
    if not isinstance(value, str):
        raise DatasetFormatError(
            f"{where}:{index}: field {name!r} must be text, got {type(value).__name__}"
        )
    return value


def _optional_text(record: Mapping[str, Any], name: str, where: str, index: int) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DatasetFormatError(
            f"{where}:{index}: field {name!r} must be text, got {type(value).__name__}"
        )
    return value


def _answer(value: Any, where: str, index: int) -> str | None:
    """A reference answer as text: a string or a finite number (never a list, object or bool)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise DatasetFormatError(
            f"{where}:{index}: field 'answer' must be text or a number, got {type(value).__name__}"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise DatasetFormatError(f"{where}:{index}: field 'answer' is {value}, not an answer")
    return str(value).strip() or None


def _level(value: Any, where: str, index: int) -> int | None:
    """A MATH level: ``3``, ``"3"`` or ``"Level 3"``; absent or ``"Level ?"`` is None."""
    if value is None or (isinstance(value, str) and value.strip() in ("", "Level ?")):
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100:
        return value
    match = _LEVEL.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise DatasetFormatError(
            f"{where}:{index}: field 'level' must be a number or 'Level N', got {value!r}"[:200]
        )
    return int(match.group(1))


def _math(record: Mapping[str, Any], where: str, index: int) -> MathProblem:
    question = _text_field(record, "problem", where, index)
    answer = _answer(record.get("answer"), where, index)
    if answer is None:
        solution = _optional_text(record, "solution", where, index)
        answer = extract_answer(solution, _SOLUTION_BOX) if solution else None
        if answer is None:
            raise DatasetFormatError(
                f"{where}:{index}: missing field 'answer' (or a 'solution' with \\boxed{{}})"
            )
    subject = _optional_text(record, "subject", where, index) or _optional_text(
        record, "type", where, index
    )
    return MathProblem(
        question=question,
        reference=answer.strip(),
        problem_id=str(record.get("unique_id") or f"{where}:{index}"),
        source=Path(where).stem,
        kind="math",
        level=_level(record.get("level"), where, index),
        subject=subject,
        required_form="factored" if _ASKS_TO_FACTOR.match(question) else "",
    )


def _gsm8k(record: Mapping[str, Any], where: str, index: int) -> MathProblem:
    question = _text_field(record, "question", where, index)
    answer = _text_field(record, "answer", where, index)
    final = _GSM8K_FINAL.search(answer.strip().splitlines()[-1])
    if final is None:
        raise DatasetFormatError(
            f"{where}:{index}: field 'answer' has no final '#### <number>' line"
        )
    reference = final.group(1).replace(",", "").replace("$", "").strip()
    return MathProblem(
        question=question,
        reference=reference,
        problem_id=str(record.get("unique_id") or f"{where}:{index}"),
        source=Path(where).stem,
        kind="gsm8k",
        subject="Grade school math",
    )


def load_jsonl(path: str | Path, fmt: str = "auto") -> list[MathProblem]:
    """Every problem of a JSONL file (blank lines skipped), in file order; an empty file is refused."""
    problems = [
        record_to_problem(record, str(path), line_number, fmt)
        for line_number, record in read_jsonl(path, DatasetFormatError)
    ]
    if not problems:
        raise DatasetFormatError(f"{path}:1: the file holds no problems")
    return problems


def problems_from_records(
    records: Iterable[Mapping[str, Any]], name: str = "records", fmt: str = "auto"
) -> list[MathProblem]:
    """Problems from any iterable of dicts (a list, a generator, a Hugging Face split)."""
    return [record_to_problem(r, name, i, fmt) for i, r in enumerate(records)]


def filter_problems(
    problems: Iterable[MathProblem],
    levels: Sequence[int] = (),
    subjects: Sequence[str] = (),
    limit: int | None = None,
) -> list[MathProblem]:
    """Keep problems of the given levels and subjects (case-insensitive); empty keeps all."""
    wanted = {s.lower() for s in subjects}
    kept = [
        p
        for p in problems
        if (not levels or p.level in levels) and (not wanted or p.subject.lower() in wanted)
    ]
    return kept[:limit] if limit is not None else kept


@dataclass(frozen=True)
class DatasetSource:
    """Draws problems uniformly from a fixed list (a loaded dataset)."""

    problems: tuple[MathProblem, ...]
    """the problems to draw from, in dataset order"""

    def __post_init__(self) -> None:
        if not self.problems:
            raise ValueError("the dataset has no problems (after filtering by level/subject)")

    def sample(self, rng: np.random.Generator) -> MathProblem:
        """A problem drawn with ``rng`` only."""
        return self.problems[int(rng.integers(len(self.problems)))]
