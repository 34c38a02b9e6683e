"""Answer checker against math-verify, side by side in one run, on our table and the peer table.

Usage: python benchmarks/bench_verifier.py [--timeout SECONDS] [--repeat N] [--speed-rounds N]
       [--show-misses [--show-blind N ...]]

Tables:
- hand-written: every pair of ``tests/tasks/math/answer/answer_pairs.py`` (ours, by batch);
- peer: ``tests/tasks/math/answer/peer_pairs.jsonl``, pairs from other projects' published
  tests with the verdict their authors state, split into bare answers and prose (the blind
  batch, scored before any fix, is reported on its own too). Every later batch (``dev<N>`` /
  ``blind<N>``, N >= 2) gets a row of one table: ours and math-verify on all of it, its bare
  and prose pairs, and its held-back ``blind<N>`` half; ``--show-misses`` never lists a
  held-back ``blind<N>`` miss unless ``--show-blind N`` asks for it (the halves in
  ``peer_pairs.RELEASED_HALVES`` are no longer held back: their misses are listed). Another table keeps only the peer pairs
  under default settings (``setting`` ``default``: the grader called as a user would call
  it), whole, bare, prose, and bare split into floored and held back.

Verifiers, each with the same time limit per check:
- ``metacot (ours)``: ``check_equivalent``; on the peer table each text first goes through
  ``extract_answer`` (the env's answer search), falling back to the text itself (after its
  last ``</think>``, as the search reads it);
- ``metacot, peer texts as written``: the same checker on the raw peer texts (no extraction);
- ``metacot, each note's stated tolerance``: ours on the peer table, each pair given the numeric
  tolerance its note states (``peer_tolerances.jsonl``, read from the notes alone; pairs
  without one are checked as by ``metacot (ours)``), as a user passing the suite's
  ``relative_tolerance`` / ``absolute_tolerance`` would be;
- ``metacot, each note's stated units``: ours on the peer table with ``require_units`` on the
  pairs whose note says their grader requires units (``peer_unit_requirements.jsonl``, read
  from the notes alone), as a user passing ``require_units=True`` for such a suite would be;
- ``math-verify`` in this process: ``verify(parse(reference), parse(candidate))`` with its
  ``parsing_timeout`` / ``timeout_seconds`` set to the limit; our table's answers are
  wrapped in ``$...$`` (bare LaTeX is not found otherwise), peer texts are given as written,
  as the peer tests call it;
- ``checker="math-verify"``: this package's math-verify mode (worker process, hard kill).

Checks/second counts whole checks (extraction, parsing both answers, comparing) over both
tables; the speed ratio is ours divided by the row's. Those rows time each verifier's passes one
after the other, so load that comes and goes on the machine moves the ratio (9-12x on one
machine in one day). A second speed table times ours and math-verify in turns instead: the
pairs dealt into :data:`SPEED_BLOCKS` blocks, each block checked by one then the other,
``--speed-rounds`` times, and each side keeps its fastest time per block (as
``bench_maze.py`` times its anchors), so passing load hits both alike.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from metacot_envs.tasks.math.answer import (
    Tolerance,
    after_reasoning,
    check_equivalent,
    extract_answer,
    shutdown_math_verify_workers,
)

TESTS = Path(__file__).resolve().parents[1] / "tests/tasks/math/answer"


@dataclass(frozen=True)
class Pair:
    """One labelled pair and the rows of the report it counts in."""

    candidate: str
    reference: str
    expected: bool
    table: str  # "hand-written" or "peer"
    groups: tuple[str, ...]
    tolerance: Tolerance | None = None  # the numeric tolerance the pair's note states, if any
    units_required: bool = False  # whether the pair's note says its grader requires units


@dataclass
class Score:
    """Correct verdicts by group, speed and the slowest check of one verifier."""

    correct: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    checks: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    over_limit: int = 0
    misses: list[Pair] = field(default_factory=list)

    def accuracy(self, group: str) -> str:
        if not self.total[group]:
            return "-"
        return f"{self.correct[group] / self.total[group]:.1%} ({self.correct[group]}/{self.total[group]})"


def _load_module(name: str) -> object:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", TESTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _hand_written_group(form: str) -> str:
    first_word = form.split()[0]
    return first_word if first_word.startswith(("held-out", "generated", "peer-kinds")) else "own"


PEER_MODULE = _load_module("peer_pairs")


def load_pairs() -> list[Pair]:
    """Both tables as one list (tests/ is not a package on sys.path: loaded by path)."""
    own = _load_module("answer_pairs").ANSWER_PAIRS  # type: ignore[attr-defined]
    peer = PEER_MODULE.load_peer_pairs()  # type: ignore[attr-defined]
    tolerances = PEER_MODULE.load_note_tolerances()  # type: ignore[attr-defined]
    requirements = PEER_MODULE.load_note_unit_requirements()  # type: ignore[attr-defined]
    pairs = [
        Pair(c, r, e, "hand-written", ("hand-written", f"hand-written: {_hand_written_group(f)}"))
        for c, r, e, f in own
    ]
    for p in peer:
        groups = ["peer", f"peer {p.kind}"] + (["peer blind"] if p.split == "blind" else [])
        if p.setting == "default":
            part = "held back" if PEER_MODULE.held_back(p.split) else "floored"  # type: ignore[attr-defined]
            groups += ["default", f"default {p.kind}", f"default {part} {p.kind}"]
        batch = _later_batch(p.split)
        if batch is not None:  # dev<N> / blind<N>: a later batch, with its held-back half
            groups += [f"batch {batch}", f"batch {batch} {p.kind}"]
            if p.split.startswith("blind"):
                groups += [f"blind{batch}", f"blind{batch} {p.kind}"]
        stated = PEER_MODULE.stated_tolerance(p, tolerances)  # type: ignore[attr-defined]
        tolerance = None if stated is None else Tolerance(*stated)
        units = PEER_MODULE.stated_units_required(p, requirements)  # type: ignore[attr-defined]
        pairs.append(
            Pair(p.candidate, p.reference, p.expected, "peer", tuple(groups), tolerance, units)
        )
    return pairs


Judge = Callable[[Pair], bool]

_LATER_SPLIT = re.compile(r"(?:dev|blind)([2-9]|[1-9][0-9]+)")


def _batch_of_group(group: str) -> int | None:
    """N for the group ``blind<N>`` (a later batch's held-back half), else None."""
    return _later_batch(group) if group.startswith("blind") else None


def _later_batch(split: str) -> int | None:
    """The batch number of a ``dev<N>`` / ``blind<N>`` split (N >= 2), else None."""
    match = _LATER_SPLIT.fullmatch(split)
    return int(match.group(1)) if match else None


def _held_back(pair: Pair) -> bool:
    """Whether the pair is in a held-back half (``blind<N>`` not yet released)."""
    halves = (g for g in pair.groups if _batch_of_group(g) is not None)
    return any(PEER_MODULE.held_back(g) for g in halves)  # type: ignore[attr-defined]


def where_math_verify_agrees(results: dict[str, Score], peer_pairs: list[Pair]) -> None:
    """Ours on the peer pairs math-verify gets right, floored and held back, bare and prose.

    The issue's held-out set is one on which math-verify scores 97%: these rows estimate
    ours on pairs of the kinds math-verify handles, which the whole table (where many
    suites disagree with math-verify) does not.
    """
    missed = {name: {id(p) for p in score.misses} for name, score in results.items()}
    agreed = [p for p in peer_pairs if id(p) not in missed["math-verify (in process)"]]
    columns: dict[str, list[Pair]] = {}
    for pair in agreed:
        kind = "bare" if "peer bare" in pair.groups else "prose"
        part = "held back" if _held_back(pair) else "floored"
        columns.setdefault(f"{part} {kind}", []).append(pair)
    names = sorted(columns, key=lambda c: (c.startswith("held"), c))
    print(
        f"\n| peer pairs math-verify gets right ({len(agreed)}/{len(peer_pairs)}) | "
        + " | ".join(f"{c} ({len(columns[c])})" for c in names)
        + " |"
    )
    print("|---" * (len(names) + 1) + "|")
    for name in ("metacot (ours)", 'checker="math-verify" (worker)'):
        cells = []
        for column in names:
            right = sum(id(p) not in missed[name] for p in columns[column])
            cells.append(f"{right / len(columns[column]):.1%} ({right}/{len(columns[column])})")
        print(f"| {name} | " + " | ".join(cells) + " |")


SPEED_BLOCKS = 16
"""blocks the pairs are dealt into for the timing in turns"""


def rates_in_turns(judges: dict[str, Judge], pairs: list[Pair], rounds: int) -> dict[str, float]:
    """Checks per second of each judge, timed in turns block by block, the fastest of
    ``rounds`` times kept per block and side (a crash counts as a check, as in :func:`run`)."""
    blocks = [pairs[start::SPEED_BLOCKS] for start in range(SPEED_BLOCKS)]
    fastest = {name: [float("inf")] * len(blocks) for name in judges}
    for _ in range(rounds):
        for index, block in enumerate(blocks):
            for name, judge in judges.items():
                started = time.perf_counter()
                for pair in block:
                    try:
                        judge(pair)
                    except Exception:  # noqa: BLE001, S112 - timed, not scored
                        continue
                spent = time.perf_counter() - started
                fastest[name][index] = min(fastest[name][index], spent)
    return {name: len(pairs) / sum(times) for name, times in fastest.items()}


BATCH_COLUMNS = ("metacot (ours)", "math-verify (in process)")
"""the verifiers the table of later batches shows (the full tables above show every one)"""


def print_batches(results: dict[str, Score], later: list[int]) -> None:
    """One row per later batch: ours and math-verify on the whole batch, its bare and prose
    pairs, and its held-back half ``blind<N>`` (scored before any fix of that batch)."""
    columns = [(name, group) for group in ("", " bare", " prose") for name in BATCH_COLUMNS]
    header = [f"{'ours' if n == BATCH_COLUMNS[0] else 'math-verify'}{g}" for n, g in columns]
    header += [
        f"blind{' ours' if n == BATCH_COLUMNS[0] else ' math-verify'}" for n in BATCH_COLUMNS
    ]
    print("\n| later batch (pairs / blind half) | " + " | ".join(header) + " |")
    print("|---" * (len(header) + 1) + "|")
    for number in later:
        total = results[BATCH_COLUMNS[0]].total
        cells = [results[n].accuracy(f"batch {number}{g}") for n, g in columns]
        cells += [results[n].accuracy(f"blind{number}") for n in BATCH_COLUMNS]
        sizes = f"{total[f'batch {number}']} / {total[f'blind{number}']}"
        print(f"| {number} ({sizes}) | " + " | ".join(cells) + " |")


def run(judge: Judge, pairs: list[Pair], limit: float, repeat: int) -> Score:
    score = Score()
    started = time.perf_counter()
    for round_index in range(repeat):
        for pair in pairs:
            before = time.perf_counter()
            try:
                verdict = judge(pair)
            except Exception:  # noqa: BLE001 - a crash counts as a wrong verdict
                verdict = not pair.expected
            spent = time.perf_counter() - before
            score.slowest = max(score.slowest, spent)
            score.over_limit += spent > limit
            if round_index == 0:
                for group in pair.groups:
                    score.total[group] += 1
                    score.correct[group] += verdict == pair.expected
                if verdict != pair.expected:
                    score.misses.append(pair)
    score.seconds = time.perf_counter() - started
    score.checks = repeat * len(pairs)
    return score


def as_the_env_reads(text: str) -> str:
    """The answer a text states, extracted as the Math env extracts it."""
    return extract_answer(text) or after_reasoning(text)


def ours(
    limit: float, extract: bool = True, stated_tolerances: bool = False, stated_units: bool = False
) -> Judge:
    """Our checker; with ``stated_tolerances``, given each pair's stated numeric tolerance; with
    ``stated_units``, ``require_units`` where the pair's note says its grader requires units."""

    def judge(pair: Pair) -> bool:
        tolerance = pair.tolerance if stated_tolerances else None
        units = stated_units and pair.units_required
        if pair.table == "peer" and extract:
            candidate, reference = (
                as_the_env_reads(pair.candidate),
                as_the_env_reads(pair.reference),
            )
        else:
            candidate, reference = pair.candidate, pair.reference
        return check_equivalent(
            candidate, reference, limit, tolerance=tolerance, require_units=units
        ).equivalent

    return judge


def math_verify_accepts(reference: str, answer: str, seconds: int) -> bool:
    """math-verify's verdict on two texts as given, in this process (``verify(parse(reference),
    parse(answer))``, each step limited to ``seconds``); the probes share it."""
    from math_verify import parse, verify  # benchmark-only dependency

    gold = parse(reference, parsing_timeout=seconds)
    return bool(verify(gold, parse(answer, parsing_timeout=seconds), timeout_seconds=seconds))


def math_verify(limit: float) -> Judge:
    seconds = max(1, round(limit))  # math-verify takes whole seconds

    def judge(pair: Pair) -> bool:
        wrap = "${}$" if pair.table == "hand-written" else "{}"
        return math_verify_accepts(
            wrap.format(pair.reference), wrap.format(pair.candidate), seconds
        )

    return judge


def math_verify_mode(limit: float) -> Judge:
    def judge(pair: Pair) -> bool:
        return check_equivalent(pair.candidate, pair.reference, limit, "math-verify").equivalent

    return judge


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=1.0, help="seconds per check, all")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes over the pairs")
    parser.add_argument(
        "--speed-rounds", type=int, default=3, help="rounds of the timing in turns (0: skip it)"
    )
    parser.add_argument("--show-misses", action="store_true", help="list misses, not blind<N>'s")
    parser.add_argument(
        "--show-blind",
        type=int,
        nargs="+",
        default=[],
        metavar="N",
        help="with --show-misses, list these held-back halves' misses too (blind<N>)",
    )
    args = parser.parse_args()
    pairs = load_pairs()
    later = sorted({b for p in pairs for g in p.groups if (b := _batch_of_group(g)) is not None})
    unknown = sorted(set(args.show_blind) - set(later))
    if unknown:
        parser.error(
            f"--show-blind: no half blind{unknown[0]} (halves: blind{later[0]}-{later[-1]})"
        )
    shown_blind = {f"blind{n}" for n in args.show_blind}
    logging.disable(logging.CRITICAL)  # math-verify logs every parse failure
    peer_pairs = [pair for pair in pairs if pair.table == "peer"]
    check_equivalent("1", "1", checker="math-verify")  # start one worker outside the timing
    limit, repeat = args.timeout, args.repeat
    results = {
        "metacot (ours)": run(ours(limit), pairs, limit, repeat),
        "metacot, peer texts as written": run(ours(limit, extract=False), peer_pairs, limit, 1),
        "metacot, each note's stated tolerance": run(
            ours(limit, stated_tolerances=True), peer_pairs, limit, 1
        ),
        "metacot, each note's stated units": run(
            ours(limit, stated_units=True), peer_pairs, limit, 1
        ),
        "math-verify (in process)": run(math_verify(limit), pairs, limit, repeat),
        'checker="math-verify" (worker)': run(math_verify_mode(limit), pairs, limit, 1),
    }
    shutdown_math_verify_workers()
    ours_speed = results["metacot (ours)"].checks / results["metacot (ours)"].seconds
    counts = Counter(group for pair in pairs for group in pair.groups)
    print(
        f"time limit {limit:g}s per check; {repeat} timed passes (the rows as written, with stated tolerances or units and in the worker: one)\n"
    )
    columns = ["hand-written", "peer", "peer bare", "peer prose", "peer blind"]
    print("| verifier | " + " | ".join(f"{c} ({counts[c]})" for c in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, score in results.items():
        print(f"| {name} | " + " | ".join(score.accuracy(c) for c in columns) + " |")
    print("\n| verifier | checks/s | speed ratio (ours / this) | over limit | slowest check |")
    print("|---|---|---|---|---|")
    for name, score in results.items():
        speed = score.checks / score.seconds
        print(
            f"| {name} | {speed:,.0f} | {ours_speed / speed:.1f}x | {score.over_limit} | "
            f"{score.slowest * 1000:.1f} ms |"
        )
    if args.speed_rounds > 0:
        rates = rates_in_turns(
            {"metacot (ours)": ours(limit), "math-verify (in process)": math_verify(limit)},
            pairs,
            args.speed_rounds,
        )
        print(
            f"\n| timed in turns ({SPEED_BLOCKS} blocks, fastest of {args.speed_rounds} rounds"
            " per block) | checks/s | speed ratio (ours / this) |"
        )
        print("|---|---|---|")
        for name, rate in rates.items():
            print(f"| {name} | {rate:,.0f} | {rates['metacot (ours)'] / rate:.1f}x |")
    where_math_verify_agrees(results, peer_pairs)
    defaults = ["default", "default bare", "default prose"]
    defaults += ["default floored bare", "default held back bare"]
    settings = sum(pair.table == "peer" for pair in pairs) - counts["default"]
    print(
        f"\n| peer pairs under default settings ({settings} under a stated setting left out) | "
        + " | ".join(f"{c.removeprefix('default ')} ({counts[c]})" for c in defaults)
        + " |"
    )
    print("|---" * (len(defaults) + 1) + "|")
    for name, score in results.items():
        print(f"| {name} | " + " | ".join(score.accuracy(c) for c in defaults) + " |")
    print_batches(results, later)
    batches = sorted(g for g in counts if g.startswith("hand-written: "))
    print("\n| hand-written batch | " + " | ".join(results) + " |")
    print("|---" * (len(results) + 1) + "|")
    for group in batches:
        cells = " | ".join(score.accuracy(group) for score in results.values())
        print(f"| {group.removeprefix('hand-written: ')} ({counts[group]}) | {cells} |")
    if args.show_misses:
        for name, score in results.items():
            print(f"\nmisses of {name}:")
            for pair in score.misses:
                held_back = {g for g in pair.groups if _batch_of_group(g) is not None}
                held_back = {g for g in held_back if PEER_MODULE.held_back(g)}  # type: ignore[attr-defined]
                if held_back - shown_blind:
                    continue  # held back: its misses are not read for fixes
                print(f"  [{pair.groups[-1]}] {pair.candidate[:160]!r} vs {pair.reference[:160]!r}")
                print(f"      expected {pair.expected}")


if __name__ == "__main__":
    main()
