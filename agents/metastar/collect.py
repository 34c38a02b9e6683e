"""Meta-STaR corpora: solution-only, search-trace and verified-agent examples, as JSONL.

Three sources, one text format (:mod:`agents.metastar.trace_text`), every example
played through the env's search mode by :func:`agents.episode.play_episode`:

* ``solution``: the exact solver's plan (``SearchableEnv.solution``, played by the
  oracle), the problem -> optimal-CoT pairs of a solution-only model;
* ``search``: solver-driven searches (:mod:`agents.metastar.strategies`: DFS, BFS,
  beams, best-first, A*), each strategy's Meta-CoT kept when it solved the problem;
* ``agent``: any agent's episodes (an LLM searching in context, a trained Meta-STaR
  model, an external search), kept only when the env's verifier accepted the final
  state (``record.solved``, the STaR filter).

Held-out problems never enter a corpus: :func:`training_kwargs` collects from the
``train`` split of any env whose config has one (Countdown's ``holdout_targets``, the
Game of 24's seeded test split) and refuses ``val``/``test``; ``exclude`` drops any
example whose question is in a given set (e.g. the evaluation problems). Examples are
deduplicated on (prompt, completion) and written atomically, in a deterministic
order: the same arguments give the same file.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gymnasium as gym

from agents.episode import EpisodeRecord, play_episode
from agents.metastar.strategies import StrategyFactory, strategies_for
from agents.metastar.trace_text import completion_text, prompt_text, trace_lines
from agents.policies import OraclePolicy
from agents.policies.base import Policy
from metacot_envs.registry import ENV_SPECS

SOURCES = ("solution", "search", "agent")
HELD_OUT_SPLITS = ("val", "test")


@dataclass(frozen=True)
class Example:
    """One fine-tuning example: a question with its Meta-CoT, and where it came from."""

    prompt: str
    """the question, the ``Search:`` header and the search's start line"""
    completion: str
    """the Meta-CoT lines the model learns to write (see :mod:`agents.metastar.trace_text`)"""
    source: str
    """``solution``, ``search`` or ``agent``"""
    strategy: str
    """the strategy or agent that produced it (``solver`` for solution-only)"""
    length: int
    """Meta-CoT lines in the completion (a solution's steps plus one; a search's size)"""
    env_id: str
    env_kwargs: dict[str, Any]
    seed: int
    """the episode seed that drew the problem"""
    final_cot: list[str] = field(default_factory=list)
    """the steps of the solution the search ended with (replays to reward 1)"""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return dataclasses.asdict(self)


def training_kwargs(env_id: str, env_kwargs: dict[str, Any] | None = None) -> dict[str, Any]:
    """``env_kwargs`` made safe for training data: the ``train`` split wherever a split exists.

    ``split="all"`` (or no split) becomes ``"train"`` for an env whose config has a
    ``split`` field; ``val``/``test`` raise ``ValueError``: those problems are held out.
    """
    kwargs = dict(env_kwargs or {})
    split = kwargs.get("split", "all")
    if split in HELD_OUT_SPLITS:
        raise ValueError(
            f"{env_id}: split={split!r} holds the held-out problems; training corpora are "
            "collected from split='train'"
        )
    if "split" in _config_fields(env_id):
        kwargs["split"] = "train"
    return kwargs


def _config_fields(env_id: str) -> set[str]:
    for spec in ENV_SPECS:
        if spec.id == env_id:
            module, name = spec.config.split(":")
            cls = getattr(importlib.import_module(module), name)
            return {f.name for f in dataclasses.fields(cls)}
    return set()


def _example(
    record: EpisodeRecord,
    env_id: str,
    env_kwargs: dict[str, Any],
    source: str,
    strategy: str,
    keep_reasons: bool,
) -> Example | None:
    if not record.solved or not record.meta_cot or record.question is None:
        return None
    lines = trace_lines(record.meta_cot, keep_reasons=keep_reasons)
    return Example(
        prompt=prompt_text(record.question, record.meta_cot[0]),
        completion=completion_text(lines),
        source=source,
        strategy=strategy,
        length=len(lines),
        env_id=env_id,
        env_kwargs=env_kwargs,
        seed=record.seed,
        final_cot=list(record.final_cot),
    )


def _play(
    env_id: str, env_kwargs: dict[str, Any], policy: Policy, seeds: Iterable[int]
) -> Iterator[EpisodeRecord]:
    env = gym.make(env_id, **{**env_kwargs, **policy.env_kwargs, "search": True})
    try:
        for seed in seeds:
            yield play_episode(env, policy, seed)
    finally:
        env.close()


