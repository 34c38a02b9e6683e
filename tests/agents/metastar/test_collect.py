"""Meta-STaR corpora: determinism, no held-out leakage, and every search replays to reward 1."""

import json
import re

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.metastar.collect import (
    agent_examples,
    deduplicate,
    question_of,
    read_corpus,
    search_examples,
    solution_examples,
    training_kwargs,
    write_corpus,
)
from agents.metastar.strategies import ARITHMETIC_STRATEGIES, MAZE_STRATEGIES
from agents.metastar.trace_text import action_from_line
from agents.registry import AGENTS

COUNTDOWN = ("MetaCoT/Countdown-v0", {"num_numbers": 3, "holdout_targets": tuple(range(10, 40))})
HOLDOUT = set(COUNTDOWN[1]["holdout_targets"])


def _target(prompt: str) -> int:
    return int(re.search(r"Target: (\d+)", prompt).group(1))


def _corpus(seed: int) -> list:
    env_id, kwargs = COUNTDOWN
    seeds = range(seed, seed + 6)
    examples = solution_examples(env_id, kwargs, seeds) + search_examples(env_id, kwargs, seeds)
    return deduplicate(examples)


def test_collect__same_seed_same_corpus_other_seed_other_corpus(tmp_path):
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    write_corpus(_corpus(0), a)
    write_corpus(_corpus(0), b)
    write_corpus(_corpus(100), c)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    rows = [json.loads(line) for line in a.read_text().splitlines()]
    assert {"prompt", "completion", "source", "strategy", "length"} <= set(rows[0])
    assert {r["source"] for r in rows} == {"solution", "search"}
    assert [(e.prompt, e.completion, e.seed) for e in read_corpus(a)] == [
        (e.prompt, e.completion, e.seed) for e in _corpus(0)
    ]


def test_collect__countdown_holdout_targets_never_in_training_data():
    examples = _corpus(0) + _corpus(50)
    assert examples
    assert not {_target(e.prompt) for e in examples} & HOLDOUT
    assert all(e.env_kwargs["split"] == "train" for e in examples)
    with pytest.raises(ValueError, match="held-out"):
        training_kwargs("MetaCoT/Countdown-v0", {**COUNTDOWN[1], "split": "val"})


def test_collect__game24_test_split_never_in_training_data():
    test_env = gym.make("MetaCoT/Game24-v0", split="test")
    held_out = {tuple(sorted(p)) for p in test_env.unwrapped.task.source.puzzles}
    assert held_out
    examples = solution_examples("MetaCoT/Game24-v0", {}, range(40))
    numbers = [
        tuple(sorted(int(n) for n in re.search(r"Numbers: ([\d ]+)", e.prompt).group(1).split()))
        for e in examples
    ]
    assert len(numbers) == 40
    assert not set(numbers) & held_out
    with pytest.raises(ValueError, match="held-out"):
        solution_examples("MetaCoT/Game24-v0", {"split": "test"}, range(1))


def test_deduplicate__drops_repeats_and_excluded_questions():
    examples = _corpus(0)
    doubled = deduplicate(examples + examples)
    assert doubled == examples
    banned = {question_of(examples[0].prompt)}
    kept = deduplicate(examples, exclude=banned)
    assert kept and all(question_of(e.prompt) not in banned for e in kept)


CASES = [("MetaCoT/Countdown-v0", {"num_numbers": 4}, name) for name in ARITHMETIC_STRATEGIES] + [
    ("MetaCoT/Maze-v0", {"width": 6, "height": 6}, name) for name in MAZE_STRATEGIES
]


@pytest.mark.parametrize("env_id,kwargs,strategy", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_search_examples__final_cot_replays_to_reward_one(env_id, kwargs, strategy):
    examples = search_examples(env_id, kwargs, range(4), [strategy])
    assert examples, f"{strategy} solved none of 4 problems"
    for example in examples:
        assert example.source == "search" and example.strategy == strategy
        env = gym.make(env_id, **example.env_kwargs)
        observation, _ = env.reset(seed=example.seed)
        assert example.prompt.startswith(observation)
        reward = 0.0
        for step in example.final_cot:
            _, reward, terminated, _, info = env.step(step)
            assert "error" not in info
        assert reward == 1.0 and terminated
        # the completion's own lines replay to the same end through search mode
        search = gym.make(env_id, **{**example.env_kwargs, "search": True})
        search.reset(seed=example.seed)
        lines = example.completion.splitlines()
        actions = [action_from_line(line) for line in lines if "->" in line or "backtrack" in line]
        for action in actions:
            _, reward, terminated, _, info = search.step(action)
            assert "error" not in info, (action, info["error"])
        assert reward == 1.0 and terminated


def test_agent_examples__keep_only_verified_episodes():
    random_agent = AGENTS["random"]()
    examples = agent_examples("MetaCoT/Countdown-v0", {"num_numbers": 3}, random_agent, range(30))
    assert 0 < len(examples) < 30
    for example in examples:
        env = gym.make("MetaCoT/Countdown-v0", **example.env_kwargs)
        env.reset(seed=example.seed)
        for step in example.final_cot:
            _, reward, *_ = env.step(step)
        assert reward == 1.0


def test_read_corpus__bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"prompt": "a", "completion": "b"}\n{"prompt": 3}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:2: missing field 'completion'"):
        read_corpus(path)
