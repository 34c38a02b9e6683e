"""TEST FIXTURE ONLY: a minimal OpenAI-compatible chat server on 127.0.0.1 for the bridge tests.

It answers ``POST /v1/chat/completions`` (non-streaming) and ``GET /v1/models`` with a
real causal LM (the tests pass ``metacot_envs.models.tiny_random_causal_lm``): messages
are rendered as ``role: content`` lines, decoding is greedy and stops at a newline or
end-of-sequence. It stands in for the project's ``metacot serve`` (issue 11) until that
exists; it is not a server to use outside tests.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import torch

from agents.integrations.token_episode import turn_end_ids


class ChatCompletionServer:
    """Serves one model on an ephemeral 127.0.0.1 port; ``requests`` logs (messages, reply)."""

    def __init__(self, tokenizer: Any, model: Any, model_name: str = "tiny-random") -> None:
        self.tokenizer = tokenizer
        self.model = model
        self.model_name = model_name
        self.requests: list[tuple[list[dict[str, Any]], str]] = []
        self._stops = list(turn_end_ids(tokenizer))
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> ChatCompletionServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def complete(self, messages: list[dict[str, Any]], max_tokens: int) -> tuple[str, int, int]:
        """(reply, prompt tokens, completion tokens) for a chat."""
        text = "\n".join(f"{m.get('role')}: {_content(m.get('content'))}" for m in messages)
        ids = self.tokenizer(text + "\nassistant: ", add_special_tokens=False)["input_ids"]
        with self._lock, torch.no_grad():
            input_ids = torch.tensor([ids])
            out = self.model.generate(
                input_ids=input_ids,
                attention_mask=torch.ones_like(input_ids),
                max_new_tokens=max_tokens,
                do_sample=False,
                eos_token_id=self._stops,
                pad_token_id=self.tokenizer.pad_token_id,
            )
        new = out[0, input_ids.shape[1] :].tolist()
        reply = self.tokenizer.decode(new, skip_special_tokens=True)
        self.requests.append((messages, reply))
        return reply, len(ids), len(new)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return None

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(
                        200,
                        {"object": "list", "data": [{"id": server.model_name, "object": "model"}]},
                    )
                else:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})

            def do_POST(self) -> None:
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                length = int(self.headers.get("content-length") or 0)
                try:
                    body = json.loads(self.rfile.read(length))
                    messages = list(body["messages"])
                    max_tokens = int(
                        body.get("max_tokens") or body.get("max_completion_tokens") or 32
                    )
                except (ValueError, KeyError, TypeError) as exc:
                    self._send(400, {"error": {"message": f"bad request: {exc}"}})
                    return
                if body.get("stream"):
                    self._send(400, {"error": {"message": "this test server does not stream"}})
                    return
                reply, prompt_tokens, completion_tokens = server.complete(
                    messages, min(max_tokens, 256)
                )
                self._send(
                    200,
                    {
                        "id": f"chatcmpl-{len(server.requests)}",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", server.model_name),
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": reply},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {
                            "prompt_tokens": prompt_tokens,
                            "completion_tokens": completion_tokens,
                            "total_tokens": prompt_tokens + completion_tokens,
                        },
                    },
                )

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def _content(content: Any) -> str:
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return str(content or "")
