"""Reading JSONL files whose errors name the file and line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def read_jsonl(path: str | Path, error: type[ValueError] = ValueError) -> Iterator[tuple[int, Any]]:
    """``(line number, record)`` for every non-blank line of ``path``.

    A line that is not JSON raises ``error("file:line: not valid JSON (...)")``.
    """
    path = Path(path)
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise error(f"{path}:{line_number}: not valid JSON ({exc.msg})") from None
            yield line_number, record
