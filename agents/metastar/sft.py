"""Supervised fine-tuning of a causal LM on a Meta-STaR corpus (transformers + torch).

The loss is on the completion only (the Meta-CoT; the question is context), examples
are packed whole into fixed-length rows with a block-diagonal causal mask and
positions restarting per example (so packing changes no example's loss), and training
stops at a budget of training tokens (every non-padding token of the packed rows, the
prompt included) or of steps. Checkpoints (model, tokenizer, optimizer, scheduler,
counters, config) go to ``out_dir/checkpoint-NNNNNN`` every ``save_every`` steps and
``out_dir/final`` at the end, each written to a temporary folder first; ``resume=True``
continues from the latest checkpoint with the same batches it would have seen.
TensorBoard logs go to ``out_dir/tb`` (``losses/train_loss``, ``charts/learning_rate``,
``charts/train_tokens``), and a tqdm bar shows progress.

The model is either tiny and built from a config (:class:`ModelSpec`, Llama or
GPT-2 style, random init, with a task tokenizer learned from the corpus,
:mod:`agents.metastar.tokenizer`) or a checkpoint (``checkpoint="smollm2"`` for the
bundled SmolLM2-135M, or a local folder), trained with its own tokenizer.
"""

from __future__ import annotations

import copy
import json
import math
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from agents.metastar.collect import Example
from agents.metastar.tokenizer import build_task_tokenizer

ARCHS = ("llama", "gpt2")


