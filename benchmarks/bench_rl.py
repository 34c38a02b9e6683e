"""RL results and the training-speed goal, each section a command (minutes to an hour; not in CI).

``throughput``  SB3 PPO training env steps/s on our discrete envs vs on ``CartPole-v1``, same
                settings, alternating blocks in one run (goal: >= 0.8x).
``meta``        E-RL² vs RL² (RecurrentPPO, configs erl2_maze_k3 / rl2_maze_k3) on 5x5 mazes,
                3 trials per maze: final-trial success and last-trial steps (goal: E-RL² >= RL²);
                ``--hidden-goal`` runs the ``*_hidden_goal`` configs, where the goal is not
                observed and only memory across trials can shorten later trials.
``gamma``       discounted PPO with γ in {1.0, 0.99, 0.9} on maze (ppo_maze5x5) and Countdown-3
                (ppo_countdown3; ``--configs`` picks one): success and episode length per γ
                (goal: lower γ shortens episodes at <= 5 points success loss).
``llm``         step-level PPO on SmolLM2-135M, Countdown-3 (step_ppo_countdown3_smollm2):
                success before and after a fixed budget, with γ = 1 and γ = 0.9 (goal: success
                rises over the untrained start; lower γ shortens episodes).

Every run trains through ``metacot train``'s own code (the shipped config plus ``--set``
overrides) and is evaluated as ``metacot evaluate --agent checkpoint:...`` would, with
``play_episode`` on held-out seeds (from 100000; training uses other seeds).

Usage: python benchmarks/bench_rl.py {throughput,meta,gamma,llm} [options] (see --help)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import gymnasium as gym
import torch
from timing import alternating_blocks

import metacot_envs  # noqa: F401  (registers the ids)
from agents.episode import play_episode
from agents.registry import make_agent
from agents.train import load_experiment, run_experiment

CONFIGS = Path(__file__).resolve().parent.parent / "configs" / "experiments"
EVAL_SEED = 100_000


class TrialLog(gym.Wrapper[Any, Any, Any, Any]):
    """Keeps each finished trial's (solved, steps) of the current (meta-)episode."""

    def reset(self, **kwargs: Any) -> Any:
        self.trials: list[tuple[bool, int]] = []
        return self.env.reset(**kwargs)

    def step(self, action: Any) -> Any:
        obs, reward, terminated, truncated, info = self.env.step(action)
        if "trial_end" in info:
            self.trials.append((info["trial_end"]["solved"], info["trial_end"]["steps"]))
        if terminated or truncated:
            self.trials.append((bool(info.get("solved")), int(info.get("steps", 0))))
        return obs, reward, terminated, truncated, info


def train(config: str, out: Path, overrides: list[str]) -> Path:
    """Train a shipped config (with overrides) into ``out``, resuming if a checkpoint is there."""
    experiment = load_experiment(CONFIGS / config, ["run.progress_bar=false", *overrides])
    resume = (out / "checkpoint" / "checkpoint.json").exists()
    start = time.perf_counter()
    checkpoint = run_experiment(experiment, out, resume=resume)
    print(f"  trained {config} {overrides} in {time.perf_counter() - start:.0f} s", flush=True)
    return checkpoint


def evaluate(checkpoint: Path, episodes: int) -> dict[str, float]:
    """Held-out episodes of a checkpoint agent on its training env kwargs."""
    agent = make_agent(f"checkpoint:{checkpoint}")
    trained = dict(agent.config()["trained_on"])  # the training env kwargs, without reward terms
    env_id = trained.pop("env_id")
    env = TrialLog(gym.make(env_id, **{**trained, **agent.env_kwargs}))
    solved, steps, solved_steps, first_solved, last_steps = [], [], [], [], []
    for i in range(episodes):
        record = play_episode(env, agent, EVAL_SEED + i)
        solved.append(record.solved)
        steps.append(record.env_steps)
        if record.solved:
            solved_steps.append(record.env_steps)
        first_solved.append(env.trials[0][0])
        last_steps.append(env.trials[-1][1])
    return {
        "success": statistics.fmean(solved),
        "steps": statistics.fmean(steps),
        "solved_steps": statistics.fmean(solved_steps) if solved_steps else float("nan"),
        "first_trial_success": statistics.fmean(first_solved),
        "last_trial_steps": statistics.fmean(last_steps),
    }


