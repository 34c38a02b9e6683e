"""Load MATH / GSM8K JSONL files into ``MetaCoT/Math-v0`` and play the reference answer.

An integration run, not a unit test: for each ``--data`` file it loads every record,
prints counts by level and subject, then plays up to ``--episodes`` problems through
the env twice, once answering ``\\boxed{<reference>}`` (expect reward 1.0) and once a
wrong answer (expect 0.0).

    python scripts/load_math_datasets.py --data /work/shared/data/math500.jsonl \\
        --data /work/shared/data/gsm8k_test.jsonl --episodes 200
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from metacot_envs.registry import spec_for
from metacot_envs.tasks.math.answer import is_equivalent
from metacot_envs.tasks.math.datasets import filter_problems, load_jsonl

make_math_env = spec_for("MetaCoT/Math-v0").make


def report(path: Path, fmt: str, levels: list[int], subjects: list[str], episodes: int) -> None:
    """Print counts and reference-replay rewards for one file."""
    started = time.perf_counter()
    problems = filter_problems(load_jsonl(path, fmt), levels, subjects)
    loaded = time.perf_counter() - started
    print(f"{path}: {len(problems)} problems loaded in {loaded:.2f} s")
    print("  kinds:", dict(Counter(p.kind for p in problems)))
    if any(p.level is not None for p in problems):
        print("  levels:", dict(sorted(Counter(p.level for p in problems).items(), key=str)))
    if any(p.subject for p in problems):
        print("  subjects:", dict(Counter(p.subject for p in problems).most_common()))
    env = make_math_env(
        data_path=str(path), data_format=fmt, level=levels or None, subjects=tuple(subjects)
    )
    played = right = wrong_rejected = 0
    failures: list[str] = []
    for problem in problems[:episodes]:
        env.reset(options={"problem": problem})
        _, reward, terminated, _, _ = env.step(f"The answer is $\\boxed{{{problem.reference}}}$.")
        played += 1
        right += int(reward == 1.0 and terminated)
        if reward != 1.0:
            failures.append(
                f"{problem.problem_id}: {problem.reference!r} ({env.unwrapped.state.verdict})"
            )
        wrong = "0" if not is_equivalent("0", problem.reference) else "1"
        env.reset(options={"problem": problem})
        _, reward, _, _, _ = env.step(f"\\boxed{{{wrong}}}")
        wrong_rejected += int(reward == 0.0)
    elapsed = time.perf_counter() - started
    print(
        f"  reference answer rewarded 1.0: {right}/{played}; wrong answer rewarded 0.0: "
        f"{wrong_rejected}/{played}  ({elapsed:.1f} s total)"
    )
    for line in failures[:20]:
        print("   FAIL", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", action="append", required=True, help="JSONL file (repeatable)")
    parser.add_argument("--format", default="auto", choices=["auto", "math", "gsm8k"])
    parser.add_argument("--level", type=int, action="append", default=[], help="keep MATH level")
    parser.add_argument("--subject", action="append", default=[], help="keep MATH subject")
    parser.add_argument("--episodes", type=int, default=10**9, help="problems to replay per file")
    args = parser.parse_args()
    for path in args.data:
        report(Path(path), args.format, args.level, args.subject, args.episodes)


if __name__ == "__main__":
    main()
