"""Progress of an evaluation cell: a tqdm bar on a terminal, one summary line otherwise."""

from __future__ import annotations

import sys
import time
from typing import IO, Any

from agents.episode import EpisodeRecord


class EpisodeProgress:
    """Counts episodes, successes and generated tokens per second as records arrive.

    On a terminal it draws a tqdm bar (``label: 12/50 [success 3/12, 41 tok/s]``);
    when the stream is not a terminal (CI, a pipe, a log file) it stays silent until
    :meth:`close`, which prints one line, so logs stay readable.
    """

    def __init__(
        self,
        label: str,
        total: int,
        resumed: int = 0,
        resumed_successes: int = 0,
        stream: IO[str] | None = None,
        bar: bool | None = None,
    ) -> None:
        self.label = label
        self.total = total
        self.resumed = resumed
        self.done = resumed
        self.successes = resumed_successes
        self.tokens = 0
        self.stream = stream if stream is not None else sys.stderr
        self._start = time.perf_counter()
        use_bar = bar if bar is not None else _is_terminal(self.stream)
        self._bar: Any = None
        if use_bar:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, initial=resumed, desc=label, file=self.stream, leave=True, unit="ep"
            )
            self._bar.set_postfix_str(self._postfix(), refresh=False)

    def update(self, record: EpisodeRecord) -> None:
        """Count one finished episode."""
        self.done += 1
        self.successes += int(record.solved)
        self.tokens += record.compute.tokens_generated
        if self._bar is not None:
            self._bar.set_postfix_str(self._postfix(), refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        """Finish the bar, or print the summary line."""
        if self._bar is not None:
            self._bar.close()
            return
        resumed = f", {self.resumed} resumed" if self.resumed else ""
        print(
            f"{self.label}: {self.done}/{self.total} episodes{resumed}, {self._postfix()}, "
            f"{time.perf_counter() - self._start:.1f} s",
            file=self.stream,
            flush=True,
        )

    def _postfix(self) -> str:
        elapsed = max(time.perf_counter() - self._start, 1e-9)
        rate = f", {self.tokens / elapsed:.0f} tok/s" if self.tokens else ""
        return f"success {self.successes}/{self.done}{rate}"

    def __enter__(self) -> EpisodeProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_terminal(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False
