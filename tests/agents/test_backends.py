"""Transformers backend and LLM step policy: a tiny real model for unit checks, SmolLM2 for plumbing."""

from functools import partial
from pathlib import Path

import gymnasium as gym
import pytest
import torch

import metacot_envs  # noqa: F401
from agents.backends import TransformersBackend, cut_at_stop, transformers_backend
from agents.backends.transformers_backend import auto_dtype
from agents.evaluate import evaluate
from agents.policies import LLMRankPolicy, LLMStepPolicy
from metacot_envs.models import tiny_random_causal_lm


@pytest.fixture(scope="module")
def tiny_backend():
    tokenizer, model = tiny_random_causal_lm(seed=0)
    return TransformersBackend(tokenizer_object=tokenizer, model_object=model, chat=False)


def test_generate__returns_n_completions_per_prompt_with_token_counts(tiny_backend):
    out = tiny_backend.generate(
        ["abc", "a longer prompt"], n=3, temperature=1.0, max_new_tokens=5, seed=0
    )
    assert [len(branch) for branch in out] == [3, 3]
    for branch in out:
        for completion in branch:
            assert (
                1 <= completion.num_tokens <= 5
                and completion.logprob is not None
                and completion.logprob <= 0
            )


TEMPLATE = (
    "{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}"
    "{% if add_generation_prompt %}<assistant>{% endif %}"
)


def test_render_conversation__uses_the_chat_template_and_is_not_templated_again():
    tokenizer, model = tiny_random_causal_lm(seed=0)
    tokenizer.chat_template = TEMPLATE
    backend = TransformersBackend(tokenizer_object=tokenizer, model_object=model)
    turns = [("system", "s"), ("user", "u1"), ("assistant", "a1"), ("user", "u2")]
    prompt = backend.render_conversation(turns)
    assert prompt == "<system>s<user>u1<assistant>a1<user>u2<assistant>"
    assert backend._render(prompt) == prompt  # a rendered prompt goes to the model as it is
    assert backend._render("u2") == "<user>u2<assistant>"  # a plain prompt is one user turn
    plain = TransformersBackend(tokenizer_object=tokenizer, model_object=model, chat=False)
    assert plain.render_conversation(turns[1:3]) == "user: u1\nassistant: a1\nassistant:"


def test_generate__is_reproducible_with_a_seed_and_greedy_ignores_it(tiny_backend):
    a = tiny_backend.generate(["13-9"], n=2, temperature=1.0, max_new_tokens=6, seed=5)
    b = tiny_backend.generate(["13-9"], n=2, temperature=1.0, max_new_tokens=6, seed=5)
    assert a == b
    g1 = tiny_backend.generate(["13-9"], temperature=0.0, max_new_tokens=6, seed=1)
    g2 = tiny_backend.generate(["13-9"], temperature=0.0, max_new_tokens=6, seed=2)
    assert g1[0][0].text == g2[0][0].text


def test_score__sums_continuation_logprobs_only(tiny_backend):
    scores = tiny_backend.score("4 9 10 13", ["1", "13", "13-9=4"])
    assert all(s < 0 for s in scores)
    assert (
        scores[0] != scores[1] and scores[1] > scores[2]
    )  # extending a continuation costs logprob
    assert tiny_backend.score("4 9 10 13", ["13"]) == pytest.approx([scores[1]], abs=1e-4)


def test_score__shared_prompt_cache_matches_scoring_each_sequence_whole(tiny_backend):
    prompt, continuations = "4 9 10 13", ["13-9=4", "1", "10+4=14 and more", "x"]
    tokenizer, model = tiny_backend.tokenizer, tiny_backend.model
    prefix_len = len(tokenizer(prompt)["input_ids"])
    expected = []
    for continuation in continuations:
        ids = torch.tensor([tokenizer(prompt + continuation)["input_ids"]])
        with torch.no_grad():
            logprobs = model(input_ids=ids).logits.float().log_softmax(-1)[0, :-1]
        picked = logprobs.gather(-1, ids[0, 1:].unsqueeze(-1)).squeeze(-1)
        expected.append(float(picked[prefix_len - 1 :].sum()))
    assert tiny_backend.score(prompt, continuations) == pytest.approx(expected, abs=1e-3)


def test_rank_policy__plays_only_legal_steps_and_picks_the_top_score(tiny_backend):
    policy = LLMRankPolicy(tiny_backend)
    row = evaluate("MetaCoT/Countdown-v0", policy, episodes=3, seed=0, env_kwargs={})
    assert row.invalid_step_rate == 0.0 and row.env_steps >= 3
    assert row.steps_scored >= row.env_steps and row.tokens_generated == 0
    env = gym.make("MetaCoT/Countdown-v0")
    obs, info = env.reset(seed=1)
    policy.reset(env, 1)
    legal = list(info["legal_steps"])
    scores = tiny_backend.score(policy.prompt(obs, info), legal)
    before = policy.compute.copy()
    assert policy.act(obs, info) == legal[scores.index(max(scores))]
    assert policy.compute.since(before).steps_scored == len(legal)


