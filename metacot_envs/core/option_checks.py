"""Checking env options and config fields: their types, their ranges, with messages naming them.

Every option of every env (``EnvOptions`` and each task's config dataclass) is checked
against its declared type when the env is built, so ``search: 'no'`` or
``num_numbers: 4.5`` is refused at once with a message that names the option, rather
than turning search on or failing later at reset. YAML and JSON give lists where a
field is a tuple; those are converted.
"""

from __future__ import annotations

import math
import re
import types
import typing
from collections.abc import Iterable
from dataclasses import fields
from typing import Any, Union

_NAMED_OPTION = re.compile(r"option '([^']*)'")


class OptionError(ValueError):
    """An option has a value of the wrong type or outside its range; ``option`` names it.

    Built as ``OptionError(option, message)``; also rebuilt from its text alone (pickling,
    or Gymnasium's ``make`` re-raising it with more context), when ``option`` is read back
    from the text.
    """

    def __init__(self, option: str, message: str | None = None) -> None:
        if message is None:
            text = option
            named = _NAMED_OPTION.match(text)
            option = named.group(1) if named else ""
        else:
            text = f"option {option!r}: {message}"
        super().__init__(text)
        self.option = option


class UnknownOptionError(OptionError, TypeError):
    """An option no part of the env accepts (a ``TypeError`` too, like any unexpected keyword)."""


def check_field_types(config: Any) -> None:
    """Check (and normalize lists to tuples in) every field of a dataclass against its type."""
    hints = typing.get_type_hints(type(config))
    for f in fields(config):
        if not f.init:
            continue
        value = getattr(config, f.name)
        checked = _conform(f.name, value, hints[f.name])
        if checked is not value:
            object.__setattr__(config, f.name, checked)


def require_range(
    option: str, value: float, low: float | None = None, high: float | None = None
) -> None:
    """Refuse ``value`` outside ``[low, high]`` (either bound may be open-ended), and NaN."""
    if isinstance(value, float) and not math.isfinite(value):
        raise OptionError(option, f"must be a finite number, got {value}")
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"[{'-inf' if low is None else low}, {'inf' if high is None else high}]"
        raise OptionError(option, f"must lie in {bounds}, got {value}")


def require_choice(option: str, value: Any, choices: Iterable[Any]) -> None:
    """Refuse a value that is not one of ``choices``."""
    allowed = tuple(choices)
    if value not in allowed:
        raise OptionError(option, f"must be one of {allowed}, got {value!r}")


def _conform(option: str, value: Any, hint: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any or hint is object:
        return value
    if origin in (Union, types.UnionType):
        for arm in args:
            try:
                return _conform(option, value, arm)
            except OptionError:
                continue
        raise OptionError(option, f"must be {_describe(hint)}, got {_shown(value)}")
    if hint is type(None):
        if value is None:
            return value
        raise OptionError(option, f"must be None, got {_shown(value)}")
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise OptionError(option, f"must be true or false, got {_shown(value)}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise OptionError(option, f"must be a whole number, got {_shown(value)}")
    if hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if not math.isfinite(value):
                raise OptionError(option, f"must be a finite number, got {value}")
            return float(value)
        raise OptionError(option, f"must be a number, got {_shown(value)}")
    if hint is str:
        if isinstance(value, str):
            return value
        raise OptionError(option, f"must be text, got {_shown(value)}")
    if origin is tuple:
        return _conform_tuple(option, value, hint, args)
    return value  # other types (e.g. an iterable of records) are checked where they are read


def _conform_tuple(option: str, value: Any, hint: Any, args: tuple[Any, ...]) -> Any:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise OptionError(option, f"must be {_describe(hint)}, got {_shown(value)}")
    items = list(value)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_conform(option, item, args[0]) for item in items)
    if len(items) != len(args):
        raise OptionError(option, f"must be {_describe(hint)}, got {_shown(value)}")
    return tuple(_conform(option, item, arm) for item, arm in zip(items, args, strict=True))


def _describe(hint: Any) -> str:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        return " or ".join(_describe(arm) for arm in args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return f"a list of {_describe(args[0])}s"
        return f"a list of {len(args)} ({', '.join(_describe(a) for a in args)})"
    names = {bool: "true/false", int: "a whole number", float: "a number", str: "text"}
    return "null" if hint is type(None) else names.get(hint, getattr(hint, "__name__", str(hint)))


def _shown(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = f"{text[:57]}..."
    return f"{text} ({type(value).__name__})"
