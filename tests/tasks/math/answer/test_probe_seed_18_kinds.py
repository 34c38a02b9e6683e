"""False matches the soundness probe's edits found in session 38 (``benchmarks/
probe_value_changes.py --seed 18``, ``--seed 20 --extract``, ``--seed 21``), and the units after an exact
value they led to.

- A unit in ``\\text{}`` right after a value that is no plain number was not read:
  ``20\\sqrt{3}\\text{ cm}^3`` matched ``20\\sqrt{3}\\text{ cm}^2``; in Russian or Chinese too
  (``20\\sqrt{3}\\text{ см}^3``, ``2\\sqrt{3}厘米``), and after a name's label in math delimiters
  (``$S = 60\\text{ см}^3$``).
- Lists of values given to more than plain names lost the names: ``km=1, n=2`` matched
  ``m=1, n=2`` and ``cos B = 0,6`` (its list reading) ``sin B = 0,6``.
- A math span's unit was not read when words followed the span: ``$20\\ km$ upward`` matched
  ``$20\\ m$ upward``.
- One variable's values listed after its name lost it: ``y = 1, 2`` matched ``x = 1, 2``
  (seed 21), where ``y = 3`` never matched ``x = 3``.
- Groups of values given to names lost them when the groups named different sets:
  ``a = 2, c = -4; a = 5, b = 6`` matched ``a = 2, b = -4; a = 5, b = 6``.
- A name subscripted with ``\\text{}`` was no label, and a list's items holding an exact
  value and a unit were no quantities: ``S_{\\text{бок}} = 60\\text{ см}^3`` matched
  ``... см}^2``, and so did a list of such items.
"""

from __future__ import annotations

import pytest

from tests.tasks.math.answer.verdicts import assert_verdict_both_ways


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("20\\sqrt{3}\\text{ cm}^3", "20\\sqrt{3}\\text{ cm}^2", False),
        ("36\\pi\\text{ cm}^3", "36\\pi\\text{ cm}^2", False),
        ("36\\pi\\text{ cm}^2", "36\\pi", True),
        ("20\\sqrt{3}\\text{ см}^3", "20\\sqrt{3}\\text{ см}^2", False),
        ("20\\sqrt{3}\\text{ см}^2", "20\\sqrt{3}\\text{ cm}^2", True),
        ("S = 20\\sqrt{3}\\text{ см}^3", "S = 20\\sqrt{3}\\text{ см}^2", False),
        ("$S = 60\\text{ см}^3$", "$S = 60\\text{ см}^2$", False),
        ("S = 60 см^2", "S = 0.006 м^2", True),
        ("2\\sqrt{3}厘米", "2\\sqrt{3}毫米", False),
        ("2\\pi h", "2\\pi", False),  # a lone letter after a value may be a variable
        ("km=1, n=2", "m=1, n=2", False),
        ("cos B = 0,6", "sin B = 0,6", False),
        ("cos B = 0,6", "cos B = 0.6", True),
        ("f(x)=1, n=2", "g(x)=1, n=2", False),
        ("f(x)=1, n=2", "n=2, f(x)=1", True),
        ("x=1, y=2", "a=1, b=2", True),  # a system in other letters: its values compare
        ("x=1, n=2", "y=1, n=2", False),
        ("a = 2, c = -4; a = 5, b = 6", "a = 2, b = -4; a = 5, b = 6", False),
        ("x_1 = 2, x_3 = -4; x_1 = -4, x_2 = -10", "x_1 = 2, x_2 = -4; x_1 = -4, x_2 = -10", False),
        ("x=1, y=2; x=3, y=4", "a=1, b=2; a=3, b=4", True),
        ("$20\\ km$ upward", "$20\\ m$ upward", False),  # a span's unit, words after it
        ("$20\\ km$ upward", "$20000\\ m$ upward", True),
        ("$5$ apples", "5", True),
        ("y = 1, 2", "x = 1, 2", False),  # one variable's values, as y = 3 is not x = 3
        ("y = 1, 2", "1, 2", True),
        ("x = 1, 2", "x = 2, 1", True),
        ("p=5,q=2;p=7,q=2", "(5,2),(7,2)", True),
        ("S_{\\text{бок}} = 60\\text{ см}^3", "S_{\\text{бок}} = 60\\text{ см}^2", False),
        ("S_{\\text{бок}} = 60\\text{ см}^2", "S_{\\text{бок}} = 0.006\\text{ м}^2", True),
        (
            "$c = 2\\sqrt{19}\\text{ см},\\; S = 20\\sqrt{3}\\text{ см}^3$",
            "$c = 2\\sqrt{19}\\text{ см},\\; S = 20\\sqrt{3}\\text{ см}^2$",
            False,
        ),
        (
            "c = 2\\sqrt{19}\\text{ cm}, S = 20\\sqrt{3}\\text{ cm}^2",
            "S = 20\\sqrt{3}\\text{ cm}^2, c = 2\\sqrt{19}\\text{ cm}",
            True,
        ),
    ],
)
def test_verdicts(candidate: str, reference: str, equal: bool) -> None:
    assert_verdict_both_ways(candidate, reference, equal)
