"""In-context search: few-shot data files, the prompt, budgets, and SmolLM2 searching in search mode."""

import re

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.backends import TransformersBackend
from agents.episode import play_episode
from agents.policies import InContextSearchPolicy
from agents.policies.few_shot import EXAMPLES_DIR, few_shot_file, few_shot_prompt, load_few_shot
from metacot_envs.config_files import ConfigError
from metacot_envs.models import tiny_random_causal_lm
from metacot_envs.registry import ENV_SPECS


@pytest.mark.parametrize("spec", ENV_SPECS, ids=lambda s: s.id)
def test_few_shot__every_registered_family_has_examples_that_replay_solved(spec):
    path = few_shot_file(spec.id)
    assert path is not None, f"no few-shot file in {EXAMPLES_DIR} lists {spec.id}"
    instruction, shots = few_shot_prompt(path)
    assert (
        instruction
        and "action: backtrack" in shots
        and shots.count(": solved") == len(load_few_shot(path).examples)
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("envs: [MetaCoT/Countdown-v0]\ninstruction: x\n", "missing field 'examples'"),
        ("envs: [a]\ninstruction: x\nexamples: []\nextra: 1\n", ":4: unknown key 'extra'"),
        ("envs: [a]\ninstruction: [\n", "not valid YAML"),
        (
            "envs: [a]\ninstruction: x\nexamples:\n  - {env: MetaCoT/Countdown-v0, seed: 0}\n",
            "actions",
        ),
    ],
)
def test_few_shot__a_malformed_file_is_an_error_naming_it(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_few_shot(path)
    assert str(path) in str(caught.value)


def test_few_shot__an_example_the_env_rejects_or_that_fails_is_an_error(tmp_path):
    base = "envs: [x]\ninstruction: x\nexamples:\n  - {env: MetaCoT/Countdown-v0, seed: 0, actions: [%s]}\n"
    for actions, message in [
        ("'1+1=2'", "rejects '1+1=2'"),
        ("'backtrack 0'", "do not end solved"),
    ]:
        path = tmp_path / "bad.yaml"
        path.write_text(base % actions, encoding="utf-8")
        few_shot_prompt.cache_clear()
        with pytest.raises(ConfigError, match=re.escape(message)):
            few_shot_prompt(path)


def tiny_backend():
    tokenizer, model = tiny_random_causal_lm(seed=0)
    return TransformersBackend(tokenizer_object=tokenizer, model_object=model, chat=False)


@pytest.mark.parametrize("mode", ["free", "constrained"])
@pytest.mark.parametrize("spec", ENV_SPECS, ids=lambda s: s.id)
def test_in_context_search__plays_every_family_within_its_budgets(spec, mode):
    policy = InContextSearchPolicy(tiny_backend(), mode=mode, max_actions=5, max_new_tokens=4, k=2)
    env = gym.make(spec.id, **policy.env_kwargs)
    record = play_episode(env, policy, seed=0)
    assert record.env_steps <= 5 and record.meta_cot[0].startswith("start node 0")
    assert "Example 1." in policy.prompt() and record.question in policy.prompt()
    check_plumbing(record)


def test_in_context_search__gives_up_when_its_token_budget_is_spent():
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, search=True)
    stingy = InContextSearchPolicy(tiny_backend(), mode="free", max_tokens=1, max_new_tokens=4)
    record = play_episode(env, stingy, seed=0)
    assert record.gave_up and record.env_steps == 1  # the first action spent the token budget


def test_in_context_search__constrained_mode_never_plays_an_invalid_action():
    policy = InContextSearchPolicy(tiny_backend(), mode="constrained", max_actions=12)
    env = gym.make("MetaCoT/Countdown-v0", num_numbers=3, **policy.env_kwargs)
    record = play_episode(env, policy, seed=1)
    assert not record.rejected and record.compute.steps_scored > 0
    assert not any(line.endswith("(revisit)") for line in record.meta_cot)  # no step tried twice


def check_plumbing(record):
    """The Meta-CoT holds the model's own steps and backtracks (with its reasons), in order."""
    rejected = {r.index for r in record.rejected}
    accepted = [a for i, a in enumerate(record.actions) if i not in rejected]
    backtracks = [a for a in accepted if a.lower().startswith("backtrack")]
    lines = record.meta_cot
    assert sum(line.startswith("backtrack to node") for line in lines) == len(backtracks)
    assert sum(" -> node " in line for line in lines) == len(accepted) - len(backtracks)
    assert sum(": rejected step (" in line for line in lines) == len(rejected)
    for action in backtracks:
        if ":" in action:
            node, reason = action.split(":", 1)
            line = f"backtrack to node {node.split()[-1]} | {reason.strip()}"
            assert line in lines


@pytest.fixture(scope="module")
def smollm2():
    return TransformersBackend()


@pytest.mark.llm
@pytest.mark.parametrize("mode", ["free", "constrained"])
@pytest.mark.parametrize(
    ("env_id", "kwargs"),
    [("MetaCoT/Countdown-v0", {"num_numbers": 3}), ("MetaCoT/Math-v0", {"level": 1})],
    ids=["countdown-3", "math-level-1"],
)
def test_smollm2_in_context_search__plays_search_mode_episodes_end_to_end(
    smollm2, env_id, kwargs, mode
):
    policy = InContextSearchPolicy(smollm2, mode=mode, max_actions=3, max_new_tokens=16, k=2)
    env = gym.make(env_id, **kwargs, **policy.env_kwargs)
    record = play_episode(env, policy, seed=0)
    assert record.env_steps <= 3 and (record.solved or record.truncated)
    assert record.compute.tokens_generated > 0 or record.compute.steps_scored > 0
    check_plumbing(record)
