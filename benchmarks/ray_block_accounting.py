"""Where a Ray evaluation block's time goes, measured in a way other load does not move much.

For each task sizing (``--fixed`` sizes vs the runner's self-sized tasks) and round, this
plays the same seeds on a local Ray with 2 CPUs and reads the kernel's scheduler counters
(``/proc/<pid>/task/<tid>/schedstat``, Linux) of every Ray process before and after:

- **had work**: the fraction of the block each worker's main thread was running or
  runnable. The rest it sat idle, waiting for a task: the tail at the end of the block
  and the hand-over gap between two tasks. On a busy machine a runnable worker waits for
  a core, but that counts as having work, so the fraction measures our scheduling, not
  the other jobs.
- **CPU of the driver and of Ray's other processes** (raylet, GCS, log monitor, agents)
  during the block, next to the workers' CPU: on 2 cores it is taken from the workers.

Rounds alternate which sizing goes first; the medians over rounds are printed. Used to
find where the 2-worker run of ``bench_eval_scale.py`` loses time against 2x (see
``RESULTS.md``).

Usage: nice -n 10 python benchmarks/ray_block_accounting.py [--episodes N] [--rounds R] [--fixed K ...]
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import statistics
import time
from pathlib import Path

import metacot_envs  # noqa: F401  (registers the ids)
from agents.distributed.ray_runner import RayRunner, start_ray
from agents.registry import make_agent

ENV = "MetaCoT/Countdown-v0"


def ray_processes() -> dict[int, tuple[str, float, float]]:
    """pid -> (kind, main thread's run+wait seconds, all threads' run seconds)."""
    out = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            run, wait, _ = map(int, (proc / "schedstat").read_text().split())
            threads = sum(
                int((task / "schedstat").read_text().split()[0])
                for task in (proc / "task").iterdir()
            )
        except (OSError, ValueError):
            continue
        pid = int(proc.name)
        if pid == os.getpid():
            kind = "driver"
        elif cmdline.startswith("ray::") and "Agent" not in cmdline:
            kind = "worker"
        elif "ray" in cmdline:
            kind = "other"
        else:
            continue
        out[pid] = (kind, (run + wait) / 1e9, threads / 1e9)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agent", default="solver-prm-mcts")
    parser.add_argument("--episodes", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--fixed", type=int, nargs="*", default=[25], help="fixed task sizes")
    args = parser.parse_args()
    kwargs = {"num_numbers": 5}
    start_ray(num_cpus=2)
    factory = functools.partial(make_agent, args.agent)
    runners = {
        f"{k} per task": RayRunner(factory, args.agent, episodes_per_task=k) for k in args.fixed
    }
    runners["self-sized"] = RayRunner(factory, args.agent)
    for runner in runners.values():
        list(runner.play(ENV, kwargs, range(10_000, 10_050), None))
    rows: dict[str, list[tuple[list[float], float, float, float, int]]] = {k: [] for k in runners}
    for round_ in range(args.rounds):
        seeds = range(round_ * args.episodes, (round_ + 1) * args.episodes)
        names = list(runners) if round_ % 2 == 0 else list(runners)[::-1]
        for name in names:
            gc.collect()
            before, start = ray_processes(), time.perf_counter()
            out = list(runners[name].play(ENV, kwargs, seeds, None))
            wall, after = time.perf_counter() - start, ray_processes()
            had_work, cpu = [], {"worker": 0.0, "driver": 0.0, "other": 0.0}
            for pid, (kind, busy, threads) in after.items():
                if pid not in before:
                    continue
                cpu[kind] += threads - before[pid][2]
                if kind == "worker" and threads - before[pid][2] > 0.05:
                    had_work.append((busy - before[pid][1]) / wall)
            rows[name].append(
                (sorted(had_work), cpu["worker"], cpu["driver"], cpu["other"], len(out))
            )
    print(
        f"{args.agent} on Countdown-5, {args.episodes} episodes per block, {args.rounds} rounds; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print("| tasks | had work, each worker | worker CPU (s) | driver CPU (s) | other Ray CPU (s) |")
    print("|---|---|---|---|---|")
    for name, data in rows.items():
        med = [statistics.median(r[0][i] for r in data if len(r[0]) > i) for i in range(2)]
        print(
            f"| {name} | {med[0]:.3f} {med[1]:.3f} | "
            + " | ".join(f"{statistics.median(r[k] for r in data):.2f}" for k in (1, 2, 3))
            + " |"
        )


if __name__ == "__main__":
    main()
