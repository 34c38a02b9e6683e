"""SFT on a Meta-STaR corpus: the loss goes down, checkpoints reload, resume, and play."""

import shutil

import gymnasium as gym
import pytest
import torch

import metacot_envs  # noqa: F401
from agents.episode import play_episode
from agents.metastar.collect import search_examples, solution_examples
from agents.metastar.policy import metastar_policy
from agents.metastar.sft import ModelSpec, SFTConfig, collate, encode, latest_checkpoint, train_sft
from agents.metastar.tokenizer import build_task_tokenizer

TINY = ModelSpec(hidden_size=32, layers=2, heads=2, intermediate_size=64, context=512)


@pytest.fixture(scope="module")
def corpus():
    kwargs = {"num_numbers": 3}
    seeds = range(40)
    return solution_examples("MetaCoT/Countdown-v0", kwargs, seeds) + search_examples(
        "MetaCoT/Countdown-v0", kwargs, seeds, ["beam-2-noisy-0.3", "astar-noisy-1"]
    )


def _config(out, **overrides):
    base = dict(
        out_dir=str(out),
        model=TINY,
        max_tokens=10**9,
        max_steps=16,
        batch_size=4,
        seq_len=256,
        lr=3e-3,
        warmup_steps=2,
        log_every=4,
        save_every=8,
        progress=False,
    )
    return SFTConfig(**{**base, **overrides})


def test_task_tokenizer__round_trips_meta_cot_text(corpus):
    tokenizer = build_task_tokenizer(e.prompt + e.completion for e in corpus)
    for example in corpus[:20]:
        text = example.prompt + example.completion
        assert tokenizer.decode(tokenizer(text)["input_ids"]) == text


def test_collate__loss_only_on_completions_and_examples_do_not_see_each_other(corpus):
    tokenizer = build_task_tokenizer(e.prompt + e.completion for e in corpus)
    encoded = [encode(tokenizer, e) for e in corpus[:2]]
    batch = collate([[0, 1]], encoded, tokenizer.pad_token_id)
    (ids0, p0), (ids1, p1) = encoded
    labels = batch["labels"][0]
    assert (labels[:p0] == -100).all() and (labels[p0 : len(ids0)] != -100).all()
    start = len(ids0)
    assert (labels[start : start + p1] == -100).all()
    assert batch["position_ids"][0, start] == 0
    mask = batch["attention_mask"][0, 0]
    assert not mask[start:, :start].any() and mask[start + 3, start : start + 4].all()


@pytest.mark.parametrize("arch", ["llama", "gpt2"])
def test_sft__loss_goes_down_on_a_tiny_model(tmp_path, corpus, arch):
    spec = ModelSpec(**{**TINY.__dict__, "arch": arch})
    result = train_sft(corpus, _config(tmp_path, model=spec, save_every=100))
    first, last = result.losses[0][1], result.losses[-1][1]
    assert result.steps == 16 and result.train_tokens > 0
    assert last < first - 0.5, result.losses
    assert (tmp_path / "final" / "trainer.pt").exists()
    assert list((tmp_path / "tb").iterdir())


def test_sft__resume_continues_from_the_latest_checkpoint(tmp_path, corpus):
    full = train_sft(corpus, _config(tmp_path / "full"))
    # an interrupted run: only the step-8 checkpoint was written before it stopped
    shutil.copytree(tmp_path / "full" / "checkpoint-000008", tmp_path / "cut" / "checkpoint-000008")
    assert latest_checkpoint(tmp_path / "cut").name == "checkpoint-000008"
    resumed = train_sft(corpus, _config(tmp_path / "cut"))
    assert resumed.steps == 16 and resumed.train_tokens == full.train_tokens
    assert resumed.losses == pytest.approx(full.losses, rel=1e-4)
    fresh = train_sft(corpus, _config(tmp_path / "cut", resume=False, max_steps=1))
    assert fresh.steps == 1


def test_checkpoint__reloads_and_plays_an_episode_in_search_mode(tmp_path, corpus):
    result = train_sft(corpus, _config(tmp_path))
    policy = metastar_policy(result.final_dir, max_tokens=64, max_actions=8)
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, **policy.env_kwargs)
    record = play_episode(env, policy, seed=3)
    assert record.env_steps >= 1 and record.meta_cot is not None
    assert 0 < record.compute.tokens_generated <= 64 + policy.max_line_tokens
    again = play_episode(env, metastar_policy(result.final_dir, max_tokens=64, max_actions=8), 3)
    assert again.actions == record.actions  # greedy and seeded: the same play
    assert torch.get_num_threads() >= 1


def test_registry_metastar__plays_the_checkpoint_named_by_the_environment(
    tmp_path, corpus, monkeypatch
):
    from agents.registry import AGENTS

    monkeypatch.delenv("METASTAR_CHECKPOINT", raising=False)
    unset = AGENTS["metastar"]()
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, **unset.env_kwargs)
    with pytest.raises(ValueError, match="METASTAR_CHECKPOINT"):
        play_episode(env, unset, seed=0)
    result = train_sft(corpus, _config(tmp_path, max_steps=2))
    monkeypatch.setenv("METASTAR_CHECKPOINT", result.final_dir)
    agent = AGENTS["metastar"]()
    assert agent.config()["model"] == result.final_dir
    record = play_episode(env, agent, seed=0)
    assert record.agent == "metastar" and record.compute.steps_proposed >= 1


def test_make_agent__metastar_prefix_names_a_checkpoint_folder(tmp_path, corpus):
    import argparse

    from agents.registry import agent_name, make_agent

    result = train_sft(corpus, _config(tmp_path, max_steps=2))
    name = f"metastar:{result.final_dir}"
    assert agent_name(name) == name
    agent = make_agent(name)
    assert agent.config()["model"] == str(result.final_dir)
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, **agent.env_kwargs)
    assert play_episode(env, agent, seed=0).agent == "metastar"
    with pytest.raises(argparse.ArgumentTypeError, match="not a Meta-STaR checkpoint"):
        agent_name(f"metastar:{tmp_path / 'nowhere'}")
