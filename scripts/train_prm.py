"""Train the learned PRM on Monte-Carlo rollout labels and save a checkpoint.

States come from playing a rollout policy on ``MetaCoT/Math-v0`` problems; each
visited state is labelled with Φ = the share of ``--rollouts`` continuations of the
same policy that end correct (Xiang et al. 2025 §5). The checkpoint directory holds
``prm_config.json`` and ``prm_weights.pt`` (see ``metacot_envs/prms/learned.py``);
load it with ``LearnedPRM.load(path)``.

    python scripts/train_prm.py --out runs/prm --problems 500 --rollouts 16 --epochs 30
    python scripts/train_prm.py --out runs/prm --data /work/shared/data/gsm8k_test.jsonl
"""

from __future__ import annotations

import argparse

from metacot_envs.prms.learned_prm import LearnedPRM, LearnedPRMConfig, collect_labels
from metacot_envs.prms.monte_carlo_prm import MonteCarloPRM
from metacot_envs.tasks.math.config import MathConfig
from metacot_envs.tasks.math.noisy_student import NoisyStudentPolicy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="checkpoint directory to write")
    parser.add_argument("--data", help="MATH/GSM8K JSONL file (default: procedural problems)")
    parser.add_argument("--kinds", nargs="*", default=[], help="procedural kinds (default: all)")
    parser.add_argument("--problems", type=int, default=300, help="problems to play for states")
    parser.add_argument("--rollouts", type=int, default=16, help="MC rollouts per state label")
    parser.add_argument("--accuracy", type=float, default=0.6, help="student accuracy")
    parser.add_argument("--trust", type=float, default=0.9, help="student trust in its own steps")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--buckets", type=int, default=4096, help="hashed feature size")
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    task = (
        MathConfig(data_path=args.data).build_task()
        if args.data
        else MathConfig(kinds=args.kinds).build_task()
    )
    policy = NoisyStudentPolicy(accuracy=args.accuracy, trust=args.trust)
    labeller = MonteCarloPRM(policy, rollouts=args.rollouts, seed=args.seed)
    texts, labels = collect_labels(task, policy, labeller, args.problems, seed=args.seed)
    print(f"{len(texts)} labelled states, mean label {sum(labels) / len(labels):.3f}")

    prm = LearnedPRM(LearnedPRMConfig(num_buckets=args.buckets, hidden=args.hidden), args.seed)
    losses = prm.fit(texts, labels, epochs=args.epochs, lr=args.lr, seed=args.seed)
    print(f"loss {losses[0]:.4f} -> {losses[-1]:.4f} over {args.epochs} epochs")
    print(f"saved to {prm.save(args.out)}")


if __name__ == "__main__":
    main()
