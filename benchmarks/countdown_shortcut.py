"""How far a Countdown setting can be solved without looking: open-loop action sequences.

A discrete-view policy that ignores its observation plays one fixed sequence of action
indices. For each setting this script draws problems with ``reset(seed=...)`` (seeds from
100000, the held-out seeds ``bench_rl.py`` evaluates on), and reports, exactly:

- the success rate of every fixed sequence of 1..``--length`` actions (the best one is the
  shortcut's strength; a masked action leaves the state unchanged and uses up a step, as in
  the env, so longer sequences can retry);
- the share of problems with a one-step solution (an episode that can end after one step);
- the success rate of a uniformly random policy over all actions (no masks), as PPO without
  masks starts, within the setting's ``max_steps``.

Each problem's outcomes are computed from its small automaton (start, one state per first
action, solved, failed), built from the env's own codec and task and checked against real
``env.step`` calls on a sample of problems.

Usage: python benchmarks/countdown_shortcut.py [--problems 2000] [--length 3]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from typing import Any

import gymnasium as gym
import numpy as np

import metacot_envs  # noqa: F401  (registers the ids)

EVAL_SEED = 100_000
BASE = {"view": "discrete", "num_numbers": 3, "invalid_penalty": 0.05}
"""what every setting shares with configs/experiments/ppo_countdown3.yaml"""
SETTINGS: dict[str, dict[str, Any]] = {
    "ppo_countdown3 before: numbers 1-10, targets 10-30": {"number_max": 10, "target_max": 30},
    "numbers 1-10, targets 10-30, min_solution_steps 1": {
        "number_max": 10,
        "target_max": 30,
        "min_solution_steps": 1,
    },
    "env defaults: numbers 1-25, targets 10-100": {},
    "numbers 1-25, targets 10-100, min_solution_steps 1": {"min_solution_steps": 1},
    "numbers 1-20, targets 50-200": {"number_max": 20, "target_min": 50, "target_max": 200},
    "numbers 2-30, targets 10-200, min_solution_steps 1": {
        "number_min": 2,
        "number_max": 30,
        "target_max": 200,
        "min_solution_steps": 1,
    },
    "ppo_countdown3 after: numbers 2-30, targets 10-1000, min_solution_steps 1": {
        "number_min": 2,
        "number_max": 30,
        "target_max": 1000,
        "min_solution_steps": 1,
    },
}


def automaton(env: Any, seed: int) -> tuple[np.ndarray, bool]:
    """Transition table ``(1 + A + 2, A)`` of one problem's open-loop play, and whether one
    step can solve it. State 0 is the start, ``1 + a`` the state after a legal first action
    ``a``, then solved and failed (both absorbing); a masked action keeps the state."""
    env.reset(seed=seed)
    codec, task = _view(env).codec, env.unwrapped.task
    start = env.unwrapped.state
    actions = codec.num_actions
    solved, failed = 1 + actions, 2 + actions
    table = np.empty((3 + actions, actions), dtype=np.int16)
    table[solved], table[failed] = solved, failed
    states = {0: start}
    one_step = False
    for a in range(actions):
        step = codec.step(start, a)
        if step is None:
            table[0, a] = 0
            continue
        child = task.apply(start, step)
        if task.is_terminal(child):
            table[0, a] = solved if task.is_correct(child) else failed
            one_step |= bool(task.is_correct(child))
        else:
            table[0, a] = 1 + a
            states[1 + a] = child
    for s in range(1, 1 + actions):
        if s not in states:
            table[s] = failed  # never reached
            continue
        for a in range(actions):
            step = codec.step(states[s], a)
            if step is None:
                table[s, a] = s
                continue
            child = task.apply(states[s], step)
            if not task.is_terminal(child):
                raise ValueError("a Countdown-3 state after two moves must be terminal")
            table[s, a] = solved if task.is_correct(child) else failed
    return table, one_step


def _view(env: Any) -> Any:
    """The DiscreteView under gym.make's own wrappers."""
    while not hasattr(env, "codec"):
        env = env.env
    return env


