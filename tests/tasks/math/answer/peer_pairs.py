"""The peer-suite answer table: pairs from other projects' published tests, with their verdicts.

``peer_pairs.jsonl`` holds one pair per line, transcribed (data only, with attribution) from
test files whose authors state the expected verdict:

- ``candidate``, ``reference``: the two texts as the source wrote them (the source's
  prediction and gold answer; for symmetric ``is_equiv(a, b)`` tests, ``a`` is the candidate)
- ``expected``: the verdict the source states
- ``source_repo``, ``source_path``, ``source_where``: where the pair is (line or test name)
- ``note``: a non-default setting of the source under which its verdict holds, if any
- ``kind``: ``bare`` (an answer, perhaps in ``$...$`` or one ``\\boxed{}``) or ``prose``
  (the answer must be found in a text first), decided by a fixed rule before any fix
- ``split``: ``blind`` (77 pairs drawn at random and scored before any checker change) or
  ``dev`` (the pairs fixes were made against)

Sources: huggingface/Math-Verify tests (math-verify 0.9.0 sdist), hendrycks/math
``modeling/math_equivalence_test.py``, QwenLM/Qwen2.5-Math ``evaluation/grader.py``
(``TestMathEquality``), volcengine/verl ``tests/utils/reward_score``, huggingface/trl
``tests/test_rewards.py``. Shared by the tests and ``benchmarks/bench_verifier.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

PEER_PAIRS_PATH = Path(__file__).with_name("peer_pairs.jsonl")


@dataclass(frozen=True)
class PeerPair:
    """One transcribed pair and where it came from."""

    candidate: str
    reference: str
    expected: bool
    source_repo: str
    source_path: str
    source_where: str
    note: str
    kind: str
    split: str


def load_peer_pairs(path: Path = PEER_PAIRS_PATH) -> list[PeerPair]:
    """Every pair of the table, in file order; a malformed line names its number."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            pairs.append(PeerPair(**json.loads(line)))
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a peer pair: {exc}") from exc
    return pairs