@dataclass
class ModelSpec:
    """The model to fine-tune: a tiny one built from these sizes, or a checkpoint."""

    arch: str = "llama"
    """``llama`` or ``gpt2``: the architecture of a tiny model built from a config"""
    hidden_size: int = 128
    """width of the tiny model"""
    layers: int = 4
    """transformer blocks of the tiny model"""
    heads: int = 4
    """attention heads of the tiny model"""
    intermediate_size: int = 512
    """MLP width of the tiny model"""
    context: int = 1024
    """positions the tiny model handles (its prompts are cut to keep the end)"""
    checkpoint: str | None = None
    """fine-tune this instead: ``smollm2`` (the bundled SmolLM2-135M) or a local folder"""

    def __post_init__(self) -> None:
        if self.arch not in ARCHS:
            raise ValueError(f"arch must be one of {ARCHS}, got {self.arch!r}")
        for name in ("hidden_size", "layers", "heads", "intermediate_size", "context"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.hidden_size % self.heads:
            raise ValueError(f"hidden_size {self.hidden_size} is not divisible by heads")


@dataclass
class SFTConfig:
    """One fine-tuning run."""

    out_dir: str
    """where checkpoints, ``final`` and TensorBoard logs go"""
    model: ModelSpec = field(default_factory=ModelSpec)
    """the model to train"""
    max_tokens: int = 200_000
    """training-token budget: non-padding tokens of the packed rows (prompt included)"""
    max_steps: int | None = None
    """also stop after this many optimizer steps"""
    batch_size: int = 8
    """packed rows per optimizer step"""
    seq_len: int = 1024
    """tokens per packed row; longer examples are left out (and counted)"""
    lr: float = 1e-3
    """peak learning rate (AdamW), reached after ``warmup_steps``, then cosine to 10%"""
    warmup_steps: int = 20
    """steps of linear warm-up"""
    weight_decay: float = 0.01
    """AdamW weight decay"""
    grad_clip: float = 1.0
    """gradient-norm clip"""
    seed: int = 0
    """seeds the init, the example order and the packing"""
    save_every: int = 200
    """steps between checkpoints"""
    log_every: int = 10
    """steps between TensorBoard points"""
    resume: bool = True
    """continue from the latest checkpoint in ``out_dir`` if there is one"""
    progress: bool = True
    """show a progress bar"""
    threads: int | None = 1
    """torch CPU threads while training (None: leave torch's setting); on a shared machine one
    thread ran a tiny model ~3x faster than two, which contended with other processes"""

    def __post_init__(self) -> None:
        if isinstance(self.model, dict):
            self.model = ModelSpec(**self.model)
        for name in ("max_tokens", "batch_size", "seq_len", "save_every", "log_every"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be at least 1")


@dataclass
class SFTResult:
    """What a run did: where the model is, how long it trained, how the loss went."""

    final_dir: str
    steps: int
    train_tokens: int
    """training tokens seen (see :attr:`SFTConfig.max_tokens`)"""
    completion_tokens: int
    """tokens the loss was taken on"""
    examples: int
    """examples in the corpus that fit ``seq_len``"""
    dropped: int
    """examples longer than ``seq_len``"""
    losses: list[tuple[int, float]]
    """(step, mean training loss since the previous point)"""


def build_model(spec: ModelSpec, examples: Sequence[Example], seed: int) -> tuple[Any, Any]:
    """``(tokenizer, model)`` ready to train: tiny from a config, or a checkpoint."""
    from transformers import GPT2Config, GPT2LMHeadModel, LlamaConfig, LlamaForCausalLM

    from metacot_envs.models import load_causal_lm

    torch.manual_seed(seed)
    if spec.checkpoint == "smollm2":
        # load_causal_lm caches one model per process: train a copy, not the shared one
        tokenizer, model = load_causal_lm(None)
        return copy.deepcopy(tokenizer), copy.deepcopy(model)
    if spec.checkpoint is not None:
        return _fresh_load(Path(spec.checkpoint))
    tokenizer = build_task_tokenizer(e.prompt + e.completion for e in examples)
    special = {"pad_token_id": tokenizer.pad_token_id, "eos_token_id": tokenizer.eos_token_id}
    if spec.arch == "gpt2":
        config: Any = GPT2Config(
            vocab_size=len(tokenizer),
            n_embd=spec.hidden_size,
            n_layer=spec.layers,
            n_head=spec.heads,
            n_inner=spec.intermediate_size,
            n_positions=spec.context,
            bos_token_id=tokenizer.eos_token_id,
            **special,
        )
        return tokenizer, GPT2LMHeadModel(config)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=spec.hidden_size,
        num_hidden_layers=spec.layers,
        num_attention_heads=spec.heads,
        num_key_value_heads=spec.heads,
        intermediate_size=spec.intermediate_size,
        max_position_embeddings=spec.context,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.eos_token_id,
        **special,
    )
    return tokenizer, LlamaForCausalLM(config)


def encode(tokenizer: Any, example: Example) -> tuple[list[int], int]:
    """Token ids of prompt + completion + EOS, and how many of them are the prompt."""
    prompt = list(tokenizer(example.prompt, add_special_tokens=False)["input_ids"])
    completion = list(tokenizer(example.completion, add_special_tokens=False)["input_ids"])
    return prompt + completion + [int(tokenizer.eos_token_id)], len(prompt)


def pack(encoded: Sequence[tuple[list[int], int]], seq_len: int) -> list[list[int]]:
    """Indices of examples per row: consecutive examples fill a row while they fit."""
    rows: list[list[int]] = []
    used = seq_len
    for index, (ids, _) in enumerate(encoded):
        if used + len(ids) > seq_len:
            rows.append([])
            used = 0
        rows[-1].append(index)
        used += len(ids)
    return rows


def collate(
    rows: Sequence[list[int]], encoded: Sequence[tuple[list[int], int]], pad_id: int
) -> dict[str, torch.Tensor]:
    """One batch: ids, completion-only labels, per-example positions and a block causal mask."""
    length = max(sum(len(encoded[i][0]) for i in row) for row in rows)
    ids = torch.full((len(rows), length), pad_id, dtype=torch.long)
    labels = torch.full((len(rows), length), -100, dtype=torch.long)
    positions = torch.zeros((len(rows), length), dtype=torch.long)
    segment = torch.full((len(rows), length), -1, dtype=torch.long)
    for r, row in enumerate(rows):
        at = 0
        for number, i in enumerate(row):
            tokens, prompt_len = encoded[i]
            end = at + len(tokens)
            ids[r, at:end] = torch.tensor(tokens)
            labels[r, at + prompt_len : end] = torch.tensor(tokens[prompt_len:])
            positions[r, at:end] = torch.arange(len(tokens))
            segment[r, at:end] = number
            at = end
    causal = torch.tril(torch.ones(length, length, dtype=torch.bool))
    same = (segment[:, :, None] == segment[:, None, :]) & (segment[:, :, None] >= 0)
    mask = (causal & same) | torch.eye(length, dtype=torch.bool)  # padding sees itself
    return {
        "input_ids": ids,
        "labels": labels,
        "position_ids": positions,
        "attention_mask": mask[:, None],
        "tokens": (segment >= 0).sum(),
        "completion_tokens": (labels != -100).sum(),
    }


def batches(
    encoded: Sequence[tuple[list[int], int]], config: SFTConfig, pad_id: int
) -> Iterator[dict[str, torch.Tensor]]:
    """The endless, seeded stream of batches: each epoch reshuffles and repacks."""
    epoch = 0
    while True:
        order = np.random.default_rng([config.seed, epoch]).permutation(len(encoded))
        shuffled = [encoded[int(i)] for i in order]
        rows = pack(shuffled, config.seq_len)
        for start in range(0, len(rows) - config.batch_size + 1, config.batch_size):
            yield collate(rows[start : start + config.batch_size], shuffled, pad_id)
        if len(rows) < config.batch_size:
            yield collate(rows, shuffled, pad_id)
        epoch += 1


def train_sft(examples: Sequence[Example], config: SFTConfig) -> SFTResult:
    """Fine-tune on ``examples`` as ``config`` says; returns where the model is and the losses."""

    if not examples:
        raise ValueError("the corpus is empty: nothing to train on")
    threads = torch.get_num_threads()
    if config.threads is not None:
        torch.set_num_threads(config.threads)
    try:
        return _train(examples, config)
    finally:
        torch.set_num_threads(threads)


def _train(examples: Sequence[Example], config: SFTConfig) -> SFTResult:
    from torch.utils.tensorboard import SummaryWriter
    from tqdm.auto import tqdm

    out = Path(config.out_dir)
    latest = latest_checkpoint(out) if config.resume else None
    if latest is not None:
        tokenizer, model = _fresh_load(latest)
    else:
        tokenizer, model = build_model(config.model, examples, config.seed)
    pad_id = int(tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0)
    encoded_all = [encode(tokenizer, e) for e in examples]
    encoded = [e for e in encoded_all if len(e[0]) <= config.seq_len]
    if not encoded:
        raise ValueError(f"every example is longer than seq_len={config.seq_len} tokens")
    model.train(True)
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=config.lr, weight_decay=config.weight_decay
    )
    mean_tokens = sum(len(e[0]) for e in encoded) / len(encoded)
    per_step = max(1.0, min(config.batch_size * config.seq_len, mean_tokens * len(encoded)) * 0.9)
    planned = max(1, math.ceil(config.max_tokens / per_step))
    if config.max_steps is not None:
        planned = min(planned, config.max_steps)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: _lr_factor(s, config.warmup_steps, planned)
    )
    step, tokens, completion_tokens = 0, 0, 0
    losses: list[tuple[int, float]] = []
    if latest is not None:
        saved = torch.load(latest / "trainer.pt", weights_only=False)
        optimizer.load_state_dict(saved["optimizer"])
        scheduler.load_state_dict(saved["scheduler"])
        step, tokens = int(saved["step"]), int(saved["tokens"])
        completion_tokens, losses = int(saved["completion_tokens"]), list(saved["losses"])
    stream = batches(encoded, config, pad_id)
    for _ in range(step):
        next(stream)  # the batches a resumed run has already trained on
    writer = SummaryWriter(str(out / "tb"))
    bar = tqdm(total=config.max_tokens, initial=tokens, unit="tok", disable=not config.progress)
    window: list[float] = []
    try:
        while tokens < config.max_tokens and (config.max_steps is None or step < config.max_steps):
            batch = next(stream)
            n_tokens, n_completion = int(batch.pop("tokens")), int(batch.pop("completion_tokens"))
            loss = model(**batch).loss
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
            optimizer.step()
            scheduler.step()
            step += 1
            tokens += n_tokens
            completion_tokens += n_completion
            window.append(loss.item())
            bar.update(n_tokens)
            bar.set_postfix(loss=f"{window[-1]:.3f}", step=step)
            if step % config.log_every == 0:
                losses.append((step, float(np.mean(window))))
                window = []
                writer.add_scalar("losses/train_loss", losses[-1][1], step)
                writer.add_scalar("charts/learning_rate", scheduler.get_last_lr()[0], step)
                writer.add_scalar("charts/train_tokens", tokens, step)
            if step % config.save_every == 0:
                state = _trainer_state(
                    optimizer, scheduler, step, tokens, completion_tokens, losses
                )
                _save(out / f"checkpoint-{step:06d}", model, tokenizer, config, state)
        if window:
            losses.append((step, float(np.mean(window))))
        state = _trainer_state(optimizer, scheduler, step, tokens, completion_tokens, losses)
        _save(out / "final", model, tokenizer, config, state)
    finally:
        bar.close()
        writer.close()
    model.train(False)
    return SFTResult(
        final_dir=str(out / "final"),
        steps=step,
        train_tokens=tokens,
        completion_tokens=completion_tokens,
        examples=len(encoded),
        dropped=len(encoded_all) - len(encoded),
        losses=losses,
    )


