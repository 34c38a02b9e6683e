"""GenerationBatcher: episodes in threads, their model turns served in one batch."""

import functools

import pytest

from agents.integrations.generation_batcher import GenerationBatcher
from agents.integrations.token_episode import StepSampling, TokenTranscriptPolicy, turn_end_ids
from metacot_envs.models import tiny_random_causal_lm


@pytest.fixture(scope="module")
def tiny():
    return tiny_random_causal_lm(seed=1)


def test_run__batched_greedy_turns_equal_unbatched_ones_in_job_order(tiny):
    tokenizer, model = tiny
    stops = turn_end_ids(tokenizer)
    batcher = GenerationBatcher(model, tokenizer, stops, temperature=0.0)
    alone = TokenTranscriptPolicy(model, tokenizer, StepSampling(temperature=0.0), stop_ids=stops)
    contexts = [
        tokenizer(text)["input_ids"] for text in ("Numbers: 3 5", "Target: 42 and more", "x")
    ]
    budgets = [8, 3, 12]

    def two_turns(context, budget):
        first = batcher.generate(context, budget)
        second = batcher.generate(context + first[0], budget)
        return first, second

    jobs = [functools.partial(two_turns, c, b) for c, b in zip(contexts, budgets, strict=True)]
    batched = batcher.run(jobs)
    for context, budget, (first, second) in zip(contexts, budgets, batched, strict=True):
        expected = alone._sample(context, budget)
        assert first[0] == expected[0] and first[1] == pytest.approx(expected[1], abs=1e-4)
        assert len(first[0]) <= budget and len(first[0]) == len(first[1])
        assert second[0] == alone._sample(context + first[0], budget)[0]


def test_run__a_failing_job_raises_in_the_caller_after_the_others_finish(tiny):
    tokenizer, model = tiny
    batcher = GenerationBatcher(model, tokenizer, turn_end_ids(tokenizer), temperature=0.0)
    finished = []

    def fine():
        batcher.generate([5, 6, 7], 4)
        finished.append(True)

    def broken():
        raise RuntimeError("env exploded")

    with pytest.raises(RuntimeError, match="env exploded"):
        batcher.run([fine, broken, fine])
    assert finished == [True, True]
