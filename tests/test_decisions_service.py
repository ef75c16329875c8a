"""The decision service's lifecycle: embedded Redis shared by workers, or a Redis URL."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_aiohttp.plugin import AiohttpClient
from test_decisions_entry import ATTACK, EMAIL, screened

from guardproxy.config import REPO_ROOT, DecisionLogSettings, Settings
from guardproxy.decisions.redis_server import EmbeddedRedis
from guardproxy.decisions.service import DECISIONS, DecisionService, wire_decisions
from guardproxy.detect.cascade import Cascade
from guardproxy.detect.registry import default_detectors
from guardproxy.errors import ConfigError
from guardproxy.guard import GuardScreener
from guardproxy.policy.loader import PolicyStore
from guardproxy.server.app import create_app
from guardproxy.testing import FakeUpstream, Reply


@pytest.fixture
def short_dir() -> Iterator[Path]:
    d = Path(tempfile.mkdtemp(prefix="gp-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


async def test_workers_started_together_share_one_embedded_redis(short_dir: Path) -> None:
    s = DecisionLogSettings(redis_dir=short_dir / "redis", spool_dir=short_dir / "spool")
    workers = [DecisionService(s, b"k" * 32) for _ in range(3)]
    await asyncio.gather(*(w.start() for w in workers))
    owners = [w for w in workers if w.embedded is not None]
    assert len(owners) == 1
    for i, w in enumerate(workers):
        w.log.record(*screened(ATTACK, request_id=f"w{i}"))
        await w.log.flush()
    assert await workers[0].review.client.xlen(s.stream) == 3
    assert len(await workers[1].review.pending_items()) == 3
    for w in workers:
        if w.embedded is None:
            await w.close()
    server = owners[0].embedded
    assert server is not None
    await owners[0].close()
    assert not server.running


async def test_a_redis_url_is_used_as_given(short_dir: Path) -> None:
    srv = EmbeddedRedis(short_dir / "elsewhere")
    await srv.start()
    s = DecisionLogSettings(redis_url=srv.url, redis_dir=short_dir / "unused", spool_dir=short_dir / "spool")
    svc = DecisionService(s, b"k" * 32)
    await svc.start()
    assert svc.embedded is None
    svc.log.record(*screened("hello", request_id="x"))
    await svc.log.flush()
    assert await svc.review.client.xlen(s.stream) == 1
    assert not (short_dir / "unused").exists()
    await svc.close()
    await srv.stop()


async def test_second_embedded_server_on_one_directory_is_refused(short_dir: Path) -> None:
    first = EmbeddedRedis(short_dir / "redis")
    await first.start()
    with pytest.raises(ConfigError, match="already listens"):
        await EmbeddedRedis(short_dir / "redis").start()
    await first.stop()


async def test_a_server_still_loading_a_full_log_is_waited_for(
    short_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full log (a million entries) takes Redis ~10 s to read back here, past the start-up
    timeout: a restart must wait for it, not kill it and fail."""
    import redis.asyncio as aioredis

    from guardproxy.decisions import redis_server

    d = short_dir / "redis"
    first = EmbeddedRedis(d)
    await first.start()
    client = aioredis.Redis.from_url(first.url)
    pipe = client.pipeline(transaction=False)
    for i in range(1000):  # 20 MB that LZF cannot shrink: Redis answers between each 2 MB read
        pipe.set(f"k{i}", os.urandom(10_000).hex())
    await pipe.execute()
    await client.bgrewriteaof()  # an RDB preamble, which is what key-load-delay slows down
    while True:
        if not (await client.info("persistence"))["aof_rewrite_in_progress"]:
            break
        await asyncio.sleep(0.05)
    await client.aclose()
    await first.stop()
    assert not list(d.glob("*.rdb"))  # no snapshots: the append-only file is the log
    (d / "temp-4242.rdb").write_bytes(b"half a snapshot")  # from a server killed mid-save

    config = redis_server._config
    monkeypatch.setattr(redis_server, "_config", lambda *a: config(*a) + "key-load-delay 2000\n")
    monkeypatch.setattr(redis_server, "START_TIMEOUT_S", 1.0)  # loading takes ~2 s
    second = EmbeddedRedis(d)
    await second.start()
    assert not (d / "temp-4242.rdb").exists()
    client = aioredis.Redis.from_url(second.url)
    assert await client.dbsize() == 1000
    await client.aclose()
    await second.stop()


