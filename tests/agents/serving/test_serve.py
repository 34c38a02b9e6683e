"""``metacot serve`` for real on 127.0.0.1, driven by ``OpenAIBackend`` (and raw HTTP for bad input)."""

from __future__ import annotations

import httpx
import pytest

from agents.backends.openai_backend import OpenAIBackend
from agents.serving.process import served
from agents.serving.server import TINY_MODEL_NAME, load_backend


@pytest.fixture(scope="module")
def server():
    with served("--tiny") as process:
        yield process


@pytest.fixture(scope="module")
def local():
    return load_backend(tiny=True)


def test_models__lists_the_served_model(server):
    data = httpx.get(f"{server.url}/models", timeout=30).json()
    assert [m["id"] for m in data["data"]] == [TINY_MODEL_NAME]
    assert OpenAIBackend(server.url).model_name == TINY_MODEL_NAME


def test_identity__carries_what_the_server_says_produced_its_outputs(server, local):
    identity = OpenAIBackend(server.url).identity()
    assert identity["backend"] == "openai" and identity["model"] == TINY_MODEL_NAME
    assert identity["served"] == {**local.identity(), "model": TINY_MODEL_NAME, "batch": False}
    assert identity["served"]["dtype"] == local.dtype


@pytest.mark.parametrize(
    "options",
    [
        {"n": 3, "temperature": 1.0, "max_new_tokens": 6, "seed": 5},
        {"temperature": 0.0, "max_new_tokens": 8, "seed": 1, "stop": ["a", "b"]},
        {"n": 2, "temperature": 0.8, "top_p": 0.9, "max_new_tokens": 5, "seed": 11},
    ],
    ids=["sampled-n3", "greedy-stop", "top-p"],
)
def test_generate__equals_the_in_process_backend_for_the_same_seed(server, local, options):
    client = OpenAIBackend(server.url)
    prompts = ["13-9", "4 9 10 13"]
    same(client.generate(prompts, **options), local.generate(prompts, **options))
    chat = OpenAIBackend(server.url, chat=True)
    same(chat.generate(prompts[:1], **options), local.generate(prompts[:1], **options))


def same(served, local):
    """Same texts and token counts; log-probs equal up to float summation order (the server
    process may run torch with another thread count, which reorders the reductions)."""
    assert [[(c.text, c.num_tokens) for c in row] for row in served] == [
        [(c.text, c.num_tokens) for c in row] for row in local
    ]
    for served_row, local_row in zip(served, local, strict=True):
        for a, b in zip(served_row, local_row, strict=True):
            assert (a.logprob is None) == (b.logprob is None)
            assert a.logprob is None or a.logprob == pytest.approx(b.logprob, abs=1e-4)


def test_generate__counts_tokens_from_usage(server, local):
    client = OpenAIBackend(server.url)
    out = client.generate(["abc"], n=4, temperature=1.0, max_new_tokens=7, seed=3)
    assert client.usage.completion_tokens == sum(c.num_tokens for c in out[0]) > 0
    assert client.usage.prompt_tokens == len(local.tokenizer("abc")["input_ids"])
    assert client.usage.requests == 2  # GET /models, then the completion


def test_score__equals_the_in_process_backend(server, local):
    client = OpenAIBackend(server.url)
    continuations = ["1", "13", "13-9=4", ""]
    assert client.score("4 9 10 13", continuations) == pytest.approx(
        local.score("4 9 10 13", continuations), abs=1e-6
    )


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"prompt": "x", "n": 0}, "n"),
        ({"prompt": "x", "n": True}, "n"),
        ({"prompt": "x", "max_tokens": 10**9}, "max_tokens"),
        ({"prompt": "x", "temperature": "hot"}, "temperature"),
        ({"prompt": ["x", 3]}, "prompt"),
        ({"prompt": "x", "stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"prompt": "x", "model": "gpt-9"}, "model"),
        ({"prompt": "x", "echo": True}, "echo"),
        ({"prompt": "x", "seed": -1}, "seed"),
    ],
)
def test_completions__refuse_bad_fields_with_400_naming_them(server, body, param):
    response = httpx.post(f"{server.url}/completions", json=body, timeout=30)
    assert response.status_code == 400
    assert response.json()["error"]["param"] == param


CONVERSATION = [
    {"role": "system", "content": "Play Countdown."},
    {"role": "user", "content": "4 9 10 13"},
    {"role": "assistant", "content": "13-9=4"},
    {"role": "user", "content": [{"type": "text", "text": "left: 4 4 10"}]},
]


def test_chat__a_multi_turn_conversation_is_rendered_by_the_backend(server, local):
    response = httpx.post(
        f"{server.url}/chat/completions",
        json={"messages": CONVERSATION, "max_tokens": 6, "temperature": 0},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    turns = [
        ("system", "Play Countdown."),
        ("user", "4 9 10 13"),
        ("assistant", "13-9=4"),
        ("user", "left: 4 4 10"),
    ]
    prompt = local.render_conversation(turns)
    [[expected]] = local.generate([prompt], temperature=0.0, max_new_tokens=6)
    [choice] = response.json()["choices"]
    assert choice["message"]["content"] == expected.text
    assert response.json()["usage"]["prompt_tokens"] == len(local.tokenizer(prompt)["input_ids"])


@pytest.mark.parametrize(
    ("messages", "param"),
    [
        ([], "messages"),
        ("hello", "messages"),
        ([{"role": "tool", "content": "x"}], "messages[0]"),
        ([{"role": "user", "content": "a"}, {"content": "b"}], "messages[1]"),
        ([{"role": "user", "content": 3}], "messages[0].content"),
        ([{"role": "user", "content": [{"type": "image_url", "url": "x"}]}], "messages[0].content"),
        ([{"role": "user", "content": "a"}] * 1025, "messages"),
        ([{"role": "user", "content": "a" * 150_000}] * 2, "messages"),
    ],
    ids=["empty", "not-a-list", "tool-role", "no-role", "number", "image", "too-many", "too-long"],
)
def test_chat__refuses_bad_messages_with_400_naming_them(server, messages, param):
    response = httpx.post(f"{server.url}/chat/completions", json={"messages": messages}, timeout=30)
    assert response.status_code == 400
    assert response.json()["error"]["param"] == param


def test_requests__refuse_non_json(server):
    bad = httpx.post(f"{server.url}/completions", content=b"\xff{", timeout=30)
    assert bad.status_code == 400 and "not JSON" in bad.json()["error"]["message"]
    assert (
        httpx.get(f"{server.url.removesuffix('/v1')}/health", timeout=30).json()["status"] == "ok"
    )
