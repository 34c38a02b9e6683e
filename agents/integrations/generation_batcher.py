"""Plays several episodes at once, batching their model turns into one ``generate`` call.

On a CPU a causal LM decodes a batch of 8 nearly as fast as one sequence, so episodes
played one after another waste most of the model's time. :class:`GenerationBatcher`
runs each episode in its own thread (every episode still goes through
:func:`agents.episode.play_episode`, with its own env and policy); a thread that needs
a model turn calls :meth:`GenerationBatcher.generate` and waits, and the calling thread
serves all waiting requests in one left-padded batch as soon as every live episode is
waiting. The results are those of unbatched decoding up to padding's numerical noise.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import torch

T = TypeVar("T")


@dataclass
class _Request:
    context: list[int]
    max_new_tokens: int
    result: tuple[list[int], list[float]] | None = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)


class GenerationBatcher:
    """Serves model turns of concurrently played episodes in batches (see the module doc)."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        stop_ids: Sequence[int],
        temperature: float = 1.0,
        top_p: float = 1.0,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.stop_ids = list(stop_ids)
        self.temperature = temperature
        self.top_p = top_p
        self._cv = threading.Condition()
        self._pending: list[_Request] = []
        self._live = 0

    def run(self, jobs: Sequence[Callable[[], T]]) -> list[T]:
        """Run every job in its own thread, serving their :meth:`generate` calls; results in order."""
        results: list[Any] = [None] * len(jobs)
        errors: list[BaseException] = []

        def work(index: int, job: Callable[[], T]) -> None:
            try:
                results[index] = job()
            except BaseException as exc:  # re-raised in the calling thread
                errors.append(exc)
            finally:
                with self._cv:
                    self._live -= 1
                    self._cv.notify_all()

        with self._cv:
            self._live = len(jobs)
        threads = [threading.Thread(target=work, args=(i, job)) for i, job in enumerate(jobs)]
        for thread in threads:
            thread.start()
        while True:
            with self._cv:
                self._cv.wait_for(lambda: self._live == 0 or len(self._pending) >= self._live)
                if self._live == 0 and not self._pending:
                    break
                batch, self._pending = self._pending, []
            self._serve(batch)
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
        return results

    def generate(self, context: list[int], max_new_tokens: int) -> tuple[list[int], list[float]]:
        """One model turn (token ids and their sampling log-probabilities); called from a job."""
        request = _Request(list(context), max_new_tokens)
        with self._cv:
            self._pending.append(request)
            self._cv.notify_all()
        request.done.wait()
        if request.error is not None:
            raise request.error
        assert request.result is not None
        return request.result

    @torch.no_grad()
    def _serve(self, batch: list[_Request]) -> None:
        try:
            outputs = self._generate(
                [r.context for r in batch], max(r.max_new_tokens for r in batch)
            )
        except BaseException as exc:
            for request in batch:
                request.error = exc
                request.done.set()
            return
        stops = set(self.stop_ids)
        for request, (ids, logprobs) in zip(batch, outputs, strict=True):
            cut = min(len(ids), request.max_new_tokens)
            for position, token in enumerate(ids[:cut]):
                if token in stops:
                    cut = position + 1
                    break
            request.result = (ids[:cut], logprobs[:cut])
            request.done.set()

    def _generate(
        self, contexts: list[list[int]], max_new_tokens: int
    ) -> list[tuple[list[int], list[float]]]:
        device = next(self.model.parameters()).device
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        width = max(len(c) for c in contexts)
        input_ids = torch.tensor([[pad] * (width - len(c)) + c for c in contexts], device=device)
        attention = torch.tensor(
            [[0] * (width - len(c)) + [1] * len(c) for c in contexts], device=device
        )
        greedy = self.temperature <= 0
        sampling: dict[str, Any] = (
            {"do_sample": False}
            if greedy
            else {
                "do_sample": True,
                "temperature": self.temperature,
                "top_p": self.top_p,
                "top_k": 0,
            }
        )
        output = self.model.generate(
            input_ids=input_ids,
            attention_mask=attention,
            max_new_tokens=max_new_tokens,
            eos_token_id=self.stop_ids,
            pad_token_id=pad,
            output_scores=True,
            return_dict_in_generate=True,
            **sampling,
        )
        new = output.sequences[:, width:]
        scores = self.model.compute_transition_scores(
            output.sequences, output.scores, normalize_logits=True
        )
        return [
            ([int(t) for t in new[row]], [float(s) for s in scores[row, : new.shape[1]]])
            for row in range(len(contexts))
        ]
