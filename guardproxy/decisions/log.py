"""The decision log writer: record() on the request path, one background task does the rest.

record() only puts onto a bounded queue and never blocks or raises. The writer task takes
batches, builds entries (redaction happens here, off the request path) and writes them with
one round trip (packed by decisions/resp.py). When Redis fails or is slow, batches go to the
on-disk spool; while the spool holds anything, new batches go there too, so the replay keeps
their order.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError, ResponseError

from guardproxy.config import DecisionLogSettings
from guardproxy.decisions.entry import LogEntry, build_entry
from guardproxy.decisions.resp import execute_packed, pack_xadd
from guardproxy.decisions.spool import Spool, claim_slot
from guardproxy.logs import get_logger
from guardproxy.policy.engine import LoadedPolicy
from guardproxy.screening import ScreenRequest
from guardproxy.tasks import cancel, spawn
from guardproxy.types import Decision

log = get_logger(__name__)

BATCH = 256
WRITE_TIMEOUT_S = 2.0
# After a failed write, how far back each stream's tail is read before the retry: part of a
# pipelined batch may have landed before the connection broke, and a partial batch (plus other
# workers' writes since) lies well within this.
TAIL_CHECK = 8 * BATCH
BACKOFF_S = (0.05, 5.0)
# The writer waits this long after a batch's first entry for more: at hundreds of requests a
# second, a round trip (and Redis's append-only-file write) then carries tens of entries, not
# one or two, for ~5% of the proxy's CPU per request and ~25 us of Redis's (`make bench`'s
# benign traffic at c=32). Nothing waits on the write, so requests do not see it.
LINGER_S = 0.01


@dataclass
class LogStats:
    """Counters the metrics endpoint reads."""

    written: int = 0  # entries now in the decisions stream
    spooled: int = 0  # entries that went through the spool
    replayed: int = 0
    dropped: int = 0  # lost: queue full or spool full
    build_errors: int = 0
    spool_bytes: int = 0
    queue_depth: int = 0


async def ensure_group(client: aioredis.Redis, stream: str, group: str) -> None:
    try:
        await client.xgroup_create(stream, group, id="0", mkstream=True)
    except ResponseError as e:
        if "BUSYGROUP" not in str(e):
            raise


_Pending = tuple[ScreenRequest, Decision, LoadedPolicy, int]


class DecisionLog:
    """Implements guard.DecisionSink. Create it early; start() once a loop and Redis exist."""

    def __init__(self, settings: DecisionLogSettings, key: bytes) -> None:
        self.settings = settings
        self.key = key
        # replaced at start() by the slot this process locks; until then nothing is spooled
        self.spool = Spool(settings.spool_dir / "slot-0", settings.spool_max_bytes)
        self._slot_fd: int | None = None
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue(maxsize=settings.queue_size)
        self._stats = LogStats()
        self._client: aioredis.Redis | None = None
        self._task: asyncio.Task[None] | None = None
        self._group_ready = False
        self._backoff = BACKOFF_S[0]
        self._retry_at = 0.0
        self._closing = False
        self._unsure = False  # the last write failed: some of its entries may be in Redis already

    @property
    def stats(self) -> LogStats:
        self._stats.queue_depth = self._queue.qsize()
        self._stats.spool_bytes = self.spool.pending_bytes if self._client is not None else 0
        return self._stats

    def record(self, request: ScreenRequest, decision: Decision, policy: LoadedPolicy) -> None:
        if self._closing:
            self._drop(1, "closed")
            return
        try:
            self._queue.put_nowait((request, decision, policy, int(time.time() * 1000)))
        except asyncio.QueueFull:
            self._drop(1, "queue_full")
        except Exception as e:  # the request path must never see the log fail
            self._drop(1, type(e).__name__)

    async def start(self, client: aioredis.Redis) -> None:
        self._client = client
        slot, self._slot_fd = await asyncio.to_thread(claim_slot, self.settings.spool_dir)
        self.spool = Spool(slot, self.settings.spool_max_bytes)
        await asyncio.to_thread(lambda: self.spool.pending_bytes)  # loads the offset off-loop
        self._task = spawn(self._run(), name="guardproxy-decision-log")

    async def close(self, timeout_s: float = 5.0) -> None:
        """Flush what is queued (to Redis, else the spool), then stop the writer."""
        self._closing = True
        if self._task is None:
            return
        try:
            await asyncio.wait_for(self._queue.join(), timeout_s)
        except TimeoutError:
            log.warning("decisions.close_timeout", queued=self._queue.qsize())
        await cancel(self._task)
        self._task = None
        if self._slot_fd is not None:
            os.close(self._slot_fd)  # releases the slot's lock
            self._slot_fd = None

    async def flush(self) -> None:
        """Wait until everything recorded so far has left the queue (tests, shutdown)."""
        await self._queue.join()

    def _drop(self, n: int, why: str) -> None:
        before = self._stats.dropped
        self._stats.dropped += n
        # every drop is counted; the log line is rate-limited so a flood cannot drown the log
        if before == 0 or before // 1000 != self._stats.dropped // 1000:
            log.warning("decisions.dropped", why=why, n=n, dropped_total=self._stats.dropped)

    async def _run(self) -> None:
        while True:
            batch = await self._next_batch()
            try:
                if batch:
                    await self._handle(batch)
                if self.spool.pending_bytes and time.monotonic() >= self._retry_at:
                    await self._replay()
            except Exception as e:  # the writer must outlive any one bad batch
                log.error("decisions.writer_error", error=type(e).__name__)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _next_batch(self) -> list[_Pending]:
        if self.spool.pending_bytes:
            # wake for the next replay attempt even if no request arrives
            wait = max(0.0, self._retry_at - time.monotonic())
            try:
                first = await asyncio.wait_for(self._queue.get(), wait or 0.001)
            except TimeoutError:
                return []
        else:
            first = await self._queue.get()
        if self._queue.qsize() < BATCH:
            await asyncio.sleep(LINGER_S)
        batch = [first]
        while len(batch) < BATCH and not self._queue.empty():
            batch.append(self._queue.get_nowait())
        return batch

    async def _handle(self, batch: list[_Pending]) -> None:
        entries = []
        for request, decision, policy, ts in batch:
            try:
                entries.append(build_entry(request, decision, policy, key=self.key, ts_ms=ts))
            except Exception as e:
                self._stats.build_errors += 1
                self._drop(1, "build_error")
                log.error("decisions.build_error", error=type(e).__name__)
        if not entries:
            return
        if not self.spool.pending_bytes and await self._write(entries):
            return
        await self._to_spool(entries)

    async def _write(self, entries: list[LogEntry]) -> bool:
        assert self._client is not None
        s = self.settings
        try:
            async with asyncio.timeout(WRITE_TIMEOUT_S):
                if not self._group_ready and any(e.review for e in entries):
                    await ensure_group(self._client, s.review_stream, s.group)
                    self._group_ready = True
                in_main, in_review = await self._written_ids() if self._unsure else (set(), set())
                commands = []
                for e in entries:
                    if e.fields["id"] not in in_main:
                        commands.append(pack_xadd(s.stream, e.fields, s.maxlen))
                    if e.review and e.fields["id"] not in in_review:
                        commands.append(pack_xadd(s.review_stream, e.fields, s.maxlen))
                await execute_packed(self._client, b"".join(commands), len(commands))
        except (RedisError, OSError, TimeoutError) as e:
            self._group_ready = False
            self._unsure = True
            self._schedule_retry(type(e).__name__)
            return False
        self._unsure = False
        self._stats.written += len(entries)  # now all in the stream, whichever attempt added them
        return True

    async def _written_ids(self) -> tuple[set[str], set[str]]:
        """Decision ids at the tail of each stream, so a retried batch adds each entry once."""
        assert self._client is not None
        out = []
        for stream in (self.settings.stream, self.settings.review_stream):
            tail: Any = await self._client.xrevrange(stream, count=TAIL_CHECK)
            out.append({f[b"id"].decode() for _, f in tail if b"id" in f})
        return out[0], out[1]

    async def _to_spool(self, entries: list[LogEntry]) -> None:
        dropped = await asyncio.to_thread(self.spool.append, entries)
        self._stats.spooled += len(entries) - dropped
        if dropped:
            self._drop(dropped, "spool_full")

    async def _replay(self) -> None:
        while self.spool.pending_bytes:
            entries, end = await asyncio.to_thread(self.spool.peek, BATCH)
            if entries and not await self._write(entries):
                return
            await asyncio.to_thread(self.spool.commit, end)
            self._stats.replayed += len(entries)
        if self._backoff > BACKOFF_S[0]:
            log.info("decisions.replayed", replayed_total=self._stats.replayed)
        self._backoff = BACKOFF_S[0]

    def _schedule_retry(self, error: str) -> None:
        if self._backoff == BACKOFF_S[0]:
            log.warning("decisions.redis_unavailable", error=error, spool_bytes=self.spool.pending_bytes)
        self._retry_at = time.monotonic() + self._backoff
        self._backoff = min(self._backoff * 2, BACKOFF_S[1])
