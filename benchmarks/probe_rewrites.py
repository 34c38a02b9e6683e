"""Differential probe: value-keeping rewrites of MATH-500 answers, ours against math-verify.

Usage: python benchmarks/probe_rewrites.py --data ../shared/data/math500.jsonl

Each reference answer is rewritten in ways that keep its value (``a/b`` for ``\\frac``,
``sqrt(2)``, ``√2``, ``pi``, ``**``, ``\\cdot``, boxes, ``$``, ...), and both checkers judge
the rewrite against the original. Printed: every rewrite ours refuses (marked ``mv`` when
math-verify accepts it) and a count per rewrite of (ours, math-verify) verdicts. The probe
writes its own candidates, so it finds disagreements to read; it is not an accuracy figure.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench_verifier import math_verify_accepts

from metacot_envs.tasks.math.answer import check_equivalent

_FRAC = r"\\d?frac\{([^{}]+)\}\{([^{}]+)\}"
_SHORT = r"\\d?frac\{([0-9a-z]+)\}\{([0-9a-z]+)\}"
_TERMINATING = r"\\frac\{(\d+)\}\{(2|4|5|8|10|20|25|50|100)\}"


def _number_in(command: str) -> Callable[[str], str]:
    def rewrite(answer: str) -> str:
        return f"\\{command}{{{answer}}}" if re.fullmatch(r"[0-9.]+", answer) else answer

    return rewrite


def _as_decimal(answer: str) -> str:
    match = re.fullmatch(_TERMINATING, answer)
    return str(int(match.group(1)) / int(match.group(2))) if match else answer


REWRITES: dict[str, Callable[[str], str]] = {
    "frac as (a)/(b)": lambda s: re.sub(_FRAC, r"(\1)/(\2)", s),
    "frac as a/b": lambda s: re.sub(_SHORT, r"\1/\2", s),
    "sqrt(...)": lambda s: re.sub(r"\\sqrt\{([^{}]+)\}", r"sqrt(\1)", s),
    "unicode root": lambda s: re.sub(r"\\sqrt\{([0-9a-z]+)\}", "√\\1", s),
    "no spaces": lambda s: s.replace(" ", ""),
    "no left/right": lambda s: s.replace("\\left", "").replace("\\right", ""),
    "pi as a word": lambda s: s.replace("\\pi", "pi"),
    "boxed": lambda s: f"\\boxed{{{s}}}",
    "dollars": lambda s: f"${s}$",
    "display": lambda s: f"\\[{s}\\]",
    "inline": lambda s: f"\\({s}\\)",
    "x = in front": lambda s: f"x = {s}",
    "tfrac": lambda s: s.replace("\\frac", "\\tfrac"),
    "dfrac": lambda s: s.replace("\\frac", "\\dfrac"),
    "cdot product": lambda s: re.sub(r"(\d)(\\sqrt|\\pi|[a-z])", r"\1 \\cdot \2", s),
    "times product": lambda s: re.sub(r"(\d)(\\sqrt|\\pi)", r"\1\\times\2", s),
    "star product": lambda s: re.sub(r"(\d)(\\sqrt|\\pi|[a-z])", r"\1*\2", s),
    "text number": _number_in("text"),
    "mathrm number": _number_in("mathrm"),
    "frac12 braced": lambda s: re.sub(r"\\frac(\d)(\d)", r"\\frac{\1}{\2}", s),
    "frac{1}{2} short": lambda s: re.sub(r"\\frac\{(\d)\}\{(\d)\}", r"\\frac\1\2", s),
    "minus in numerator": lambda s: re.sub(r"^-" + _FRAC + "$", r"\\frac{-\1}{\2}", s),
    "terminating decimal": _as_decimal,
    "degree sign": lambda s: s.replace("^\\circ", "°"),
    "** powers": lambda s: s.replace("^", "**"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="MATH-500 jsonl (answer field)")
    args = parser.parse_args()

    logging.disable(logging.CRITICAL)  # math-verify logs every parse failure
    with args.data.open(encoding="utf-8") as lines:
        references = [json.loads(line)["answer"] for line in lines if line.strip()]
    tally: Counter[tuple[str, bool, bool]] = Counter()
    for reference in references:
        for name, rewrite in REWRITES.items():
            candidate = rewrite(reference)
            if candidate == reference:
                continue
            ours = check_equivalent(candidate, reference, 1.0).equivalent
            wrapped = candidate if candidate.startswith(("$", "\\[", "\\(")) else f"${candidate}$"
            try:
                theirs = math_verify_accepts(f"${reference}$", wrapped, 1)
            except Exception:  # noqa: BLE001 - a math-verify failure is its refusal
                theirs = False
            tally[(name, ours, theirs)] += 1
            if not ours:
                print(f"{name}: {'mv' if theirs else '--'} {candidate!r} vs {reference!r}")
    print(f"\n{sum(tally.values())} rewrites; (rewrite, ours, math-verify): count")
    for key in sorted(tally):
        print(key, tally[key])
    disagree = Counter((ours, theirs) for (_, ours, theirs), n in tally.items() for _ in range(n))
    print(f"ours only: {disagree[(True, False)]}, math-verify only: {disagree[(False, True)]}")


if __name__ == "__main__":
    main()
