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


class Budget:
    """Deadline plus step counter shared by the parser and the evaluators."""

    __slots__ = ("deadline", "timeout", "steps", "max_steps")

    def __init__(self, timeout: float, max_steps: int = 2_000_000) -> None:
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.steps = 0
        self.max_steps = max_steps

    def tick(self, cost: int = 1) -> None:
        """Charge ``cost`` steps; every 64 steps also look at the clock."""
        before = self.steps
        self.steps += cost
        if self.steps > self.max_steps:
            raise BudgetExceeded(f"step budget of {self.max_steps} spent")
        if (before >> 6) != (self.steps >> 6) and time.monotonic() > self.deadline:
            raise BudgetExceeded(f"timeout after {self.timeout:g}s")

    def check_clock(self) -> None:
        """Look at the clock now, regardless of the step count."""
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(f"timeout after {self.timeout:g}s")
