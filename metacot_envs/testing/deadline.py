"""A hang detector for tests: fail a block that runs longer than a bound."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ``TimeoutError`` if the block runs longer than ``seconds`` (a hang detector, main thread only)."""

    def _fire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"call exceeded {seconds} s")

    previous: Callable[..., Any] | int | None = signal.signal(signal.SIGALRM, _fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
