"""Answer search and check on long runs of one character: is the work linear in the length?

Usage: python benchmarks/bench_hostile_runs.py [--length 20000] [--top 10]

Every compiled pattern is linear only if no run of characters can be rescanned from each of
its positions. This script builds texts of a prefix (an answer label, a tag, a box, ...), a
long run of one character or short string, and a suffix, and times ``extract_answer`` on them
at ``--length`` and at four times that, and ``check_equivalent`` on answers at the checker's
size limit (:data:`MAX_ANSWER_CHARS`) and a quarter of it. Printed: the slowest shapes with
their time and growth factor (about 4 for linear work, about 16 for quadratic). A shape that
grows by 10 or more and takes a quarter second or more is a finding; the script exits 1 when
there is one.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer
from metacot_envs.tasks.math.answer.equivalence import MAX_ANSWER_CHARS

RUNS = (
    "\\", " ", "\t", "\n", "1", "a", "A", "$", "{", "}", "(", ")", "*", "_", "#", "<", ">",
    "&", "=", ",", ".", "-", "一", "%", "^", "|", ":", "1 ", "a ", ". ", ", ", "\\\\", "$ ",
    "{1}", "1,", "1.", "x = ", "not ", "根号", "分之", "<think>", "</think>", "<answer>",
    "~", "A & ", "(A u ", "Not ", "{1\\over ", "\\abs{", "\\dd ", "x=1\\\\", "\\text{a} ",
    "[1]", "boxed{", " so ", "x=1, so ", "svar ", "답 ", "persen ",
    '"1", ', "'a', ", "_000", ",000", "۱", "٫", " million", "<sup>1</sup>", "<sup>", " point",
)  # fmt: skip
"""what a run repeats: single characters and short strings the patterns give meaning to"""
SEARCH_PREFIXES = (
    "", "The answer is ", "Answer: 5", "<answer>", "\\boxed{", "#### ", "**", "$",
    "So we have 5 and ", "答案是", "Final Answer: The final answer is ", "after 3",
    "Svaret er ", "boxed{", "answer within \\boxed{}", "x = 3 so ",
)  # fmt: skip
CHECK_PREFIXES = (
    "", "5", "x = ", "(", "A(", "\\cos^2 ", "I(x) \\sim ", "\\frac{", "3x = 15 so ",
    "[", '["', "1", "$1",
)  # fmt: skip
SUFFIXES = ("", "x", " apples", "}", ")", "%", ". I hope it is correct.", "\\pmod{7}")
GROWTH_FINDING = 10.0
"""time growth for a 4x longer text from which a shape counts as superlinear"""
SECONDS_FINDING = 0.25
"""and the time (on the longer text) from which such a shape is a finding: a quarter of the
checker's default one-second limit, which no regex can be interrupted to keep"""


def _seconds(call: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    call(text)
    return time.perf_counter() - start


def _shapes(prefixes: tuple[str, ...]) -> list[tuple[str, str, str]]:
    return [(prefix, run, suffix) for prefix in prefixes for run in RUNS for suffix in SUFFIXES]


def _timed(
    call: Callable[[str], object], prefixes: tuple[str, ...], length: int
) -> list[tuple[float, float, str]]:
    rows = []
    for prefix, run, suffix in _shapes(prefixes):
        short, long = (prefix + run * (n // len(run)) + suffix for n in (length, 4 * length))
        small, large = _seconds(call, short), _seconds(call, long)
        rows.append((large, large / max(small, 1e-4), f"{prefix!r} + {run!r}*n + {suffix!r}"))
    return sorted(rows, reverse=True)


def _report(title: str, rows: list[tuple[float, float, str]], top: int) -> int:
    print(f"\n{title}\n\n| shape | seconds (4n) | growth (n -> 4n) |\n|---|---|---|")
    for seconds, growth, shape in rows[:top]:
        print(f"| `{shape}` | {seconds:.3f} | {growth:.1f}x |")
    findings = [row for row in rows if row[1] >= GROWTH_FINDING and row[0] >= SECONDS_FINDING]
    for seconds, growth, shape in findings:
        print(f"FINDING: {shape} grows {growth:.1f}x ({seconds:.2f} s)")
    return len(findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=20_000, help="run length n for search")
    parser.add_argument("--top", type=int, default=10, help="slowest shapes to list")
    args = parser.parse_args()

    search = _timed(extract_answer, SEARCH_PREFIXES, args.length)
    check = _timed(
        lambda text: check_equivalent(text, "5"), CHECK_PREFIXES, (MAX_ANSWER_CHARS - 40) // 4
    )
    findings = _report(f"extract_answer, n = {args.length:,}", search, args.top)
    findings += _report(f"check_equivalent, n = {(MAX_ANSWER_CHARS - 40) // 4:,}", check, args.top)
    raise SystemExit(1 if findings else 0)


if __name__ == "__main__":
    main()
