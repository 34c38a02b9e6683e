"""A small task tokenizer for tiny Meta-STaR models: one token per word, digit or symbol.

A Meta-CoT line such as ``node 0 -> node 3: 13-12=1 | left 1 19`` is mostly
keywords, digits and operators, so a word-level vocabulary learned from the corpus
(each word with its leading space, e.g. ``" node"``) plus every printable character
covers it compactly, and numbers are spelled digit by digit so arithmetic on unseen
numbers uses seen tokens. A word outside the vocabulary becomes ``<unk>`` (the model
only writes the task's own format); the decoder concatenates tokens, so
decode(encode(x)) == x for text made of known words, digits and printable characters. Built with the ``tokenizers`` library and wrapped as
a ``PreTrainedTokenizerFast``, so it saves and loads with the model's checkpoint.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable
from typing import Any

PAD, EOS, UNK = "<pad>", "<eos>", "<unk>"
PIECES = r" ?[A-Za-z]+| ?[0-9]| ?[^A-Za-z0-9\s]|\n| "
"""how text is cut before the vocabulary lookup: a word, digit or symbol with its leading
space, a newline, or a lone space"""
SEARCH_WORDS = ("Search", "start", "node", "left", "at", "backtrack", "to", "dead", "end", "solved")
"""the words of the search tree's Meta-CoT lines, always in the vocabulary (with and without a
leading space), so a model trained on solutions only can still read a search's lines"""
_PRINTABLE = [c for c in string.printable if c not in "\t\r\x0b\x0c"]


def build_task_tokenizer(texts: Iterable[str], min_count: int = 1, max_words: int = 4000) -> Any:
    """A word-level ``PreTrainedTokenizerFast`` whose vocabulary comes from ``texts``.

    The vocabulary is the special tokens, every printable character and
    :data:`SEARCH_WORDS` with and without a leading space, and the ``max_words`` most frequent words seen at least ``min_count``
    times (ties in alphabetical order, so the same texts give the same vocabulary).
    """
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    pattern = re.compile(PIECES)
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(p for p in pattern.findall(text) if len(p.strip()) > 1)
    words = sorted((w for w, n in counts.items() if n >= min_count), key=lambda w: (-counts[w], w))
    base = [PAD, EOS, UNK, *_PRINTABLE, *(f" {c}" for c in _PRINTABLE if c not in " \n")]
    base += [*SEARCH_WORDS, *(f" {w}" for w in SEARCH_WORDS)]
    vocab: dict[str, int] = {}
    for token in [*base, *words[:max_words]]:
        vocab.setdefault(token, len(vocab))
    core = Tokenizer(models.WordLevel(vocab, unk_token=UNK))
    core.pre_tokenizer = pre_tokenizers.Split(Regex(PIECES), behavior="isolated")
    core.decoder = decoders.Fuse()
    # transformers leaves PreTrainedTokenizerFast.__init__ (*args, **kwargs) unannotated
    return PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]
        tokenizer_object=core, pad_token=PAD, eos_token=EOS, unk_token=UNK
    )
