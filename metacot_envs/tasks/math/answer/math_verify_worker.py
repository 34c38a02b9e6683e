r"""The optional ``checker="math-verify"`` mode: math-verify's verdict, under this project's limits.

For users who need verdicts comparable to results published with math-verify
(``verify(parse(reference), parse(candidate))`` with its default settings; a bare answer,
one without math delimiters or a box, is wrapped in ``$...$`` first). math-verify
runs sympy on the answer text and bounds its time with ``signal.alarm``, which only
works in a main thread; so here it never runs in the caller's process:

- Answers first pass the same size and character pre-checks as the grammar checker
  (strings, at most ``MAX_ANSWER_CHARS`` characters, no control characters).
- The check runs in a worker process (``math_verify_server.py`` run by path, so it
  imports math-verify and nothing of this package; started lazily, reused; at most
  :data:`MAX_WORKERS` at once). The caller waits at most ``timeout`` seconds for the
  answer; a worker that has not answered by then is killed (``SIGKILL``) and a
  replacement starts at once in the background. So a hostile answer
  (``9^{9^{9^{9}}}``) costs the caller at most the timeout, from any thread, and never
  a hung worker (100 kB of LaTeX is refused by the size pre-check before any worker).
  A check that finds its worker still starting (right after a kill) waits for it.
- The verdict never raises: a timeout, a dead worker or math-verify missing is a
  ``False`` verdict whose reason says which.

Cost: a worker's start imports sympy and math-verify (about 1-3 s, bounded by
:data:`STARTUP_TIMEOUT`, not counted against ``timeout``); then each check pays
math-verify's own parsing and comparison plus one round trip between processes: about
as fast as math-verify in process, 100x or more slower than the grammar checker (see
``benchmarks/RESULTS.md``).
"""

from __future__ import annotations

import atexit
import json
import queue
import re
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

STARTUP_TIMEOUT = 60.0
"""seconds a new worker may take to import math-verify before the check gives up"""
MAX_WORKERS = 4
"""most worker processes alive at once; callers beyond that wait (within their timeout)"""

_SERVER = Path(__file__).with_name("math_verify_server.py")
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _Worker:
    """One worker process (``math_verify_server.py`` run by path) and its pipes."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-I", str(_SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        self.ready = False

    def read_line(self, seconds: float) -> str | None:
        """One line from the worker within ``seconds``, else None."""
        assert self.process.stdout is not None
        readable, _, _ = select.select([self.process.stdout], [], [], max(0.0, seconds))
        if not readable:
            return None
        line = self.process.stdout.readline()
        return line or None

    def wait_ready(self) -> str | None:
        """None once the worker can take checks, else why it cannot."""
        if self.ready:
            return None
        line = self.read_line(STARTUP_TIMEOUT)
        if line is None:
            return f"math-verify worker did not start within {STARTUP_TIMEOUT:g}s"
        status, reason = json.loads(line)
        if status != "ready":
            return str(reason)
        self.ready = True
        return None

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


class _WorkerPool:
    """Idle workers handed to one caller at a time; a worker that overran is killed."""

    def __init__(self) -> None:
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._alive: set[_Worker] = set()

    def check(self, candidate: str, reference: str, timeout: float) -> tuple[bool, str]:
        deadline = time.monotonic() + timeout
        worker = self._acquire(deadline)
        if worker is None:
            return False, f"timeout after {timeout:g}s: no math-verify worker free"
        if not worker.ready:
            failure = worker.wait_ready()
            if failure is not None:
                self._discard(worker)
                return False, failure
            deadline = time.monotonic() + timeout  # a first start is not the check's time
        seconds = max(1, round(timeout))  # math-verify's own limits take whole seconds
        try:
            assert worker.process.stdin is not None
            worker.process.stdin.write(json.dumps([candidate, reference, seconds]) + "\n")
            worker.process.stdin.flush()
            line = worker.read_line(deadline - time.monotonic())
            if line is not None:
                same, reason = json.loads(line)
                self._idle.put(worker)
                return bool(same), str(reason)
        except (OSError, ValueError):
            self._discard(worker)
            return False, "math-verify worker died"
        self._discard(worker)
        self._start_spare()  # the replacement imports math-verify while the caller goes on
        return False, f"timeout after {timeout:g}s (math-verify worker killed)"

    def _acquire(self, deadline: float) -> _Worker | None:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            if worker.process.poll() is None:
                return worker
            self._discard(worker)  # died while idle (or was shut down)
        with self._lock:
            if len(self._alive) < MAX_WORKERS:
                worker = _Worker()
                self._alive.add(worker)
                return worker
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None

    def _start_spare(self) -> None:
        with self._lock:
            if len(self._alive) >= MAX_WORKERS:
                return
            worker = _Worker()
            self._alive.add(worker)
        self._idle.put(worker)

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._alive.discard(worker)
        worker.kill()

    def shutdown(self) -> None:
        with self._lock:
            workers, self._alive = list(self._alive), set()
            while not self._idle.empty():
                self._idle.get_nowait()
        for worker in workers:
            worker.kill()


_POOL = _WorkerPool()
atexit.register(_POOL.shutdown)


def math_verify_outcome(candidate: str, reference: str, timeout: float) -> tuple[bool, str]:
    """math-verify's verdict in a worker process, after the character pre-check."""
    if _CONTROL_CHARACTER.search(candidate) or _CONTROL_CHARACTER.search(reference):
        return False, "parse error: control character in answer"
    return _POOL.check(candidate, reference, timeout)


def shutdown_math_verify_workers() -> None:
    """Kill every math-verify worker (they start again on the next check)."""
    _POOL.shutdown()