def _lr_factor(step: int, warmup: int, total: int) -> float:
    if step < warmup:
        return (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress))


def _trainer_state(
    optimizer: Any, scheduler: Any, step: int, tokens: int, completion: int, losses: list[Any]
) -> dict[str, Any]:
    return {
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "step": step,
        "tokens": tokens,
        "completion_tokens": completion,
        "losses": losses,
    }


def _save(
    folder: Path, model: Any, tokenizer: Any, config: SFTConfig, state: dict[str, Any]
) -> None:
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    torch.save(state, tmp / "trainer.pt")
    (tmp / "sft_config.json").write_text(json.dumps(asdict(config), indent=2), "utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


def _fresh_load(folder: Path) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(str(folder), local_files_only=True)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer, model


def latest_checkpoint(out_dir: Path) -> Path | None:
    """The newest ``checkpoint-NNNNNN`` folder in ``out_dir`` (None: start fresh)."""
    found = sorted(p for p in out_dir.glob("checkpoint-*") if p.is_dir() and p.suffix != ".tmp")
    return found[-1] if found else None


def load_trained(folder: str | Path) -> tuple[Any, Any]:
    """``(tokenizer, model)`` of a saved checkpoint, in eval mode (never cached, never downloaded)."""
    tokenizer, model = _fresh_load(Path(folder))
    model.train(False)
    return tokenizer, model