def test_rank_policy__samples_reproducibly_and_writes_where_steps_are_free_text(tiny_backend):
    env = gym.make("MetaCoT/Game24-v0")
    obs, info = env.reset(seed=0)
    picks = []
    for _ in range(2):
        policy = LLMRankPolicy(tiny_backend, temperature=5.0)
        policy.reset(env, 3)
        picks.append([policy.act(obs, info) for _ in range(6)])
    assert picks[0] == picks[1] and len(set(picks[0])) > 1
    assert all(p in list(info["legal_steps"]) for p in picks[0])
    math_env = gym.make("MetaCoT/Math-v0")
    obs, info = math_env.reset(seed=0)
    policy = LLMRankPolicy(tiny_backend, max_new_tokens=4)
    policy.reset(math_env, 0)
    assert isinstance(policy.act(obs, info), str) and policy.compute.tokens_generated > 0


@pytest.mark.parametrize("n", [1, 4])
def test_generate__stops_each_sequence_at_its_first_stop_string(tiny_backend, n):
    options = {"n": n, "temperature": 1.0, "max_new_tokens": 40, "seed": 3}
    free = tiny_backend.generate(["13-9"], **options)[0]
    # a character every free sample writes early, so the stop is certain to fire
    marker = min({c for c in "0123456789+-*/= " if all(c in x.text[:20] for x in free)} or {"?"})
    assert marker != "?", "the tiny model's samples share no early character"
    stopped = tiny_backend.generate(["13-9"], stop=[marker], **options)[0]
    for before, after in zip(free, stopped, strict=True):
        assert after.text == before.text[: before.text.index(marker)]
        # the sequence ended at the token that completed the stop string, not at 40
        assert after.num_tokens == len(tiny_backend.tokenizer(after.text + marker)["input_ids"])
        assert after.num_tokens < before.num_tokens


def test_dtype__auto_keeps_a_passed_model_and_bad_values_name_the_option(tiny_backend):
    assert tiny_backend.dtype == "float32"
    assert tiny_backend.identity() == {
        "backend": "transformers",
        "model": "LlamaForCausalLM",
        "dtype": "float32",
    }
    with pytest.raises(ValueError, match="dtype must be"):
        TransformersBackend(dtype="float8")


def test_cut_at_stop__cuts_at_the_earliest_marker():
    assert cut_at_stop("a+b\nnext\n\nmore", ["\n\n", "\n"]) == "a+b"
    assert cut_at_stop("no markers", ["\n"]) == "no markers"


@pytest.mark.llm
def test_smollm2_step_policy__plays_game24_episodes_end_to_end():
    policy = LLMStepPolicy(TransformersBackend(), name="smollm2", max_new_tokens=12)
    row = evaluate("MetaCoT/Game24-v0", policy, episodes=1, seed=0, env_kwargs={"max_steps": 3})
    assert row.env_steps == 3 or row.success_rate == 1.0
    assert row.tokens_generated > 0
    env = gym.make("MetaCoT/Game24-v0")
    obs, info = env.reset(seed=0)
    policy.reset(env, 0)
    action = policy.act(obs, info)
    assert isinstance(action, str) and action and policy.compute.tokens_generated > 0


@pytest.mark.llm
def test_smollm2__loads_in_the_cpus_dtype_by_default_and_float32_on_request():
    assert TransformersBackend().identity()["dtype"] == auto_dtype()
    full = TransformersBackend(dtype="float32")
    assert full.identity()["dtype"] == "float32" and full.model.dtype == torch.float32


@pytest.mark.llm
def test_smollm2_rank_policy__plays_legal_game24_steps():
    policy = LLMRankPolicy(TransformersBackend(), name="smollm2-rank")
    row = evaluate("MetaCoT/Game24-v0", policy, episodes=1, seed=0, env_kwargs={})
    assert row.invalid_step_rate == 0.0 and row.env_steps == 3


@pytest.mark.parametrize(
    ("avx512_bf16", "amx", "machine", "features", "expected"),
    [
        (True, False, "x86_64", "", "bfloat16"),
        (False, True, "x86_64", "", "bfloat16"),
        (False, False, "x86_64", "", "float32"),
        (False, False, "aarch64", "fp asimd sve bf16 i8mm", "bfloat16"),
        (False, False, "aarch64", "fp asimd sve svebf16x", "float32"),
        (False, False, "aarch64", None, "float32"),
        (False, False, "riscv64", "bf16", "float32"),
    ],
)
def test_auto_dtype__bfloat16_only_on_a_cpu_with_bf16_instructions(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    avx512_bf16: bool,
    amx: bool,
    machine: str,
    features: str | None,
    expected: str,
) -> None:
    monkeypatch.setattr(torch.cpu, "_is_avx512_bf16_supported", lambda: avx512_bf16, raising=False)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: amx, raising=False)
    monkeypatch.setattr(transformers_backend.platform, "machine", lambda: machine)
    cpuinfo = tmp_path / "cpuinfo"
    if features is not None:
        cpuinfo.write_text(f"processor\t: 0\nFeatures\t: {features}\n", encoding="utf-8")
    monkeypatch.setattr(
        transformers_backend, "cpu_has_bf16", partial(transformers_backend.cpu_has_bf16, cpuinfo)
    )
    assert transformers_backend.auto_dtype() == expected
