"""A cooperative time and work budget that holds in any thread.

``signal.alarm`` only fires in the main thread, so instead every parsing and
evaluation loop calls :meth:`Budget.tick`, which checks a ``time.monotonic``
deadline and a step count. Exceeding either raises :class:`BudgetExceeded`.
"""

from __future__ import annotations

import time


class BudgetExceeded(Exception):
    """Raised when a check runs past its deadline or its step allowance."""


class SizeLimitExceeded(Exception):
    """Raised when an input or intermediate value is larger than allowed."""


CLOCK_EVERY = 64
"""steps between two looks at the clock: often enough for a deadline, rarely enough to be cheap"""


class Budget:
    """Deadline plus step counter shared by the parser and the evaluators."""

    __slots__ = ("deadline", "timeout", "steps", "max_steps", "_next_look")

    def __init__(self, timeout: float, max_steps: int = 2_000_000) -> None:
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.steps = 0
        self.max_steps = max_steps
        self._next_look = min(CLOCK_EVERY, max_steps + 1)

    def tick(self, cost: int = 1) -> None:
        """Charge ``cost`` steps; every :data:`CLOCK_EVERY` steps also look at the clock."""
        self.steps += cost
        if self.steps >= self._next_look:  # one comparison on the hot path
            self._look()

    def _look(self) -> None:
        """Raise when the step allowance is spent or the deadline passed; else set the step
        count at which to look again (the next multiple of :data:`CLOCK_EVERY`, or the first
        step over the allowance)."""
        if self.steps > self.max_steps:
            raise BudgetExceeded(f"step budget of {self.max_steps} spent")
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(f"timeout after {self.timeout:g}s")
        boundary = (self.steps // CLOCK_EVERY + 1) * CLOCK_EVERY
        self._next_look = min(boundary, self.max_steps + 1)

    def check_clock(self) -> None:
        """Look at the clock now, regardless of the step count."""
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(f"timeout after {self.timeout:g}s")
