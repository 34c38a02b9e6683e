import os

import numpy as np
import pytest

from metacot_envs.core.task import replay
from metacot_envs.models import load_causal_lm, smollm2_gguf_path, tiny_random_causal_lm
from metacot_envs.prms.llm_prm import JUDGE_QUESTION, LLMPRM
from metacot_envs.registry import spec_for
from metacot_envs.tasks.math.config import MathConfig
from metacot_envs.wrappers.prm_shaping import PRMShaping

make_math_env = spec_for("MetaCoT/Math-v0").make


def math_states(count=4):
    task = MathConfig(kinds=["fraction_arithmetic"], level=1).build_task()
    rng = np.random.default_rng(0)
    states = []
    for i in range(count):
        problem = task.sample(rng)
        start = task.initial_state(problem)
        steps = ["Find a common denominator."] * (i % 3)
        states.append(replay(task, start, steps))
    return task, states


@pytest.fixture(scope="module")
def smollm2():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return load_causal_lm()


def test_tiny_model__scores_in_unit_interval_and_batching_does_not_change_scores():
    tokenizer, model = tiny_random_causal_lm(seed=0)
    task, states = math_states(5)
    batched = LLMPRM(tokenizer, model, batch_size=4).score(task, states)
    single = LLMPRM(tokenizer, model, batch_size=1).score(task, states)
    assert all(0.0 < s < 1.0 for s in batched)
    assert batched == pytest.approx(single, abs=1e-5)
    assert len(set(batched)) > 1


def test_prompt__holds_the_state_text_and_the_judge_question():
    tokenizer, model = tiny_random_causal_lm()
    task, states = math_states(2)
    prompt = LLMPRM(tokenizer, model).prompt(task, states[1])
    assert task.format_state(states[1]) in prompt and JUDGE_QUESTION in prompt


def test_yes_and_no_words_must_differ():
    tokenizer, model = tiny_random_causal_lm()
    with pytest.raises(ValueError, match="share a first token"):
        LLMPRM(tokenizer, model, yes_words=("Yes",), no_words=("Yup",))


@pytest.mark.llm
def test_smollm2_prm__scores_a_small_batch_like_one_at_a_time(smollm2):
    assert smollm2_gguf_path().is_file()
    tokenizer, model = smollm2
    task, states = math_states(3)
    scores = LLMPRM(tokenizer, model, batch_size=3).score(task, states)
    assert all(0.0 < s < 1.0 for s in scores)
    alone = LLMPRM(tokenizer, model).score(task, states[-1:])
    assert alone == pytest.approx(scores[-1:], abs=1e-3)


@pytest.mark.llm
def test_smollm2_prm__shapes_a_math_episode_with_the_potential_identity(smollm2):
    env = PRMShaping(make_math_env(kinds=["linear_equation"]), LLMPRM(*smollm2), gamma=1.0)
    _, info = env.reset(seed=0)
    phi0 = info["reward_components"]["prm"]
    shaped = task = 0.0
    for step in ["Move the constant term to the other side.", "\\boxed{0}"]:
        _, reward, terminated, _, info = env.step(step)
        shaped += reward
        task += info["reward_components"]["task"]
    assert terminated
    assert shaped - task == pytest.approx(-phi0, abs=1e-9)
