"""``metacot serve``: an OpenAI-compatible server over a local model, so many clients share it.

Serves ``/v1/completions``, ``/v1/chat/completions`` (system, user and assistant turns), ``/v1/models``
and ``/v1/score_continuations`` on 127.0.0.1 by default. Prompts sent to the completions
endpoint get the backend's own prompt handling (SmolLM2's chat template unless
``--no-chat-template``), so a client (``OpenAIBackend``) sees what the in-process
backend would return for the same call and seed. ``--port 0`` picks a free port; the
first line printed names the URL.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "serve", help="serve a local model over an OpenAI-compatible HTTP API", description=__doc__
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--model", help="local checkpoint folder or .gguf file (default SmolLM2)")
    which.add_argument(
        "--tiny", action="store_true", help="a tiny random model (tests, plumbing checks)"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (0: any free port)")
    parser.add_argument("--served-model-name", help="the model id clients use (default: its name)")
    parser.add_argument(
        "--no-chat-template",
        action="store_true",
        help="send prompts to the model as they are (no chat template)",
    )
    parser.add_argument(
        "--batch",
        action="store_true",
        help="merge queued greedy requests into one batch (faster; see agents/serving/app.py)",
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from agents.serving import bind, load_backend, serve
    except ImportError as exc:
        print(
            f"metacot serve: needs the serve extra (pip install -e '.[serve]'): {exc}",
            file=sys.stderr,
        )
        return 2
    if not 0 <= args.port <= 65535:
        print(f"metacot serve: --port must be 0..65535, got {args.port}", file=sys.stderr)
        return 2
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"metacot serve: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    try:
        backend = load_backend(args.model, args.tiny, chat=not args.no_chat_template)
    except (OSError, ValueError) as exc:
        print(f"metacot serve: cannot load --model {args.model}: {exc}", file=sys.stderr)
        return 2
    name = args.served_model_name or getattr(backend, "model_name", "model")
    try:
        serve(backend, name, sock, args.log_level, batch_greedy=args.batch)
    except KeyboardInterrupt:
        pass
    return 0