def throughput(args: argparse.Namespace) -> None:
    torch.set_num_threads(1)
    from sb3_contrib import MaskablePPO
    from stable_baselines3 import PPO
    from stable_baselines3.common.env_util import make_vec_env
    from stable_baselines3.common.logger import Logger

    settings = {"n_steps": 128, "batch_size": 256, "n_epochs": 4, "seed": 0, "device": "cpu"}

    def timed(make: Any, algorithm: Any = PPO) -> Any:
        def block(index: int) -> float:
            envs = make_vec_env(make, n_envs=8, seed=index)
            model = algorithm("MlpPolicy", envs, **settings)
            model.set_logger(Logger(None, []))  # SB3's default would make a /tmp/SB3-<date> folder
            # first resets outside the timer: they build each env's problem pool (~1-2 s for
            # 10,000 solver-checked Countdown problems), a one-off cost, not training speed
            envs.reset()
            start = time.perf_counter()
            model.learn(args.steps)
            return (time.perf_counter() - start) / args.steps

        return block

    cartpole = timed(lambda: gym.make("CartPole-v1"))
    maze = {"view": "discrete", "width": 5, "height": 5, "max_steps": 20}
    # problem_pool: a reset then samples a pre-drawn problem (~50 us) instead of generating
    # and solver-checking one (~0.5 ms), the README's advice for RL on short episodes
    countdown = {
        "view": "discrete",
        "num_numbers": 3,
        "number_max": 10,
        "target_max": 30,
        "problem_pool": 10_000,
    }
    cases = [
        ("PPO Maze-v0 discrete 5x5", timed(lambda: gym.make("MetaCoT/Maze-v0", **maze)), True),
        ("PPO Countdown-v0 discrete, 3 numbers", timed(lambda: gym.make("MetaCoT/Countdown-v0", **countdown)), True),
        ("PPO Game24-v0 discrete", timed(lambda: gym.make("MetaCoT/Game24-v0", view="discrete")), True),
        ("MaskablePPO Countdown-v0 discrete, 3 numbers (vs PPO on CartPole)", timed(lambda: gym.make("MetaCoT/Countdown-v0", **countdown), MaskablePPO), False),
    ]  # fmt: skip
    print(
        f"\n{args.steps} env steps per block, {args.rounds} alternating rounds, 8 envs, 1 thread\n"
    )
    print("| run | ours (steps/s) | CartPole (steps/s) | ours / CartPole | goal |")
    print("|---|---|---|---|---|")
    for name, ours, goal in cases:
        anchor_s, ours_s, ratio = alternating_blocks(cartpole, ours, args.rounds)
        speed = 1 / ratio
        verdict = ("met" if speed >= 0.8 else "MISSED") if goal else "info: another algorithm"
        print(
            f"| {name} | {1 / ours_s:.0f} | {1 / anchor_s:.0f} | {speed:.2f}x "
            f"| >= 0.8x: {verdict} |",
            flush=True,
        )


def meta(args: argparse.Namespace) -> None:
    rows = []
    suffix = "_hidden_goal" if args.hidden_goal else ""
    for config, label in (
        (f"erl2_maze_k3{suffix}.yaml", "E-RL² (final trial pays)"),
        (f"rl2_maze_k3{suffix}.yaml", "RL² (every trial pays)"),
    ):
        for seed in args.seeds:
            out = args.runs / f"{Path(config).stem}-s{seed}"
            overrides = [f"run.seed={seed}", f"run.total_steps={args.steps}", *args.set]
            checkpoint = train(config, out, overrides)
            result = evaluate(checkpoint, args.episodes)
            rows.append((label, seed, result))
            print(f"  {label} seed {seed}: {result}", flush=True)
    print(f"\n{args.steps} training steps per run, {args.episodes} held-out meta-episodes each\n")
    print("| agent | seed | final-trial success | first-trial success | last-trial steps |")
    print("|---|---|---|---|---|")
    for label, seed, r in rows:
        print(
            f"| {label} | {seed} | {r['success']:.3f} | {r['first_trial_success']:.3f} | {r['last_trial_steps']:.2f} |"
        )
    _means(rows, ("success", "first_trial_success", "last_trial_steps"))


def gamma(args: argparse.Namespace) -> None:
    rows = []
    for config in args.configs:
        for value in args.gammas:
            for seed in args.seeds:
                out = args.runs / f"{Path(config).stem}-g{value}-s{seed}"
                overrides = [
                    f"trainer.gamma={value}",
                    f"run.seed={seed}",
                    f"run.total_steps={args.steps}",
                ]
                result = evaluate(train(config, out, overrides), args.episodes)
                rows.append((f"{Path(config).stem} γ={value}", seed, result))
                print(f"  {rows[-1]}", flush=True)
    print(f"\n{args.steps} training steps per run, {args.episodes} held-out episodes each\n")
    print("| run | seed | success | mean episode steps | mean steps of solved episodes |")
    print("|---|---|---|---|---|")
    for label, seed, r in rows:
        print(
            f"| {label} | {seed} | {r['success']:.3f} | {r['steps']:.2f} | {r['solved_steps']:.2f} |"
        )
    _means(rows, ("success", "steps", "solved_steps"))


