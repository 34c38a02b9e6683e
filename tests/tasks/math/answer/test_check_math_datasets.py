"""scripts/check_math_datasets.py on small JSONL files written by the test."""

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[4] / "scripts" / "check_math_datasets.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_math_datasets", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def _write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_check_math_datasets__counts_math_and_gsm8k_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    math = _write_jsonl(
        tmp_path / "math.jsonl",
        [
            {"problem": "p", "solution": r"so \boxed{\frac{1}{2}}.", "answer": r"\frac12"},
            {"problem": "p", "solution": r"\boxed{(1, 2)}", "answer": "(1,2)"},
        ],
    )
    gsm8k = _write_jsonl(tmp_path / "gsm8k.jsonl", [{"question": "q", "answer": "9*2\n#### 18"}])
    assert _load_script().main(["--data", str(math), "--data", str(gsm8k)]) == 0
    printed = capsys.readouterr().out
    assert "answer parsed and equivalent to itself: 2/2" in printed
    assert "boxed solution equivalent to answer: 2/2" in printed
    assert "answer parsed and equivalent to itself: 1/1" in printed


def test_check_math_datasets__lists_a_mismatched_boxed_answer_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    math = _write_jsonl(
        tmp_path / "math.jsonl",
        [{"problem": "p", "solution": r"\boxed{3}", "answer": "4"}],
    )
    assert _load_script().main(["--data", str(math)]) == 1
    printed = capsys.readouterr().out
    assert "boxed solution equivalent to answer: 0/1" in printed
    assert "line 1: boxed solution vs answer: '3' vs '4' -> values differ" in printed
