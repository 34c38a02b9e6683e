"""Answer kinds found on the fifty-fifth batch's dev half (``dev55``), one rule each.

The pairs here are written for the rules, not copied from the peer table; each rule also
has the cases it must not swallow.
"""

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


@pytest.mark.parametrize(
    ("text", "reference", "equal"),
    [
        # FINAL_ANSWER, the key some prompts ask for, labels the answer as "Final answer" does
        ("Working...\nFINAL_ANSWER: 3\\sqrt{5}", "3*sqrt(5)", True),
        ("final_answer: 2√7", "2\\sqrt{7}", True),
        ("FINAL_ANSWER: 6 × 10⁻³", "6 * 10^(-3)", True),
        # not swallowed: the labelled value decides, not a number inside it or before it
        ("Working...\nFINAL_ANSWER: 3\\sqrt{5}", "5", False),
        ("12 steps later. FINAL_ANSWER: 7", "12", False),
        ("This is not the FINAL_ANSWER: 7", "7", False),
    ],
)
def test_extract_answer__the_final_answer_key_labels_the_answer(
    text: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(_as_the_env_reads(text), reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # a power written before the subscript is the subscripted letter's power
        ("v^2_0", "v_0^2", True),
        (r"\frac{u^{2}_{1} g}{2}", r"\frac{g u_1^2}{2}", True),
        (r"\omega^{2}_{L}", r"\omega_L^2", True),
        # Greek letters take subscripts; the reduced Planck constant and \ell are symbols
        (r"\omega_{L}", r"\omega_L", True),
        (r"-\frac{\omega_{L} \hbar}{c}", r"-\frac{\hbar\omega_L}{c}", True),
        (r"\ell^2 q", r"q \ell^2", True),
        # primes are part of a name, typed or written as a power, before or after a subscript
        ("x' + 1", "1 + x'", True),
        (r"\omega_{L}^{\prime} v", r"v \omega_L'", True),
        ("x^{\\prime\\prime}", "x''", True),
        ("x'_1", "x_1'", True),
        # not swallowed: another power, subscript, prime count or symbol
        ("v^2_0", "v_0^3", False),
        ("v^2_0", "v_1^2", False),
        (r"\omega_1", r"\omega_2", False),
        (r"\omega_1", r"\omega", False),
        ("x'", "x", False),
        ("x''", "x'", False),
        (r"\hbar", "h", False),
    ],
)
def test_check_equivalent__subscripts_primes_and_physics_symbols(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
