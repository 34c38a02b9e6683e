"""Differential probe: MATH-500 solutions with their answer restated in prose, ours vs math-verify.

Usage: python benchmarks/probe_prose.py --data ../shared/data/math500.jsonl [--show NAME ...]
(or ``--data ../shared/data/gsm8k_test.jsonl``: a GSM8K solution's ``#### N`` line becomes a
last sentence ``So the answer is $\\boxed{N}$.``, and the probe runs as on MATH-500)

Each solution's last ``\\boxed{}`` is taken out and the answer is stated again in one of
several common ways (the box removed, "The answer is ...", Minerva's "Final Answer: ... I hope
it is correct.", a bold "Answer:", "Therefore, we get ...", a display ``\\[...\\]`` on its own
line, ...). Ours extracts the answer as the env does and checks it against the reference;
math-verify parses the whole text. Printed: a count per restatement of (ours, math-verify)
verdicts, and with ``--show`` the misses of the named restatements. ``--save FILE`` keeps our
verdict on every text and ``--against FILE`` lists the texts whose verdict changed since, the
check for a rule that breaks what read right before (``--ours-only`` skips math-verify). The probe writes its own
texts, so it finds disagreements to read; it is not an accuracy figure.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench_verifier import math_verify_accepts

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer


def _unboxed(solution: str) -> str | None:
    start = solution.rfind("\\boxed{")
    if start < 0:
        return None
    depth = 0
    for index in range(start + 7, len(solution)):
        if solution[index] == "{":
            depth += 1
        elif solution[index] == "}":
            if depth == 0:
                return solution[:start] + solution[start + 7 : index] + solution[index + 1 :]
            depth -= 1
    return None


def _before_last_sentence(solution: str) -> str:
    start = solution.rfind("\\boxed{")
    cut = max(solution.rfind(". ", 0, start), solution.rfind("\n", 0, start))
    return solution[: cut + 1] if cut > 0 else ""


RESTATEMENTS: dict[str, Callable[[str, str], str | None]] = {
    "box removed": lambda s, a: _unboxed(s),
    "the answer is $a$": lambda s, a: f"{_before_last_sentence(s)} The answer is ${a}$.",
    "the answer is a": lambda s, a: f"{_before_last_sentence(s)} The answer is {a}.",
    "Minerva": lambda s, a: (
        f"{_before_last_sentence(s)}\nFinal Answer: The final answer is ${a}$. I hope it is correct."
    ),
    "bold Answer:": lambda s, a: f"{_before_last_sentence(s)}\n**Answer:** ${a}$",
    "therefore": lambda s, a: f"{_before_last_sentence(s)} Therefore, we get ${a}$.",
    "thus, as required": lambda s, a: (
        f"{_before_last_sentence(s)} Thus the value is ${a}$, as required."
    ),
    "display line": lambda s, a: f"{_before_last_sentence(s)}\n\\[{a}\\]",
    "Answer: on its own line": lambda s, a: f"{_before_last_sentence(s)}\nAnswer:\n${a}$",
}


def _as_solution_row(row: dict[str, str]) -> dict[str, str]:
    """A MATH row as it is; a GSM8K row (``answer`` ending in ``#### N``) as a solution whose
    last sentence boxes N, with N as its answer."""
    if "solution" in row or "####" not in row["answer"]:
        return row
    reasoning, _, number = row["answer"].rpartition("####")
    number = number.strip()
    return {
        "solution": f"{reasoning.strip()}\nSo the answer is $\\boxed{{{number}}}$.",
        "answer": number,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="MATH-500 or GSM8K jsonl")
    parser.add_argument("--show", nargs="*", default=[], help="restatements whose misses to list")
    parser.add_argument(
        "--save", type=Path, help="write our verdict on every text (JSON) to compare a later run"
    )
    parser.add_argument(
        "--against", type=Path, help="a --save file: list every text whose verdict changed since"
    )
    parser.add_argument(
        "--ours-only", action="store_true", help="skip math-verify (fast; for --save/--against)"
    )
    args = parser.parse_args()

    logging.disable(logging.CRITICAL)  # math-verify logs every parse failure
    with args.data.open(encoding="utf-8") as lines:
        rows = [_as_solution_row(json.loads(line)) for line in lines if line.strip()]
    earlier = json.loads(args.against.read_text(encoding="utf-8")) if args.against else {}
    verdicts: dict[str, bool] = {}
    tally: Counter[tuple[str, bool, bool | None]] = Counter()
    for index, row in enumerate(rows):
        for name, restate in RESTATEMENTS.items():
            text = restate(row["solution"], row["answer"])
            if not text:
                continue
            found = extract_answer(text) or after_reasoning(text)
            ours = check_equivalent(found, row["answer"]).equivalent
            key = f"{index}|{name}"
            verdicts[key] = ours
            if key in earlier and earlier[key] != ours:
                print(f"changed {earlier[key]} -> {ours}: row {index}, {name}: {row['answer']!r}")
            theirs = None if args.ours_only else _math_verify(row["answer"], text)
            tally[(name, ours, theirs)] += 1
            if not ours and name in args.show:
                print(f"{name}: {'mv' if theirs else '--'} {row['answer']!r} read as {found!r}")
    print("(restatement, ours, math-verify): count")
    for tallied in sorted(tally, key=str):
        print(tallied, tally[tallied])
    if args.save:
        args.save.write_text(json.dumps(verdicts), encoding="utf-8")


def _math_verify(answer: str, text: str) -> bool:
    try:
        return math_verify_accepts(f"${answer}$", text, 2)
    except Exception:  # noqa: BLE001 - a math-verify failure is its refusal
        return False


if __name__ == "__main__":
    main()
