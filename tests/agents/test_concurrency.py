"""Concurrent episodes: threads over one served model give the sequential run's records.

Decision tested here: sampling is seeded per episode and step (``LLMStepPolicy`` sends
``seed * 1000 + call``), and ``metacot serve`` runs requests one at a time, so seeded
*sampling* (temperature 1.0, not only greedy) gives the same completions through the
server with 4 episodes in flight as in-process one after another. A killed server
leaves its episodes failed and missing (never zeros): ``run_cell`` raises
``EpisodesFailed`` and the cell resumes once a server is back.
"""

from __future__ import annotations

import threading

import pytest

from agents.cli import main
from agents.distributed import ThreadRunner
from agents.evaluate import EpisodesFailed, SequentialRunner, run_cell
from agents.policies import LLMStepPolicy, RandomPolicy
from tests.agents.episode_records import ENV, EPISODES, open_cell, records_of

serving = pytest.importorskip("agents.serving")  # the serve extra (uvicorn, starlette, httpx)
from agents.backends.openai_backend import OpenAIBackend  # noqa: E402
from agents.serving.process import served  # noqa: E402
from agents.serving.server import load_backend  # noqa: E402


def sampling_policy(backend) -> LLMStepPolicy:
    return LLMStepPolicy(backend, temperature=1.0, max_new_tokens=8)


@pytest.fixture(scope="module")
def server():
    with served("--tiny") as process:
        yield process


@pytest.fixture(scope="module")
def in_process_records(tmp_path_factory):
    path = tmp_path_factory.mktemp("in-process")
    policy = sampling_policy(load_backend(tiny=True))
    assert run_cell(open_cell(path, policy), policy, progress_bar=False) is not None
    return records_of(path)


def test_served_model_with_4_concurrent_episodes__same_records_as_in_process(
    tmp_path, server, in_process_records
):
    client = OpenAIBackend(server.url)
    policies = [sampling_policy(client) for _ in range(4)]
    cell = open_cell(tmp_path, policies[0])
    row = run_cell(cell, policies[0], progress_bar=False, runner=ThreadRunner(policies))
    assert row is not None and row.episodes == EPISODES
    assert records_of(tmp_path) == in_process_records
    assert row.tokens_generated == sum(r[4] for r in in_process_records) > 0


def test_cli_evaluate__backend_url_and_concurrency_4_play_the_served_model(
    tmp_path, server, monkeypatch, capsys
):
    monkeypatch.setenv("METACOT_BACKEND_URL", "")  # restored after the test
    status = main(
        [
            "evaluate", "--env", ENV, "--agent", "smollm2", "--episodes", "4",
            "--seed", "0", "--backend-url", server.url, "--concurrency", "4",
            "--run-dir", str(tmp_path), "--no-plots",
        ]
    )  # fmt: skip
    assert status == 0
    [cell_dir] = [p.parent for p in tmp_path.rglob("config.json")]
    greedy = LLMStepPolicy(load_backend(tiny=True), name="smollm2-135m-step")
    expected = tmp_path / "expected"
    run_cell(open_cell(expected, greedy, 4), greedy, progress_bar=False)
    assert records_of(cell_dir) == records_of(expected)
    assert "smollm2-135m-step" in capsys.readouterr().out


class KillAt(LLMStepPolicy):
    """Kills the server when any thread's episode with seed ``seed`` starts."""

    def __init__(self, backend, seed: int, kill) -> None:
        super().__init__(backend, temperature=1.0, max_new_tokens=8)
        self.kill_seed, self.kill = seed, kill

    def reset(self, env, seed):
        super().reset(env, seed)
        if seed == self.kill_seed:
            self.kill()


