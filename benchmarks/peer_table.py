"""Tools for growing and reading the peer-answer table (``tests/tasks/math/answer/peer_pairs.jsonl``).

Usage (from the repository root):

    python benchmarks/peer_table.py join N OUT IN... [--top-up REPO...]  # join as blind<N>
    python benchmarks/peer_table.py split N                 # split batch N by its seeded draw
    python benchmarks/peer_table.py verdicts OUT            # our verdict on every pair, as JSON
    python benchmarks/peer_table.py reasons OUT             # verdict and reason, every bench pair
    python benchmarks/peer_table.py compare BEFORE AFTER    # which readable verdicts moved
    python benchmarks/peer_table.py figures VERDICTS SPLIT...  # right/total per split, held back
    python benchmarks/peer_table.py floored VERDICTS        # the floored bare and prose figures
    python benchmarks/peer_table.py misses VERDICTS SPLIT...   # read the misses of open splits

A batch is joined, committed, scored with ``bench_verifier.py``, then split; its dev half's misses
are read with ``misses``, a fix is checked with ``verdicts`` before and after and ``compare``. The
held-back halves (``peer_pairs.held_back``) are counted, never shown: ``misses`` refuses them and
``compare`` reports only how many of their verdicts moved. Verdict files hold one boolean per
pair in table order, so they compare only against the same table. A change meant to move no
verdict (a speed-up, a clean-up) is checked with ``reasons`` before and after: the two files,
which hold every bench pair's verdict and reason (hand-written pairs too), must be identical
(``cmp``), which says nothing about any one held-back pair.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from bench_verifier import PEER_MODULE, as_the_env_reads, load_pairs

from metacot_envs.tasks.math.answer import check_equivalent

REPO_CAP = 150
"""most pairs one repository may give the table, so that no one suite's habits dominate it"""
_KEYS = ("candidate", "reference", "expected", "source_repo", "source_path", "source_where",
         "note", "kind", "split", "setting")  # fmt: skip


def _load_verdicts(path: str, size: int) -> list[bool]:
    verdicts = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(verdicts, list) or len(verdicts) != size:
        sys.exit(f"{path}: not {size} verdicts (made on another table?)")
    return [bool(v) for v in verdicts]


def join(
    peer: ModuleType, batch: int, out: str, inputs: list[str], top_up: tuple[str, ...] = ()
) -> None:
    """Check helpers' files and write their pairs as ``blind<batch>``, kinds recomputed.

    A repository already in the table is refused unless named in ``top_up`` (a large suite
    the table holds only in part); no repository may pass :data:`REPO_CAP` pairs in all.
    """
    table = peer.load_peer_pairs()
    per_repo = Counter(pair.source_repo for pair in table)
    used = set(per_repo) - set(top_up)
    seen = {(pair.candidate, pair.reference) for pair in table}
    rows: list[dict[str, object]] = []
    dropped = 0
    for name in inputs:
        lines = Path(name).read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            where = f"{name}:{number}"
            if sorted(row) != sorted(_KEYS):
                sys.exit(f"{where}: keys {sorted(row)}")
            if not isinstance(row["expected"], bool) or row["setting"] not in ("default", "stated"):
                sys.exit(f"{where}: expected must be a bool and setting default or stated")
            if row["setting"] == "stated" and not str(row["note"]).strip():
                sys.exit(f"{where}: a stated setting needs a note naming it")
            if row["source_repo"] in used or "/" not in row["source_repo"]:
                sys.exit(f"{where}: source {row['source_repo']!r} is used already or no owner/name")
            if (row["candidate"], row["reference"]) in seen:
                dropped += 1
                continue
            per_repo[row["source_repo"]] += 1
            if per_repo[row["source_repo"]] > REPO_CAP:
                sys.exit(f"{where}: more than {REPO_CAP} pairs from {row['source_repo']}")
            seen.add((row["candidate"], row["reference"]))
            row["kind"] = peer.pair_kind(row["candidate"], row["reference"])
            row["split"] = f"blind{batch}"
            rows.append({key: row[key] for key in _KEYS})
    Path(out).write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    print(f"{len(rows)} pairs written to {out}; {dropped} already in the table or repeated")
    for repo, count in Counter(str(row["source_repo"]) for row in rows).most_common():
        print(f"  {repo} {count}")


def split(peer: ModuleType, batch: int) -> None:
    """Mark batch ``batch``'s seeded draw ``dev<batch>`` and the rest ``blind<batch>``."""
    path = peer.PEER_PAIRS_PATH
    lines = path.read_text(encoding="utf-8").splitlines()
    halves = (f"blind{batch}", f"dev{batch}")
    positions = [i for i, line in enumerate(lines) if json.loads(line)["split"] in halves]
    dev = peer.dev_positions(batch, len(positions))
    for position, index in enumerate(positions):
        row = json.loads(lines[index])
        row["split"] = halves[1] if position in dev else halves[0]
        lines[index] = json.dumps(row, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"seed {peer.split_seed(batch)}: {len(dev)} dev{batch} / {len(positions) - len(dev)}")


def verdicts(peer: ModuleType, out: str) -> None:
    """Write our verdict on every pair, answers read as the env reads them."""
    pairs = peer.load_peer_pairs()
    found = [
        check_equivalent(
            as_the_env_reads(pair.candidate), as_the_env_reads(pair.reference)
        ).equivalent
        for pair in pairs
    ]
    Path(out).write_text(json.dumps(found), encoding="utf-8")
    print(f"{len(found)} verdicts written to {out}")


