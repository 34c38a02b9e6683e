from dataclasses import asdict
from fractions import Fraction
from functools import cache

import numpy as np
import pytest

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.core.task import replay
from metacot_envs.tasks.countdown import (
    GAME24_RULES,
    CountdownConfig,
    CountdownProblem,
    CountdownRules,
    CountdownState,
    Game24Config,
    Game24Source,
    all_game24_puzzles,
    all_solutions,
    is_solvable,
    load_game24_csv,
    solve_countdown,
)


def brute_values(numbers: tuple, rules: CountdownRules) -> set:
    """Every value of every expression tree over a sub-multiset (independent of the solver)."""

    @cache
    def values(multiset: tuple) -> frozenset:
        if len(multiset) == 1:
            return frozenset(multiset)
        out = set()
        n = len(multiset)
        for mask in range(1, 2**n - 1):
            left = tuple(sorted(multiset[i] for i in range(n) if mask >> i & 1))
            right = tuple(sorted(multiset[i] for i in range(n) if not mask >> i & 1))
            for a in values(left):
                for b in values(right):
                    out.update(combine(a, b, rules))
        return frozenset(out)

    if rules.use_all:
        return set(values(tuple(sorted(numbers))))
    result = set()
    n = len(numbers)
    for mask in range(1, 2**n):
        subset = tuple(sorted(numbers[i] for i in range(n) if mask >> i & 1))
        if len(subset) >= 2:
            result |= values(subset)
    return result


def combine(a, b, rules):
    out = [a + b, a * b, a - b]
    if b != 0:
        q = Fraction(a) / Fraction(b)
        if rules.allow_fractions or q.denominator == 1:
            out.append(q.numerator if q.denominator == 1 else q)
    if not rules.allow_negative:
        out = [v for v in out if v >= 0]
    return out


RULE_SETS = [
    CountdownRules(),
    CountdownRules(use_all=True),
    CountdownRules(allow_fractions=True, allow_negative=True),
    GAME24_RULES,
]


@pytest.mark.parametrize(
    "rules",
    RULE_SETS,
    ids=lambda r: f"all{int(r.use_all)}-frac{int(r.allow_fractions)}-neg{int(r.allow_negative)}",
)
def test_solver__agrees_with_brute_force_on_random_instances(rules):
    rng = np.random.default_rng(7)
    task = CountdownConfig(num_numbers=4, **asdict(rules)).build_task()
    checked = solvable = 0
    for _ in range(150):
        n = int(rng.integers(2, 5))
        numbers = tuple(sorted(int(x) for x in rng.integers(1, 13, n)))
        target = int(rng.integers(1, 60))
        state = CountdownState(numbers, target)
        expected = target in brute_values(numbers, rules)
        plan = solve_countdown(state, rules)
        assert (plan is not None) == expected == is_solvable(state, rules), (numbers, target)
        if plan is not None:
            solvable += 1
            final = replay(task, state, [str(s) for s in plan])
            assert task.is_correct(final)
        checked += 1
    assert 20 < solvable < checked


def test_solver__returns_a_shortest_plan():
    rules = CountdownRules()
    state = CountdownState((2, 3, 5, 7, 100), 10)
    plan = solve_countdown(state, rules)
    assert plan is not None and len(plan) == 1  # 5*2 or 7+3
    state = CountdownState(
        (2, 3, 5, 7), 41
    )  # 5*7=35 then 35+3=38.. needs the 3 steps below at best
    plan = solve_countdown(state, rules)
    assert plan is not None
    for depth in range(1, len(plan)):
        assert not any(len(s) == depth for s in all_solutions(state, rules)), (
            "a shorter plan exists"
        )


def test_game24__enumeration_finds_exactly_1362_of_1820_puzzles():
    puzzles = all_game24_puzzles()
    assert len(puzzles) == 1362
    assert (4, 9, 10, 13) in puzzles and (1, 5, 5, 5) in puzzles and (1, 1, 1, 1) not in puzzles


def test_game24__every_puzzle_is_solved_by_replaying_the_solver_through_the_env():
    env = ReasoningEnv(Game24Config().build_task())
    for puzzle in all_game24_puzzles():
        env.reset(options={"problem": CountdownProblem(puzzle, 24)})
        plan = env.task.solve(env.state)
        assert plan is not None and len(plan) == 3
        for step in plan:
            _, reward, terminated, _, info = env.step(str(step))
            assert "error" not in info, (puzzle, step, info["error"])
        assert terminated and reward == 1.0 and info["solved"], puzzle


def test_all_solutions__are_distinct_and_all_valid():
    state = CountdownState((4, 9, 10, 13), 24)
    task = Game24Config().build_task()
    solutions = all_solutions(state, GAME24_RULES)
    texts = {tuple(str(s) for s in sol) for sol in solutions}
    assert len(texts) == len(solutions) >= 2
    for sol in texts:
        assert task.is_correct(replay(task, state, list(sol)))


def test_load_game24_csv__reads_ranks_and_reports_bad_lines(tmp_path):
    good = tmp_path / "24.csv"
    good.write_text(
        "Rank,Puzzles,AMT (s),Solved rate\n1,1 1 4 6,4.4,99%\n2,1 1 11 11,4.4,99%\n3,13 9 4 10,5,98%\n"
    )
    assert load_game24_csv(good) == [(1, 1, 4, 6), (1, 1, 11, 11), (4, 9, 10, 13)]
    assert load_game24_csv(good, ranks=(2, 3)) == [(1, 1, 11, 11), (4, 9, 10, 13)]
    source = Game24Source(Game24Config(csv_path=str(good), ranks=(3, 3)))
    assert source.puzzles == ((4, 9, 10, 13),)
    bad = tmp_path / "bad.csv"
    bad.write_text("Rank,Puzzles\n1,1 1 4 6\n2,1 x 4 6\n")
    with pytest.raises(ValueError, match=r"bad.csv:3"):
        load_game24_csv(bad)


def test_game24_split__partitions_the_puzzles_deterministically():
    train, test = (
        Game24Source(Game24Config(split="train")),
        Game24Source(Game24Config(split="test")),
    )
    assert not set(train.puzzles) & set(test.puzzles)
    assert len(train.puzzles) + len(test.puzzles) == 1362
    assert Game24Source(Game24Config(split="test")).puzzles == test.puzzles
