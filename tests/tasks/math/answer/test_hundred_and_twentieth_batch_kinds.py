"""Kinds from the hundred-and-twentieth batch's dev half (James-CUDA/Gittensor-TinyRouter,
hady-albnnai/Almorshed).

- Colour and underline are presentation: ``\\boxed{\\color{red}{5}}`` and
  ``\\boxed{\\underline{5}}`` are ``5`` (the commands were unsupported, a parse error).
- An ohm sign set apart after a value that is no plain number is the unit ohm
  (``√10000/1 Ω`` is ``100 Ω``); only ``100 Ω`` was read so.
- Hexadecimal, binary and octal literals are their numbers (link-assistant/calculator:
  ``0b100.001`` is ``4.125``). They read as zero times a name, so ``0x10`` matched ``0x20``
  (found by the soundness probe, seed 13).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("\\boxed{\\color{red}{5}}", "5", True),
        ("\\color{red} 5", "5", True),
        ("\\textcolor{blue}{x+1}", "1+x", True),
        ("\\colorbox{yellow}{12}", "12", True),
        ("\\boxed{\\underline{5}}", "5", True),
        ("\\underline{x^2}", "x^2", True),
        ("\\color{red}{5}", "6", False),
        ("\\underline{5}", "-5", False),
        ("√10000/1 Ω", "100 Ω", True),
        ("\\sqrt{10000} Ω", "100 Ω", True),
        ("√10000/1 Ω", "100 kΩ", False),
        ("√10000/1 Ω", "101 Ω", False),
    ],
)
def test_check_equivalent__presentation_commands_and_ohm_signs(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("0x10", "16", True),
        ("0xFF", "255", True),
        ("0o17", "15", True),
        ("0b100.001", "4.125", True),
        ("0o100.001", "64.001953125", True),
        ("0x10", "0x20", False),
        ("0b101", "0b110", False),
        ("0x1.8", "1.5", True),
        ("0x+1", "1", True),  # no digits after the x: zero times x, plus one
    ],
)
def test_check_equivalent__radix_literals_are_their_numbers(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
    assert check_equivalent(reference, candidate).equivalent is equal
