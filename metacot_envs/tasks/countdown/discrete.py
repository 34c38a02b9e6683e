"""Discrete view of Countdown: (pair of slots, operation) actions over sorted numbers.

Action ``a`` decodes as ``pair = a // 6`` over the ``n*(n-1)/2`` slot pairs
``(i, j)``, ``i < j``, of the current sorted numbers, and ``op = a % 6`` with
``small = numbers[i] <= big = numbers[j]``::

    0: big+small   1: big*small   2: big-small
    3: small-big   4: big/small   5: small/big

Slots past the numbers still left, and moves the rules forbid, are masked.
The observation is ``[numbers/scale (n), present flags (n), target/scale, last==target]``.
"""

from __future__ import annotations

from enum import Enum
from fractions import Fraction
from typing import Final

import numpy as np

from metacot_envs.core.safe_math import Number, normalize
from metacot_envs.tasks.countdown.types import (
    CountdownRules,
    CountdownState,
    CountdownStep,
    binary_step,
    divides,
    same_number,
)

OPS_PER_PAIR = 6
_CLIP = 1e4
# ~350 bytes a step: <= ~6 MB. Random play keeps meeting new large products, so the memo
# always fills; at 1 << 16 (~22 MB) steady-state steps were within 3% of this (RESULTS.md)
_MEMO_LIMIT = 1 << 14
_FLOAT32 = np.dtype(np.float32)


class _Missing(Enum):
    """Type of the memo-miss sentinel: an enum member, so ``is _MISSING`` narrows for mypy."""

    MISSING = 0


_MISSING: Final = _Missing.MISSING


class CountdownCodec:
    """Maps Countdown states to vectors and action indices to steps (see module doc)."""

    def __init__(self, num_numbers: int, rules: CountdownRules, scale: float) -> None:
        self.n = num_numbers
        self.rules = rules
        self.scale = scale
        self.pairs = [(i, j) for i in range(num_numbers) for j in range(i + 1, num_numbers)]
        self.num_actions = len(self.pairs) * OPS_PER_PAIR
        self.observation_shape: tuple[int, ...] = (2 * num_numbers + 2,)
        self.observation_low = -_CLIP
        self.observation_high = _CLIP
        self.inv_scale = 1.0 / scale
        # per count k of numbers left: the slot pairs in use, and the mask before divisions
        self.live_pairs = {
            k: [(n * OPS_PER_PAIR, i, j) for n, (i, j) in enumerate(self.pairs) if j < k]
            for k in range(num_numbers + 1)
        }
        self.base_masks = {k: self._base_mask(k) for k in range(num_numbers + 1)}
        # padding and presence flags for k numbers left, built once per k
        self.pads = {
            k: (0.0,) * (num_numbers - k) + (1.0,) * k + (0.0,) * (num_numbers - k)
            for k in range(1, num_numbers + 1)
        }
        # steps are immutable and depend only on (small, big, op): build each once
        self._memo: dict[tuple[object, object, int], CountdownStep | None] = {}

    def step(self, state: CountdownState, action: int) -> CountdownStep | None:
        """The step ``action`` means in ``state``, or None if it is masked."""
        i, j = self.pairs[action // OPS_PER_PAIR]
        if j >= len(state.numbers):
            return None
        small, big = state.numbers[i], state.numbers[j]
        op = action % OPS_PER_PAIR
        # Fraction.__hash__ and __eq__ are slow Python code: key fractions by their ints
        key = (
            (small, big, op)
            if type(small) is int and type(big) is int
            else (_ratio_key(small), _ratio_key(big), op)
        )
        step = self._memo.get(key, _MISSING)
        if step is _MISSING:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            step = self._memo[key] = self._make_step(small, big, op)
        return step

    def _make_step(self, small: Number, big: Number, op: int) -> CountdownStep | None:
        if op == 0:
            return binary_step("+", big, small, normalize(big + small))
        if op == 1:
            return binary_step("*", big, small, normalize(big * small))
        if op == 2:
            return binary_step("-", big, small, normalize(big - small))
        if op == 3:
            return (
                binary_step("-", small, big, normalize(small - big))
                if self.rules.allow_negative and small != big
                else None
            )
        num, den = (big, small) if op == 4 else (small, big)
        quotient = self._divide(num, den)
        return None if quotient is None else binary_step("/", num, den, quotient)

    def _base_mask(self, k: int) -> tuple[bool, ...]:
        mask = [False] * self.num_actions
        for base, _, _ in self.live_pairs[k]:
            mask[base : base + 4] = [True, True, True, self.rules.allow_negative]
        return tuple(mask)

    def step_text(self, state: CountdownState, action: int) -> str | None:
        step = self.step(state, action)
        return None if step is None else str(step)

    def _divide(self, num: Number, den: Number) -> Number | None:
        if den == 0:
            return None
        if isinstance(num, int) and isinstance(den, int) and num % den == 0:
            return num // den
        if not self.rules.allow_fractions:
            return None
        # a Fraction divides exactly with "/"; two ints need Fraction() (their "/" is a float)
        # (one isinstance per operand, so mypy sees a Fraction on every "/" branch)
        if isinstance(num, Fraction):
            quotient = num / den
        elif isinstance(den, Fraction):
            quotient = num / den
        else:
            quotient = Fraction(num, den)
        return normalize(quotient)

    def action_mask(self, state: CountdownState) -> np.ndarray:
        numbers = state.numbers
        mask = list(self.base_masks[len(numbers)])
        negative, fractions = self.rules.allow_negative, self.rules.allow_fractions
        for base, i, j in self.live_pairs[len(numbers)]:
            small, big = numbers[i], numbers[j]
            if negative and small == big:
                mask[base + 3] = False
            mask[base + 4] = small != 0 and (fractions or divides(big, small))
            mask[base + 5] = big != 0 and (fractions or divides(small, big))
        return np.array(mask, dtype=bool)

    def encode(self, state: CountdownState) -> np.ndarray:
        numbers, inv, target = state.numbers, self.inv_scale, state.target
        try:
            # int * float is fast; Fraction * float goes through the numbers-ABC fallback
            values = [
                x * inv if type(x) is int else x.numerator / x.denominator * inv for x in numbers
            ]
            values += self.pads[len(numbers)]
            values.append(target * inv)
            values.append(1.0 if same_number(state.last, target) else 0.0)
        except OverflowError:  # a number beyond float range: it clips like any large value
            return self._encode_clipped(state)
        obs = np.asarray(values, _FLOAT32)
        # numbers are sorted, so the ends are the extremes
        if values[0] < -_CLIP or values[len(numbers) - 1] > _CLIP or values[-2] > _CLIP:
            np.clip(obs, -_CLIP, _CLIP, out=obs)
        return obs

    def _encode_clipped(self, state: CountdownState) -> np.ndarray:
        scale = Fraction(self.scale)

        def scaled(value: Number) -> float:
            return float(min(max(Fraction(value) / scale, Fraction(-_CLIP)), Fraction(_CLIP)))

        values = [scaled(x) for x in state.numbers]
        values += self.pads[len(state.numbers)]
        values += [scaled(state.target), 1.0 if same_number(state.last, state.target) else 0.0]
        return np.asarray(values, _FLOAT32)


def _ratio_key(value: Number) -> int | tuple[int, int]:
    # normalized: a Fraction never has denominator 1, so keys of ints and fractions differ
    return value if type(value) is int else (value.numerator, value.denominator)
