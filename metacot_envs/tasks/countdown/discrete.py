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

from fractions import Fraction

import numpy as np

from metacot_envs.core.safe_math import Number, normalize
from metacot_envs.tasks.countdown.types import (
    CountdownRules,
    CountdownState,
    CountdownStep,
    format_operand,
)

OPS_PER_PAIR = 6
_CLIP = 1e4
_MEMO_LIMIT = 1 << 16
_MISSING = object()


class CountdownCodec:
    """Maps Countdown states to vectors and action indices to steps (see module doc)."""

    def __init__(self, num_numbers: int, rules: CountdownRules, scale: float) -> None:
        self.n = num_numbers
        self.rules = rules
        self.scale = scale
        self.pairs = [(i, j) for i in range(num_numbers) for j in range(i + 1, num_numbers)]
        self.num_actions = len(self.pairs) * OPS_PER_PAIR
        self.observation_shape = (2 * num_numbers + 2,)
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
        self._memo: dict[tuple[Number, Number, int], CountdownStep | None] = {}

    def step(self, state: CountdownState, action: int) -> CountdownStep | None:
        """The step ``action`` means in ``state``, or None if it is masked."""
        i, j = self.pairs[action // OPS_PER_PAIR]
        if j >= len(state.numbers):
            return None
        key = (state.numbers[i], state.numbers[j], action % OPS_PER_PAIR)
        step = self._memo.get(key, _MISSING)
        if step is _MISSING:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            step = self._memo[key] = self._make_step(*key)
        return step

    def _make_step(self, small: Number, big: Number, op: int) -> CountdownStep | None:
        if op == 0:
            return _step("+", big, small, normalize(big + small))
        if op == 1:
            return _step("*", big, small, normalize(big * small))
        if op == 2:
            return _step("-", big, small, normalize(big - small))
        if op == 3:
            return (
                _step("-", small, big, normalize(small - big))
                if self.rules.allow_negative and small != big
                else None
            )
        num, den = (big, small) if op == 4 else (small, big)
        quotient = self._divide(num, den)
        return None if quotient is None else _step("/", num, den, quotient)

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
        quotient = (
            Fraction(num, den)
            if isinstance(num, int) and isinstance(den, int)
            else Fraction(num) / den
        )
        return quotient.numerator if quotient.denominator == 1 else quotient

    def action_mask(self, state: CountdownState) -> np.ndarray:
        numbers = state.numbers
        mask = list(self.base_masks[len(numbers)])
        negative, fractions = self.rules.allow_negative, self.rules.allow_fractions
        for base, i, j in self.live_pairs[len(numbers)]:
            small, big = numbers[i], numbers[j]
            if negative and small == big:
                mask[base + 3] = False
            mask[base + 4] = small != 0 and (fractions or _divides(big, small))
            mask[base + 5] = big != 0 and (fractions or _divides(small, big))
        return np.array(mask, dtype=bool)

    def encode(self, state: CountdownState) -> np.ndarray:
        numbers, inv = state.numbers, self.inv_scale
        values = [_as_float(x) * inv for x in numbers]
        values += self.pads[len(numbers)]
        values.append(_as_float(state.target) * inv)
        values.append(1.0 if state.last == state.target else 0.0)
        obs = np.array(values, dtype=np.float32)
        # numbers are sorted, so the ends are the extremes (compared as floats: a Fraction
        # compared with a float is slow)
        if values[0] < -_CLIP or values[len(numbers) - 1] > _CLIP or values[-2] > _CLIP:
            np.clip(obs, -_CLIP, _CLIP, out=obs)
        return obs


def _as_float(value: Number) -> float:
    # Fraction * float goes through the numbers-ABC fallback (~2 us); num / den is ~0.1 us
    return value if type(value) is int else value.numerator / value.denominator  # type: ignore[return-value]


def _divides(num: Number, den: Number) -> bool:
    return isinstance(num, int) and isinstance(den, int) and den != 0 and num % den == 0


def _step(op: str, a: Number, b: Number, result: Number) -> CountdownStep:
    return CountdownStep((a, b), result, f"{format_operand(a)}{op}{format_operand(b)}")
