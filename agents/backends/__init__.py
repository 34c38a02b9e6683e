"""Text-generation backends behind one interface (transformers by default)."""

from agents.backends.base import Backend, Completion, cut_at_stop
from agents.backends.transformers_backend import TransformersBackend

__all__ = ["Backend", "Completion", "TransformersBackend", "cut_at_stop"]
