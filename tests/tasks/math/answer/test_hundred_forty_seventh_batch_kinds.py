"""Kinds read again from the released and dev halves of batch 147, and found by probes, in
session 46.

- HTML character references are the characters they stand for (``x &gt; 4`` is ``x > 4``);
  a root sign with its index (``√[3](8)``, ``∛8``) is that root; a digit with a combining dot
  or overline above it repeats (``1.2̇`` is ``1.\\dot{2}``); ``Option B: 26`` labels the
  option ``26``; Korean, Chinese and Japanese words for "no solution" (``실근 없음``,
  ``无解``, ``解なし``) name the empty set; a sum or product whose bounds are a whole number of
  steps apart is computed, the index stepping from the lower bound (``\\sum_{k=m}^{m+2} k`` is
  ``3m+3``).
- A value a word denies is no answer, across its math delimiters and box: ``It is not
  $$4$$``, ``\\not\\boxed{4}``, ``Not \\boxed{4}, the answer is 5`` (which answers 5) and
  ``\\boxed{4} is wrong`` do not answer 4; ``\\boxed{5}, not \\boxed{4}`` answers 5.
- Soundness: ``\\pi`` and ``e`` are letters to the exact check that refutes a float match, so
  two whole numbers too close for floats beside a constant stay apart (``99999999919\\pi`` is
  not ``99999999999\\pi``, probe seed 119 found ``I get 99999999919`` accepted for ``I get
  99999999999``); a root, which may hold at a constant and fail at its stand-in, keeps the
  float verdict. Two whole values below 2^53 in which every written decimal is whole compare
  exactly, in an expression as alone (``5000000.0 + 1`` is not ``5000000.0``, probe seed 127;
  a reward should not pay ``1.0e6`` for ``1000001``). Where no exact value exists (a root, a
  constant's power) and a side holds a number too long for floats, the two are evaluated in
  high-precision decimals at two precisions, and a difference that holds at both refutes
  (``99999999919\\sqrt{2}`` is not ``99999999999\\sqrt{2}``, probe seed 121).
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import after_reasoning, check_equivalent, extract_answer


def _as_the_env_reads(text: str) -> str:
    return extract_answer(text) or after_reasoning(text)


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        # constants are letters to the exact refutation (probe seed 119)
        ("99999999919\\pi", "99999999999\\pi", False),
        ("1+99999999919\\pi", "1+99999999999\\pi", False),
        ("99999999919e", "99999999999e", False),
        ("e^{2}+99999999919", "e^2+99999999999", False),
        ("x\\pi + 99999999919", "\\pi x + 99999999999", False),
        ("I get 99999999919", "I get 99999999999", False),
        ("99999999999\\pi", "99999999999 \\pi", True),
        ("\\pi^2+2\\pi+1", "(\\pi+1)^2", True),
        ("2\\pi r", "2 r \\pi", True),
        ("\\frac{1}{\\pi}", "\\pi^{-1}", True),
        ("\\frac{e^{3}}{e}", "e^2", True),
        # a root keeps the float verdict: at the stand-in 201/64, 3.141 - pi changes sign
        ("\\sqrt{(\\pi - 3.141)^2}", "\\pi - 3.141", True),
        # long numbers beside a root or a constant's power: high-precision decimals refute
        ("99999999919\\sqrt{2}", "99999999999\\sqrt{2}", False),
        ("10000000000\\sqrt{2}x", "10000000001\\sqrt{2}x", False),
        ("\\sqrt{99999999999^2+1}", "99999999999", False),
        ("e^{99999999919/100000000000}", "e^{99999999999/100000000000}", False),
        ("\\pi^{1/2} 99999999919", "99999999999\\sqrt{\\pi}", False),
        ("2^((1/5.1)*t)", "2^(0.196078431373*t)", False),
        ("99999999999\\sqrt{2}", "99999999999 \\sqrt{2}", True),
        ("\\sqrt{99999999999^2}", "99999999999", True),
        ("10000000000\\sqrt{x}", "\\sqrt{100000000000000000000x}", True),
        ("2^{1/3}*1000000007", "1000000007\\sqrt[3]{2}", True),
        # whole values with only whole decimals in them compare exactly (probe seed 127)
        ("5000000.0 + 1", "5000000.0", False),
        ("1234567.3 + 0.7", "1234567", False),
        ("1.0e6", "1000001", False),
        ("5000000.0", "5000000 + 0", True),
        ("0.30000000000000004", "0.3", True),
        ("2.9999999999999996", "3", True),
        # a sum whose bounds are a whole number of steps apart is computed (batch 147)
        ("\\sum_{k=m}^{m+2} k", "3m + 3", True),
        ("\\sum_{k=m}^{m+2} k", "3m + 4", False),
        ("\\prod_{k=m}^{m+1} k", "m(m+1)", True),
        ("\\sum_{k=m}^{m} k^2", "m^2", True),
        ("\\sum_{k=1}^{100} k", "5050", True),
        ("\\sum_{k=1}^{n} k", "\\sum_{k=1}^{n} k", True),
        # HTML character references (batch 147)
        ("4 < x", "x &gt; 4", True),
        ("3 >= x > -5", "−5 &lt; x ≤ 3", True),
        ("x<=-2", "x &le; &minus;2", True),
        ("x < 4", "x &gt; 4", False),
        ("a &foo; b", "a &foo; b", True),
        # a root sign with its index
        ("√[3](8)", "2", True),
        ("√[3](2)", "\\sqrt[3]{2}", True),
        ("∛8", "2", True),
        ("∛(27)", "3", True),
        ("∜x", "x^{1/4}", True),
        ("√[3](8)", "3", False),
        ("√[4](-16)", "2", False),
        # a combining dot or overline marks the repeating digit
        ("1.2̇", "1.\\dot{2}", True),
        ("1.2̇", "\\frac{11}{9}", True),
        ("0.3̅", "\\frac{1}{3}", True),
        ("1.2", "1.\\dot{2}", False),
        # an option word labels the option's text
        ("Option B: 26", "26", True),
        ("Choice (C) 5", "5", True),
        ("Option B: 26", "27", False),
        ("Option B: 26", "B", True),
        ("Option B: 26", "Option C: 26", False),
        # "no solution" in Korean, Chinese, Japanese
        ("∅", "실근 없음", True),
        ("\\{\\}", "해 없음", True),
        ("\\varnothing", "无解", True),
        ("\\emptyset", "无实数解", True),
        ("解なし", "\\varnothing", True),
        ("1", "해 없음", False),
    ],
)
def test_check_equivalent(candidate: str, reference: str, equal: bool) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("response", "reference", "equal"),
    [
        # a denied value is no answer (batch 147)
        ("Not \\boxed{4}, the answer is 5", "4", False),
        ("Not \\boxed{4}, the answer is 5", "5", True),
        ("\\not\\boxed{4}", "4", False),
        ("It is not $$4$$", "4", False),
        ("It is not \\[\\boxed{4}\\]", "4", False),
        ("\\boxed{4} is wrong, the answer is \\boxed{5}", "5", True),
        ("The answer is \\boxed{5}, not \\boxed{4}", "5", True),
        ("The answer is $5$, not $4$", "5", True),
        ("It is not 4, it is $5$", "5", True),
        ("I cannot see why, but \\boxed{4}", "4", True),
        ("Note $4$", "4", True),
        ("So the answer is x &gt; 4.", "x > 4", True),
    ],
)
def test_read_as_the_env_reads(response: str, reference: str, equal: bool) -> None:
    assert check_equivalent(_as_the_env_reads(response), reference).equivalent is equal
