"""Countdown step parser on hostile operands and stated results (issue 8: crashes found by fuzzing)."""

from fractions import Fraction

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.core.task import StepError
from metacot_envs.tasks.countdown import CountdownConfig

ENV_IDS = ["MetaCoT/Countdown-v0", "MetaCoT/Game24-v0"]
ZERO_DENOMINATOR_RESULTS = [
    "4/0",
    "0/0",
    "-4/0",
    "4/00",
    "(4/0)",
    "4/(-0)",
    "(-4)/0",
    "1/0+1",
    "20/1/0",
]


def started(env_id: str, search: bool, numbers: list, target=24) -> gym.Env:
    env = gym.make(env_id, search=search, invalid_penalty=0.5)
    env.reset(seed=0, options={"problem": (numbers, target)})
    return env


def assert_rejected_and_playable(env: gym.Env, action: str, fragment: str) -> None:
    base = env.unwrapped
    before = base.state
    _, reward, terminated, truncated, info = env.step(action)
    assert fragment in info["error"], info["error"]
    assert base.state == before and reward == -0.5 and not terminated and not truncated
    _, _, _, _, info = env.step(base.legal_steps()[0])
    assert "error" not in info, "the episode did not go on after the rejected step"


@pytest.mark.parametrize("result", ZERO_DENOMINATOR_RESULTS)
@pytest.mark.parametrize("search", [False, True], ids=["text", "search"])
@pytest.mark.parametrize("env_id", ENV_IDS)
def test_step__rejects_zero_denominator_in_stated_result(env_id, search, result):
    env = started(env_id, search, [13, 7, 2, 5])
    assert_rejected_and_playable(env, f"13+7={result}", "division by zero in the stated result")


@pytest.mark.parametrize(
    "action",
    [
        "5/0",
        "5/(0)",
        "0/0",
        "(5/0)+3",
        "(0/0)*3",
        "(-0)+3",
        "3-(-0)",
        "(24/5)/0",
        "(-3)/(0)",
        "(-3)/(-0)",
        "5/(3-3)",
        "(24/5)/(5-5)",
        "5/0=0",
        "0/5=0/0",
        "(1/0)",
        "(-0)",
    ],
)
@pytest.mark.parametrize("search", [False, True], ids=["text", "search"])
def test_step__rejects_zero_denominators_among_operands_when_zero_remains(search, action):
    env = started(ENV_IDS[1], search, [0, Fraction(24, 5), -3, 5])
    assert_rejected_and_playable(env, action, "")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("13+7=" + "9" * 13, "longer than 12 digits"),
        ("1" * 13 + "+7", "longer than 12 digits"),
        ("13+7=-20", "is 20, not -20"),
        ("13+7=(-0)", "is 20, not (-0)"),
        ("13*7*2*5=" + "9" * 12, "is 910, not"),
    ],
)
def test_parse_step__rejects_long_and_signed_results_with_a_message(text, fragment):
    task = CountdownConfig(num_numbers=4).build_task()
    state = task.initial_state(task.as_problem(([13, 7, 2, 5], 24)))
    error = task.parse_step(state, text)
    assert isinstance(error, StepError) and fragment in error.message, error


@pytest.mark.parametrize("text", ["5-5=0", "5-5=-0", "5-5=0/5", "5-5=(-0)", "5-5=(0/7)"])
def test_parse_step__accepts_zero_however_the_stated_result_writes_it(text):
    task = CountdownConfig(num_numbers=3).build_task()
    state = task.initial_state(task.as_problem(([5, 5, 2], 24)))
    step = task.parse_step(state, text)
    assert not isinstance(step, StepError), step
    assert step.result == 0 and task.apply(state, step).numbers == (0, 2)


@pytest.mark.parametrize("text", ["(3/0)+5=5", "5+(3/0)", "(-3/0)+5", "(3/00)*5"])
def test_parse_step__fast_path_leaves_zero_denominator_operands_to_the_grammar(text):
    task = CountdownConfig(num_numbers=3, allow_fractions=True, allow_negative=True).build_task()
    state = task.initial_state(task.as_problem(([3, 5, 0], 24)))
    assert task.parser.parse_simple(state, text) is None
    assert isinstance(task.parse_step(state, text), StepError)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a side that reads as a fraction literal but divides two remaining numbers
        # (found by hypothesis: "1+(4/1)" was written "1+4=5", which reads back as a 2-number step)
        ("1+(4/1)", "1+(4/1)=5"),
        ("1+4/1", "1+4/1=5"),
        ("(4/1)+1", "(4/1)+1=5"),
        # two numbers, one each side: written canonically
        ("1 + 4", "1+4=5"),
        ("4/1", "4/1=4"),
    ],
)
def test_parse_step__canonical_text_reads_back_as_the_same_step(text, written):
    task = CountdownConfig(num_numbers=4).build_task()
    state = task.initial_state(task.as_problem(([1, 1, 4, 6], 24)))
    step = task.parse_step(state, text)
    assert not isinstance(step, StepError), step
    assert task.format_step(step) == written
    again = task.parse_step(state, task.format_step(step))
    assert task.apply(state, again) == task.apply(state, step)
