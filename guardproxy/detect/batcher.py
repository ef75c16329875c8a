"""Micro-batching for L1: concurrent requests share one model call.

No timer and no added wait: the first caller becomes the leader and runs whatever is
pending; callers that arrive while it runs are picked up by its next batch. At low load
every request runs alone at once; under load batches form by themselves. One thread runs
L1 at a time with all of onnxruntime's intra-op threads, instead of every executor thread
starting its own run and fighting over the cores. (Inside the call each window is its own
session run: see Models.l1_predict.)
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from guardproxy.detect.onnx import Models


@dataclass
class _Job:
    tokens: Sequence[list[int]]
    done: threading.Event = field(default_factory=threading.Event)
    result: list[tuple[float, str]] = field(default_factory=list)
    error: BaseException | None = None


class L1Batcher:
    def __init__(self, models: Models, max_texts: int = 64) -> None:
        self._models = models
        self._max = max_texts
        self._lock = threading.Lock()
        self._pending: list[_Job] = []
        self._leader = False
        self.batches = 0
        self.texts = 0

    def predict(self, tokens: Sequence[list[int]]) -> list[tuple[float, str]]:
        """(attack probability, family) for each token list, max over its windows."""
        job = _Job(tokens)
        with self._lock:
            self._pending.append(job)
            lead = not self._leader
            if lead:
                self._leader = True
        if lead:
            self._lead()
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job.result

    def score(self, tokens: Sequence[list[int]]) -> list[float]:
        return [p for p, _ in self.predict(tokens)]

    def _take(self) -> list[_Job]:
        with self._lock:
            batch: list[_Job] = []
            n = 0
            while self._pending and (not batch or n + len(self._pending[0].tokens) <= self._max):
                job = self._pending.pop(0)
                batch.append(job)
                n += len(job.tokens)
            if not batch:
                self._leader = False
            return batch

    def _lead(self) -> None:
        while batch := self._take():
            flat = [t for job in batch for t in job.tokens]
            try:
                preds = self._models.l1_predict(flat)
            except BaseException as e:  # handed to every waiting caller, re-raised there
                for job in batch:
                    job.error = e
                    job.done.set()
                continue
            self.batches += 1
            self.texts += len(flat)
            i = 0
            for job in batch:
                job.result = preds[i : i + len(job.tokens)]
                i += len(job.tokens)
                job.done.set()
