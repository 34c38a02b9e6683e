"""A reference decimal of four or more significant digits states the precision it asks for.

An exact candidate (a fraction, a root, a constant: no decimal literal) that rounds to the
reference at its last written place matches it: ``\\frac23`` for ``0.6667``, ``83\\frac13`` for
``83.33`` (technion-cs-nlp/reasoning-importance; the issue's "match to the reference's stated
precision"). A candidate decimal is not read so: ``1.414`` is not ``\\sqrt2``, as a short
decimal is as likely a different answer as a rounding. Cut off is not rounded (``\\pi`` is not
``3.141``), and three digits state no precision (``0.333`` is exact).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\frac23", "0.6667", True),
        ("\\sqrt3", "1.732", True),
        ("83\\frac{1}{3}", "$83.33$", True),
        ("1/3", "0.33333", True),
        ("\\e", "2.7183", True),
        ("\\sqrt{2}", "1.4142", True),
        ("6\\sqrt{2}", "8.485", True),
        ("-\\frac{2}{3}", "-0.6667", True),
        ("\\frac{\\pi}{2}", "1.5708", True),
        # the candidate is the decimal: it stays exact
        ("1.4142", "\\sqrt{2}", False),
        ("0.3333", "1/3", False),
        ("0.6667", "\\frac23", False),
        # cut off, not rounded; too few digits; the wrong last digit
        ("\\pi", "3.141", False),
        ("1/3", "0.333", False),
        ("2/3", "0.6666", False),
        ("\\e", "2.7182", False),
        ("1/3", "0.3334", False),
        ("\\frac23", "-0.6667", False),
    ],
)
def test_check_equivalent__an_exact_candidate_rounds_to_the_reference_s_places(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
