"""``metacot serve`` as a subprocess on 127.0.0.1 and a free port: for tests, benchmarks, notebooks."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 300.0
"""how long to wait for the first line (loading torch and a model on a loaded machine is slow)"""


class ServerProcess:
    """A running ``metacot serve --port 0 ARGS`` (e.g. ``--tiny``); ``url`` ends in ``/v1``.

    The subprocess imports this checkout's code (``PYTHONPATH`` is set to it).
    """

    def __init__(self, *args: str) -> None:
        path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
        env = {**os.environ, "PYTHONPATH": path}
        self.errors = tempfile.TemporaryFile("w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "agents.cli", "serve", "--port", "0", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )
        self.url = ""
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_pump, args=(self.process, lines), daemon=True).start()
        try:
            first = lines.get(timeout=STARTUP_SECONDS)
        except queue.Empty:
            self.stop()
            raise RuntimeError("metacot serve printed nothing") from None
        if " on http://" not in first:
            self.stop()
            self.errors.seek(0)
            raise RuntimeError(f"metacot serve failed: {first} {self.errors.read()[-2000:]}")
        self.url = first.rsplit(" on ", 1)[1].strip()

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        self.process.kill()
        self.process.wait(timeout=30)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 30 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def _pump(process: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        lines.put(line.rstrip("\n"))
    lines.put("")


@contextmanager
def served(*args: str) -> Iterator[ServerProcess]:
    """A server (``metacot serve --port 0 ARGS``) for the duration of the ``with`` block."""
    server = ServerProcess(*args)
    try:
        yield server
    finally:
        server.stop()