def llm(args: argparse.Namespace) -> None:
    from agents.rl.step_trainer import StepPPOTrainer

    rows: list[tuple[str, int, dict[str, float]]] = []
    for seed in args.seeds:
        for value in args.gammas:
            out = args.runs / f"step-ppo-smollm2-g{value}-s{seed}"
            shutil.rmtree(out, ignore_errors=True)  # "before" needs the untrained model
            overrides = [
                "run.progress_bar=false",
                f"trainer.gamma={value}",
                f"run.seed={seed}",
                f"run.total_steps={args.steps}",
                f"run.checkpoint_every={args.steps}",
                f"run.torch_threads={args.threads}",
                *args.set,
            ]
            experiment = load_experiment(CONFIGS / "step_ppo_countdown3_smollm2.yaml", overrides)
            trainer = StepPPOTrainer(experiment, out, resume=False)
            if not rows:
                # greedy decoding of the same starting model: one "before" serves every run
                before = evaluate(trainer.save(), args.episodes)
                rows.append(("SmolLM2 untrained (greedy, every seed)", seed, before))
                print(f"  before: {before}", flush=True)
            start = time.perf_counter()
            after = evaluate(trainer.run(), args.episodes)
            print(
                f"  seed {seed} trained γ={value} in {time.perf_counter() - start:.0f} s: {after}",
                flush=True,
            )
            rows.append((f"SmolLM2 step-PPO γ={value}, {args.steps} steps", seed, after))
    print(f"\n{args.episodes} held-out episodes each (greedy decoding)\n")
    print("| agent | seed | success | mean episode steps | mean steps when solved |")
    print("|---|---|---|---|---|")
    for label, seed, r in rows:
        print(
            f"| {label} | {seed} | {r['success']:.3f} | {r['steps']:.2f} | {r['solved_steps']:.2f} |"
        )
    _means(rows, ("success", "steps", "solved_steps"))


def _means(rows: list[tuple[str, int, dict[str, float]]], keys: tuple[str, ...]) -> None:
    print("\nmeans over seeds:")
    for label in dict.fromkeys(label for label, _, _ in rows):
        results = [r for name, _, r in rows if name == label]
        print(
            f"  {label}: "
            + ", ".join(f"{k} {statistics.fmean(r[k] for r in results):.3f}" for k in keys)
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=Path, default=Path("/tmp/metacot-bench-rl"), help="run folders"
    )
    sub = parser.add_subparsers(dest="section", required=True)
    p = sub.add_parser("throughput")
    p.add_argument("--steps", type=int, default=8192)
    p.add_argument("--rounds", type=int, default=5)
    p = sub.add_parser("meta")
    p.add_argument("--steps", type=int, default=300_000)
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    p.add_argument("--episodes", type=int, default=200)
    p.add_argument(
        "--hidden-goal",
        action="store_true",
        help="the *_hidden_goal configs: the goal is not in the observation",
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="more config overrides, as metacot train --set (e.g. env.kwargs.invalid_penalty=0)",
    )
    p = sub.add_parser("gamma")
    p.add_argument("--steps", type=int, default=100_000)
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    p.add_argument("--gammas", type=float, nargs="+", default=[1.0, 0.99, 0.9])
    p.add_argument("--episodes", type=int, default=200)
    p.add_argument(
        "--configs",
        nargs="+",
        default=["ppo_maze5x5.yaml", "ppo_countdown3.yaml"],
        choices=["ppo_maze5x5.yaml", "ppo_countdown3.yaml"],
        help="which shipped configs to train (default: both)",
    )
    p = sub.add_parser("llm")
    p.add_argument("--steps", type=int, default=400)
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    p.add_argument("--gammas", type=float, nargs="+", default=[1.0, 0.9])
    p.add_argument("--episodes", type=int, default=50)
    p.add_argument("--threads", type=int, default=2, help="torch threads (1 on a shared machine)")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="more config overrides, as metacot train --set (e.g. env.kwargs.max_steps=3)",
    )
    args = parser.parse_args(argv)
    print(" ".join(sys.argv), flush=True)
    {"throughput": throughput, "meta": meta, "gamma": gamma, "llm": llm}[args.section](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
