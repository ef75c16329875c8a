"""The on-disk spool: order, the byte limit, resuming, torn writes."""

from __future__ import annotations

from pathlib import Path

from guardproxy.decisions.entry import LogEntry
from guardproxy.decisions.spool import Spool


def entry(i: int) -> LogEntry:
    return LogEntry(fields={"id": f"d{i}", "text": "x" * 50}, review=True)


def test_replays_in_order_across_peeks(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "s", 1 << 20)
    assert spool.append([entry(i) for i in range(5)]) == 0
    assert spool.append([entry(i) for i in range(5, 9)]) == 0
    got: list[str] = []
    while spool.pending_bytes:
        batch, end = spool.peek(3)
        got += [e.fields["id"] for e in batch]
        spool.commit(end)
    assert got == [f"d{i}" for i in range(9)]
    assert not spool.path.exists()


def test_limit_keeps_a_prefix_and_reports_the_rest(tmp_path: Path) -> None:
    one = len(entry(0).to_json()) + 1
    spool = Spool(tmp_path, one * 3)
    assert spool.append([entry(i) for i in range(5)]) == 2
    assert spool.pending_bytes == one * 3
    batch, end = spool.peek(10)
    assert [e.fields["id"] for e in batch] == ["d0", "d1", "d2"]
    spool.commit(end)
    assert spool.append([entry(9)]) == 0  # room again once replayed


def test_a_new_spool_resumes_after_the_committed_offset(tmp_path: Path) -> None:
    first = Spool(tmp_path, 1 << 20)
    first.append([entry(i) for i in range(4)])
    _, end = first.peek(2)
    first.commit(end)
    second = Spool(tmp_path, 1 << 20)
    batch, _ = second.peek(10)
    assert [e.fields["id"] for e in batch] == ["d2", "d3"]


def test_torn_last_line_is_dropped_on_load(tmp_path: Path) -> None:
    first = Spool(tmp_path, 1 << 20)
    first.append([entry(0), entry(1)])
    with first.path.open("ab") as fh:
        fh.write(b'{"f": {"id": "half')
    second = Spool(tmp_path, 1 << 20)
    batch, _ = second.peek(10)
    assert [e.fields["id"] for e in batch] == ["d0", "d1"]
    assert second.append([entry(2)]) == 0
    assert [e.fields["id"] for e in second.peek(10)[0]] == ["d0", "d1", "d2"]


def test_zero_limit_spools_nothing(tmp_path: Path) -> None:
    spool = Spool(tmp_path, 0)
    assert spool.append([entry(0)]) == 1
    assert spool.pending_bytes == 0
    assert not spool.path.exists()
