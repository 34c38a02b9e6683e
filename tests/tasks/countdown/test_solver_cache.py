import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import metacot_envs
from metacot_envs.tasks.countdown import (
    GAME24_RULES,
    CountdownConfig,
    CountdownGenerator,
    CountdownRules,
    CountdownState,
    all_game24_puzzles,
    clear_solver_cache,
    is_solvable,
    set_solver_cache_size,
    solve_countdown,
    solver_cache_info,
)
from metacot_envs.tasks.countdown.solver import CACHE_SIZE_ENV, DEFAULT_CACHE_SIZE


@pytest.fixture
def cache_size():
    """Set the solver cache size for one test; restore the previous size afterwards."""
    previous = solver_cache_info().max_entries
    yield set_solver_cache_size
    set_solver_cache_size(previous)
    clear_solver_cache()


def random_states(count, num_numbers, seed):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        numbers = tuple(sorted(int(x) for x in rng.integers(1, 26, num_numbers)))
        yield CountdownState(numbers, int(rng.integers(10, 500)))


def plan_texts(state, rules):
    plan = solve_countdown(state, rules)
    return None if plan is None else [str(step) for step in plan]


def test_solver_cache__never_exceeds_its_cap_over_many_distinct_problems(cache_size):
    cache_size(64)
    generator = CountdownGenerator(CountdownConfig(num_numbers=6))
    rng = np.random.default_rng(0)
    for _ in range(300):
        problem = generator.sample(rng)
        assert solver_cache_info().entries <= 64
        solve_countdown(CountdownState(problem.numbers, problem.target), generator.rules)
        assert solver_cache_info().entries <= 64
    all_game24_puzzles.__wrapped__()  # one target, ~42,000 sub-results without a cap
    assert 0 < solver_cache_info().entries <= 64


def test_solver_cache__default_cap_holds_over_thousands_of_problems():
    clear_solver_cache()
    generator = CountdownGenerator(CountdownConfig(num_numbers=6))
    rng = np.random.default_rng(1)
    for _ in range(2000):
        generator.sample(rng)
        assert solver_cache_info().entries <= DEFAULT_CACHE_SIZE
    assert solver_cache_info().max_entries == DEFAULT_CACHE_SIZE


def test_clear_solver_cache__empties_the_memo():
    is_solvable(CountdownState((3, 7, 11, 13, 19, 23), 997), CountdownRules())
    assert solver_cache_info().entries > 0
    clear_solver_cache()
    assert solver_cache_info().entries == 0


@pytest.mark.parametrize("size", [0, 1, 7])
def test_solver_results__do_not_depend_on_the_cache_size(cache_size, size):
    cases = [(s, r) for r in (CountdownRules(), GAME24_RULES) for s in random_states(40, 4, 11)]
    cases += [(s, CountdownRules()) for s in random_states(20, 5, 12)]
    clear_solver_cache()
    expected = [plan_texts(s, r) for s, r in cases]
    assert any(expected) and not all(expected)
    cache_size(size)
    assert [plan_texts(s, r) for s, r in cases] == expected
    assert solver_cache_info().entries <= size


def test_set_solver_cache_size__below_the_memo_empties_it_and_caps_it(cache_size):
    state = CountdownState((3, 7, 11, 13, 19, 23), 997)
    is_solvable(state, CountdownRules())
    held = solver_cache_info().entries
    assert held > 10
    cache_size(held + 1)
    assert solver_cache_info() == (held, held + 1)
    cache_size(10)
    assert solver_cache_info() == (0, 10)
    is_solvable(state, CountdownRules())
    assert 0 < solver_cache_info().entries <= 10


@pytest.mark.parametrize("bad", [-1, 2.5, True, "100"])
def test_set_solver_cache_size__rejects_what_is_not_a_count(cache_size, bad):
    with pytest.raises(ValueError, match="int >= 0"):
        cache_size(bad)


def run_with_env(value):
    code = "from metacot_envs.tasks.countdown import solver_cache_info as i; print(i().max_entries)"
    # the child imports this checkout of the package, not another installed copy
    root = str(Path(metacot_envs.__file__).resolve().parents[1])
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, CACHE_SIZE_ENV: value, "PYTHONPATH": path}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)


def test_cache_size_env__sets_the_cap_of_a_new_process():
    result = run_with_env("123")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "123"


def test_cache_size_env__names_itself_when_malformed():
    result = run_with_env("lots")
    assert result.returncode != 0
    assert f"{CACHE_SIZE_ENV} must be a whole number of entries >= 0, got 'lots'" in result.stderr
