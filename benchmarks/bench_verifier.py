"""Answer verifier against math-verify, on the same answer pairs with the same time limit.

Usage: python benchmarks/bench_verifier.py [--timeout SECONDS] [--repeat N]

Both verifiers see each ``(candidate, reference)`` pair of
``tests/tasks/math/answer/answer_pairs.py``. math-verify is called the way its README
does: ``verify(parse(reference), parse(candidate))`` with each answer wrapped in
``$...$`` (or ``\\boxed{}``, whichever scores better for it; both are reported),
and its own ``parsing_timeout`` / ``timeout_seconds`` set to the same limit.
Checks/second counts whole checks (parsing both answers plus comparing).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from metacot_envs.tasks.math.answer import check_equivalent

PAIRS_PATH = Path(__file__).resolve().parents[1] / "tests/tasks/math/answer/answer_pairs.py"
AnswerPair = tuple[str, str, bool, str]


def load_pairs() -> list[AnswerPair]:
    """The shared table of answer pairs (loaded by path: tests/ is not a package on sys.path)."""
    spec = importlib.util.spec_from_file_location("answer_pairs", PAIRS_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ANSWER_PAIRS)


def pair_group(form: str) -> str:
    """Which batch of the table a pair belongs to (held-out batches were scored blind first)."""
    first_word = form.split()[0]
    return first_word if first_word.startswith(("held-out", "generated")) else "hand-written"


def group_sizes(pairs: list[AnswerPair]) -> Counter[str]:
    return Counter(pair_group(form) for _, _, _, form in pairs)


def run(
    judge: Callable[[str, str], bool], pairs: list[AnswerPair], limit: float, repeat: int
) -> dict[str, object]:
    """Accuracy, checks/second and the checks that ran over ``limit`` seconds."""
    correct, over_limit, slowest = 0, 0, 0.0
    misses: list[AnswerPair] = []
    started = time.perf_counter()
    for round_index in range(repeat):
        for pair in pairs:
            candidate, reference, expected, _ = pair
            before = time.perf_counter()
            try:
                verdict = judge(candidate, reference)
            except Exception:  # noqa: BLE001 - a crash counts as a wrong verdict
                verdict = not expected
            spent = time.perf_counter() - before
            slowest = max(slowest, spent)
            over_limit += spent > limit
            if round_index == 0:
                correct += verdict == expected
                if verdict != expected:
                    misses.append(pair)
    elapsed = time.perf_counter() - started
    missed_by_group = Counter(pair_group(form) for _, _, _, form in misses)
    return {
        "by_group": {
            group: 1 - missed_by_group[group] / total for group, total in group_sizes(pairs).items()
        },
        "accuracy": correct / len(pairs),
        "checks_per_second": repeat * len(pairs) / elapsed,
        "over_limit": over_limit,
        "slowest": slowest,
        "misses": misses,
    }


def ours(limit: float) -> Callable[[str, str], bool]:
    def judge(candidate: str, reference: str) -> bool:
        return check_equivalent(candidate, reference, timeout=limit).equivalent

    return judge


def math_verify(limit: float, wrap: str) -> Callable[[str, str], bool]:
    from math_verify import parse, verify  # benchmark-only dependency

    seconds = max(1, round(limit))  # math-verify takes whole seconds

    def judge(candidate: str, reference: str) -> bool:
        gold = parse(wrap.format(reference), parsing_timeout=seconds)
        answer = parse(wrap.format(candidate), parsing_timeout=seconds)
        return bool(verify(gold, answer, timeout_seconds=seconds))

    return judge


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=1.0, help="seconds per check, both sides")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes over the pairs")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # math-verify logs every parse failure
    pairs = load_pairs()
    results = {
        "metacot (ours)": run(ours(args.timeout), pairs, args.timeout, args.repeat),
        "math-verify, $...$": run(
            math_verify(args.timeout, "${}$"), pairs, args.timeout, args.repeat
        ),
        "math-verify, \\boxed{}": run(
            math_verify(args.timeout, "\\boxed{{{}}}"), pairs, args.timeout, args.repeat
        ),
    }
    best_anchor = max(
        (name for name in results if name.startswith("math-verify")),
        key=lambda name: float(results[name]["accuracy"]),  # type: ignore[arg-type]
    )
    ours_speed = float(results["metacot (ours)"]["checks_per_second"])  # type: ignore[arg-type]
    print(f"{len(pairs)} pairs, time limit {args.timeout:g}s, {args.repeat} timed passes\n")
    print("| verifier | accuracy | checks/s | speed ratio (ours / this) | over limit | slowest |")
    print("|---|---|---|---|---|---|")
    for name, result in results.items():
        speed = float(result["checks_per_second"])  # type: ignore[arg-type]
        print(
            f"| {name} | {float(result['accuracy']):.1%} | {speed:,.0f} | "  # type: ignore[arg-type]
            f"{ours_speed / speed:.1f}x | {result['over_limit']} | "
            f"{float(result['slowest']) * 1000:.1f} ms |"  # type: ignore[arg-type]
        )
    print(f"\nbest math-verify setting: {best_anchor}")
    sizes = group_sizes(pairs)
    print("\n| accuracy by batch | " + " | ".join(f"{g} ({n})" for g, n in sizes.items()) + " |")
    print("|---" * (len(sizes) + 1) + "|")
    for name, result in results.items():
        by_group = result["by_group"]
        cells = " | ".join(f"{by_group[g]:.1%}" for g in sizes)  # type: ignore[index]
        print(f"| {name} | {cells} |")
    if args.show_misses:
        for name, result in results.items():
            print(f"\nmisses of {name}:")
            for candidate, reference, expected, form in result["misses"]:  # type: ignore[attr-defined]
                print(f"  [{form}] {candidate!r} vs {reference!r}: expected {expected}")


if __name__ == "__main__":
    main()
