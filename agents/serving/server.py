"""Run the app with uvicorn on a socket bound here (so port 0 picks a free port we can print)."""

from __future__ import annotations

import socket
import sys
from typing import Any

from agents.backends.base import Backend
from agents.serving.app import ServedBackend, build_app

TINY_MODEL_NAME = "tiny-random-llama"


def load_backend(model: str | None = None, tiny: bool = False, chat: bool = True) -> Backend:
    """The backend to serve: the tiny random model, a local checkpoint, or SmolLM2 (default)."""
    from agents.backends.transformers_backend import TransformersBackend

    if tiny:
        from metacot_envs.models import tiny_random_causal_lm

        tokenizer, lm = tiny_random_causal_lm(seed=0)
        backend = TransformersBackend(tokenizer_object=tokenizer, model_object=lm, chat=False)
        backend.model_name = TINY_MODEL_NAME
        return backend
    return TransformersBackend(model, chat=chat)


def bind(host: str = "127.0.0.1", port: int = 8000) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(
    backend: Backend,
    model_name: str,
    sock: socket.socket,
    log_level: str = "warning",
    batch_greedy: bool = False,
) -> None:
    """Serve ``backend`` as ``model_name`` on ``sock`` until interrupted."""
    import uvicorn

    served = ServedBackend(backend, model_name, batch_greedy)
    host, port = sock.getsockname()[:2]
    config: Any = uvicorn.Config(
        build_app(served), log_level=log_level, access_log=False, timeout_keep_alive=30
    )
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host
    print(f"metacot serve: {model_name} on http://{shown}:{port}/v1", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        served.close()
        print(
            f"metacot serve: stopped after {served.requests} requests, "
            f"{served.completion_tokens} generated tokens",
            file=sys.stderr,
            flush=True,
        )
