"""The kinds of quantity one number states, and which two of them differ."""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer.quantity_kinds import kinds_differ


@pytest.mark.parametrize(
    ("candidate", "reference", "kinds"),
    [
        ("$42", "42%", ("dollar", "percent")),
        ("\\$42", "42\\%", ("dollar", "percent")),
        ("€100", "$100", ("euro", "dollar")),
        ("5 m", "5%", ("m", "percent")),
        ("30°", "30^\\circ", None),
        ("30°", "30%", ("deg", "percent")),
        ("$5", "500 cents", None),
        ("30°", "0.5236 rad", None),
        ("5 m", "500 cm", None),
        ("$42", "42", None),
        ("42%", "0.42", None),
        ("$42$", "42%", None),
    ],
)
def test_kinds_differ__names_two_kinds_only_where_they_differ(
    candidate: str, reference: str, kinds: tuple[str, str] | None
) -> None:
    assert kinds_differ(candidate, reference) == kinds
