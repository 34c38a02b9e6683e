"""Reading JSONL files whose errors name the file and line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MAX_LINE_BYTES = 16_000_000
"""a longer line is refused unparsed"""


def read_jsonl(path: str | Path, error: type[ValueError] = ValueError) -> Iterator[tuple[int, Any]]:
    """``(line number, record)`` for every non-blank line of ``path``.

    Every problem raises ``error`` with a message that starts ``file:line:``: a missing
    file or a directory, bytes that are not UTF-8, a line that is not JSON, nested too
    deeply to parse, or longer than :data:`MAX_LINE_BYTES`.
    """
    path = Path(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise error(f"{path}:1: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}:1: is a directory, not a JSONL file") from None
    except OSError as exc:
        raise error(f"{path}:1: cannot read ({exc.strerror})") from None
    with handle:
        for line_number, raw in enumerate(handle, start=1):
            if len(raw) > MAX_LINE_BYTES:
                raise error(f"{path}:{line_number}: line longer than {MAX_LINE_BYTES} bytes")
            try:
                line = raw.decode("utf-8-sig" if line_number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise error(f"{path}:{line_number}: not UTF-8 text (byte {exc.start})") from None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise error(f"{path}:{line_number}: not valid JSON ({exc.msg})") from None
            except RecursionError:
                raise error(f"{path}:{line_number}: JSON nested too deeply") from None
            yield line_number, record
