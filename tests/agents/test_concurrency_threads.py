"""Concurrent episodes on threads without a server: the sequential run's records."""

from __future__ import annotations

import pytest

from agents.distributed import ThreadRunner
from agents.evaluate import run_cell
from agents.policies import RandomPolicy
from agents.registry import make_agent
from tests.agents.episode_records import open_cell, records_of


def test_thread_runner__same_records_as_sequential_for_a_search_agent(tmp_path):
    sequential = open_cell(tmp_path / "seq", make_agent("solver-prm-best-first"))
    run_cell(sequential, make_agent("solver-prm-best-first"), progress_bar=False)
    threaded = open_cell(tmp_path / "threads", make_agent("solver-prm-best-first"))
    policies = [make_agent("solver-prm-best-first") for _ in range(3)]
    row = run_cell(threaded, policies[0], progress_bar=False, runner=ThreadRunner(policies))
    assert row is not None
    assert records_of(tmp_path / "threads") == records_of(tmp_path / "seq")


def test_thread_runner__refuses_one_policy_on_two_threads():
    policy = RandomPolicy()
    with pytest.raises(ValueError, match="distinct"):
        ThreadRunner([policy, policy])


class CannotPlay(RandomPolicy):
    """An agent that cannot play the env (as a checkpoint of another shape says)."""

    def reset(self, env, seed):
        raise NotImplementedError("this agent was trained on another env shape")


@pytest.mark.parametrize("threads", [1, 3])
def test_runners__let_not_implemented_through_as_a_skip_not_a_failure(tmp_path, threads):
    policies = [CannotPlay() for _ in range(threads)]
    cell = open_cell(tmp_path, policies[0], 4)
    runner = ThreadRunner(policies) if threads > 1 else None
    with pytest.raises(NotImplementedError, match="another env shape"):
        run_cell(cell, policies[0], progress_bar=False, runner=runner)
    assert cell.missing() == [0, 1, 2, 3]
