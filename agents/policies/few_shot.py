"""Few-shot searches for in-context search: YAML data files, replayed through the env into transcripts.

A file (``configs/in_context_search/<family>.yaml``) holds::

    envs: [MetaCoT/Countdown-v0, ...]   # the env ids it serves
    instruction: ...                    # the first paragraph of every prompt
    examples:                           # searches shown to the model
      - env: MetaCoT/Countdown-v0
        kwargs: {num_numbers: 3}        # optional env kwargs
        problem: {numbers: [...], target: 44}   # or seed: 0
        actions: [25-12=13, "backtrack 0: ...", ...]

Each example is played through its env in search mode (:func:`render_example`), so
the prompt shows the env's own Meta-CoT lines between the actions and cannot drift
from the env's format. A malformed file, an action the env rejects or an example
that does not end solved is a :class:`~metacot_envs.config_files.ConfigError`
naming the file (and line, where the YAML gives one).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gymnasium as gym
import yaml

from metacot_envs.config_files import ConfigError, read_yaml_with_lines

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "configs" / "in_context_search"
"""the repository's few-shot files (a non-editable install passes its own directory)"""


@dataclass(frozen=True)
class FewShotExample:
    """One demonstrated search: an env, a problem and the actions, judgments included."""

    env_id: str
    kwargs: dict[str, Any]
    problem: Any
    seed: int | None
    actions: tuple[str, ...]


@dataclass(frozen=True)
class FewShotSet:
    """A family's instruction and examples, and the env ids they serve."""

    path: Path
    envs: tuple[str, ...]
    instruction: str
    examples: tuple[FewShotExample, ...]


def load_few_shot(path: str | Path) -> FewShotSet:
    """Read and check one few-shot file (safe YAML loader only; nothing is executed)."""
    path = Path(path)
    data, _ = read_yaml_with_lines(path)  # size, alias-bomb, depth and duplicate-key checks
    lines = _key_lines(yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader))
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping with 'envs', 'instruction', 'examples'")
    for key in ("envs", "instruction", "examples"):
        if key not in data:
            raise ConfigError(f"{path}:1: missing field {key!r}")
    unknown = sorted(set(data) - {"envs", "instruction", "examples"})
    if unknown:
        raise ConfigError(f"{path}:{lines.get(unknown[0], 1)}: unknown key {unknown[0]!r}")
    envs, examples = data["envs"], data["examples"]
    if not isinstance(envs, list) or not all(isinstance(e, str) for e in envs):
        raise ConfigError(f"{path}:{lines.get('envs', 1)}: 'envs' must be a list of env ids")
    if not isinstance(data["instruction"], str):
        raise ConfigError(f"{path}:{lines.get('instruction', 1)}: 'instruction' must be text")
    if not isinstance(examples, list):
        raise ConfigError(f"{path}:{lines.get('examples', 1)}: 'examples' must be a list")
    return FewShotSet(
        path,
        tuple(envs),
        data["instruction"].strip(),
        tuple(_example(path, i, e, lines.get("examples", 1)) for i, e in enumerate(examples)),
    )


def _example(path: Path, index: int, raw: Any, line: int) -> FewShotExample:
    where = f"{path}:{line}: example {index + 1}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping")
    unknown = sorted(set(raw) - {"env", "kwargs", "problem", "seed", "actions"})
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    env_id, kwargs, actions = raw.get("env"), raw.get("kwargs") or {}, raw.get("actions")
    if not isinstance(env_id, str):
        raise ConfigError(f"{where}: 'env' must be a registered env id")
    if not isinstance(kwargs, dict):
        raise ConfigError(f"{where}: 'kwargs' must be a mapping")
    if not isinstance(actions, list) or not actions or not all(isinstance(a, str) for a in actions):
        raise ConfigError(f"{where}: 'actions' must be a non-empty list of texts")
    if ("problem" in raw) == ("seed" in raw):
        raise ConfigError(f"{where}: give exactly one of 'problem' and 'seed'")
    seed = raw.get("seed")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
        raise ConfigError(f"{where}: 'seed' must be an integer")
    return FewShotExample(env_id, dict(kwargs), raw.get("problem"), seed, tuple(actions))


def _key_lines(node: Any) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")}


def transcript_lines(question: str, events: list[tuple[str | None, list[str]]]) -> list[str]:
    """The text a model reads: the question, then each action and the Meta-CoT lines it produced.

    ``events`` is ``[(None, [start line]), (action, [lines]), ...]``.
    """
    out = [f"Problem:\n{question}", "", "Search log:"]
    for action, lines in events:
        if action is not None:
            out.append(f"action: {action}")
        out += lines
    return out


def render_example(example: FewShotExample, path: Path) -> list[str]:
    """Play an example through its env in search mode; its transcript, or why it is broken."""
    where = f"{path}: example on {example.env_id}"
    try:
        env = gym.make(example.env_id, **{**example.kwargs, "search": True, "max_steps": 1000})
        options = None if example.problem is None else {"problem": example.problem}
        observation, info = env.reset(seed=example.seed, options=options)
    except Exception as exc:  # a config error of any kind: name the file, not the depths
        raise ConfigError(f"{where}: cannot build the env or problem: {exc}") from None
    question = observation.removeprefix(f"[node {info['node_id']}]\n")
    seen = len(info["meta_cot"])
    events: list[tuple[str | None, list[str]]] = [(None, list(info["meta_cot"]))]
    terminated = False
    for action in example.actions:
        if terminated:
            raise ConfigError(f"{where}: action {action!r} comes after the episode was solved")
        _, _, terminated, _, info = env.step(action)
        if "error" in info:
            raise ConfigError(f"{where}: the env rejects {action!r}: {info['error']}")
        events.append((action, list(info["meta_cot"][seen:])))
        seen = len(info["meta_cot"])
    if not info.get("solved"):
        raise ConfigError(f"{where}: the actions do not end solved")
    return transcript_lines(question, events)


@functools.lru_cache(maxsize=16)
def few_shot_prompt(path: Path) -> tuple[str, str]:
    """``(instruction, the examples' transcripts as text)`` of a file, rendered once per process."""
    shots = load_few_shot(path)
    blocks = [
        f"Example {i + 1}.\n" + "\n".join(render_example(e, path))
        for i, e in enumerate(shots.examples)
    ]
    return shots.instruction, "\n\n".join(blocks)


def few_shot_file(env_id: str | None, directory: str | Path = EXAMPLES_DIR) -> Path | None:
    """The file in ``directory`` whose ``envs`` list ``env_id`` (None when there is none)."""
    if env_id is None:
        return None
    for path in sorted(Path(directory).glob("*.yaml")):
        if env_id in load_few_shot(path).envs:
            return path
    return None
