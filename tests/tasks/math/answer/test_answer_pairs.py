"""The verifier against the hand-written / generated table in ``answer_pairs.py``."""

import importlib.util
from pathlib import Path
from types import ModuleType

from metacot_envs.tasks.math.answer import check_equivalent

TIME_LIMIT_SECONDS = 1.0


def _load_pairs_module() -> ModuleType:
    # Loaded by path so the table's module name cannot collide with another test folder's.
    path = Path(__file__).with_name("answer_pairs.py")
    spec = importlib.util.spec_from_file_location("metacot_math_answer_pairs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ANSWER_PAIRS = _load_pairs_module().ANSWER_PAIRS


def test_answer_pairs__table_has_at_least_300_pairs_of_both_labels() -> None:
    assert len(ANSWER_PAIRS) >= 300
    labels = [expected for _, _, expected, _ in ANSWER_PAIRS]
    assert labels.count(True) >= 100 and labels.count(False) >= 100


def test_answer_pairs__every_pair_gets_its_verdict() -> None:
    """The project's own table states its rules, so every pair must hold: a 97% floor let a
    rule change (4061e43) contradict one pair unnoticed. A deliberate rule change updates the
    table with it."""
    misses = []
    for candidate, reference, expected, form in ANSWER_PAIRS:
        verdict = check_equivalent(candidate, reference, timeout=TIME_LIMIT_SECONDS)
        if verdict.equivalent != expected:
            misses.append((form, candidate, reference, expected, verdict.reason))
    assert not misses, "\n".join(map(repr, misses))


def test_answer_pairs__no_check_runs_into_the_time_limit() -> None:
    timed_out = [
        (candidate, reference)
        for candidate, reference, _, _ in ANSWER_PAIRS
        if check_equivalent(candidate, reference, timeout=TIME_LIMIT_SECONDS).reason.startswith(
            "timeout"
        )
    ]
    assert timed_out == []
