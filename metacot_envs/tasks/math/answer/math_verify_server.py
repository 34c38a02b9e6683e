"""Standalone worker script for ``checker="math-verify"``: run by path, imports only math-verify.

An answer without math delimiters or a box (a bare answer such as ``\\frac12``) is parsed
wrapped in ``$...$``, as math-verify's README writes its gold answers; other text as given.
Reads one JSON request per line (``[candidate, reference, seconds]``) on stdin and
writes one JSON line ``[equivalent, reason]`` per request on stdout. The parent
(:mod:`math_verify_worker`) kills this process when a check overruns its time.
"""

import json
import sys
from collections.abc import Callable
from typing import Any


def parse_either(parse: Callable[..., Any], text: str, seconds: int) -> Any:
    """math-verify's parse of a bare answer wrapped in ``$...$``, of other text as given."""
    if not any(mark in text for mark in ("$", "\\(", "\\[", "\\boxed", "\\fbox")):
        return parse(f"${text}$", parsing_timeout=seconds)
    return parse(text, parsing_timeout=seconds)


def main() -> None:
    try:
        from math_verify import parse, verify
    except ImportError as exc:
        print(json.dumps(["missing", f"math-verify is not installed: {exc}"]), flush=True)
        return
    print(json.dumps(["ready", ""]), flush=True)
    for line in sys.stdin:
        try:
            candidate, reference, seconds = json.loads(line)
            gold = parse_either(parse, reference, seconds)
            answer = parse_either(parse, candidate, seconds)
            same = bool(verify(gold, answer, timeout_seconds=seconds))
            reply = [same, "math-verify match" if same else "math-verify: differs"]
        except BaseException as exc:  # noqa: BLE001 - every failure is a verdict
            reply = [False, f"math-verify error: {type(exc).__name__}"]
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()
