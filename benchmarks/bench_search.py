"""Tree search vs parallel sampling: success against compute on the Game of 24 and Countdown-4.

The paper's claim (Xiang et al. 2025, §3.3-4.4): with a verifier or a PRM, searching
(propose, evaluate, backtrack) reaches the success of best-of-N parallel sampling at a
fraction of its compute (~1/4 on the Game of 24). Goal measured here: **tree search
reaches best-of-N's success at <= 1/2 of its compute**.

Every agent gets the *same* proposal source and the *same* value source:

* proposals: ``LegalSteps`` drawing ``k`` distinct legal steps at random per expansion
  (``--k``, default 3); a best-of-N sample draws one per step, a random legal walk. Not
  the full enumeration: with every legal step proposed and the exact solver judging, every
  tree search wins at once and there is nothing to compare. A sampler that only ever
  offers a few, unguided, candidates is the role an LLM proposer plays, without its cost or
  its invalid steps (``--proposals smollm2`` puts SmolLM2-135M in that role: slow on CPU).
* value: ``NoisyValue(SolverPRM(graded=True), sigma)``: the exact solver's graded value
  plus Gaussian noise fixed per state (``--sigma``, default 0.3), an imperfect PRM that
  is consistently wrong about some states, so that search must recover from its errors.
  It is the value for tree search, and the selector for best-of-N ``prm`` (lowest value
  along a sample, the usual PRM aggregation); best-of-N ``majority`` votes on final
  answers, and best-of-N ``oracle`` (pass@N, the env verifying every sample) is shown as
  the ceiling of any selection.

Tree search gets the verifier only where the env gives it to everyone: a node it visits
ends the episode if correct (see ``agents/search/tree_search.py``).

Compute, per problem: steps proposed (the generation cost: one step of a model's
output), env steps, PRM calls and tokens (0 without a model). The ratio is read off the
measured points: for each best-of-N budget, the least compute at which a tree search's
measured success is at least as high (no interpolation), divided by best-of-N's.

Problems are seeded: Countdown-4 seeds ``0..n-1``; the Game of 24 test split is either
the ranked CSV's ranks 901-1000 (``--data PATH``, each puzzle once) or the first ``n``
puzzles of the seeded ``split="test"`` partition.

Usage: python benchmarks/bench_search.py [--data 24.csv] [--episodes 100] [--k 3]
       [--sigma 0.3] [--plot leaderboards/plots/search_compute.png] [--quick]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gymnasium as gym

import metacot_envs  # noqa: F401  (registers the ids)
from agents.episode import play_episode
from agents.policies.base import Policy
from agents.results import git_commit, wilson_interval
from agents.search import (
    BeamSearchPolicy,
    BestFirstPolicy,
    BestOfNPolicy,
    LegalSteps,
    LLMSteps,
    MCTSPolicy,
    NoisyValue,
    PRMStepScorer,
)
from agents.search.proposals import ProposalSource
from agents.search.values import ValueSource
from metacot_envs.prms import SolverPRM
from metacot_envs.tasks.countdown import CountdownProblem, Game24Config
from metacot_envs.tasks.countdown.game24 import load_game24_csv

ROOT = Path(__file__).resolve().parents[1]
TITLES: dict[str, str] = {"countdown-4": "Countdown-4 (seeds 0-99)"}
BEST_OF_N = (1, 2, 4, 8, 16, 32, 64)
BEAM_BUDGETS = ((1, 3), (2, 3), (4, 4), (8, 6), (16, 8))
"""(width, candidates per node): a beam never revisits a node, so it buys breadth with both"""
NODE_BUDGETS = (2, 4, 8, 16, 32, 64)
SIMULATIONS = (4, 8, 16, 32, 64, 128)


@dataclass
class Point:
    """One agent at one budget on one env: success and mean compute per problem."""

    env: str
    agent: str
    budget: str
    episodes: int
    solved: int
    steps_proposed: float
    env_steps: float
    prm_calls: float
    tokens: float
    seconds: float

    @property
    def success(self) -> float:
        return self.solved / self.episodes


def agents(
    proposals: ProposalSource, value: ValueSource, k: int, quick: bool
) -> dict[str, list[tuple[str, Callable[[], Policy]]]]:
    """Agent family -> [(budget, factory)], all with the same proposal and value source."""
    cap = 10**6

    def pick(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return values[::2] if quick else values

    def bon(selection: str) -> list[tuple[str, Callable[[], Policy]]]:
        return [
            (
                f"N={n}",
                lambda n=n: BestOfNPolicy(
                    proposals, value, n=n, selection=selection, max_env_steps=cap
                ),
            )
            for n in pick(BEST_OF_N)
        ]

    return {
        "best-of-n majority": bon("majority"),
        "best-of-n prm": bon("prm"),
        "best-of-n oracle (pass@N)": bon("oracle"),
        "beam": [
            (
                f"{w}x{e}",
                lambda w=w, e=e: BeamSearchPolicy(
                    value, proposals, width=w, expand=e, max_env_steps=cap
                ),
            )
            for w, e in pick(BEAM_BUDGETS)
        ],
        "best-first": [
            (
                f"{b} nodes",
                lambda b=b: BestFirstPolicy(
                    value, proposals, expand=k, node_budget=b, max_env_steps=cap
                ),
            )
            for b in pick(NODE_BUDGETS)
        ],
        "mcts": [
            (
                f"{s} sims",
                lambda s=s: MCTSPolicy(
                    value, proposals, expand=k, simulations=s, max_env_steps=cap
                ),
            )
            for s in pick(SIMULATIONS)
        ],
    }


def problems(env_name: str, data: str | None, n: int) -> tuple[str, dict[str, Any], list[Any]]:
    """(env id, kwargs, per-episode reset options or None for a seeded problem)."""
    if env_name == "countdown-4":
        return "MetaCoT/Countdown-v0", {"num_numbers": 4}, [None] * n
    if data:
        puzzles = load_game24_csv(data, (901, 1000))[:n]
        TITLES[env_name] = f"Game of 24, ranks 901-{900 + len(puzzles)} of {Path(data).name}"
    else:
        puzzles = list(Game24Config(split="test").build_task().source.puzzles[:n])  # type: ignore[attr-defined]
        TITLES[env_name] = f"Game of 24, seeded test split ({len(puzzles)} puzzles)"
    return "MetaCoT/Game24-v0", {}, [{"problem": CountdownProblem(p, 24)} for p in puzzles]


def measure(
    env_name: str,
    env_id: str,
    kwargs: dict[str, Any],
    options: list[Any],
    family: str,
    budget: int,
    make: Callable[[], Policy],
) -> Point:
    env = gym.make(env_id, **kwargs, search=True, max_steps=10**6)
    policy = make()
    start = time.perf_counter()
    records = [play_episode(env, policy, seed, options=o) for seed, o in enumerate(options)]
    n = len(records)
    return Point(
        env_name,
        family,
        budget,
        n,
        sum(r.solved for r in records),
        sum(r.compute.steps_proposed for r in records) / n,
        sum(r.env_steps for r in records) / n,
        sum(r.compute.prm_calls for r in records) / n,
        sum(r.compute.tokens_generated for r in records) / n,
        time.perf_counter() - start,
    )


def table(points: list[Point]) -> str:
    lines = [
        "| env | agent | budget | success | 95% CI | steps proposed | env steps | PRM calls | tokens |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for p in points:
        low, high = wilson_interval(p.solved, p.episodes)
        lines.append(
            f"| {p.env} | {p.agent} | {p.budget} | {p.success:.2f} | [{low:.2f}, {high:.2f}] "
            f"| {p.steps_proposed:.1f} | {p.env_steps:.1f} | {p.prm_calls:.1f} | {p.tokens:.0f} |"
        )
    return "\n".join(lines)


def compute_ratios(points: list[Point], measure_of: Callable[[Point], float]) -> str:
    """For each best-of-N point: the cheapest tree-search point at least as successful.

    The oracle rows (pass@N: the env verifies every sample) are a ceiling for any
    best-of-N selection, not a method that needs no verifier.
    """
    trees = ("beam", "best-first", "mcts")
    lines = [
        "| env | best-of-N | budget | success | its compute | "
        + " | ".join(f"{t}: compute (ratio)" for t in trees)
        + " |",
        "|---|---|---|---|---|" + "---|" * len(trees),
    ]
    for p in points:
        if not p.agent.startswith("best-of-n") or p.success == 0:
            continue
        cells = []
        for tree in trees:
            reach = [
                q for q in points if q.env == p.env and q.agent == tree and q.success >= p.success
            ]
            if not reach:
                cells.append("not reached")
                continue
            cheapest = min(reach, key=measure_of)
            ratio = measure_of(cheapest) / max(measure_of(p), 1e-9)
            cells.append(f"{measure_of(cheapest):.1f} ({ratio:.2f}x)")
        lines.append(
            f"| {p.env} | {p.agent.removeprefix('best-of-n ')} | {p.budget} | {p.success:.2f} "
            f"| {measure_of(p):.1f} | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines)


def plot(points: list[Point], path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[plots]'): no plot", file=sys.stderr)
        return
    envs = sorted({p.env for p in points}, reverse=True)
    figure, axes = plt.subplots(1, len(envs), figsize=(6 * len(envs), 4.5), squeeze=False)
    for axis, env in zip(axes[0], envs, strict=True):
        for agent in dict.fromkeys(p.agent for p in points if p.env == env):
            line = [p for p in points if p.env == env and p.agent == agent]
            xs = [p.steps_proposed for p in line]
            ys = [p.success for p in line]
            bounds = [wilson_interval(p.solved, p.episodes) for p in line]
            errors = [
                [y - lo for y, (lo, _) in zip(ys, bounds, strict=True)],
                [hi - y for y, (_, hi) in zip(ys, bounds, strict=True)],
            ]
            style = "--" if agent.startswith("best-of-n") else "-"
            axis.errorbar(xs, ys, yerr=errors, fmt=style + "o", capsize=2, ms=3, label=agent)
        axis.set_xscale("log")
        axis.set_xlabel("steps proposed per problem (log); same proposals and noisy PRM for all")
        axis.set_ylabel("success rate")
        axis.set_title(TITLES.get(env, env))
        axis.set_ylim(0, 1.02)
        axis.grid(alpha=0.3)
        axis.legend(fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=120)
    print(f"plot written to {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", help="ranked Game of 24 CSV (Tree-of-Thoughts 24.csv): ranks 901-1000"
    )
    parser.add_argument("--episodes", type=int, default=100, help="problems per env")
    parser.add_argument("--k", type=int, default=3, help="candidates proposed per expansion")
    parser.add_argument("--sigma", type=float, default=0.3, help="PRM noise (std, per state)")
    parser.add_argument("--proposals", choices=("legal", "smollm2"), default="legal")
    parser.add_argument(
        "--envs",
        nargs="+",
        default=["game24-test", "countdown-4"],
        choices=["game24-test", "countdown-4"],
    )
    parser.add_argument("--plot", default=str(ROOT / "leaderboards/plots/search_compute.png"))
    parser.add_argument("--json", help="also write the points as JSON here")
    parser.add_argument("--quick", action="store_true", help="every other budget only")
    args = parser.parse_args(argv)

    proposals: ProposalSource = LegalSteps()
    if args.proposals == "smollm2":
        from agents.backends.transformers_backend import TransformersBackend

        proposals = LLMSteps(TransformersBackend(), max_new_tokens=16)
    value = NoisyValue(PRMStepScorer(SolverPRM(graded=True)), sigma=args.sigma, seed=0)
    print(
        f"commit {git_commit()}; proposals {proposals.config()}, k={args.k}; value "
        f"{value.config()}; {args.episodes} problems per env"
        + (f"; Game of 24 from {args.data}" if args.data else "; Game of 24 seeded test split")
    )
    points: list[Point] = []
    for env_name in args.envs:
        env_id, kwargs, options = problems(env_name, args.data, args.episodes)
        for family, runs in agents(proposals, value, args.k, args.quick).items():
            for budget, make in runs:
                point = measure(env_name, env_id, kwargs, options, family, budget, make)
                points.append(point)
                print(
                    f"  {env_name:12s} {family:26s} {budget:9s}: success {point.success:.2f}, "
                    f"{point.steps_proposed:.1f} proposed, {point.env_steps:.1f} env steps "
                    f"({point.seconds:.1f} s)",
                    flush=True,
                )
    print("\n" + table(points))
    print("\nCompute to reach best-of-N's success, in steps proposed per problem:\n")
    print(compute_ratios(points, lambda p: p.steps_proposed))
    print("\nThe same in steps proposed + PRM calls (a PRM call costed like a proposed step):\n")
    print(compute_ratios(points, lambda p: p.steps_proposed + p.prm_calls))
    print("\nThe same in env steps (visits and backtracks):\n")
    print(compute_ratios(points, lambda p: p.env_steps))
    if args.json:
        Path(args.json).write_text(
            json.dumps([vars(p) for p in points], indent=1), encoding="utf-8"
        )
    plot(points, Path(args.plot))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