def solution_examples(
    env_id: str, env_kwargs: dict[str, Any] | None, seeds: Iterable[int]
) -> list[Example]:
    """Problem -> optimal CoT: the solver's plan played through search mode, one per seed."""
    kwargs = training_kwargs(env_id, env_kwargs)
    records = _play(env_id, kwargs, OraclePolicy(), seeds)
    return [e for r in records if (e := _example(r, env_id, kwargs, "solution", "solver", False))]


def search_examples(
    env_id: str,
    env_kwargs: dict[str, Any] | None,
    seeds: Iterable[int],
    strategies: Sequence[str] | None = None,
    *,
    keep_reasons: bool = False,
    max_lines: int | None = None,
) -> list[Example]:
    """Each strategy's solved searches, one episode per seed and strategy (see the module doc).

    ``strategies`` names entries of :func:`~agents.metastar.strategies.strategies_for`
    (default: all of them); ``max_lines`` drops searches longer than that many lines.
    """
    kwargs = training_kwargs(env_id, env_kwargs)
    table = strategies_for(env_id)
    names = list(strategies or table)
    unknown = [n for n in names if n not in table]
    if unknown:
        raise ValueError(f"unknown strategies {unknown} for {env_id}; known: {sorted(table)}")
    seeds = list(seeds)
    out = []
    for index, name in enumerate(names):
        factory: StrategyFactory = table[name]
        policy = factory(1000 * index + (seeds[0] if seeds else 0))
        for record in _play(env_id, kwargs, policy, seeds):
            example = _example(record, env_id, kwargs, "search", name, keep_reasons)
            if example is not None and (max_lines is None or example.length <= max_lines):
                out.append(example)
    return out


def agent_examples(
    env_id: str,
    env_kwargs: dict[str, Any] | None,
    policy: Policy,
    seeds: Iterable[int],
    *,
    keep_reasons: bool = True,
) -> list[Example]:
    """An agent's episodes in search mode, kept only where the verifier accepted the end state."""
    kwargs = training_kwargs(env_id, env_kwargs)
    records = _play(env_id, kwargs, policy, seeds)
    return [
        e for r in records if (e := _example(r, env_id, kwargs, "agent", policy.name, keep_reasons))
    ]


def deduplicate(examples: Iterable[Example], exclude: Collection[str] = ()) -> list[Example]:
    """First occurrence of each (prompt, completion), without questions in ``exclude``.

    ``exclude`` holds question texts (an env's first observation) that must stay out,
    e.g. the evaluation problems.
    """
    seen: set[tuple[str, str]] = set()
    out = []
    for example in examples:
        key = (example.prompt, example.completion)
        if key in seen or question_of(example.prompt) in exclude:
            continue
        seen.add(key)
        out.append(example)
    return out


def question_of(prompt: str) -> str:
    """The question an example's prompt starts with (what the env showed at reset)."""
    head, _, _ = prompt.rpartition("\n")
    head, _, _ = head.rpartition("\n")  # the start line
    head, _, _ = head.rpartition("\n")  # the Search: header
    return head


def write_corpus(examples: Iterable[Example], path: str | Path) -> int:
    """Write examples as JSONL (all at once: no half-written file); returns the count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [json.dumps(e.to_json(), sort_keys=True) for e in examples]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    os.replace(tmp, path)
    return len(rows)


def read_corpus(path: str | Path) -> list[Example]:
    """Read a corpus written by :func:`write_corpus`; a bad line raises naming file and line."""
    path = Path(path)
    names = {f.name for f in dataclasses.fields(Example)}
    out = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(data, dict):
                raise ValueError(f"{path}:{number}: expected an object")
            missing = {"prompt", "completion"} - set(data)
            if missing:
                raise ValueError(f"{path}:{number}: missing field {sorted(missing)[0]!r}")
            if not all(isinstance(data[k], str) for k in ("prompt", "completion")):
                raise ValueError(f"{path}:{number}: prompt and completion must be text")
            data = {k: v for k, v in data.items() if k in names}
            data.setdefault("source", "agent")
            data.setdefault("strategy", "?")
            data.setdefault("length", data["completion"].count("\n"))
            data.setdefault("env_id", "?")
            data.setdefault("env_kwargs", {})
            data.setdefault("seed", -1)
            try:
                out.append(Example(**data))
            except TypeError as exc:
                raise ValueError(f"{path}:{number}: {exc}") from None
    return out
