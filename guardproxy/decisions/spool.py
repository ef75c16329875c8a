"""A bounded, append-only JSONL spool for entries Redis could not take, replayed in order.

``spool.jsonl`` holds one entry per line; ``spool.offset`` holds how many of its bytes have
already been replayed, so a restart resumes where the last replay stopped. Replay is
at-least-once: a crash between the XADD and the offset write replays that batch again.
Blocking file I/O; the log calls it through a thread.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from guardproxy.decisions.entry import LogEntry

MAX_SLOTS = 256


def claim_slot(base: Path) -> tuple[Path, int]:
    """A spool directory no other live process uses, and the locked fd that holds it.

    Workers sharing the port share ``spool_dir``; each takes the first free ``slot-N``, so
    one file never has two writers, and a restarted worker replays what a dead one left.
    The lock goes with the process, however it ends.
    """
    base.mkdir(parents=True, exist_ok=True)
    for n in range(MAX_SLOTS):
        slot = base / f"slot-{n}"
        slot.mkdir(exist_ok=True)
        fd = os.open(slot / "lock", os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        return slot, fd
    raise RuntimeError(f"all {MAX_SLOTS} spool slots under {base} are in use")


class Spool:
    def __init__(self, directory: Path, max_bytes: int) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self.path = directory / "spool.jsonl"
        self.offset_path = directory / "spool.offset"
        self._size = 0
        self._offset = 0
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            self._size = self._drop_torn_tail()
            self._offset = int(self.offset_path.read_text() or 0)
        except (FileNotFoundError, ValueError):
            self._offset = 0
        self._offset = min(self._offset, self._size)

    def _drop_torn_tail(self) -> int:
        """A crash mid-append leaves a partial last line: it was never a whole entry."""
        with self.path.open("r+b") as fh:
            data = fh.read()
            keep = data.rfind(b"\n") + 1
            if keep != len(data):
                fh.truncate(keep)
            return keep

    @property
    def pending_bytes(self) -> int:
        """Bytes still to replay (what counts against max_bytes)."""
        self._load()
        return self._size - self._offset

    def append(self, entries: list[LogEntry]) -> int:
        """Write what fits under max_bytes, in order; returns how many did not fit."""
        self._load()
        lines = []
        room = self.max_bytes - self.pending_bytes
        for e in entries:
            line = e.to_json() + b"\n"
            if len(line) > room:
                break  # later entries might fit, but writing them would break the order
            room -= len(line)
            lines.append(line)
        if lines:
            self.directory.mkdir(parents=True, exist_ok=True)
            with self.path.open("ab") as fh:
                fh.write(b"".join(lines))
                fh.flush()
                os.fsync(fh.fileno())
            self._size = self.path.stat().st_size
        return len(entries) - len(lines)

    def peek(self, limit: int) -> tuple[list[LogEntry], int]:
        """Up to ``limit`` entries from the replay position and the offset just past them."""
        self._load()
        if self.pending_bytes == 0:
            return [], self._offset
        entries: list[LogEntry] = []
        end = self._offset
        with self.path.open("rb") as fh:
            fh.seek(self._offset)
            for line in fh:
                end += len(line)
                entries.append(LogEntry.from_json(line))
                if len(entries) >= limit:
                    break
        return entries, end

    def commit(self, offset: int) -> None:
        """Mark everything before ``offset`` replayed; an empty spool is truncated."""
        self._load()
        self._offset = offset
        if self._offset >= self._size:
            self.path.unlink(missing_ok=True)
            self.offset_path.unlink(missing_ok=True)
            self._size = self._offset = 0
            return
        tmp = self.offset_path.with_suffix(".tmp")
        tmp.write_text(str(offset))
        tmp.replace(self.offset_path)
