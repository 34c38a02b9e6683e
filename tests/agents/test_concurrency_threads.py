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