def test_killed_server__failed_episodes_reported_not_recorded_and_the_cell_resumes(
    tmp_path, in_process_records
):
    with served("--tiny") as server:
        once = threading.Lock()

        def kill():
            if once.acquire(blocking=False):
                server.kill()

        client = OpenAIBackend(server.url, max_retries=1, backoff=0.05)
        policies = [KillAt(client, 4, kill) for _ in range(4)]
        cell = open_cell(tmp_path, policies[0])
        with pytest.raises(EpisodesFailed) as failed:
            run_cell(cell, policies[0], progress_bar=False, runner=ThreadRunner(policies))
    failures = failed.value.failures
    assert failures and all("BackendError" in f.error for f in failures)
    assert "run the same command again" in str(failed.value)
    kept = records_of(tmp_path)
    assert kept == [r for r in in_process_records if r[0] in {k[0] for k in kept}]
    assert len(kept) + len(failures) + failed.value.not_started == EPISODES
    assert {f.seed for f in failures}.isdisjoint(k[0] for k in kept)
    assert cell.row() is None and not (tmp_path / "row.json").exists()

    with served("--tiny") as server:  # a new server, on another port: the cell resumes
        client = OpenAIBackend(server.url)
        policies = [sampling_policy(client) for _ in range(4)]
        cell = open_cell(tmp_path, policies[0])
        assert cell.notes == [] and len(cell.missing()) == EPISODES - len(kept)
        row = run_cell(cell, policies[0], progress_bar=False, runner=ThreadRunner(policies))
    assert row is not None and records_of(tmp_path) == in_process_records


def test_concurrency__refuses_an_in_process_model_shared_by_threads():
    from agents.cli.scale_args import RunnerFactory
    from agents.distributed.threads import shares_safely

    in_process = sampling_policy(load_backend(tiny=True))
    with pytest.raises(ValueError, match="--backend-url"):
        RunnerFactory(concurrency=2).runner("tiny", in_process)
    assert not shares_safely(in_process)
    assert shares_safely(sampling_policy(OpenAIBackend("http://127.0.0.1:9/v1", model="m")))
    assert shares_safely(RandomPolicy())


def test_cli_evaluate__a_dead_endpoint_fails_the_cell_with_a_clear_message(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("METACOT_BACKEND_URL", "")
    status = main(
        [
            "evaluate", "--env", ENV, "--agent", "smollm2", "--episodes", "2",
            "--backend-url", "http://127.0.0.1:9/v1", "--run-dir", str(tmp_path), "--no-plots",
        ]
    )  # fmt: skip
    assert status == 1
    err = capsys.readouterr().err
    assert "failed smollm2" in err and "127.0.0.1:9/v1/models: gave up after" in err


def test_sequential_runner__reports_a_dead_endpoint_as_failures(tmp_path):
    client = OpenAIBackend("http://127.0.0.1:9/v1", model="m", max_retries=1, backoff=0.01)
    policy = sampling_policy(client)
    cell = open_cell(tmp_path, policy, 3)
    with pytest.raises(EpisodesFailed) as failed:
        run_cell(cell, policy, progress_bar=False, runner=SequentialRunner(policy))
    assert [f.seed for f in failed.value.failures] == [0] and failed.value.not_started == 2
    assert cell.missing() == [0, 1, 2]


def test_serve_batch__merges_concurrent_greedy_requests_with_the_in_process_records(tmp_path):
    import httpx

    # no stop string: every call generates all 16 tokens, so while the server works on one
    # request the other threads' requests queue up and get merged (the tiny model writes
    # newlines early, and calls cut at the first one were too short to overlap reliably)
    greedy = LLMStepPolicy(load_backend(tiny=True), max_new_tokens=16, stop=())
    expected = tmp_path / "expected"
    run_cell(open_cell(expected, greedy, 4), greedy, progress_bar=False)
    with served("--tiny", "--batch") as server:
        client = OpenAIBackend(server.url)
        policies = [LLMStepPolicy(client, max_new_tokens=16, stop=()) for _ in range(4)]
        cell = open_cell(tmp_path / "served", policies[0], 4)
        row = run_cell(cell, policies[0], progress_bar=False, runner=ThreadRunner(policies))
        health = httpx.get(server.url.removesuffix("/v1") + "/health", timeout=30).json()
    assert row is not None and health["batch_greedy"] is True
    assert health["generate_calls"] < health["requests"], "no request was merged"
    assert records_of(tmp_path / "served") == records_of(expected)
