"""Generation throughput: shared-prompt branching, and concurrent episodes against ``metacot serve``.

``branches``  ``TransformersBackend`` (SmolLM2-135M, CPU) sampling 8 branches of one prompt
              in one call (``n=8``: the prompt is encoded once and the 8 sequences decode as
              one batch) vs 8 independent calls of ``n=1`` on the same prompt; generated
              tokens/s (goal >= 3x).
``served``    ``OpenAIBackend`` against ``metacot serve`` (SmolLM2 by default, ``--tiny``
              for the tiny random model; ``--batch`` to merge queued greedy requests
              on the server): 8 concurrent episodes (``ThreadRunner``, 8 agent
              instances sharing one client) vs the same episodes one after another, same
              seeds, ``LLMStepPolicy`` on Countdown; episodes/s and tokens/s, and the two
              runs' records compared.
``dtype``     the bundled SmolLM2 in float32 (anchor) vs float16 and bfloat16, same
              prompts: one greedy sequence of 64 tokens, 8 sampled branches, ranking 30
              steps after a short and a ~700-token prompt; seconds per task and the ratio
              (what ``TransformersBackend(dtype="auto")`` picks is the answer).

Each section alternates anchor and candidate blocks and reports the median per-round
ratio (``timing.alternating_blocks``) with the load average.

Usage: nice -n 10 python benchmarks/bench_generation.py {branches,served,dtype} [options]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from timing import alternating_blocks

import metacot_envs  # noqa: F401  (registers the ids)
from agents.evaluate import EpisodeFailure, SequentialRunner

PROMPT = (
    "Countdown: reach 24 with the numbers 4 9 10 13, using + - * / on two numbers per step.\n"
    "Write only the next step, on one line, like 13-9=4."
)


def branches(args: argparse.Namespace) -> None:
    from agents.backends.transformers_backend import TransformersBackend

    backend = TransformersBackend()
    options = {"temperature": 1.0, "max_new_tokens": args.tokens}
    backend.generate([PROMPT], n=2, seed=0, **options)  # warm-up
    made = {"shared": 0, "independent": 0}

    def shared(round_: int) -> float:
        start = time.perf_counter()
        [out] = backend.generate([PROMPT], n=args.n, seed=round_, **options)
        elapsed = time.perf_counter() - start
        made["shared"] += sum(c.num_tokens for c in out)
        print(f"round {round_}: n={args.n} in one call, {elapsed:.1f} s", file=sys.stderr)
        return elapsed / max(1, sum(c.num_tokens for c in out))

    def independent(round_: int) -> float:
        start = time.perf_counter()
        tokens = 0
        for k in range(args.n):
            [[completion]] = backend.generate([PROMPT], n=1, seed=round_ * 100 + k, **options)
            tokens += completion.num_tokens
        made["independent"] += tokens
        elapsed = time.perf_counter() - start
        print(f"round {round_}: {args.n} calls, {elapsed:.1f} s", file=sys.stderr)
        return elapsed / max(1, tokens)

    load = os.getloadavg()
    paired = alternating_blocks(independent, shared, args.rounds)
    print(
        f"SmolLM2-135M, one prompt, {args.n} branches of up to {args.tokens} tokens, "
        f"{args.rounds} rounds; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
    )
    print("| generation | tokens/s (fastest round) |\n|---|---|")
    print(f"| {args.n} independent calls (n=1) | {1 / paired.anchor:.1f} |")
    print(f"| one call, n={args.n} (shared prompt) | {1 / paired.ours:.1f} |")
    print(f"speedup (median of per-round ratios): {1 / paired.ratio:.2f}x (goal >= 3x)")


def served(args: argparse.Namespace) -> None:
    from agents.backends.openai_backend import OpenAIBackend
    from agents.distributed import ThreadRunner
    from agents.policies import LLMStepPolicy
    from agents.serving.process import served as serving

    server_args = (["--tiny"] if args.tiny else []) + (["--batch"] if args.batch else [])
    with serving(*server_args) as server:
        client = OpenAIBackend(server.url)

        def policy() -> LLMStepPolicy:
            return LLMStepPolicy(client, max_new_tokens=args.tokens)

        one = SequentialRunner(policy())
        many = ThreadRunner([policy() for _ in range(args.concurrency)])
        results: dict[str, list[tuple[int, bool, int, int]]] = {"one": [], "many": []}

        def block(name: str, runner: object, round_: int) -> float:
            seeds = list(range(round_ * args.episodes, (round_ + 1) * args.episodes))
            start = time.perf_counter()
            out = list(runner.play("MetaCoT/Countdown-v0", {}, seeds, None))  # type: ignore[attr-defined]
            elapsed = time.perf_counter() - start
            if any(isinstance(o, EpisodeFailure) for o in out):
                raise SystemExit(f"episodes failed: {out}")
            results[name] += [
                (o.seed, o.solved, o.env_steps, o.compute.tokens_generated) for o in out
            ]
            return elapsed

        list(one.play("MetaCoT/Countdown-v0", {}, [10_000], None))  # warm-up
        load = os.getloadavg()
        paired = alternating_blocks(
            lambda r: block("one", one, r), lambda r: block("many", many, r), args.rounds
        )
    same = sorted(results["one"]) == sorted(results["many"])
    tokens = sum(r[3] for r in results["one"]) / args.rounds
    print(
        f"metacot serve {' '.join(server_args) or '(SmolLM2-135M)'}, LLMStepPolicy greedy on "
        f"Countdown-v0, {args.episodes} episodes per block, {args.rounds} rounds; load average "
        f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; records identical both ways: {same}"
    )
    print("| client | episodes/s | tokens/s |\n|---|---|---|")
    print(f"| sequential | {args.episodes / paired.anchor:.2f} | {tokens / paired.anchor:.1f} |")
    print(
        f"| {args.concurrency} concurrent episodes | {args.episodes / paired.ours:.2f} | "
        f"{tokens / paired.ours:.1f} |"
    )
    print(f"speedup (median of per-round ratios): {1 / paired.ratio:.2f}x")


def dtypes(args: argparse.Namespace) -> None:
    from agents.backends.transformers_backend import TransformersBackend

    long_prompt = PROMPT + "\n" + " ".join(["Earlier: 13-9=4, then 4*10=40."] * 40)
    steps = [f" {a}+{b}={a + b}" for a in range(10) for b in range(3)]
    tasks = {
        "greedy, 1 sequence, up to 64 tokens": lambda b: b.generate(
            [PROMPT], n=1, temperature=0.0, max_new_tokens=64
        ),
        "sampled, 8 branches, up to 64 tokens": lambda b: b.generate(
            [PROMPT], n=8, temperature=1.0, max_new_tokens=64, seed=0
        ),
        "rank 30 steps, short prompt": lambda b: b.score(PROMPT, steps),
        "rank 30 steps, long prompt": lambda b: b.score(long_prompt, steps),
    }
    anchor = TransformersBackend(dtype="float32")
    load = os.getloadavg()
    print(
        f"SmolLM2-135M, {args.rounds} rounds; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
    )
    print("| task | dtype | seconds (fastest round) | vs float32 (median ratio) |")
    print("|---|---|---:|---:|")
    for dtype in ("float16", "bfloat16"):
        candidate = TransformersBackend(dtype=dtype)
        for task, run in tasks.items():
            run(anchor), run(candidate)  # warm-up

            def timed(backend: TransformersBackend, run=run) -> float:
                start = time.perf_counter()
                run(backend)
                return time.perf_counter() - start

            paired = alternating_blocks(
                lambda _: timed(anchor), lambda _, c=candidate: timed(c), args.rounds
            )
            print(
                f"| {task} | {dtype} | {paired.ours:.2f} (float32 {paired.anchor:.2f}) | "
                f"{1 / paired.ratio:.2f}x |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="section", required=True)
    one = sub.add_parser("branches")
    one.add_argument("--n", type=int, default=8)
    one.add_argument("--tokens", type=int, default=24)
    one.add_argument("--rounds", type=int, default=3)
    one.set_defaults(func=branches)
    two = sub.add_parser("served")
    two.add_argument("--tiny", action="store_true", help="serve the tiny random model")
    two.add_argument("--batch", action="store_true", help="metacot serve --batch")
    two.add_argument("--concurrency", type=int, default=8)
    two.add_argument("--episodes", type=int, default=8)
    two.add_argument("--tokens", type=int, default=24)
    two.add_argument("--rounds", type=int, default=3)
    two.set_defaults(func=served)
    three = sub.add_parser("dtype")
    three.add_argument("--rounds", type=int, default=3)
    three.set_defaults(func=dtypes)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
