"""The cooperative budget every parsing and evaluation loop charges."""

import pytest

from metacot_envs.tasks.math.answer.budget import CLOCK_EVERY, Budget, BudgetExceeded


def test_budget__the_first_step_over_the_allowance_raises() -> None:
    budget = Budget(timeout=60.0, max_steps=100)
    for _ in range(100):
        budget.tick()
    with pytest.raises(BudgetExceeded, match="step budget of 100"):
        budget.tick()


def test_budget__a_large_charge_raises_at_once() -> None:
    with pytest.raises(BudgetExceeded, match="step budget"):
        Budget(timeout=60.0, max_steps=100).tick(101)


def test_budget__a_passed_deadline_is_seen_at_the_next_look_at_the_clock() -> None:
    budget = Budget(timeout=-1.0)  # the deadline has passed already
    for _ in range(CLOCK_EVERY - 1):
        budget.tick()  # no look at the clock yet: the hot path is one comparison
    with pytest.raises(BudgetExceeded, match="timeout"):
        budget.tick()


def test_budget__the_clock_is_looked_at_every_few_steps_however_they_are_charged() -> None:
    budget = Budget(timeout=60.0)
    budget.tick(CLOCK_EVERY * 3 + 5)  # jumps several boundaries: one look, then the next one
    budget.deadline = 0.0  # as if the time ran out meanwhile
    budget.tick(CLOCK_EVERY - 6)
    with pytest.raises(BudgetExceeded, match="timeout"):
        budget.tick()
