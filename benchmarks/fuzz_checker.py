"""Mutation fuzz of the answer checker: grammar-shaped edits of real answers, run for a while.

Usage: python benchmarks/fuzz_checker.py [--seed 0] [--seconds 60] [--slow-ms 250]

The seeds are the answers of the project's own pair table and of the peer table
(``tests/tasks/math/answer``). Each try takes one or two seed answers and applies one to three
mutations that keep the shape of an answer while changing a part of it: a number swapped for a
hostile one (``0``, ``10^{400}``, ``9^{9^{9}}``, ``0.000…1``), an operator swapped, a span cut or
doubled, a piece of a word repeated into a long run of letters, a brace or ``\\left(`` left
open, the answer wrapped in a box, a fraction, a root, an equation, an interval or a set, two
answers joined. ``check_equivalent`` then compares the
mutant with its seed and with itself, and ``extract_answer`` reads it inside prose.

A finding is an ``internal error`` verdict (an exception the checker's own guards did not
expect), a ``nesting too deep`` verdict on a text nested fewer than 20 brackets deep (a
recursion that does not follow the text's shape), any exception out of ``extract_answer``, or a call slower than ``--slow-ms`` (the
checker's deadline is 1 s; a check near it is a performance finding). Findings are printed
with the text that made them, and the script exits 1 if there is one. It is a benchmark, not a
test: its reach depends on the time it gets.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from metacot_envs.tasks.math.answer import check_equivalent, extract_answer

ROOT = Path(__file__).resolve().parent.parent
TABLES = (ROOT / "tests/tasks/math/answer/peer_pairs.jsonl",)

HOSTILE_NUMBERS = (
    "0", "-0", "0.0", "1", "-1", "10^{400}", "1e400", "1e-400", "9^{9^{9}}", "10!", "100!",
    "0.000000000000000000001", "99999999999999999999999999", "\\infty", "-\\infty", "1/0",
    "\\frac{1}{0}", "0^0", "0^{-1}", "\\sqrt{-1}", "\\log 0", "2^{2^{2^{2^{2}}}}", "1,000",
    "1\\,000", "10,\\!080", "1{,}5", ".5", "5.", "3.\\overline{3}", "0.[3]", "1e", "NaN",
)  # fmt: skip
"""numbers put in place of a number of the seed"""
OPERATORS = ("+", "-", "*", "/", "^", "=", "<", "\\le", "\\cdot", "\\times", "\\div", ",", ";",
             ":", "\\pm", "\\cup", "!", "%", "\\%", "&", "\\\\")  # fmt: skip
"""operators put in place of an operator of the seed"""
WRAPPERS = (
    "\\boxed{%s}", "\\frac{%s}{%s}", "\\sqrt{%s}", "\\sqrt[%s]{%s}", "x = %s", "%s = %s",
    "(%s, %s)", "[%s, %s)", "\\{%s, %s\\}", "%s^{%s}", "\\left(%s\\right)", "\\left(%s",
    "%s\\right)", "{%s", "%s}", "$%s$", "\\text{%s}", "%s \\text{ cm}", "%s\\%%", "-%s",
    "\\begin{pmatrix}%s & %s\\end{pmatrix}", "\\log_{%s} %s", "\\sin(%s)", "%s \\approx %s",
    "%s \\cup %s", "\\overline{%s}", "%s!", "\\binom{%s}{%s}", "%s \\pmod{%s}", "%s \\,\\%%",
    "factorial(%s)", "Factorial[%s]", "tg(%s)", "\\ctg %s", "z(r) = %s", "%s (чел.)", "2θ%s",
    "atan2(%s, %s)", "nCr(%s, %s)", "nPr(%s, %s)", "lg(%s, %s)", "log(%s)", "sp.sqrt(%s)",
    "csch(%s)", "arccot %s", "%s kJ", "%s E6 pm", "{%s, %s, %s} U [%s, %s)", "%s thousand",
    "minus %s", "%s, %s * 1,000", "$%sM", "(%sbn)", "sinx%s", "ln|%s|", "cos%s", "x₁%s",
    "%s ≦ %s", "x = %s 또는 x = %s", "%s; %s,%s", "%s + c",
    "~(%s & %s)", "%s' u %s", "(%s Or %s) And Not %s",
    "{%s \\over %s}", "%s \\over {%s}", "\\abs{%s}", "\\pdv[%s]{%s}{x}", "\\dd{%s}",
    "\\begin{cases}x=%s\\\\y=%s\\end{cases}", "\\left\\{\\begin{array}{l}%s\\\\%s\\end{array}\\right.",
    "\\overset{%s}{%s}", "%s \\rightarrow %s", "\\root %s \\of {%s}", "%s \\not= %s",
    "\\bqty{%s}", "%s \\cross %s", "\\sqrt[\\uproot{2}%s]{%s}", "%s, \\dotsc, %s",
    "\\boldsymbol{%s}", "%s \\centerdot %s",
)  # fmt: skip
"""shapes a mutant is wrapped in; each ``%s`` takes the text or another seed"""
PROSE = (
    "The answer is %s.",
    "Final Answer: The final answer is $%s$. I hope it is correct.",
    "#### %s",
    "答案：%s",
    "So x = %s, wait, the answer is %s.",
    "<answer>%s</answer>",
    "Ответ - %s",
    "My answer is %s and then %s.",
    "\\boxed{%s",
    "\\boxed{\\boxed{%s}} and \\boxed{%s}",
    "<answer>%s",
    "Final Answer: %s\nFinal Answer: %s",
    "The answer is %s. Wait, the answer is %s",
    "$%s$ and $%s$ or \\(%s\\)",
    "**%s**",
    "%s\n\n%s",
    "forty-%s",
    "nine hundred %s degrees",
)
"""prose around a mutant for ``extract_answer``"""
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[A-Za-z]{2,}")
_OPERATOR = re.compile(r"[-+*/^=<,;:]|\\(?:le|cdot|times|div|pm|cup)\b")


def _swap_number(text: str, rng: random.Random, _: list[str]) -> str:
    spots = list(_NUMBER.finditer(text))
    if not spots:
        return text + rng.choice(HOSTILE_NUMBERS)
    spot = rng.choice(spots)
    return text[: spot.start()] + rng.choice(HOSTILE_NUMBERS) + text[spot.end() :]


def _swap_operator(text: str, rng: random.Random, _: list[str]) -> str:
    spots = list(_OPERATOR.finditer(text))
    if not spots:
        return text + rng.choice(OPERATORS) + text
    spot = rng.choice(spots)
    return text[: spot.start()] + rng.choice(OPERATORS) + text[spot.end() :]


def _cut_or_double(text: str, rng: random.Random, _: list[str]) -> str:
    if not text:
        return text
    start = rng.randrange(len(text))
    end = min(len(text), start + rng.randint(1, 6))
    if rng.random() < 0.5:
        return text[:start] + text[end:]
    return text[:end] + text[start:end] * rng.randint(1, 40) + text[end:]


def _repeat_letters(text: str, rng: random.Random, _: list[str]) -> str:
    """A piece of a word repeated many times after it (``therefthereftheref...``): long runs of
    letters are where a pattern that splits words in many ways turns slow."""
    spots = list(_WORD.finditer(text))
    if not spots:
        return text + " ab" * rng.randint(20, 150)
    word = rng.choice(spots)
    start = rng.randrange(len(word.group()))
    piece = word.group()[start : start + rng.randint(1, 6)]
    return text[: word.end()] + piece * rng.randint(20, 150) + text[word.end() :]


def _wrap(text: str, rng: random.Random, seeds: list[str]) -> str:
    shape = rng.choice(WRAPPERS)
    fillers = [text, *(rng.choice(seeds) for _ in range(shape.count("%s") - 1))]
    rng.shuffle(fillers)
    return shape % tuple(fillers)


def _nest(text: str, rng: random.Random, _: list[str]) -> str:
    shape = rng.choice(("{%s}", "(%s)", "\\frac{1}{%s}", "%s^{2}", "\\sqrt{%s}", "-(%s)"))
    for _level in range(rng.randint(2, 60)):
        text = shape % text
    return text


MUTATIONS: tuple[Callable[[str, random.Random, list[str]], str], ...] = (
    _swap_number, _swap_number, _swap_operator, _cut_or_double, _repeat_letters, _wrap, _wrap,
    _nest,
)  # fmt: skip


def _seed_answers() -> list[str]:
    seeds: set[str] = set()
    for table in TABLES:
        for line in table.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for key in ("candidate", "reference"):
                if len(row[key]) <= 300:
                    seeds.add(row[key])
    return sorted(seeds)


def _depth(text: str) -> int:
    """The deepest nesting of brackets in ``text`` (unbalanced closers ignored)."""
    depth = deepest = 0
    for char in text:
        if char in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")}]" and depth:
            depth -= 1
    return deepest


def _timed_call(name: str, text: str, other: str) -> tuple[float, str]:
    """Milliseconds and outcome of one call: a check's reason, or the answer extracted."""
    started = time.perf_counter()
    try:
        if name == "extract":
            outcome = str(extract_answer(text))
        else:
            outcome = check_equivalent(text, other).reason
    except Exception as exc:  # noqa: BLE001 - a finding, reported by the caller
        outcome = f"internal error: {type(exc).__name__}: {exc}"
    return (time.perf_counter() - started) * 1000, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0, help="seed of the mutation draw")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz")
    parser.add_argument("--slow-ms", type=float, default=250.0, help="a slower call is a finding")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = _seed_answers()
    findings: list[str] = []
    tries = 0
    slowest = (0.0, "")
    stop = time.monotonic() + args.seconds
    while time.monotonic() < stop:
        seed = rng.choice(seeds)
        mutant = seed
        for _ in range(rng.randint(1, 3)):
            mutant = rng.choice(MUTATIONS)(mutant, rng, seeds)
        shape = rng.choice(PROSE)
        prose = shape.replace("%s", mutant, 1).replace("%s", rng.choice(seeds))
        tries += 1
        for name, text, other in (
            ("check", mutant, seed),
            ("self", mutant, mutant),
            ("extract", prose, ""),
        ):
            took, reason = _timed_call(name, text, other)
            if took > slowest[0]:
                slowest = (took, f"{name} {text!r}")
            if reason.startswith("internal error") or (
                reason == "size limit: nesting too deep" and _depth(text + other) < 20
            ):
                findings.append(f"{name}: {reason} on {text!r} vs {other!r}")
            if took > args.slow_ms:
                findings.append(f"{name}: {took:.0f} ms on {text!r} vs {other!r}")
    print(
        f"{tries} mutants from {len(seeds)} seed answers in {args.seconds:.0f} s (seed {args.seed})"
    )
    print(f"slowest call: {slowest[0]:.1f} ms ({slowest[1][:200]})")
    for finding in findings[:50]:
        print("FINDING", finding[:400])
    print(f"{len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
