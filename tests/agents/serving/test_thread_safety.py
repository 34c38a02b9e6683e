"""Counting prompt tokens while the backend thread encodes a padded batch must not break it.

A fast tokenizer rewrites its padding settings on each call; ``metacot serve`` once counted
prompt tokens on its event loop while the backend thread encoded, and a few requests of a
long run failed with an unpadded batch (then passed on retry).
"""

from __future__ import annotations

import threading

from agents.serving.app import ServedBackend
from agents.serving.server import load_backend

PROMPTS = ["x " * 3, "y " * 70, "z " * 25]


def test_prompt_tokens__counted_beside_a_padded_batch_break_nothing():
    backend = load_backend(tiny=True)
    app_side = ServedBackend(backend, "tiny")
    expected = {p: app_side.prompt_tokens(p) for p in PROMPTS}
    stop = threading.Event()
    miscounts: list[tuple[str, int]] = []

    def count() -> None:
        while not stop.is_set():
            for prompt in PROMPTS:
                got = app_side.prompt_tokens(prompt)
                if got != expected[prompt]:
                    miscounts.append((prompt, got))

    counters = [threading.Thread(target=count) for _ in range(2)]
    for thread in counters:
        thread.start()
    try:
        for _ in range(150):
            out = backend.generate(PROMPTS, n=1, temperature=0.0, max_new_tokens=1)
            assert len(out) == len(PROMPTS)
    finally:
        stop.set()
        for thread in counters:
            thread.join()
    assert not miscounts
