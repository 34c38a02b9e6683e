"""verifiers bridge: the Taskset loads by id, the Env plays episodes against a real ``metacot serve``."""

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("verifiers.v1")

from verifiers.v1.clients import ModelContext  # noqa: E402
from verifiers.v1.configs.client import EvalClientConfig  # noqa: E402
from verifiers.v1.utils.loaders import load_environment, resolve_env_config  # noqa: E402

from agents.integrations.episode_env import make_episode_env  # noqa: E402
from agents.integrations.verifiers import MetaCoTEnv, MetaCoTTaskset  # noqa: E402
from agents.policies.llm_step import first_line, step_prompt  # noqa: E402

serving = pytest.importorskip("agents.serving")  # the serve extra (uvicorn, starlette, httpx)
from agents.serving.process import served  # noqa: E402
from agents.serving.server import TINY_MODEL_NAME  # noqa: E402

ENV_ID = "MetaCoT/Countdown-v0"
KWARGS = {"num_numbers": 3, "invalid_penalty": 0.1}
GAMMA, PRM = 0.9, "solver-graded"


def env_config(**taskset):
    return resolve_env_config(
        {
            "taskset": {"id": "metacot-verifiers", "env_kwargs": KWARGS, **taskset},
            "gamma": GAMMA,
            "prm": PRM,
        }
    )


@pytest.fixture(scope="module")
def server():
    """``metacot serve --tiny`` (a tiny random model) on 127.0.0.1."""
    with served("--tiny") as process:
        yield process


def test_taskset__loads_by_id_with_one_seeded_task_per_problem():
    env = load_environment(env_config(seed=5, num_tasks=3))
    assert isinstance(env, MetaCoTEnv) and isinstance(env.taskset, MetaCoTTaskset)
    tasks = list(env.taskset)
    assert [task.data.seed for task in tasks] == [5, 6, 7]
    probe = make_episode_env(ENV_ID, KWARGS)
    for task in tasks:
        assert task.data.env_id == ENV_ID and task.data.env_kwargs == KWARGS
        assert task.data.prompt == step_prompt(*probe.reset(seed=task.data.seed))


def test_env__plays_an_episode_against_a_local_endpoint_and_records_the_env_return(
    server, monkeypatch
):
    monkeypatch.setenv("METACOT_TEST_KEY", "local")
    env = load_environment(env_config(seed=3, num_tasks=1))
    [task] = list(env.taskset)
    ctx = ModelContext(
        model=TINY_MODEL_NAME,
        client=EvalClientConfig(base_url=server.url, api_key_var="METACOT_TEST_KEY"),
    )

    async def play():
        async with env.serving():
            return await env.run_episode(task, ctx)

    episode = asyncio.run(play())
    assert episode.ok, episode.errors
    [trace] = episode.traces
    record = trace.info["metacot"]
    # every env step is the first line of one of the server's replies, in order
    replies = [first_line(message.content or "") for message in trace.assistant_messages]
    assert replies == record["actions"] and len(replies) >= 1
    # the recorded reward is what the env pays for those steps
    replay = make_episode_env(ENV_ID, KWARGS, gamma=GAMMA, prm=PRM)
    replay.reset(seed=3)
    expected = sum(float(replay.step(action)[1]) for action in replies)
    assert trace.rewards["episode_return"].score == pytest.approx(expected, abs=1e-9)
    assert record["episode_return"] == pytest.approx(expected, abs=1e-9) and expected != 0.0
    assert trace.metrics["solved"] == float(record["solved"])
    assert record["seed"] == 3 and record["question"] in task.data.prompt


def test_vf_eval__finds_the_taskset_by_id_and_scores_episodes_with_the_env_return(tmp_path, server):
    """The real `vf-eval` command, in a subprocess, offline against ``metacot serve``."""
    repo = Path(__file__).resolve().parents[3]
    kwargs = {**KWARGS, "max_steps": 2}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from verifiers.v1.cli.eval.main import main; sys.exit(main())",
            "metacot-verifiers",
            "-m",
            TINY_MODEL_NAME,
            "--client.base-url",
            server.url,
            "--client.api-key-var",
            "METACOT_TEST_KEY",
            "--no-push",
            "-n",
            "2",
            "-o",
            str(tmp_path),
            "--env.taskset.env-kwargs",
            json.dumps(kwargs),
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(repo), "METACOT_TEST_KEY": "local"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    [traces] = list(tmp_path.rglob("traces.jsonl"))
    episodes = [json.loads(line) for line in traces.read_text().splitlines()]
    assert sorted(e["task"]["data"]["seed"] for e in episodes) == [0, 1]
    for episode in episodes:
        [trace] = episode["traces"]
        record = trace["info"]["metacot"]
        replay = make_episode_env(ENV_ID, kwargs)
        replay.reset(seed=record["seed"])
        expected = sum(float(replay.step(action)[1]) for action in record["actions"])
        assert trace["rewards"]["episode_return"]["score"] == pytest.approx(expected)
        assert len(record["actions"]) == 2  # max_steps: 2 (Countdown-3 needs two steps)
