"""An OpenAI-compatible ASGI app over any :class:`~agents.backends.base.Backend`.

Routes: ``GET /v1/models``, ``POST /v1/completions``, ``POST /v1/chat/completions``
(multi-turn chats, rendered by the backend), ``POST /v1/score_continuations`` (``Backend.score``; not part of
the OpenAI API), ``GET /health``.

Requests run one at a time on one backend thread, in arrival order. That is a
decision, not a limit of the HTTP layer: the transformers backend seeds sampling
through torch's global generator, so two requests generating at once would draw
from each other's stream; serialized, a request with a seed gets exactly the
completions the in-process backend gives for the same call, whatever else the
server is doing. Throughput then comes from the clients overlapping their own work
(env steps, search, PRMs) with generation, and from many prompts or ``n`` branches
per request, which the backend batches.

``batch_greedy=True`` (``metacot serve --batch``) also batches *across* requests:
greedy requests (temperature 0) with the same ``n`` and ``max_tokens`` that queue up
while the backend is busy run as one ``generate`` call when their turn comes. Sampled
requests are never merged (their seeds would share one random stream). A merged
prompt is left-padded to the longest of the batch, which can change float rounding
and so, rarely, a near-tied greedy token: off by default, where exact equality with
the in-process backend matters more than throughput.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar, cast

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from agents.backends.base import Backend, Completion, cut_at_stop
from agents.serving.protocol import (
    GenerationRequest,
    RequestError,
    parse_chat,
    parse_completion,
    parse_score,
)

MAX_BODY_BYTES = 8_000_000
_P = ParamSpec("_P")
_R = TypeVar("_R")


class ServedBackend:
    """A backend behind one worker thread, with the name it is served as and a usage tally."""

    def __init__(self, backend: Backend, model_name: str, batch_greedy: bool = False) -> None:
        self.backend = backend
        self.model_name = model_name
        self.batch_greedy = batch_greedy
        self.created = int(time.time())
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backend")
        self._queued: dict[
            tuple[int, int],
            list[tuple[list[str], tuple[str, ...], Future[list[list[Completion]]]]],
        ] = {}
        self._queued_lock = threading.Lock()
        self.requests = 0
        self.completion_tokens = 0
        self.generate_calls = 0
        """backend ``generate`` calls (fewer than generation requests when batching)"""

    async def generate(
        self,
        prompts: list[str],
        n: int,
        temperature: float,
        top_p: float,
        max_new_tokens: int,
        stop: Sequence[str],
        seed: int | None,
    ) -> list[list[Completion]]:
        """The backend's completions; greedy ones merged with queued peers when batching."""
        if not (self.batch_greedy and temperature == 0):
            self.generate_calls += 1
            return await self.call(
                self.backend.generate,
                prompts,
                n=n,
                temperature=temperature,
                top_p=top_p,
                max_new_tokens=max_new_tokens,
                stop=stop,
                seed=seed,
            )
        key = (n, max_new_tokens)
        future: Future[list[list[Completion]]] = Future()
        with self._queued_lock:
            self._queued.setdefault(key, []).append((prompts, tuple(stop), future))
        self._worker.submit(self._run_queued, key)
        return await asyncio.wrap_future(future)

    def _run_queued(self, key: tuple[int, int]) -> None:
        with self._queued_lock:
            waiting = self._queued.pop(key, [])
        if not waiting:  # an earlier turn took them along
            return
        prompts = [p for batch, _, _ in waiting for p in batch]
        self.generate_calls += 1
        try:
            out = self.backend.generate(
                prompts, n=key[0], temperature=0.0, max_new_tokens=key[1], stop=()
            )
        except Exception as exc:
            for _, _, future in waiting:
                future.set_exception(exc)
            return
        start = 0
        for batch, stop, future in waiting:
            part = out[start : start + len(batch)]
            start += len(batch)
            future.set_result(
                [
                    [Completion(cut_at_stop(c.text, stop), c.num_tokens, c.logprob) for c in b]
                    for b in part
                ]
            )

    async def call(self, function: Callable[_P, _R], *args: _P.args, **kwargs: _P.kwargs) -> _R:
        """Run ``function`` on the backend thread, after every request that came before."""
        future = self._worker.submit(function, *args, **kwargs)
        return await asyncio.wrap_future(future)

    def render_conversation(self, turns: Sequence[tuple[str, str]]) -> str:
        """A multi-message chat as one prompt in the backend's chat format.

        Raises :class:`RequestError` when the backend cannot render conversations.
        """
        render = getattr(self.backend, "render_conversation", None)
        if not callable(render):
            raise RequestError(
                f"this server's {self.backend.name} backend takes one user message per chat",
                "messages",
            )
        return cast(str, render(turns))  # a RenderedPrompt: sent as it is

    def prompt_tokens(self, prompt: str) -> int:
        """Tokens of ``prompt`` as the backend would encode it (0 when it has no tokenizer).

        Runs on the event loop while the backend thread may be encoding a batch, so it goes
        through the backend's own thread-safe count when the backend has one.
        """
        count = getattr(self.backend, "count_prompt_tokens", None)
        if callable(count):
            return int(count(prompt))
        tokenizer = getattr(self.backend, "tokenizer", None)
        render = getattr(self.backend, "_render", None)
        if tokenizer is None:
            return 0
        text = render(prompt) if callable(render) else prompt
        return len(tokenizer(text)["input_ids"])

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)


