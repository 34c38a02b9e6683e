"""A union of intervals as the fewest intervals covering the same points.

``[0,1)\\cup[1,2]`` is the interval ``[0,2]``, and ``(0,3)\\cup(2,5)`` is ``(0,5)``: two answers
naming one set of real numbers are one answer however the set is cut. :func:`merged_intervals`
sorts a union's intervals by their lower ends and joins those that overlap or touch (touching
joins only where a bracket keeps the shared end: ``(0,1)\\cup(1,2)`` leaves 1 out and stays
two). Every part must be an interval with two endpoints that have values (numbers, constants,
``\\infty``); a union holding a set, a variable or anything else is not merged.
"""

from __future__ import annotations

import math

from metacot_envs.tasks.math.answer.budget import Budget
from metacot_envs.tasks.math.answer.exact_arithmetic import EvaluationError
from metacot_envs.tasks.math.answer.expression_eval import numeric_value
from metacot_envs.tasks.math.answer.expression_tree import Bracketed, Constant, Neg, Node, Union

MAX_MERGED_PARTS = 64
"""unions with more parts than this are left as written"""
_SAME_END = 1e-12
"""relative gap under which two endpoints are one point"""


def merged_intervals(node: Node, budget: Budget) -> tuple[Bracketed, ...] | None:
    """The intervals of ``node`` (one interval or a union of them) merged, in increasing
    order; None when a part is not an interval with valued endpoints."""
    parts = node.parts if isinstance(node, Union) else (node,)
    if len(parts) > MAX_MERGED_PARTS:
        return None
    valued: list[tuple[float, float, Bracketed]] = []
    for part in parts:
        if not isinstance(part, Bracketed) or not _is_interval(part):
            return None
        low, high = _value(part.items[0], budget), _value(part.items[1], budget)
        if low is None or high is None or low > high:
            return None
        valued.append((low, high, part))
    valued.sort(key=lambda item: (item[0], item[2].opening != "["))
    merged: list[tuple[float, float, Bracketed]] = [valued[0]]
    for low, high, part in valued[1:]:
        last_low, last_high, last = merged[-1]
        touching = _same(low, last_high)
        if low > last_high and not touching:
            merged.append((low, high, part))
            continue
        if touching and last.closing == ")" and part.opening == "(":
            merged.append((low, high, part))  # the shared end is left out
            continue
        if _same(high, last_high):
            closing = "]" if "]" in (last.closing, part.closing) else ")"
            end = last.items[1]
        elif high > last_high:
            closing, end = part.closing, part.items[1]
        else:
            closing, end = last.closing, last.items[1]
        opening = last.opening
        if _same(low, last_low) and "[" in (last.opening, part.opening):
            opening = "["
        merged[-1] = (
            last_low,
            max(high, last_high),
            Bracketed(opening, (last.items[0], end), closing),
        )
    return tuple(part for _, _, part in merged)


def _is_interval(node: Bracketed) -> bool:
    return node.opening in "([" and node.closing in ")]" and len(node.items) == 2


def _value(node: Node, budget: Budget) -> float | None:
    sign = 1
    while isinstance(node, Neg):
        sign, node = -sign, node.operand
    if isinstance(node, Constant) and node.name == "infty":
        return sign * math.inf
    try:
        value = numeric_value(node, {}, budget)
    except (EvaluationError, ValueError, KeyError, TypeError):
        return None
    if abs(value.imag) > _SAME_END * max(1.0, abs(value.real)):
        return None
    return sign * value.real


def _same(left: float, right: float) -> bool:
    if math.isinf(left) or math.isinf(right):
        return left == right
    return abs(left - right) <= _SAME_END * max(1.0, abs(left), abs(right))
