"""``metacot serve``: an OpenAI-compatible HTTP server over any local backend."""

from agents.serving.app import ServedBackend, build_app
from agents.serving.server import bind, load_backend, serve

__all__ = ["ServedBackend", "bind", "build_app", "load_backend", "serve"]
