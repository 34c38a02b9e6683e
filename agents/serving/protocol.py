"""Requests of the OpenAI-compatible API, checked: a hostile body gets a 400 naming the field.

Only what ``metacot serve`` honours is accepted; unknown fields are ignored (clients
send many), but a known field of the wrong type or out of range is refused.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

MAX_N = 64
MAX_NEW_TOKENS = 4096
MAX_PROMPTS = 256
MAX_PROMPT_CHARS = 200_000
MAX_CONTINUATIONS = 1024
MAX_MESSAGES = 1024
CHAT_ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}
"""roles a chat request may use, and the role each is rendered as"""


class RequestError(ValueError):
    """A request the server refuses; ``param`` names the offending field."""

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


@dataclass(frozen=True)
class GenerationRequest:
    """One completions or chat request, as the backend will run it."""

    model: str | None
    prompts: list[str]
    """the prompts to complete (empty when ``conversation`` is the prompt)"""
    n: int
    temperature: float
    top_p: float
    max_new_tokens: int
    stop: list[str]
    seed: int | None
    logprobs: bool
    echo: bool
    conversation: tuple[tuple[str, str], ...] | None = None
    """a chat with more than one message, as ``(role, content)`` turns, for the backend to
    render; a single user message is a plain prompt that the backend templates itself"""


def parse_completion(body: Any) -> GenerationRequest:
    """``POST /v1/completions``: ``prompt`` is a string or a list of strings."""
    data = _object(body)
    prompt = data.get("prompt")
    if isinstance(prompt, str):
        prompts = [prompt]
    elif isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
        prompts = list(prompt)
    else:
        raise RequestError("prompt must be a string or a non-empty list of strings", "prompt")
    if data.get("echo"):
        raise RequestError(
            "echo is not supported; score continuations with POST /v1/score_continuations",
            "echo",
        )
    logprobs = data.get("logprobs")
    if logprobs is not None and (
        isinstance(logprobs, bool) or not isinstance(logprobs, int) or not 0 <= logprobs <= 5
    ):
        raise RequestError("logprobs must be an integer from 0 to 5", "logprobs")
    return _generation(data, prompts, logprobs is not None)


def parse_chat(body: Any) -> GenerationRequest:
    """``POST /v1/chat/completions``: system, user and assistant turns in order.

    A lone user message becomes a plain prompt (the backend applies its chat template);
    any other list is a conversation the server renders with the backend's template.
    Content is a string or a list of ``{"type": "text", "text": ...}`` parts.
    """
    data = _object(body)
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages or len(messages) > MAX_MESSAGES:
        raise RequestError(
            f"messages must be a non-empty list of at most {MAX_MESSAGES} messages", "messages"
        )
    turns = tuple(_turn(message, i) for i, message in enumerate(messages))
    if sum(len(content) for _, content in turns) > MAX_PROMPT_CHARS:
        raise RequestError(
            f"the messages are longer than {MAX_PROMPT_CHARS} characters", "messages"
        )
    logprobs = data.get("logprobs", False)
    if not isinstance(logprobs, bool):
        raise RequestError("logprobs must be true or false", "logprobs")
    if len(turns) == 1 and turns[0][0] == "user":
        return _generation(data, [turns[0][1]], logprobs)
    request = _generation(data, [], logprobs)
    return dataclasses.replace(request, conversation=turns)


def _turn(message: Any, index: int) -> tuple[str, str]:
    where = f"messages[{index}]"
    if not isinstance(message, dict) or message.get("role") not in CHAT_ROLES:
        raise RequestError(
            f"{where} must be an object whose role is one of {', '.join(CHAT_ROLES)}", where
        )
    content = message.get("content")
    if isinstance(content, list) and all(
        isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
        for part in content
    ):
        content = "".join(part["text"] for part in content)
    if not isinstance(content, str):
        raise RequestError(
            f"{where}.content must be a string or a list of text parts", f"{where}.content"
        )
    return CHAT_ROLES[message["role"]], content


def parse_score(body: Any) -> tuple[str, list[str]]:
    """``POST /v1/score_continuations``: ``{"prompt": str, "continuations": [str, ...]}``."""
    data = _object(body)
    prompt, continuations = data.get("prompt"), data.get("continuations")
    if not isinstance(prompt, str) or len(prompt) > MAX_PROMPT_CHARS:
        raise RequestError(f"prompt must be a string of at most {MAX_PROMPT_CHARS} characters")
    if (
        not isinstance(continuations, list)
        or len(continuations) > MAX_CONTINUATIONS
        or not all(isinstance(c, str) and len(c) <= MAX_PROMPT_CHARS for c in continuations)
    ):
        raise RequestError(
            f"continuations must be a list of at most {MAX_CONTINUATIONS} strings", "continuations"
        )
    return prompt, list(continuations)


def _generation(data: dict[str, Any], prompts: list[str], logprobs: bool) -> GenerationRequest:
    if len(prompts) > MAX_PROMPTS:
        raise RequestError(f"at most {MAX_PROMPTS} prompts per request", "prompt")
    if any(len(p) > MAX_PROMPT_CHARS for p in prompts):
        raise RequestError(f"a prompt is longer than {MAX_PROMPT_CHARS} characters", "prompt")
    stop = data.get("stop")
    if stop is None:
        stops: list[str] = []
    elif isinstance(stop, str):
        stops = [stop]
    elif isinstance(stop, list) and len(stop) <= 4 and all(isinstance(s, str) for s in stop):
        stops = list(stop)
    else:
        raise RequestError("stop must be a string or a list of at most 4 strings", "stop")
    model = data.get("model")
    if model is not None and not isinstance(model, str):
        raise RequestError("model must be a string", "model")
    max_tokens = data.get("max_tokens", data.get("max_completion_tokens", 16))
    return GenerationRequest(
        model=model,
        prompts=prompts,
        n=_integer(data, "n", 1, 1, MAX_N),
        temperature=_number(data, "temperature", 1.0, 0.0, 2.0),
        top_p=_number(data, "top_p", 1.0, 1e-6, 1.0),
        max_new_tokens=_integer({"max_tokens": max_tokens}, "max_tokens", 16, 1, MAX_NEW_TOKENS),
        stop=stops,
        seed=None if data.get("seed") is None else _integer(data, "seed", 0, 0, 2**63 - 1),
        logprobs=logprobs,
        echo=False,
    )


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object")
    return body


def _integer(data: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = data.get(key, default)
    if value is None:
        value = default
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RequestError(f"{key} must be an integer from {low} to {high}", key)
    return value


def _number(data: dict[str, Any], key: str, default: float, low: float, high: float) -> float:
    value = data.get(key, default)
    if value is None:
        value = default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise RequestError(f"{key} must be a number from {low} to {high}", key)
    return float(value)
