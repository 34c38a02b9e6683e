"""Which backend LLM agents get: a served endpoint when one is named, else the in-process model.

``metacot evaluate/traces --backend-url URL`` (or the ``METACOT_BACKEND_URL`` variable,
which Ray workers and subprocesses inherit) makes every LLM agent of the registry
talk to that OpenAI-compatible endpoint through one shared :class:`OpenAIBackend`
per process, instead of loading its own copy of the model.
"""

from __future__ import annotations

import os
import threading

from agents.backends.base import Backend

BACKEND_URL_VARIABLE = "METACOT_BACKEND_URL"
"""environment variable naming the endpoint (``http://host:port/v1``)"""


_shared: dict[str, Backend] = {}
_lock = threading.Lock()


def backend_url() -> str | None:
    """The endpoint LLM agents use, or None for the in-process model."""
    return os.environ.get(BACKEND_URL_VARIABLE) or None


def default_backend() -> Backend:
    """The served endpoint's shared client when one is named, else a new ``TransformersBackend()``."""
    url = backend_url()
    if url is None:
        from agents.backends.transformers_backend import TransformersBackend

        return TransformersBackend()
    with _lock:
        if url not in _shared:
            from agents.backends.openai_backend import OpenAIBackend

            _shared[url] = OpenAIBackend(url)
        return _shared[url]
