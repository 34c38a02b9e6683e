"""Per-seed table and paired tests of the step-PPO discount study (issue 12, part c).

Reads leaderboard rows (``leaderboards/results/2026-12-05-rl-step-ppo-countdown4.jsonl``),
keeps the trained checkpoints' evaluations on ``--episodes`` problems, and prints for each train
seed the success rate and mean episode steps (``env_steps / episodes``) under γ=1 and γ=0.9,
then the paired t-test over seeds (γ=1 minus γ=0.9) and Welch's t on the seed means. The
p-values need scipy; without it only t and the degrees of freedom are printed.

    python benchmarks/gamma_table.py leaderboards/results/2026-12-05-rl-step-ppo-countdown4.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

Cell = tuple[float, float]  # (success rate, mean episode steps)


def read_cells(path: Path, episodes: int) -> dict[tuple[int, float], Cell]:
    """(train seed, γ) -> (success, steps) for each trained checkpoint's evaluation."""
    cells: dict[tuple[int, float], Cell] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row: dict[str, Any] = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{number}: not a JSON row ({exc.msg})") from None
        config = row.get("agent_config") or {}
        trainer = config.get("trainer") if isinstance(config.get("trainer"), dict) else {}
        seed, gamma = config.get("train_seed"), trainer.get("gamma", config.get("gamma"))
        if row.get("episodes") != episodes or config.get("trained_steps") == 0 or seed is None:
            continue
        cells[(int(seed), float(gamma))] = (row["success_rate"], row["env_steps"] / episodes)
    return cells


def paired_t(differences: list[float]) -> tuple[float, float, int]:
    """Mean difference, t and degrees of freedom of a paired t-test."""
    n = len(differences)
    mean = sum(differences) / n
    spread = math.sqrt(sum((d - mean) ** 2 for d in differences) / (n - 1))
    return mean, mean / (spread / math.sqrt(n)), n - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="leaderboard rows (JSONL)")
    parser.add_argument("--episodes", type=int, default=300, help="evaluation size to keep")
    args = parser.parse_args()
    cells = read_cells(args.rows, args.episodes)
    seeds = sorted(s for s in {s for s, _ in cells} if (s, 1.0) in cells and (s, 0.9) in cells)
    if len(seeds) < 2:
        raise SystemExit(f"{args.rows}: fewer than two seeds evaluated under both discounts")
    print("| seed | γ=1.0 success | γ=1.0 steps | γ=0.9 success | γ=0.9 steps |")
    print("|---|---|---|---|---|")
    for seed in seeds:
        (s1, n1), (s9, n9) = cells[(seed, 1.0)], cells[(seed, 0.9)]
        print(f"| {seed} | {s1:.3f} | {n1:.2f} | {s9:.3f} | {n9:.2f} |")
    try:
        from scipy import stats
    except ImportError:
        stats = None
    for index, name in ((1, "steps"), (0, "success")):
        first = [cells[(s, 1.0)][index] for s in seeds]
        second = [cells[(s, 0.9)][index] for s in seeds]
        mean, t, df = paired_t([a - b for a, b in zip(first, second, strict=True)])
        line = (
            f"{name}: γ=1 mean {sum(first) / len(first):.3f}, γ=0.9 mean "
            f"{sum(second) / len(second):.3f}; paired difference (γ=1 - γ=0.9) {mean:.3f}, "
            f"t = {t:.2f}, {df} df"
        )
        if stats is not None:
            welch = stats.ttest_ind(first, second, equal_var=False)
            line += f", p = {2 * stats.t.sf(abs(t), df):.3f}; Welch t = {welch.statistic:.2f}"
        print(line)


if __name__ == "__main__":
    main()
