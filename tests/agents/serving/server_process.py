"""Start a real ``metacot serve`` subprocess on 127.0.0.1 (a free port) for client tests."""

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

ROOT = Path(__file__).resolve().parents[3]
STARTUP_SECONDS = 240  # the machine is shared and loaded: importing torch can take a while


class ServerProcess:
    """A running ``metacot serve --tiny --port 0``; ``url`` ends in ``/v1``."""

    def __init__(self, *extra: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.errors = tempfile.TemporaryFile("w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "agents.cli", "serve", "--tiny", "--port", "0", *extra],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )
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
def served(*extra: str) -> Iterator[ServerProcess]:
    """A server for the duration of the ``with`` block."""
    server = ServerProcess(*extra)
    try:
        yield server
    finally:
        server.stop()
