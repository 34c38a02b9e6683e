from fractions import Fraction

import numpy as np
import pytest

from metacot_envs.core.task import StepError, replay
from metacot_envs.tasks.countdown import (
    GAME24_RULES,
    CountdownConfig,
    CountdownGenerator,
    CountdownProblem,
    CountdownTask,
    Game24Config,
    Game24Source,
)


def countdown(numbers, target, **rules):
    task = CountdownConfig(num_numbers=len(numbers), **rules).build_task()
    return task, task.initial_state(CountdownProblem(tuple(numbers), target))


@pytest.mark.parametrize("text", ["66-42=24", "66 - 42", " 66-42 = 24 ", "66\u221242=24"])
def test_parse_step__accepts_forms_of_one_operation(text):
    task, state = countdown([2, 42, 66, 1], 47)
    step = task.parse_step(state, text)
    assert not isinstance(step, StepError), step
    assert task.format_step(step) == "66-42=24"
    assert task.apply(state, step).numbers == (1, 2, 24)


def test_parse_step__rejects_wrong_stated_result_with_the_right_one():
    task, state = countdown([2, 42, 66, 1], 47)
    error = task.parse_step(state, "66-42=25")
    assert isinstance(error, StepError) and "is 24, not 25" in error.message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("7+2", "7 is not among the remaining numbers [1 2 42 66]"),
        ("2+2", "used more often"),
        ("66/42", "not a whole number"),
        ("2-66", "negative"),
        ("66", "at least two numbers"),
        ("66-42=24=24", "at most one '='"),
        ("-2+66", "unary minus"),
    ],
)
def test_parse_step__explains_illegal_steps(text, fragment):
    task, state = countdown([2, 42, 66, 1], 47)
    error = task.parse_step(state, text)
    assert isinstance(error, StepError) and fragment in error.message, error


def test_whole_expression__consumes_its_numbers_and_can_finish():
    task, state = countdown([2, 42, 66, 1], 47)
    step = task.parse_step(state, "(66-42)*2-1")
    assert not isinstance(step, StepError)
    after = task.apply(state, step)
    assert after.numbers == (47,) and task.is_correct(after) and task.is_terminal(after)


def test_reaching_target__ends_countdown_without_using_all_numbers():
    task, state = countdown([3, 5, 7, 100], 12)
    after = replay(task, state, ["7+5=12"])
    assert task.is_terminal(after) and task.is_correct(after)


def test_use_all__needs_every_number():
    task, state = countdown([3, 5, 7, 1], 12, use_all=True)
    after = replay(task, state, ["7+5=12"])
    assert not task.is_terminal(after)
    final = replay(task, after, ["12*1=12", "12*3=36"])
    assert task.is_terminal(final) and not task.is_correct(final)


def test_fractions__flag_allows_inexact_division_and_fraction_operands():
    task = Game24Config().build_task()
    state = task.initial_state(CountdownProblem((1, 5, 5, 5), 24))
    final = replay(task, state, ["1/5=1/5", "5-(1/5)=24/5", "(24/5)*5=24"])
    assert task.is_correct(final)
    assert final.numbers == (24,)
    mid = replay(task, state, ["1/5"])
    assert Fraction(1, 5) in mid.numbers
    assert task.rules == GAME24_RULES


def test_legal_steps__all_parse_back_to_themselves():
    task, state = countdown([2, 3, 6, 6], 30, allow_negative=True)
    texts = [task.format_step(s) for s in task.legal_steps(state)]
    assert len(texts) == len(set(texts)) > 10
    for text in texts:
        step = task.parse_step(state, text)
        assert not isinstance(step, StepError), (text, step)
        assert task.format_step(step) == text


def test_generator__is_seeded_and_respects_holdout_targets():
    held = tuple(range(10, 60))
    train = CountdownGenerator(CountdownConfig(num_numbers=4, holdout_targets=held, split="train"))
    val = CountdownGenerator(CountdownConfig(num_numbers=4, holdout_targets=held, split="val"))
    a = [train.sample(np.random.default_rng(s)) for s in range(20)]
    b = [train.sample(np.random.default_rng(s)) for s in range(20)]
    assert a == b
    assert all(p.target not in held for p in a)
    assert all(val.sample(np.random.default_rng(s)).target in held for s in range(20))


def test_parenthesized_division__is_an_operation_unless_it_names_a_remaining_fraction():
    task, state = countdown([2, 4, 6], 12)
    step = task.parse_step(state, "(6/2)*4")
    assert not isinstance(step, StepError) and step.operands == (6, 2, 4) and step.result == 12
    g24 = Game24Config().build_task()
    mid = g24.initial_state(CountdownProblem((Fraction(24, 5), 5), 24))
    step = g24.parse_step(mid, "(24/5)*5")
    assert not isinstance(step, StepError) and step.operands == (Fraction(24, 5), 5)


@pytest.mark.parametrize("kind", ["countdown", "game24"])
def test_fast_path__agrees_with_the_grammar_on_every_legal_and_nearby_step(kind):
    rng = np.random.default_rng(3)
    task = CountdownTask(
        CountdownGenerator(CountdownConfig(num_numbers=5))
        if kind == "countdown"
        else Game24Source(Game24Config())
    )
    states = []
    for seed in range(40):
        state = task.initial_state(task.sample(np.random.default_rng(seed)))
        for _ in range(2):
            states.append(state)
            legal = task.legal_steps(state)
            state = task.apply(state, legal[int(rng.integers(len(legal)))])
    for state in states:
        texts = [task.format_step(s) for s in task.legal_steps(state)]
        texts += [t.split("=")[0] for t in texts] + [t + "1" for t in texts]
        texts += [
            f"{int(rng.integers(0, 30))}{op}{int(rng.integers(0, 30))}"
            for op in "+-*/"
            for _ in range(5)
        ]
        for text in texts:
            fast = task.parser.parse_simple(state, text)
            full = task.parser.parse_with_grammar(state, text)
            if fast is not None:
                assert fast == full, text
            assert task.parse_step(state, text) == full


def test_problem_pool__is_seeded_solvable_and_reused():
    from metacot_envs.tasks.countdown import ProblemPool, is_solvable

    generator = CountdownGenerator(CountdownConfig(num_numbers=4))
    pool = ProblemPool(generator, size=50, seed=3)
    drawn = [pool.sample(np.random.default_rng(s)) for s in range(200)]
    assert len(set(drawn)) <= 50 and len(set(drawn)) > 30
    again = ProblemPool(generator, size=50, seed=3)
    assert [again.sample(np.random.default_rng(s)) for s in range(200)] == drawn
    task = CountdownTask(pool)
    assert all(is_solvable(task.initial_state(p), pool.rules) for p in set(drawn))