def build_app(served: ServedBackend) -> Starlette:
    """The Starlette app serving ``served``."""

    async def models(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "object": "list",
                "data": [
                    {
                        "id": served.model_name,
                        "object": "model",
                        "created": served.created,
                        "owned_by": "metacot-envs",
                        # what produced the outputs, for clients' provenance (OpenAIBackend
                        # puts it in the agent config, so it is hashed into rows)
                        "metacot": {**served.backend.identity(), "batch": served.batch_greedy},
                    }
                ],
            }
        )

    async def health(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "status": "ok",
                "requests": served.requests,
                "generate_calls": served.generate_calls,
                "batch_greedy": served.batch_greedy,
            }
        )

    async def completions(request: Request) -> JSONResponse:
        return await _generation(request, served, parse_completion, chat=False)

    async def chat(request: Request) -> JSONResponse:
        return await _generation(request, served, parse_chat, chat=True)

    async def score(request: Request) -> JSONResponse:
        try:
            prompt, continuations = parse_score(await _json(request))
        except RequestError as exc:
            return _error(str(exc), exc.param)
        scores = await served.call(served.backend.score, prompt, continuations)
        served.requests += 1
        return JSONResponse({"object": "scores", "model": served.model_name, "scores": scores})

    return Starlette(
        routes=[
            Route("/v1/models", models, methods=["GET"]),
            Route("/v1/completions", completions, methods=["POST"]),
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/score_continuations", score, methods=["POST"]),
            Route("/health", health, methods=["GET"]),
        ]
    )


async def _generation(
    request: Request, served: ServedBackend, parse: Any, chat: bool
) -> JSONResponse:
    try:
        ask: GenerationRequest = parse(await _json(request))
        if ask.model is not None and ask.model != served.model_name:
            raise RequestError(
                f"model {ask.model!r} is not served here; this server serves {served.model_name!r}",
                "model",
            )
        prompts = ask.prompts
        if ask.conversation is not None:
            prompts = [served.render_conversation(ask.conversation)]
    except RequestError as exc:
        return _error(str(exc), exc.param)
    results = await served.generate(
        prompts,
        n=ask.n,
        temperature=ask.temperature,
        top_p=ask.top_p,
        max_new_tokens=ask.max_new_tokens,
        stop=ask.stop,
        seed=ask.seed,
    )
    prompt_tokens = sum(served.prompt_tokens(p) for p in prompts)
    choices = []
    spent = 0
    for i, branch in enumerate(results):
        for j, completion in enumerate(branch):
            spent += completion.num_tokens
            choice: dict[str, Any] = {
                "index": i * ask.n + j,
                "finish_reason": "length"
                if completion.num_tokens >= ask.max_new_tokens
                else "stop",
                "num_tokens": completion.num_tokens,
                "sum_logprob": completion.logprob if ask.logprobs else None,
                "logprobs": None,
            }
            if chat:
                choice["message"] = {"role": "assistant", "content": completion.text}
            else:
                choice["text"] = completion.text
            choices.append(choice)
    served.requests += 1
    served.completion_tokens += spent
    return JSONResponse(
        {
            "id": f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}",
            "object": "chat.completion" if chat else "text_completion",
            "created": int(time.time()),
            "model": served.model_name,
            "choices": choices,
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": spent,
                "total_tokens": prompt_tokens + spent,
            },
        }
    )


async def _json(request: Request) -> Any:
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise RequestError(f"the request body is larger than {MAX_BODY_BYTES} bytes")
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RequestError(f"the request body is not JSON ({exc})") from None


def _error(message: str, param: str | None, status: int = 400) -> JSONResponse:
    return JSONResponse(
        {"error": {"message": message, "type": "invalid_request_error", "param": param}},
        status_code=status,
    )
