"""OpenAIBackend's HTTP behaviour against a scripted real HTTP server on 127.0.0.1.

The scripted server answers as servers misbehave (503, 429, 400, vLLM-style echoed
log-probs, a chat API without them); the model-level contract is tested against the
real ``metacot serve`` in ``tests/agents/serving``.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytest.importorskip("httpx")

from agents.backends.base import BackendError  # noqa: E402
from agents.backends.openai_backend import OpenAIBackend  # noqa: E402


class Scripted:
    """A server that answers each POST with the next scripted (status, body, headers)."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.bodies = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("content-length", 0))
                owner.bodies.append((self.path, json.loads(self.rfile.read(length))))
                status, body, headers = owner.answers.pop(0)
                data = json.dumps(body).encode()
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self):
        self.server.shutdown()


def completion(texts, usage=None, **extra):
    choices = [
        {"index": i, "text": t, "finish_reason": "stop", **extra} for i, t in enumerate(texts)
    ]
    return {"choices": choices, "usage": usage or {"prompt_tokens": 3, "completion_tokens": 7}}


@pytest.fixture
def scripted():
    made = []

    def make(*answers):
        made.append(Scripted(answers))
        return made[-1]

    yield make
    for server in made:
        server.close()


def test_generate__retries_503_and_429_then_returns_the_answer(scripted):
    server = scripted(
        (503, {"error": {"message": "overloaded"}}, {}),
        (429, {"error": {"message": "slow down"}}, {"retry-after": "0"}),
        (200, completion(["13-9=4"]), {}),
    )
    client = OpenAIBackend(server.url, model="m", backoff=0.01)
    [[out]] = client.generate(["p"], temperature=0.0, max_new_tokens=5, seed=7, stop=["\n"])
    assert out.text == "13-9=4" and out.num_tokens == 7
    assert client.usage.retries == 2 and client.usage.completion_tokens == 7
    path, body = server.bodies[-1]
    assert path == "/v1/completions" and body["seed"] == 7 and body["stop"] == ["\n"]
    assert body["max_tokens"] == 5 and body["prompt"] == ["p"] and body["model"] == "m"


def test_generate__gives_up_after_max_retries_naming_the_url_and_last_error(scripted):
    server = scripted(*[(502, {"error": {"message": "bad gateway"}}, {})] * 3)
    client = OpenAIBackend(server.url, model="m", max_retries=2, backoff=0.01)
    with pytest.raises(
        BackendError, match=r"/v1/completions: gave up after 3 attempts.*bad gateway"
    ):
        client.generate(["p"])


def test_generate__a_400_is_not_retried(scripted):
    server = scripted((400, {"error": {"message": "n must be at most 8"}}, {}))
    client = OpenAIBackend(server.url, model="m", backoff=0.01)
    with pytest.raises(BackendError, match="HTTP 400: n must be at most 8"):
        client.generate(["p"], n=9)
    assert client.usage.retries == 0


def test_generate__splits_usage_over_choices_and_cuts_at_stop_when_the_server_does_not(scripted):
    server = scripted((200, completion(["a\nb", "c", "d"], {"completion_tokens": 10}), {}))
    client = OpenAIBackend(server.url, model="m")
    [branch] = client.generate(["p"], n=3, stop=["\n"])
    assert [c.text for c in branch] == ["a", "c", "d"]
    assert [c.num_tokens for c in branch] == [4, 3, 3]


def test_generate__reads_per_token_logprobs_where_returned(scripted):
    logprobs = {"tokens": ["a", "b"], "token_logprobs": [-0.5, -1.0]}
    server = scripted((200, completion(["ab"], logprobs=logprobs), {}))
    [[out]] = OpenAIBackend(server.url, model="m").generate(["p"])
    assert out.num_tokens == 2 and out.logprob == pytest.approx(-1.5)


def test_generate__a_wrong_number_of_choices_is_an_error(scripted):
    server = scripted((200, completion(["only one"]), {}))
    with pytest.raises(BackendError, match="1 choices for 2 prompt"):
        OpenAIBackend(server.url, model="m").generate(["p", "q"])


def test_score__sums_echoed_logprobs_past_the_prompt_on_a_vllm_style_server(scripted):
    prompt = "4 9 "
    echoed = {
        "tokens": ["4", " 9", " ", "13", "-9", "!"],
        "token_logprobs": [None, -1.0, -0.5, -2.0, -3.0, -9.0],
        "text_offset": [0, 1, 3, 4, 6, 8],
    }
    other = {
        "tokens": ["4", " 9", " ", "1", "!"],
        "token_logprobs": [None, -1.0, -0.5, -0.25, -9.0],
        "text_offset": [0, 1, 3, 4, 5],
    }
    server = scripted(
        (404, {"error": {"message": "not found"}}, {}),
        (200, {"choices": [{"index": 0, "logprobs": echoed}, {"index": 1, "logprobs": other}]}, {}),
    )
    scores = OpenAIBackend(server.url, model="m").score(prompt, ["13-9", "1"])
    assert scores == pytest.approx([-5.0, -0.25])
    path, body = server.bodies[-1]
    assert body["echo"] is True and body["prompt"] == ["4 9 13-9", "4 9 1"]


def test_score__a_server_without_prompt_logprobs_raises_not_implemented(scripted):
    server = scripted(
        (404, {"error": {"message": "not found"}}, {}),
        (400, {"error": {"message": "echo is not supported"}}, {}),
    )
    with pytest.raises(NotImplementedError, match="cannot score continuations"):
        OpenAIBackend(server.url, model="m").score("p", ["a"])


def test_constructor__refuses_a_url_without_a_scheme_and_bad_limits():
    with pytest.raises(ValueError, match="http"):
        OpenAIBackend("127.0.0.1:8000/v1", model="m")
    with pytest.raises(ValueError, match="concurrency"):
        OpenAIBackend("http://127.0.0.1:8000/v1", model="m", concurrency=0)


def test_concurrency_limit__caps_requests_in_flight(scripted):
    in_flight, peak = [0], [0]
    changed = threading.Condition()

    server = scripted(*[(200, completion(["x"]), {})] * 6)
    original = server.server.RequestHandlerClass.do_POST

    def counted(handler):
        # hold each request until a second is in flight (so the cap is reached however slow
        # the machine), then a moment longer, in which a request past the cap would arrive
        with changed:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
            changed.notify_all()
            changed.wait_for(lambda: in_flight[0] >= 2, timeout=10)
        time.sleep(0.1)
        try:
            original(handler)
        finally:
            with changed:
                in_flight[0] -= 1

    server.server.RequestHandlerClass.do_POST = counted
    client = OpenAIBackend(server.url, model="m", concurrency=2)
    threads = [threading.Thread(target=client.generate, args=(["p"],)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert peak[0] == 2 and client.usage.requests == 6


def test_served_identity__keeps_only_a_few_short_plain_fields_of_the_servers_answer():
    from agents.backends.openai_backend import _plain_fields

    hostile = {
        "dtype": "bfloat16",
        "batch": True,
        "layers": 30,
        "nan": float("nan"),
        "inf": float("inf"),
        "long": "x" * 101,
        "nested": {"a": 1},
        "list": [1, 2],
        "k" * 41: 1,
    }
    assert _plain_fields(hostile) == {"dtype": "bfloat16", "batch": True, "layers": 30}
    assert _plain_fields("not an object") == {} and _plain_fields(None) == {}
    assert len(_plain_fields({f"f{i}": i for i in range(100)})) == 12