def sequence_success(tables: np.ndarray, length: int) -> np.ndarray:
    """Success rate of every action sequence of ``length`` (row-major over the indices)."""
    problems, _, actions = tables.shape
    rows = np.arange(problems)[:, None]
    state = np.zeros((problems, 1), dtype=np.int16)
    for _ in range(length):
        # state[p, s] -> tables[p, state[p, s], a] for every a, appended as the last index
        state = tables[rows[:, :, None], state[:, :, None], np.arange(actions)[None, None, :]]
        state = state.reshape(problems, -1)
    return np.asarray((state == 1 + actions).mean(axis=0))


def random_success(tables: np.ndarray, max_steps: int) -> float:
    """Exact success rate of uniform random actions (no masks) within ``max_steps``."""
    problems, n_states, actions = tables.shape
    dist = np.zeros((problems, n_states))
    dist[:, 0] = 1.0
    onehot = np.eye(n_states)[tables.astype(np.int64)]  # (p, s, a, s')
    transition = onehot.mean(axis=2)  # (p, s, s')
    for _ in range(max_steps):
        dist = np.einsum("ps,pst->pt", dist, transition)
    return float(dist[:, 1 + actions].mean())


def check_against_env(env: Any, tables: np.ndarray, seeds: list[int], rng: Any) -> None:
    """Replay random sequences with real ``env.step`` and compare with the automaton."""
    actions = tables.shape[2]
    for index, seed in enumerate(seeds[:50]):
        for _ in range(20):
            env.reset(seed=seed)
            state, done = 0, False
            for a in rng.integers(actions, size=4):
                _, reward, terminated, truncated, _ = env.step(int(a))
                state = int(tables[index, state, a])
                if terminated or truncated:
                    done = True
                    break
            model_done = state in (1 + actions, 2 + actions)
            if (reward == 1.0) != (state == 1 + actions) or model_done != (done and not truncated):
                raise AssertionError(f"automaton and env disagree on seed {seed}")


def measure(kwargs: dict[str, Any], problems: int, length: int) -> dict[str, Any]:
    env: Any = gym.make("MetaCoT/Countdown-v0", **{**BASE, **kwargs}, disable_env_checker=True)
    seeds = [EVAL_SEED + i for i in range(problems)]
    built = [automaton(env, seed) for seed in seeds]
    tables = np.stack([table for table, _ in built])
    check_against_env(env, tables, seeds, np.random.default_rng(0))
    actions = tables.shape[2]
    best: tuple[float, tuple[int, ...]] = (0.0, ())
    for n in range(1, length + 1):
        rates = sequence_success(tables, n)
        top = int(rates.argmax())
        if rates[top] > best[0]:
            sequence = next(
                itertools.islice(itertools.product(range(actions), repeat=n), top, None)
            )
            best = (float(rates[top]), sequence)
    max_steps = env.unwrapped.max_steps
    return {
        "best": best,
        "one_step": float(np.mean([one for _, one in built])),
        "random": random_success(tables, max_steps),
        "max_steps": max_steps,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--problems", type=int, default=2000)
    parser.add_argument("--length", type=int, default=3, help="longest sequence tried (<= 4)")
    args = parser.parse_args(argv)
    print(" ".join(sys.argv), flush=True)
    print(f"\n{args.problems} problems (seeds from {EVAL_SEED}), sequences of 1..{args.length}\n")
    print("| setting | best fixed sequence | its success | one-step solvable | random (no masks) |")
    print("|---|---|---|---|---|")
    for name, kwargs in SETTINGS.items():
        r = measure(kwargs, args.problems, args.length)
        rate, sequence = r["best"]
        print(
            f"| {name} | {' '.join(map(str, sequence))} | {rate:.3f} | {r['one_step']:.3f} "
            f"| {r['random']:.3f} (max_steps {r['max_steps']}) |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
