from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest

from guardproxy.detect.batcher import L1Batcher


class SlowModel:
    """Scores a text by its first token; slow enough that concurrent callers pile up."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def l1_predict(self, token_lists: Sequence[list[int]]) -> list[tuple[float, str]]:
        self.calls.append(len(token_lists))
        time.sleep(0.02)
        return [(t[0] / 100.0, "PI") for t in token_lists]


class Broken:
    def l1_predict(self, token_lists: Sequence[list[int]]) -> list[tuple[float, str]]:
        raise RuntimeError("model exploded")


def test_concurrent_callers_share_batches_and_get_their_own_results() -> None:
    model = SlowModel()
    batcher = L1Batcher(model)  # type: ignore[arg-type]
    results: dict[int, list[float]] = {}

    def call(i: int) -> None:
        results[i] = batcher.score([[i], [i + 1]])

    threads = [threading.Thread(target=call, args=(i,)) for i in range(0, 40, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {i: [i / 100.0, (i + 1) / 100.0] for i in range(0, 40, 2)}
    # 20 callers, far fewer model runs: batches formed while the leader was busy
    assert len(model.calls) < 20
    assert sum(model.calls) == 40


def test_errors_reach_every_caller_and_the_batcher_recovers() -> None:
    batcher = L1Batcher(Broken())  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="exploded"):
        batcher.score([[1]])
    with pytest.raises(RuntimeError, match="exploded"):
        batcher.score([[2]])


def test_single_caller_runs_at_once() -> None:
    model = SlowModel()
    batcher = L1Batcher(model)  # type: ignore[arg-type]
    assert batcher.score([[50]]) == [0.5]
    assert model.calls == [1]
