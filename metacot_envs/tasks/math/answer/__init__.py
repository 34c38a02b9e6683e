r"""The math answer checker: find a final answer in text and decide whether two answers agree.

Everything outside this package imports from here; the modules inside are private.

## Safety
Answers, steps and patterns are hostile input. Nothing here evaluates text as code:
no ``eval``/``exec``, and no sympy (``sympify``/``parse_expr``) on text. Every check
runs under a cooperative deadline: parsing and evaluation loops charge a budget that
looks at ``time.monotonic``, so limits hold in worker threads and subprocesses
where ``signal.alarm`` cannot fire. Sizes are capped too (answer length, nesting,
digits, exponents, ``\pm`` branches). The checks never raise: a limit or a failure
becomes a ``False`` verdict whose reason says which (``"timeout after 1s"``,
``"size limit: ..."``, ``"parse error: ..."``).

## How equivalence is decided
Both answers are normalized (``$``, ``\left``, ``\text{}``, units, degrees, currency, thousands
separators, unicode symbols and escaping slips go, Chinese numerals become digits; see
:mod:`answer_spelling`, :mod:`chinese_numerals`; units stated on both sides must agree, see
:mod:`stated_units`) and parsed
by a hand-written LaTeX grammar into an immutable expression tree. The tree is settled into
the value it states (:mod:`answer_forms`: an equation chain states its last side, ``a
\approx b`` its exact side, ``name = value`` its value, semicolon groups are tuples;
:mod:`inequality_intervals`: inequalities are intervals). Trees are compared structurally first: tuples and intervals
element by element, sets and bare lists in any order (a bare list against a tuple in
order), ``\pm`` as both values. Scalars match exactly when both are rationals, else
numerically at fixed pseudo-random points (symbolic answers) within a relative tolerance;
a decimal of 6+ significant digits matches to its last written place, rounded or (against
an exact value) cut off, and against it a shorter decimal of 4+ digits is a rounding too
(:mod:`decimal_precision`); matrix sums and products written out
are folded into one matrix first (:mod:`matrix_arithmetic`). A reference in percent asks for the number of percent
(``28``, not ``0.28``); against a plain reference a candidate's ``x\%`` may be ``x`` or
``x/100``. Answers outside the grammar fall back to normalized-text equality. Words the grammar
does not know are read as products of their letters, so two prose texts that are the same
words around other numbers are judged apart before that reading can match them
(:mod:`prose_numbers`).

A caller may give a numeric :class:`Tolerance` (``Tolerance(relative=0.05)``), as graders
with a stated margin do: two numbers within it match too (:mod:`numeric_tolerance`).

``checker="math-verify"`` asks math-verify instead, in a worker process killed at the
timeout (:mod:`math_verify_worker`), after the same size and character pre-checks.

## Answer patterns
The built-in :data:`DEFAULT_ANSWER_PATTERNS` (boxes, "Final Answer", "Answer:", lead-ins
in other languages, then the last math span, then in prose the last number; see
:mod:`answer_spans`) are linear by construction and run on ``re``. Any other pattern is user input: :class:`AnswerPatterns` refuses it at
construction with a ``ValueError`` naming it when it is invalid, longer than 1,000
characters, or its ``{m,n}`` counts multiply past 10,000 (``regex`` copies fixed
repeats when it compiles). It runs on the ``regex`` engine under a time budget of
:data:`USER_PATTERN_TIMEOUT` seconds per searched text, because ``re`` cannot be
interrupted and nested quantifiers such as ``(a|aa)+$`` backtrack exponentially.
A search that runs out of time finds no answer and reports why; it never raises.
Nested quantifiers are not refused: that check would refuse linear patterns such
as ``(?:\d+,)*\d+`` and miss exponential ones, while the budget bounds every shape.
"""

from metacot_envs.tasks.math.answer.equivalence import (
    CHECKERS,
    Verdict,
    check_equivalent,
    check_self_equivalent,
    is_equivalent,
    is_product_form,
)
from metacot_envs.tasks.math.answer.extraction import (
    BACKSLASHLESS_BOXED_PATTERN,
    BOXED_PATTERN,
    DEFAULT_ANSWER_PATTERNS,
    ESCAPED_BOXED_PATTERN,
    USER_PATTERN_TIMEOUT,
    AnswerPatterns,
    ExtractedAnswer,
    after_reasoning,
    extract_answer,
)
from metacot_envs.tasks.math.answer.math_verify_worker import shutdown_math_verify_workers
from metacot_envs.tasks.math.answer.numeric_tolerance import Tolerance

__all__ = [
    "BACKSLASHLESS_BOXED_PATTERN",
    "BOXED_PATTERN",
    "ESCAPED_BOXED_PATTERN",
    "CHECKERS",
    "DEFAULT_ANSWER_PATTERNS",
    "USER_PATTERN_TIMEOUT",
    "AnswerPatterns",
    "ExtractedAnswer",
    "Tolerance",
    "Verdict",
    "after_reasoning",
    "check_equivalent",
    "check_self_equivalent",
    "extract_answer",
    "is_equivalent",
    "is_product_form",
    "shutdown_math_verify_workers",
]
