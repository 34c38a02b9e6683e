"""Kinds from the hundred-and-fourteenth batch and the blind107 half released with it.

- Words joining list items in more languages (blind107: a Romanian school checker's
  ``2 și 3`` for ``{2, 3}``): Romanian ``și`` (also with the cedilla, ``şi``), Czech ``nebo``,
  Hungarian ``vagy`` and ``és``, and the Scandinavian ``eller`` and ``och``, read between
  spaces as ``or``/``and`` already were in eleven other languages.
- A short sentence's subject and verb (found reading the released misses again: a fine-tuning
  tool's ``It is SIX`` for ``six``): ``It is``, ``It's``, ``That is`` opening an answer go, so
  ``It is six`` is ``6``; ``It is not 5`` keeps its denial.
- dev114's misses are conflicts, left as they are: a matcher's own tolerance (``0.50004`` for
  ``0.5``), a judge that will not accept a unit its key lacks (``12 m/s`` for ``12``) and a
  word answer read out of a sentence.
"""

from __future__ import annotations

import pytest

from metacot_envs.tasks.math.answer import check_equivalent


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("2 și 3", "{2, 3}", True),
        ("2 şi 3", "{2, 3}", True),
        ("2 și 4", "{2, 3}", False),
        ("x=2 nebo x=3", "x=2, x=3", True),
        ("2 vagy 3", "2, 3", True),
        ("2 és 3", "2, 3", True),
        ("x=2 eller x=-2", "x=\\pm 2", True),
        ("1 och 5", "1, 5", True),
        ("1 och 6", "1, 5", False),
    ],
)
def test_check_equivalent__list_words_in_more_languages(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal


@pytest.mark.parametrize(
    ("candidate", "reference", "equal"),
    [
        ("It is SIX", "six", True),
        ("It is six", "6", True),
        ("It's 5", "5", True),
        ("That is 12", "12", True),
        ("This is x+1", "x+1", True),
        ("It is SIX", "7", False),
        ("It is not 5", "5", False),
    ],
)
def test_check_equivalent__a_sentence_opening_is_not_part_of_the_value(
    candidate: str, reference: str, equal: bool
) -> None:
    assert check_equivalent(candidate, reference).equivalent is equal