def reasons(out: str) -> None:
    """Write our verdict and its reason on every bench pair (hand-written and peer, peer
    answers read as the env reads them), for a change that must move none of them."""
    found = []
    for pair in load_pairs():
        candidate, reference = pair.candidate, pair.reference
        if pair.table == "peer":
            candidate, reference = as_the_env_reads(candidate), as_the_env_reads(reference)
        verdict = check_equivalent(candidate, reference)
        found.append([verdict.equivalent, verdict.reason])
    Path(out).write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    print(f"{len(found)} verdicts and reasons written to {out}")


def compare(peer: ModuleType, before: str, after: str) -> None:
    """Show the readable pairs whose verdict moved; count the held-back ones."""
    pairs = peer.load_peer_pairs()
    old, new = _load_verdicts(before, len(pairs)), _load_verdicts(after, len(pairs))
    held = Counter[str]()
    for index, pair in enumerate(pairs):
        if old[index] == new[index]:
            continue
        moved = "right" if new[index] == pair.expected else "wrong"
        if peer.held_back(pair.split):
            held[moved] += 1
            continue
        print(f"moved {moved}: #{index} {pair.split} {pair.candidate!r} | {pair.reference!r}")
    print(f"held back: {held['right']} moved right, {held['wrong']} moved wrong")
    print(
        f"right before {sum(v == p.expected for v, p in zip(old, pairs, strict=True))}, "
        f"after {sum(v == p.expected for v, p in zip(new, pairs, strict=True))} of {len(pairs)}"
    )


def _right(pairs: list[Any], found: list[bool], indices: list[int]) -> str:
    right = sum(found[i] == pairs[i].expected for i in indices)
    return f"{right}/{len(indices)}"


def figures(peer: ModuleType, verdict_file: str, splits: list[str]) -> None:
    """Right/total per split (all, bare, default setting), and for the held-back halves."""
    pairs = peer.load_peer_pairs()
    found = _load_verdicts(verdict_file, len(pairs))
    for name in splits:
        indices = [i for i, pair in enumerate(pairs) if pair.split == name]
        bare = [i for i in indices if pairs[i].kind == "bare"]
        default = [i for i in indices if pairs[i].setting == "default"]
        print(
            f"{name}: {_right(pairs, found, indices)} bare {_right(pairs, found, bare)} "
            f"default {_right(pairs, found, default)}"
        )
    held = [i for i, pair in enumerate(pairs) if peer.held_back(pair.split)]
    bare = [i for i in held if pairs[i].kind == "bare"]
    default_bare = [i for i in bare if pairs[i].setting == "default"]
    names = sorted({pairs[i].split for i in held}, key=lambda s: int(s.removeprefix("blind")))
    print(
        f"held back {_right(pairs, found, held)} bare {_right(pairs, found, bare)} "
        f"default bare {_right(pairs, found, default_bare)} {names}"
    )


def floored(peer: ModuleType, verdict_file: str) -> None:
    """The floored figures: every pair not held back (as if no half awaited its fixes)."""
    pairs = peer.load_peer_pairs()
    found = _load_verdicts(verdict_file, len(pairs))
    for kind in ("bare", "prose"):
        indices = [
            i
            for i, pair in enumerate(pairs)
            if pair.kind == kind and not peer.held_back(pair.split)
        ]
        right = sum(found[i] == pairs[i].expected for i in indices)
        print(f"{kind} {right}/{len(indices)} = {right / len(indices):.4f}")


def misses(peer: ModuleType, verdict_file: str, splits: list[str]) -> None:
    """Print the misses of open splits (dev halves, released halves); held-back ones refused."""
    closed = [name for name in splits if peer.held_back(name)]
    if closed:
        sys.exit(f"held back, never read: {closed}")
    pairs = peer.load_peer_pairs()
    found = _load_verdicts(verdict_file, len(pairs))
    for index, pair in enumerate(pairs):
        if pair.split in splits and found[index] != pair.expected:
            print(f"#{index} {pair.split} {pair.kind} {pair.setting} expected={pair.expected}")
            print(f"   [{pair.source_repo} {pair.source_path} {pair.source_where}]")
            print(f"   C: {pair.candidate[:400]!r}\n   R: {pair.reference[:200]!r}")
            if pair.note:
                print(f"   note: {pair.note[:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("join")
    command.add_argument("batch", type=int)
    command.add_argument("out")
    command.add_argument("inputs", nargs="+")
    command.add_argument("--top-up", nargs="+", default=[], metavar="REPO")
    commands.add_parser("split").add_argument("batch", type=int)
    commands.add_parser("verdicts").add_argument("out")
    commands.add_parser("reasons").add_argument("out")
    command = commands.add_parser("compare")
    command.add_argument("before")
    command.add_argument("after")
    for name in ("figures", "misses"):
        command = commands.add_parser(name)
        command.add_argument("verdicts")
        command.add_argument("splits", nargs="*" if name == "figures" else "+")
    commands.add_parser("floored").add_argument("verdicts")
    args = parser.parse_args()
    peer = cast(ModuleType, PEER_MODULE)
    if args.command == "join":
        join(peer, args.batch, args.out, args.inputs, tuple(args.top_up))
    elif args.command == "split":
        split(peer, args.batch)
    elif args.command == "verdicts":
        verdicts(peer, args.out)
    elif args.command == "reasons":
        reasons(args.out)
    elif args.command == "compare":
        compare(peer, args.before, args.after)
    elif args.command == "figures":
        figures(peer, args.verdicts, args.splits)
    elif args.command == "floored":
        floored(peer, args.verdicts)
    else:
        misses(peer, args.verdicts, args.splits)


if __name__ == "__main__":
    main()
