"""FastPacking sends the bytes redis-py would, and a real Redis reads them back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis
from redis.asyncio.connection import Connection, UnixDomainSocketConnection
from test_decisions_log import server, short_dir  # noqa: F401 - fixtures

from guardproxy.decisions.redis_server import EmbeddedRedis
from guardproxy.decisions.resp import FastPacking, use_fast_packing

CASES: list[tuple[Any, ...]] = [
    ("XADD", "s", b"MAXLEN", b"~", "1000", "*", "text", "héllo 🙂 世界", "raw", "0"),
    ("XADD", "s", "*", "big", "x" * 100_000),  # redis-py splits big values into chunks
    ("SET", b"k", b"\x00\xff\r\n"),
    ("CONFIG GET", "maxmemory"),  # a two-word name: redis-py's own path
    ("INCRBY", "n", 5),  # not all str/bytes: redis-py's own path
    ("SET", "f", 1.5),
    ("SET", "m", memoryview(b"view")),
]


@pytest.mark.parametrize("args", CASES, ids=range(len(CASES)))
def test_same_bytes_as_redis_py(args: tuple[Any, ...]) -> None:
    fast = type("FastConnection", (FastPacking, Connection), {})()
    ref = Connection()
    assert b"".join(map(bytes, fast.pack_command(*args))) == b"".join(map(bytes, ref.pack_command(*args)))


def test_use_fast_packing_wraps_the_pool_class_once() -> None:
    client = use_fast_packing(aioredis.Redis.from_url("unix:///tmp/gp-none.sock"))
    cls = client.connection_pool.connection_class
    assert FastPacking in cls.__mro__
    assert UnixDomainSocketConnection in cls.__mro__
    assert use_fast_packing(client).connection_pool.connection_class is cls


async def test_round_trip_through_a_real_redis(short_dir: Path, server: EmbeddedRedis) -> None:  # noqa: F811
    client = use_fast_packing(aioredis.Redis.from_url(server.url))
    try:
        fields: dict[Any, Any] = {"text": "héllo 🙂 \r\n$3\r\n世界", "empty": "", "n": "7"}
        pipe = client.pipeline(transaction=False)
        for _ in range(3):
            pipe.xadd("s", fields, maxlen=10, approximate=True)
        await pipe.execute()
        got: Any = await client.xrange("s")
        assert len(got) == 3
        assert {k.decode(): v.decode() for k, v in got[0][1].items()} == fields
    finally:
        await client.aclose()
