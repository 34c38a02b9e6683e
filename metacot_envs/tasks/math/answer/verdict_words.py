"""Words that judge an answer rather than measure it: ``42\\text{ wrong}``, ``42\\text{错误}``.

The unit rules drop words that trail a number (units, counted nouns, unit phrases in other
scripts). A word that says the answer is wrong is none of those: dropping it would turn a
disowned value into a plain one. A trailing phrase holding one of these words stays, and the
answer then parses as text, which equals no number.
"""

from __future__ import annotations

VERDICT_WORDS = frozenset(
    """wrong incorrect false invalid error erroneous not no
    falsch faux fausse incorrecto incorrecta errado errada sbagliato sbagliata
    неверно неправильно""".split()
)
"""words (compared lower-cased, trailing punctuation dropped) that judge an answer"""

VERDICT_INFIXES = ("错", "誤", "误", "不对", "不對", "不正确", "不正確", "틀")
"""pieces of verdict words in scripts written without spaces, found anywhere in a phrase"""


def holds_verdict_word(phrase: str) -> bool:
    """Whether ``phrase`` holds a word that judges an answer (see :data:`VERDICT_WORDS`)."""
    if any(word.lower().strip(".,;:!?()") in VERDICT_WORDS for word in phrase.split()):
        return True
    return not phrase.isascii() and any(piece in phrase for piece in VERDICT_INFIXES)
