"""Meta-STaR rounds: fine-tune on a corpus, evaluate, then play, keep what the verifier accepts, retrain.

Round 0 fine-tunes on the corpus (:mod:`agents.metastar.collect`) and evaluates on
held-out problems. Each later round lets the current model search training problems
in search mode (sampling at ``rounds.temperature``), keeps the episodes the env's
verifier accepted (the STaR filter), fine-tunes the current model further on them (with
the round-0 corpus unless ``keep_corpus`` is off), and evaluates again. Every round's
success rate, verified traces and training tokens are printed, appended to
``out_dir/rounds.jsonl`` and logged to TensorBoard (``charts/success_rate``); every
evaluation is also a results row (``out_dir/rows.jsonl``).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from agents.evaluate import evaluate
from agents.metastar.collect import (
    Example,
    agent_examples,
    deduplicate,
    read_corpus,
    search_examples,
    solution_examples,
    write_corpus,
)
from agents.metastar.config import MetaStarConfig
from agents.metastar.policy import MetaStarPolicy
from agents.metastar.sft import ModelSpec, SFTResult, train_sft
from agents.results import ResultRow, append_jsonl


@dataclass(frozen=True)
class RoundResult:
    """One round: what it trained on, how long, and how well the model then did."""

    round: int
    checkpoint: str
    corpus_examples: int
    verified_traces: int
    """episodes of this round's collection the verifier accepted (0 in round 0)"""
    collect_problems: int
    train_tokens: int
    success_rate: float
    ci_low: float
    ci_high: float
    eval_episodes: int
    tokens_generated: int
    """tokens the model generated over the evaluation"""


def build_corpus(config: MetaStarConfig) -> list[Example]:
    """The round-0 corpus the config describes (train split only, deduplicated)."""
    c = config.corpus
    seeds = range(c.seed, c.seed + c.problems)
    examples: list[Example] = []
    if "solution" in c.sources:
        examples += solution_examples(config.env_id, config.env_kwargs, seeds)
    if "search" in c.sources:
        examples += search_examples(
            config.env_id, config.env_kwargs, seeds, c.strategies, max_lines=c.max_lines
        )
    return deduplicate(examples)


def eval_policy(config: MetaStarConfig, checkpoint: str, name: str) -> MetaStarPolicy:
    """The model of ``checkpoint`` as the evaluation plays it."""
    e = config.eval
    return MetaStarPolicy(
        checkpoint=checkpoint,
        name=name,
        max_actions=e.max_actions,
        max_tokens=e.max_tokens,
        temperature=e.temperature,
    )


def evaluate_checkpoint(config: MetaStarConfig, checkpoint: str, name: str) -> ResultRow:
    """A results row of the checkpoint on the held-out evaluation problems."""
    kwargs = {**config.env_kwargs, **config.eval.env_kwargs}
    policy = eval_policy(config, checkpoint, name)
    return evaluate(config.env_id, policy, config.eval.episodes, config.eval.seed, kwargs)


def run_metastar(
    config: MetaStarConfig,
    *,
    corpus: list[Example] | None = None,
    log: Callable[[str], None] = print,
) -> list[RoundResult]:
    """Run round 0 and ``config.rounds.rounds`` Meta-STaR rounds; returns one result per round."""
    from torch.utils.tensorboard import SummaryWriter

    out = Path(config.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    base = corpus if corpus is not None else build_corpus(config)
    write_corpus(base, out / "corpus-0.jsonl")
    log(f"round 0: {len(base)} examples in the corpus ({out / 'corpus-0.jsonl'})")
    assert config.sft is not None
    sft = dataclasses.replace(config.sft, out_dir=str(out / "round-0"))
    trained = train_sft(base, sft)
    results = [_record(config, 0, trained, len(base), 0, 0, log)]
    writer = SummaryWriter(str(out / "tb"))
    writer.add_scalar("charts/success_rate", results[0].success_rate, 0)
    verified: list[Example] = []
    r = config.rounds
    for round_number in range(1, r.rounds + 1):
        start = r.seed + (round_number - 1) * r.problems
        player = MetaStarPolicy(
            checkpoint=trained.final_dir,
            name=f"{config.name}-round-{round_number - 1}",
            max_actions=config.eval.max_actions,
            max_tokens=config.eval.max_tokens,
            temperature=r.temperature,
        )
        new = agent_examples(
            config.env_id, config.env_kwargs, player, range(start, start + r.problems)
        )
        verified = deduplicate(verified + new)
        data = deduplicate((base if r.keep_corpus else []) + verified)
        write_corpus(data, out / f"corpus-{round_number}.jsonl")
        log(
            f"round {round_number}: {len(new)} of {r.problems} searches verified; "
            f"training on {len(data)} examples"
        )
        next_sft = dataclasses.replace(
            sft,
            out_dir=str(out / f"round-{round_number}"),
            model=ModelSpec(checkpoint=trained.final_dir),
            max_tokens=r.max_tokens,
            lr=r.lr,
        )
        trained = train_sft(data, next_sft)
        result = _record(config, round_number, trained, len(data), len(new), r.problems, log)
        results.append(result)
        writer.add_scalar("charts/success_rate", result.success_rate, round_number)
    writer.close()
    return results


def _record(
    config: MetaStarConfig,
    round_number: int,
    trained: SFTResult,
    corpus_size: int,
    verified: int,
    problems: int,
    log: Callable[[str], None],
) -> RoundResult:
    out = Path(config.out_dir)
    row = evaluate_checkpoint(config, trained.final_dir, f"{config.name}-round-{round_number}")
    append_jsonl([row], out / "rows.jsonl")
    result = RoundResult(
        round=round_number,
        checkpoint=trained.final_dir,
        corpus_examples=corpus_size,
        verified_traces=verified,
        collect_problems=problems,
        train_tokens=trained.train_tokens,
        success_rate=row.success_rate,
        ci_low=row.ci_low,
        ci_high=row.ci_high,
        eval_episodes=row.episodes,
        tokens_generated=row.tokens_generated,
    )
    with (out / "rounds.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(dataclasses.asdict(result)) + "\n")
    log(
        f"round {round_number}: success {row.success_rate:.3f} "
        f"[{row.ci_low:.3f}, {row.ci_high:.3f}] on {row.episodes} held-out problems; "
        f"{trained.train_tokens} training tokens"
    )
    return result


def load_corpus(path: str | Path) -> list[Example]:
    """A corpus file, for ``run_metastar(corpus=...)``."""
    return read_corpus(path)
