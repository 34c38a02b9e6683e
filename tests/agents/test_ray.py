"""Evaluation on a real local Ray (2 CPUs): the rows of a single-process run, workers' deaths retried."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from agents.cli import main  # noqa: E402
from agents.distributed.ray_runner import RayRunner, start_ray  # noqa: E402
from agents.evaluate import SequentialRunner, cell_spec, run_cell  # noqa: E402
from agents.registry import make_agent  # noqa: E402
from agents.results import code_fingerprint  # noqa: E402
from agents.run_dir import RunCell, read_records  # noqa: E402

ENV = "MetaCoT/Countdown-v0"
AGENT = "solver-prm-best-first"
EPISODES = 8


@pytest.fixture(scope="module")
def local_ray():
    start_ray(num_cpus=2)
    # the crash-once factory below is defined in this test module: ship it by value
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield
    ray.shutdown()


def outcome(record):
    return (record.seed, record.solved, record.env_steps, record.actions, record.meta_cot)


def records_of(cell_dir: Path):
    found = {}
    for path in sorted(cell_dir.glob("episodes*.jsonl")):
        for record in read_records(path):
            assert record.seed not in found, f"seed {record.seed} recorded twice"
            found[record.seed] = record
    return [outcome(found[s]) for s in sorted(found)]


def run(path: Path, runner=None):
    policy = make_agent(AGENT)
    cell = RunCell.open(path, cell_spec(ENV, policy, EPISODES, 0, {}), "test", code_fingerprint())
    return run_cell(cell, policy, progress_bar=False, runner=runner)


@pytest.fixture(scope="module")
def single_process(tmp_path_factory):
    path = tmp_path_factory.mktemp("single")
    row = run(path)
    return row, records_of(path)


def stable(row):
    data = row.to_json()
    for key in ("wall_seconds", "date", "agent_config", "commit"):
        data.pop(key, None)
    return data


def test_start_ray__a_local_cluster_sends_no_usage_statistics(local_ray):
    # unless the user set it: start_ray only fills in the default
    assert os.environ.get("RAY_USAGE_STATS_ENABLED") == "0"


def test_ray__same_rows_and_records_as_a_single_process(local_ray, tmp_path, single_process):
    row = run(tmp_path, RayRunner(functools.partial(make_agent, AGENT), key=AGENT))
    assert row is not None and stable(row) == stable(single_process[0])
    assert records_of(tmp_path) == single_process[1]


def crash_once_agent(marker: str, seed: int):
    """``AGENT``, but the worker process dies (os._exit) the first time ``seed`` starts."""
    policy = make_agent(AGENT)
    reset = policy.reset

    def reset_or_die(env, episode_seed):
        if episode_seed == seed and not os.path.exists(marker):
            Path(marker).write_text("crashed once")
            os._exit(1)
        reset(env, episode_seed)

    policy.reset = reset_or_die
    return policy


@pytest.mark.parametrize("episodes_per_task", [None, 3], ids=["self-sized", "3-per-task"])
def test_ray__a_killed_workers_episode_is_retried_not_lost_or_duplicated(
    local_ray, tmp_path, single_process, episodes_per_task
):
    marker = tmp_path / "crashed"
    factory = functools.partial(crash_once_agent, str(marker), 5)
    runner = RayRunner(factory, key=f"crash-once-{marker}", episodes_per_task=episodes_per_task)
    row = run(tmp_path / "cell", runner)
    assert marker.exists(), "the worker never died: the test proved nothing"
    assert row is not None and stable(row) == stable(single_process[0])
    assert records_of(tmp_path / "cell") == single_process[1]


def test_cli_evaluate_ray__writes_the_single_process_records(local_ray, tmp_path, single_process):
    status = main(
        [
            "evaluate", "--env", ENV, "--agent", AGENT, "--episodes", str(EPISODES),
            "--seed", "0", "--ray", "--run-dir", str(tmp_path), "--no-plots",
        ]
    )  # fmt: skip
    assert status == 0
    [cell_dir] = [p.parent for p in tmp_path.rglob("config.json")]
    assert records_of(cell_dir) == single_process[1]


def test_traces_on_ray__the_single_process_traces_in_seed_order(local_ray):
    from agents.traces import collect_traces

    def traces(runner=None):
        policy = make_agent(AGENT)
        return [
            (t.seed, t.meta_cot, t.final_cot, t.solved)
            for t in collect_traces(ENV, policy, 6, 0, {}, only_solved=False, runner=runner)
        ]

    on_ray = traces(RayRunner(functools.partial(make_agent, AGENT), key=AGENT, episodes_per_task=2))
    assert on_ray == traces() and [t[0] for t in on_ray] == list(range(6))


def cannot_play_agent():
    policy = make_agent(AGENT)

    def refuse(env, seed):
        raise NotImplementedError("this agent was trained on another env shape")

    policy.reset = refuse
    return policy


def test_ray__not_implemented_is_raised_as_a_skip_not_a_failure(local_ray, tmp_path):
    with pytest.raises(NotImplementedError, match="another env shape"):
        run(tmp_path, RayRunner(cannot_play_agent, key="cannot-play"))


def test_ray__self_sized_tasks_play_every_seed_once_with_the_single_process_records(local_ray):
    seeds = list(range(100, 160))
    policy = make_agent(AGENT)
    alone = [outcome(r) for r in SequentialRunner(policy).play(ENV, {}, seeds, None)]
    runner = RayRunner(functools.partial(make_agent, AGENT), key=AGENT, task_seconds=0.02)
    on_ray = sorted(outcome(r) for r in runner.play(ENV, {}, seeds, None))
    assert on_ray == alone
