"""Self-check the answer verifier on MATH / GSM8K JSONL files.

For every record, the reference answer must be equivalent to itself through the
parser (its expression tree compared with itself, so no string shortcut hides
an answer the grammar cannot read); for MATH records the ``answer`` field must
also match the last ``\\boxed{}`` of the ``solution``. Every answer must also stay
equivalent to re-spellings of itself (``$...$``, ``\\boxed{}``, ``\\dfrac``,
``\\left( \\right)``), which no string shortcut can pass. Prints counts per file
and lists every failure with its reason.

    python scripts/check_math_datasets.py --data /path/math500.jsonl --data /path/gsm8k_test.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from metacot_envs.jsonl import read_jsonl
from metacot_envs.tasks.math.answer import (
    Verdict,
    check_equivalent,
    check_self_equivalent,
    extract_answer,
)


@dataclass
class DatasetReport:
    """Counts and failures of the self-check for one JSONL file."""

    path: Path
    records: int = 0
    self_checks_passed: int = 0
    solution_checks: int = 0
    solution_checks_passed: int = 0
    respelling_checks: int = 0
    respelling_checks_passed: int = 0
    solution_reasons: Counter[str] = field(default_factory=Counter)
    """why each boxed-solution check passed or failed (string match, exact match, ...)"""
    failures: list[tuple[int, str, str, str]] = field(default_factory=list)
    """(line number, kind of check, answer text, verdict reason)"""


def reference_answer(record: dict[str, object]) -> str | None:
    """The reference answer: MATH's ``answer`` field or GSM8K's text after ``####``."""
    if "solution" in record and isinstance(record.get("answer"), str):
        return str(record["answer"])
    if isinstance(record.get("answer"), str):
        return extract_answer(str(record["answer"]), patterns=(r"####\s*([^\n]+)",))
    return None


def respellings(answer: str) -> list[str]:
    """Spellings of ``answer`` that must stay equivalent to it."""
    spelled = [f"${answer}$", f"\\boxed{{{answer}}}", answer.replace("\\frac", "\\dfrac")]
    if "\\left" not in answer and "\\right" not in answer:
        spelled.append(answer.replace("(", "\\left(").replace(")", "\\right)"))
    return [text for text in spelled if text != answer]


def check_respellings(report: DatasetReport, number: int, answer: str, timeout: float) -> None:
    """Count and record how the answer fares against its re-spellings."""
    for respelled in respellings(answer):
        report.respelling_checks += 1
        verdict = check_equivalent(respelled, answer, timeout=timeout)
        if verdict.equivalent:
            report.respelling_checks_passed += 1
        else:
            shown = f"{respelled!r} vs {answer!r}"
            report.failures.append((number, "re-spelled answer", shown, verdict.reason))


def check_file(path: Path, timeout: float) -> DatasetReport:
    """Run the self-checks on every line of ``path``."""
    report = DatasetReport(path)
    for number, record in read_jsonl(path):
        report.records += 1
        answer = reference_answer(record)
        if answer is None:
            report.failures.append((number, "no reference answer", "", ""))
            continue
        verdict = check_self_equivalent(answer, timeout)
        if verdict.equivalent:
            report.self_checks_passed += 1
        else:
            report.failures.append((number, "answer vs itself", answer, verdict.reason))
        check_respellings(report, number, answer, timeout)
        if "solution" in record:
            report.solution_checks += 1
            boxed = extract_answer(str(record["solution"]))
            if boxed is None:
                solution_verdict = Verdict(False, "no boxed answer in the solution")
            else:
                solution_verdict = check_equivalent(boxed, answer, timeout=timeout)
            report.solution_reasons[solution_verdict.reason.split(":")[0]] += 1
            if solution_verdict.equivalent:
                report.solution_checks_passed += 1
            else:
                reason = solution_verdict.reason
                shown = f"{boxed!r} vs {answer!r}"
                report.failures.append((number, "boxed solution vs answer", shown, reason))
    return report


def print_report(report: DatasetReport) -> None:
    """Human-readable counts and the list of failures."""
    print(f"== {report.path}")
    print(f"records: {report.records}")
    print(f"answer parsed and equivalent to itself: {report.self_checks_passed}/{report.records}")
    print(
        "answer equivalent to its re-spellings: "
        f"{report.respelling_checks_passed}/{report.respelling_checks}"
    )
    if report.solution_checks:
        print(
            "boxed solution equivalent to answer: "
            f"{report.solution_checks_passed}/{report.solution_checks}"
        )
    if report.solution_reasons:
        counts = ", ".join(f"{r} x{n}" for r, n in report.solution_reasons.most_common())
        print(f"  boxed-solution verdicts: {counts}")
    reasons = Counter(reason.split(":")[0] for _, _, _, reason in report.failures)
    if reasons:
        print("failure reasons: " + ", ".join(f"{r} x{n}" for r, n in reasons.most_common()))
    for number, kind, text, reason in report.failures:
        print(f"  line {number}: {kind}: {text} -> {reason}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", action="append", type=Path, required=True, help="JSONL file")
    parser.add_argument("--timeout", type=float, default=1.0, help="seconds per check")
    args = parser.parse_args(argv)
    failed = 0
    for path in args.data:
        report = check_file(path, args.timeout)
        print_report(report)
        failed += len(report.failures)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
