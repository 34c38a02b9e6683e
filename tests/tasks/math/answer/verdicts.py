"""Assertions shared by the per-batch answer-kind tests."""

from metacot_envs.tasks.math.answer import check_equivalent


def assert_verdict_both_ways(candidate: str, reference: str, equal: bool) -> None:
    """The checker's verdict on the pair is ``equal``, and the same with the sides swapped."""
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
