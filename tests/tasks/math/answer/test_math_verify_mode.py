"""checker="math-verify": math-verify's verdicts, bounded by a killable worker process."""

import time
from concurrent.futures import ThreadPoolExecutor

import gymnasium as gym
import pytest

from metacot_envs.tasks.math.answer import Verdict, check_equivalent, shutdown_math_verify_workers
from metacot_envs.tasks.math.config import MathConfig

pytest.importorskip("math_verify")

HANG_GUARD_SECONDS = 120  # a backstop: the first check also starts a worker (imports sympy)
LIMIT = 1.0


def _hostile_checks() -> tuple[list[Verdict], float]:
    started = time.monotonic()
    verdicts = [
        check_equivalent(r"\boxed{9^{9^{9^{9}}}}", "1", timeout=LIMIT, checker="math-verify"),
        check_equivalent(r"\frac{1}{2}" * 10_000, "1", timeout=LIMIT, checker="math-verify"),
        check_equivalent("1\x00", "1", timeout=LIMIT, checker="math-verify"),
    ]
    return verdicts, time.monotonic() - started


def test_math_verify_mode__gives_math_verify_verdicts() -> None:
    assert check_equivalent(r"\frac12", "0.5", checker="math-verify").equivalent
    assert not check_equivalent("3", "2", checker="math-verify").equivalent


def test_math_verify_mode__hostile_answers_in_a_thread_end_at_the_limit() -> None:
    check_equivalent("1", "1", checker="math-verify")  # start a worker outside the timing
    with ThreadPoolExecutor(max_workers=1) as pool:
        verdicts, seconds = pool.submit(_hostile_checks).result(timeout=HANG_GUARD_SECONDS)
    tower, long_latex, control = verdicts
    assert not tower.equivalent
    assert long_latex == Verdict(False, "size limit: answer longer than 4096 chars")
    assert control.reason.startswith("parse error")
    # the tower's worker is killed at the limit; its replacement starts on the next check
    assert seconds < 10 * LIMIT
    assert check_equivalent("2", "2", checker="math-verify").equivalent


def test_math_verify_mode__workers_can_be_shut_down_and_start_again() -> None:
    shutdown_math_verify_workers()
    assert check_equivalent("0.25", r"\frac14", checker="math-verify").equivalent


def test_check_equivalent__an_unknown_checker_is_refused() -> None:
    with pytest.raises(ValueError, match="checker must be one of"):
        check_equivalent("1", "1", checker="sympy")


def test_math_config__an_unknown_checker_is_refused_when_the_env_is_built() -> None:
    with pytest.raises(ValueError, match="option 'checker': must be one of"):
        MathConfig(checker="sympy")


def test_math_env__rewards_with_the_math_verify_checker() -> None:
    problem = {
        "problem": "What is 1/2 + 1/4?",
        "answer": r"\frac34",
        "solution": r"\boxed{\frac34}",
    }
    env = gym.make("MetaCoT/Math-v0", records=[problem], checker="math-verify")
    env.reset(seed=0)
    _, reward, terminated, _, info = env.step(r"So the answer is \boxed{0.75}.")
    assert terminated and reward == 1.0 and info["solved"]
