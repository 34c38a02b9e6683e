"""The Backend contract over any OpenAI-compatible HTTP endpoint (``vllm serve``, SGLang, ``metacot serve``).

One :class:`OpenAIBackend` is shared by every thread of a process: calls from any
thread run on the backend's own asyncio loop (one connection pool), at most
``concurrency`` requests in flight, each retried with exponential backoff on 429,
5xx, timeouts and dropped connections. Token counts come from the server's
``usage`` (and per-choice counts where the server gives them).
"""

from __future__ import annotations

import asyncio
import math
import random
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from agents.backends.base import Backend, BackendError, Completion, cut_at_stop

RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
"""HTTP statuses worth another attempt (overload, restarts, gateway trouble)"""


@dataclass
class Usage:
    """What this backend has asked of its endpoint so far (counters only grow)."""

    requests: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class OpenAIBackend(Backend):
    """Generation (``/v1/completions`` or ``/v1/chat/completions``) and scoring over HTTP.

    ``base_url`` ends in ``/v1`` (``http://127.0.0.1:8000/v1``). ``model=None`` asks the
    server (``GET /v1/models``, on first use) and takes its first model. An endpoint that
    does not answer usefully after the retries raises :class:`BackendError`. ``chat=True`` sends each
    prompt as one user message to the chat endpoint (the server applies its chat
    template); the default sends prompts as they are to the completions endpoint
    (``metacot serve`` applies its backend's own prompt handling there, so a served
    ``TransformersBackend`` answers as the in-process one would).

    Sampling: ``seed`` is sent with every request; a server that honours it (vLLM,
    ``metacot serve``) answers the same request the same way. Per-choice token counts
    come from the choice's ``num_tokens`` (``metacot serve``) or its log-probs' token
    list; otherwise ``usage.completion_tokens`` is split evenly over the choices.
    """

    name = "openai"
    concurrent_safe = True
    """calls from many threads at once are fine (and share the concurrency limit)"""

    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        *,
        api_key: str | None = None,
        chat: bool = False,
        concurrency: int = 16,
        timeout: float = 120.0,
        max_retries: int = 4,
        backoff: float = 0.5,
        logprobs: bool = True,
    ) -> None:
        if concurrency < 1 or max_retries < 0 or backoff < 0 or timeout <= 0:
            raise ValueError(
                "OpenAIBackend: concurrency >= 1, max_retries >= 0, backoff >= 0, timeout > 0"
            )
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(
                f"OpenAIBackend: base_url must start with http:// or https://: {base_url!r}"
            )
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.chat = chat
        self.concurrency = concurrency
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.logprobs = logprobs
        self.usage = Usage()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: httpx.AsyncClient | None = None
        self._limit: asyncio.Semaphore | None = None
        self._start_lock = threading.Lock()
        self._usage_lock = threading.Lock()
        self._model = model
        self._served: dict[str, Any] | None = None
        self._models: list[dict[str, Any]] | None = None

    @property
    def model_name(self) -> str:
        """The model requests name (asked of the server on first use when not given)."""
        if self._model is None:
            self._model = self._first_model()
        return self._model

    def config(self) -> dict[str, Any]:
        """What identifies the generation (for agents' configs)."""
        return {"base_url": self.base_url, "model": self.model_name, "chat": self.chat}

    def identity(self) -> dict[str, Any]:
        """The base identity, plus what the server says produced its outputs.

        ``metacot serve`` describes its engine in ``GET /v1/models`` (backend, model,
        dtype, batching); that goes in as ``served``, so rows from a bfloat16 server and
        a float32 one never share a config hash. Other servers add nothing. The answer
        is untrusted: only a few short plain values are kept.
        """
        identity = super().identity()
        served = self._served_identity()
        if served:
            identity["served"] = served
        return identity

    def _served_identity(self) -> dict[str, Any]:
        if self._served is None:
            try:
                models = self._listed_models()
            except BackendError:
                models = []
            entry = next((m for m in models if m.get("id") == self.model_name), {})
            self._served = _plain_fields(entry.get("metacot"))
        return self._served

    # -- the Backend contract ---------------------------------------------------------

    def generate(
        self,
        prompts: Sequence[str],
        n: int = 1,
        temperature: float = 0.7,
        top_p: float = 1.0,
        max_new_tokens: int = 64,
        stop: Sequence[str] = (),
        seed: int | None = None,
    ) -> list[list[Completion]]:
        if not prompts:
            return []
        options: dict[str, Any] = {
            "model": self.model_name,
            "n": n,
            "temperature": temperature,
            "top_p": top_p,
            "max_tokens": max_new_tokens,
        }
        if stop:
            options["stop"] = [s for s in stop if s][:4]  # the OpenAI API takes up to 4
        if seed is not None:
            options["seed"] = int(seed)
        if self.chat:
            bodies = [
                {**options, "messages": [{"role": "user", "content": p}], "logprobs": self.logprobs}
                for p in prompts
            ]
            answers = self._run(*(self._post("/chat/completions", b) for b in bodies))
            return [self._completions(a, 1, n, stop)[0] for a in answers]
        body = {**options, "prompt": list(prompts)}
        if self.logprobs:
            body["logprobs"] = 0
        [answer] = self._run(self._post("/completions", body))
        return self._completions(answer, len(prompts), n, stop)

    def score(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        """Summed log-probability of each continuation after ``prompt``.

        ``metacot serve`` scores with its backend's ``score`` (``POST /v1/score_continuations``,
        exactly the in-process numbers). Another server is asked to echo the prompt with
        its token log-probabilities (``echo=true, logprobs=0``, as vLLM supports) and the
        tokens past the prompt's end are summed; a server without prompt log-probs
        (most hosted chat APIs) gets ``NotImplementedError`` naming what it lacks.
        Known gap: on the echo path the prompt is scored as plain text even when
        ``chat=True`` (the client has no tokenizer to apply the chat template), so those
        scores condition on a different text than chat generation does; serve the model
        with ``metacot serve`` when ranking must match generation.
        """
        if not continuations:
            return []
        try:
            [answer] = self._run(
                self._post(
                    "/score_continuations",
                    {
                        "model": self.model_name,
                        "prompt": prompt,
                        "continuations": list(continuations),
                    },
                    retry_missing=False,
                )
            )
            return [float(x) for x in answer["scores"]]
        except _NotFound:
            pass
        return self._score_by_echo(prompt, continuations)

    # -- internals --------------------------------------------------------------------

    def _score_by_echo(self, prompt: str, continuations: Sequence[str]) -> list[float]:
        body = {
            "model": self.model_name,
            "prompt": [prompt + c for c in continuations],
            "echo": True,
            "logprobs": 0,
            "max_tokens": 1,
            "temperature": 0.0,
        }
        try:
            [answer] = self._run(self._post("/completions", body))
        except BackendError as exc:
            raise NotImplementedError(
                f"{self.base_url} cannot score continuations: it has no /score_continuations "
                f"and refused prompt log-probs (echo=true with logprobs): {exc}"
            ) from None
        choices = sorted(answer.get("choices") or [], key=lambda c: int(c.get("index", 0)))
        scores = []
        for choice, continuation in zip(choices, continuations, strict=False):
            logprobs = choice.get("logprobs") or {}
            offsets = logprobs.get("text_offset")
            values = logprobs.get("token_logprobs")
            if not offsets or not values:
                raise NotImplementedError(
                    f"{self.base_url} returned no prompt log-probs (token_logprobs and "
                    "text_offset for echo=true); it cannot score continuations"
                )
            end = len(prompt) + len(continuation)
            scores.append(
                sum(
                    float(v)
                    for o, v in zip(offsets, values, strict=False)
                    if v is not None and len(prompt) <= o < end
                )
            )
        if len(scores) != len(continuations):
            raise BackendError(f"{self.base_url} answered {len(scores)} of {len(continuations)}")
        return scores

    def _completions(
        self, answer: dict[str, Any], prompts: int, n: int, stop: Sequence[str]
    ) -> list[list[Completion]]:
        choices = sorted(answer.get("choices") or [], key=lambda c: int(c.get("index", 0)))
        if len(choices) != prompts * n:
            raise BackendError(
                f"{self.base_url} returned {len(choices)} choices for {prompts} prompt(s) x n={n}"
            )
        usage = answer.get("usage") or {}
        spent = int(usage.get("completion_tokens") or 0)
        with self._usage_lock:
            self.usage.prompt_tokens += int(usage.get("prompt_tokens") or 0)
            self.usage.completion_tokens += spent
        even = [spent // len(choices) + (k < spent % len(choices)) for k in range(len(choices))]
        out: list[list[Completion]] = []
        for i in range(prompts):
            branch = []
            for j in range(n):
                k = i * n + j
                choice = choices[k]
                text = choice.get("text")
                if text is None:
                    text = (choice.get("message") or {}).get("content") or ""
                tokens, logprob = _token_info(choice)
                count = choice.get("num_tokens", tokens if tokens is not None else even[k])
                branch.append(Completion(cut_at_stop(str(text), stop), int(count), logprob))
            out.append(branch)
        return out

    def _first_model(self) -> str:
        models = self._listed_models()
        if not models or "id" not in models[0]:
            raise BackendError(f"{self.base_url}/models lists no model; pass model=")
        return str(models[0]["id"])

    def _listed_models(self) -> list[dict[str, Any]]:
        """The server's ``GET /v1/models`` entries (objects only), asked once."""
        if self._models is None:
            [answer] = self._run(self._get("/models"))
            data = answer.get("data")
            self._models = (
                [m for m in data if isinstance(m, dict)] if isinstance(data, list) else []
            )
        return self._models

    def _run(self, *calls: Any) -> list[dict[str, Any]]:
        loop = self._ensure_loop()

        async def gather() -> list[Any]:
            return list(await asyncio.gather(*calls))

        future = asyncio.run_coroutine_threadsafe(gather(), loop)
        return future.result()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._start_lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, daemon=True, name="openai-io")
                thread.start()
                self._loop = loop
            return self._loop

    def _async_parts(self) -> tuple[httpx.AsyncClient, asyncio.Semaphore]:
        if self._client is None or self._limit is None:  # created on the loop's own thread
            headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
            limits = httpx.Limits(max_connections=self.concurrency)
            self._client = httpx.AsyncClient(timeout=self.timeout, headers=headers, limits=limits)
            self._limit = asyncio.Semaphore(self.concurrency)
        return self._client, self._limit

    async def _get(self, path: str) -> dict[str, Any]:
        return await self._request("GET", path, None, retry_missing=True)

    async def _post(
        self, path: str, body: dict[str, Any], retry_missing: bool = True
    ) -> dict[str, Any]:
        return await self._request("POST", path, body, retry_missing=retry_missing)

    async def _request(
        self, method: str, path: str, body: dict[str, Any] | None, retry_missing: bool
    ) -> dict[str, Any]:
        client, limit = self._async_parts()
        url = self.base_url + path
        last = ""
        for attempt in range(self.max_retries + 1):
            if attempt:
                self.usage.retries += 1
            wait = self.backoff * 2**attempt * (0.5 + random.random())
            async with limit:
                self.usage.requests += 1
                try:
                    response = await client.request(method, url, json=body)
                except (httpx.TimeoutException, httpx.TransportError) as exc:
                    last = f"{type(exc).__name__}: {exc}"
                else:
                    if response.status_code == 404 and not retry_missing:
                        raise _NotFound(url)
                    if response.status_code < 400:
                        try:
                            data = response.json()
                        except ValueError:
                            raise BackendError(f"{method} {url}: the answer is not JSON") from None
                        if not isinstance(data, dict):
                            raise BackendError(f"{method} {url}: the answer is not a JSON object")
                        return data
                    last = f"HTTP {response.status_code}: {_error_text(response)}"
                    if response.status_code not in RETRY_STATUS:
                        raise BackendError(f"{method} {url}: {last}")
                    wait = max(wait, _retry_after(response))
            if attempt < self.max_retries:
                await asyncio.sleep(wait)
        raise BackendError(
            f"{method} {url}: gave up after {self.max_retries + 1} attempts ({last})"
        )

    def close(self) -> None:
        """Close the connection pool and stop the I/O thread."""
        loop, client = self._loop, self._client
        if loop is None:
            return
        if client is not None:
            asyncio.run_coroutine_threadsafe(client.aclose(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        self._loop = self._client = self._limit = None


class _NotFound(Exception):
    """The server has no such route (404)."""


def _token_info(choice: dict[str, Any]) -> tuple[int | None, float | None]:
    """(number of tokens, summed log-prob) from a choice's log-probs, where present."""
    if "sum_logprob" in choice:
        value = choice["sum_logprob"]
        return None, None if value is None else float(value)
    logprobs = choice.get("logprobs")
    if not isinstance(logprobs, dict):
        return None, None
    values = logprobs.get("token_logprobs")  # completions
    if values is None and isinstance(logprobs.get("content"), list):  # chat completions
        values = [item.get("logprob") for item in logprobs["content"]]
    if not isinstance(values, list):
        return None, None
    return len(values), sum(float(v) for v in values if v is not None)


def _error_text(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:300]
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        return str(data["error"].get("message", data["error"]))[:300]
    return str(data)[:300]


def _retry_after(response: httpx.Response) -> float:
    try:
        return min(60.0, max(0.0, float(response.headers.get("retry-after", 0))))
    except ValueError:
        return 0.0


def _plain_fields(value: Any, limit: int = 12) -> dict[str, Any]:
    """At most ``limit`` short scalar fields of a server-sent object (anything else dropped)."""
    if not isinstance(value, dict):
        return {}
    kept: dict[str, Any] = {}
    for key, item in value.items():
        if len(kept) >= limit:
            break
        if not isinstance(key, str) or len(key) > 40:
            continue
        if (
            isinstance(item, bool | int)
            or (isinstance(item, float) and math.isfinite(item))
            or (isinstance(item, str) and len(item) <= 100)
        ):
            kept[key] = item
    return kept
