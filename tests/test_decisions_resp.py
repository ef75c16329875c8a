"""The decision log's own packing sends the bytes redis-py would, and a real Redis answers it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis
from redis.asyncio.connection import Connection
from redis.exceptions import ResponseError
from test_decisions_log import server, short_dir  # noqa: F401 - fixtures

from guardproxy.decisions import resp
from guardproxy.decisions.redis_server import EmbeddedRedis

CASES: list[tuple[str | bytes, ...]] = [
    ("XADD", "s", b"MAXLEN", b"~", "1000", "*", "text", "héllo 🙂 世界", "raw", "0"),
    ("XADD", "s", "*", "big", "x" * 100_000),  # redis-py splits big values into chunks
    ("SET", b"k", b"\x00\xff\r\n"),
    ("XADD", "s", "*", "empty", ""),
]


def _redis_py(*args: Any) -> bytes:
    return b"".join(map(bytes, Connection().pack_command(*args)))


@pytest.mark.parametrize("args", CASES, ids=range(len(CASES)))
def test_same_bytes_as_redis_py(args: tuple[str | bytes, ...]) -> None:
    assert resp.pack(args) == _redis_py(*args)


def test_pack_xadd_is_redis_pys_approximate_maxlen_xadd() -> None:
    fields = {"id": "d1", "text": "a\r\nb 世界", "score": ""}
    want = _redis_py(
        "XADD", "gp:decisions", "MAXLEN", "~", "7", "*", "id", "d1", "text", "a\r\nb 世界", "score", ""
    )
    assert resp.pack_xadd("gp:decisions", fields, 7) == want


async def test_a_batch_lands_and_an_error_reply_leaves_the_connection_usable(
    short_dir: Path,  # noqa: F811
    server: EmbeddedRedis,  # noqa: F811
) -> None:
    client = aioredis.Redis.from_url(server.url)
    try:
        await client.set("plain", "a string, not a stream")
        fields = {"text": "héllo 🙂 \r\n$3\r\n世界", "empty": "", "n": "7"}
        batch = [
            resp.pack_xadd("s", fields, 10),
            resp.pack_xadd("plain", fields, 10),  # WRONGTYPE: an error reply mid-batch
            resp.pack_xadd("s", fields, 10),
        ]
        with pytest.raises(ResponseError, match="WRONGTYPE"):
            await resp.execute_packed(client, b"".join(batch), len(batch))
        # every reply was read: the pooled connection answers the next command in step
        got: Any = await client.xrange("s")
        assert len(got) == 2
        assert {k.decode(): v.decode() for k, v in got[0][1].items()} == fields
        replies = await resp.execute_packed(client, resp.pack_xadd("s", fields, 10), 1)
        assert len(replies) == 1
        assert await client.xlen("s") == 3
        assert len(client.connection_pool._available_connections) == 1  # one connection, reused
    finally:
        await client.aclose()