def test_overlong_directory_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="too long"):
        EmbeddedRedis(tmp_path / ("x" * 120))


def test_review_before_start_is_an_error(short_dir: Path) -> None:
    svc = DecisionService(DecisionLogSettings(redis_dir=short_dir), b"k")
    with pytest.raises(RuntimeError, match="start"):
        _ = svc.review


async def test_through_the_real_proxy_n_requests_give_n_entries(
    short_dir: Path, aiohttp_client: AiohttpClient, settings_for: Callable[..., Settings]
) -> None:
    base = settings_for()
    settings = base.model_copy(
        update={
            "decisions": base.decisions.model_copy(
                update={"redis_dir": short_dir / "r", "spool_dir": short_dir / "s"}
            )
        }
    )
    screener = GuardScreener(
        Cascade(default_detectors(), None), PolicyStore(REPO_ROOT / "policies"), budget_ms=5000
    )
    app = create_app(settings, screener, environ={"GUARDPROXY_REVIEW_TOKEN": "t0ken"})
    service = app[DECISIONS]  # the factory wired the log in
    assert screener.sink is service.log
    client = await aiohttp_client(app)
    texts = [ATTACK if i % 4 == 0 else f"write me a haiku, reply to {EMAIL}" for i in range(20)]
    for text in texts:
        resp = await client.post(
            "/v1/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": text}]}
        )
        assert resp.status == (403 if text == ATTACK else 200)
    await service.log.flush()
    stored: Any = await service.review.client.xrange(settings.decisions.stream)
    assert len(stored) == 20
    assert [f[b"verdict"] for _, f in stored][:2] == [b"block", b"redact"]
    assert not any(EMAIL.encode() in v for _, f in stored for v in f.values())
    assert await service.review.client.xlen(settings.decisions.review_stream) == 5
    listed = await client.get("/review/api/items", headers={"Authorization": "Bearer t0ken"})
    assert len((await listed.json())["items"]) == 5


def test_no_log_for_a_screener_that_records_nothing(
    short_dir: Path, settings_for: Callable[..., Settings]
) -> None:
    app = create_app(settings_for(), environ={})  # AllowAll
    assert wire_decisions(app, {}) is None
    assert DECISIONS not in app


async def test_a_secret_in_an_answer_is_masked_and_logged_as_an_output_entry(
    short_dir: Path,
    aiohttp_client: AiohttpClient,
    settings_for: Callable[..., Settings],
    upstream: FakeUpstream,
) -> None:
    base = settings_for()
    decisions = base.decisions.model_copy(update={"redis_dir": short_dir / "r", "spool_dir": short_dir / "s"})
    settings = base.model_copy(update={"decisions": decisions})
    screener = GuardScreener(
        Cascade(default_detectors(), None), PolicyStore(REPO_ROOT / "policies"), budget_ms=5000
    )
    app = create_app(settings, screener, environ={})
    service = app[DECISIONS]
    client = await aiohttp_client(app)
    leaked = "AKIAIOSFODNN7EXAMPLE"
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": f"The key is {leaked}."}}]}
    upstream.script(Reply(body=answer))
    resp = await client.post(
        "/v1/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": "what key?"}]}
    )
    assert resp.status == 200
    assert leaked not in await resp.text()
    await service.log.flush()
    stored: Any = await service.review.client.xrange(settings.decisions.stream)
    by_id = {f[b"id"]: f for _, f in stored}
    request_id = resp.headers["X-GuardProxy-Request-Id"].encode()
    assert set(by_id) == {request_id, request_id + b":output"}
    output = by_id[request_id + b":output"]
    assert b"output.secret" in output[b"reasons"]
    assert not any(leaked.encode() in v for f in by_id.values() for v in f.values())
