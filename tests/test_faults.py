"""Faults around the proxy: the upstream, Redis, the model files and the screening stages.

Each upstream fault is run through a real in-process proxy whose lifetime the test owns, so
it can check afterwards that every request finished within a bound and no task is left over.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp.test_utils import TestClient, TestServer

from guardproxy.config import REPO_ROOT, Settings, load_settings
from guardproxy.decisions.service import DECISIONS
from guardproxy.detect.base import Variant
from guardproxy.detect.cascade import Cascade
from guardproxy.detect.registry import default_detectors
from guardproxy.guard import GuardScreener
from guardproxy.policy.loader import PolicyStore
from guardproxy.screening import Screener
from guardproxy.server.app import create_app
from guardproxy.testing import FakeUpstream, ProxyClient, Reply
from guardproxy.types import Finding

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
STREAM = {**CHAT, "stream": True}
BOUND_S = 10.0  # every faulty exchange must be over well within this


def chunk(text: str) -> bytes:
    delta = {"choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}
    return b"data: " + orjson.dumps(delta) + b"\n\n"


@asynccontextmanager
async def no_leaked_tasks() -> AsyncIterator[None]:
    before = asyncio.all_tasks()
    yield
    leaked: set[asyncio.Task[Any]] = set()
    for _ in range(100):  # cancelled tasks get a few loop turns to finish
        leaked = {t for t in asyncio.all_tasks() - before if not t.done()}
        if not leaked:
            return
        await asyncio.sleep(0.02)
    pytest.fail(f"tasks left running: {sorted(t.get_name() for t in leaked)}")


@asynccontextmanager
async def proxy_for(settings: Settings, screener: Screener | None = None) -> AsyncIterator[ProxyClient]:
    client: ProxyClient = TestClient(TestServer(create_app(settings, screener, environ={})))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


def settings_for(url: str, **overrides: Any) -> Settings:
    up = {"url": url, **overrides.pop("upstream", {})}
    return load_settings(environ={}, overrides={"upstream": up, **overrides})


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@asynccontextmanager
async def hanging_up_server() -> AsyncIterator[str]:
    """Accepts a connection, reads the request head, and closes without a word."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.transport.abort()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
    finally:
        server.close()
        await server.wait_closed()


async def error_of(resp: aiohttp.ClientResponse) -> dict[str, Any]:
    body = await resp.json()
    assert set(body["error"]) == {"message", "type", "param", "code"}
    err: dict[str, Any] = body["error"]
    return err


# -- the upstream -----------------------------------------------------------------------------


@pytest.mark.parametrize("body", [CHAT, STREAM], ids=["plain", "stream"])
async def test_upstream_down_is_a_502_in_openai_shape(body: dict[str, Any]) -> None:
    async with no_leaked_tasks(), proxy_for(settings_for(f"http://127.0.0.1:{closed_port()}/v1")) as proxy:
        async with asyncio.timeout(BOUND_S):
            resp = await proxy.post("/v1/chat/completions", json=body)
            assert resp.status == 502
            assert (await error_of(resp))["code"] == "upstream_unreachable"
            other = await proxy.get("/v1/models")  # forwarded routes fail the same way
            assert other.status == 502


@pytest.mark.parametrize("body", [CHAT, STREAM], ids=["plain", "stream"])
async def test_upstream_hanging_up_before_answering_is_a_502(body: dict[str, Any]) -> None:
    async with no_leaked_tasks(), hanging_up_server() as url, proxy_for(settings_for(url)) as proxy:
        async with asyncio.timeout(BOUND_S):
            resp = await proxy.post("/v1/chat/completions", json=body)
            assert resp.status == 502
            assert (await error_of(resp))["code"] == "upstream_unreachable"


@pytest.mark.parametrize("body", [CHAT, STREAM], ids=["plain", "stream"])
async def test_slow_upstream_is_a_504_at_the_read_timeout(body: dict[str, Any]) -> None:
    async with no_leaked_tasks(), FakeUpstream() as up:
        up.script(Reply(delay_s=5.0))
        async with proxy_for(settings_for(up.url, upstream={"read_timeout_s": 0.3})) as proxy:
            loop = asyncio.get_running_loop()
            started = loop.time()
            resp = await proxy.post("/v1/chat/completions", json=body)
            assert resp.status == 504
            assert (await error_of(resp))["code"] == "upstream_timeout"
            assert loop.time() - started < 2.0
            assert (await proxy.post("/v1/chat/completions", json=CHAT)).status == 200  # recovers


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_upstream_5xx_reaches_the_client_unchanged(status: int) -> None:
    err = {
        "error": {"message": "The server is overloaded.", "type": "server_error", "param": None, "code": None}
    }
    async with no_leaked_tasks(), FakeUpstream() as up:
        up.script(Reply(status=status, body=err), Reply(status=status, body=b"<html>bad gateway</html>"))
        async with proxy_for(settings_for(up.url)) as proxy, asyncio.timeout(BOUND_S):
            resp = await proxy.post("/v1/chat/completions", json=CHAT)
            assert resp.status == status
            assert await resp.json() == err  # an SDK raises its usual APIStatusError
            resp = await proxy.post("/v1/chat/completions", json=STREAM)
            assert resp.status == status  # a non-JSON body still carries the status SDKs map on
            assert resp.headers["X-GuardProxy-Decision"] == "allow"


@pytest.mark.parametrize(
    "chunks",
    [
        [(0.0, chunk("a"))],
        [(0.0, chunk("a")), (0.02, b'data: {"choices": [{"ind')],  # cut inside an event
        [],  # headers, then nothing
    ],
    ids=["after-an-event", "inside-an-event", "before-any-event"],
)
async def test_reset_mid_stream_ends_with_an_error_event(chunks: Sequence[tuple[float, bytes]]) -> None:
    async with no_leaked_tasks(), FakeUpstream() as up:
        up.script(Reply(chunks=chunks, reset=True))
        async with proxy_for(settings_for(up.url)) as proxy, asyncio.timeout(BOUND_S):
            resp = await proxy.post("/v1/chat/completions", json=STREAM)
            assert resp.status == 200
            events = [e for e in (await resp.read()).split(b"\n\n") if e]
            assert events[-1] == b"data: [DONE]"
            assert orjson.loads(events[-2].removeprefix(b"data: "))["error"]["type"] == "upstream_error"
            assert all(e.startswith(b"data: {") for e in events[:-1])  # every event parses as SSE


async def test_stall_mid_stream_ends_with_an_error_event_at_the_read_timeout() -> None:
    async with no_leaked_tasks(), FakeUpstream() as up:
        up.script(Reply(chunks=[(0.0, chunk("a")), (5.0, chunk("late"))]))
        async with proxy_for(settings_for(up.url, upstream={"read_timeout_s": 0.3})) as proxy:
            async with asyncio.timeout(2.0):
                resp = await proxy.post("/v1/chat/completions", json=STREAM)
                raw = await resp.read()
            assert raw.startswith(chunk("a"))
            assert b"late" not in raw
            assert b'"upstream_error"' in raw


async def test_reset_mid_plain_body_drops_the_connection_instead_of_hanging() -> None:
    async with no_leaked_tasks(), FakeUpstream() as up:
        part = b'{"id": "chatcmpl-1", "choices": ['
        up.script(Reply(chunks=[(0.0, part)], headers={"Content-Type": "application/json"}, reset=True))
        async with proxy_for(settings_for(up.url)) as proxy, asyncio.timeout(BOUND_S):
            resp = await proxy.post("/v1/chat/completions", json=CHAT)
            with pytest.raises(aiohttp.ClientPayloadError):
                await resp.read()  # a truncated body must look truncated, not complete
            assert (await proxy.post("/v1/chat/completions", json=CHAT)).status == 200


# -- Redis ------------------------------------------------------------------------------------


@pytest.fixture
def short_dir() -> Iterator[Path]:
    # unix socket paths must stay short; pytest's tmp_path can be too long
    d = Path(tempfile.mkdtemp(prefix="gp-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


def rules_guard() -> GuardScreener:
    return GuardScreener(
        Cascade(default_detectors(), None), PolicyStore(REPO_ROOT / "policies"), budget_ms=10_000
    )


def with_decisions(settings: Settings, base: Path) -> Settings:
    d = settings.decisions.model_copy(update={"redis_dir": base / "r", "spool_dir": base / "s"})
    return settings.model_copy(update={"decisions": d})


async def test_redis_down_and_restarted_fails_no_request_and_loses_no_decision(short_dir: Path) -> None:
    async with FakeUpstream() as up:
        settings = with_decisions(settings_for(up.url), short_dir)
        async with proxy_for(settings, rules_guard()) as proxy:
            assert proxy.app is not None
            service = proxy.app[DECISIONS]
            assert service.embedded is not None
            assert service.client is not None
            sent = 0

            async def burst(n: int) -> None:
                nonlocal sent
                replies = await asyncio.gather(
                    *(proxy.post("/v1/chat/completions", json=CHAT) for _ in range(n))
                )
                assert [r.status for r in replies] == [200] * n
                sent += n

            await burst(30)
            await service.embedded.stop()
            async with asyncio.timeout(BOUND_S):
                await burst(60)  # Redis is gone: answers must not wait on it
            await service.log.flush()
            assert service.log.stats.spooled > 0
            await service.embedded.start()
            await burst(30)
            async with asyncio.timeout(BOUND_S):
                while True:
                    await service.log.flush()
                    if (
                        service.log.stats.spool_bytes == 0
                        and await service.client.xlen(settings.decisions.stream) >= sent
                    ):
                        break
                    await asyncio.sleep(0.05)
            assert await service.client.xlen(settings.decisions.stream) == sent == 120
            assert service.log.stats.dropped == 0


class ReplyCutter:
    """A unix-socket relay in front of Redis that, when told, lets a command through and then
    hangs up instead of passing the reply back: the write happened, the writer cannot know."""

    def __init__(self, target: str, path: Path) -> None:
        self.target, self.path, self.cut = target, path, False
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> ReplyCutter:
        self.server = await asyncio.start_unix_server(self._relay, str(self.path))
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _relay(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        redis_r, redis_w = await asyncio.open_unix_connection(self.target)

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, replies: bool) -> None:
            while data := await src.read(65536):
                if replies and self.cut:
                    break
                dst.write(data)
                await dst.drain()
            dst.close()

        await asyncio.gather(
            pump(client_r, redis_w, False), pump(redis_r, client_w, True), return_exceptions=True
        )


async def test_a_lost_redis_reply_neither_loses_nor_duplicates_decisions(short_dir: Path) -> None:
    import redis.asyncio as aioredis
    from test_decisions_entry import screened

    from guardproxy.config import DecisionLogSettings
    from guardproxy.decisions.log import DecisionLog
    from guardproxy.decisions.redis_server import EmbeddedRedis

    server = EmbeddedRedis(short_dir / "r")
    await server.start()
    settings = DecisionLogSettings(redis_dir=short_dir / "r", spool_dir=short_dir / "s")
    direct = aioredis.Redis.from_url(server.url)
    try:
        async with ReplyCutter(str(server.socket), short_dir / "cut.sock") as cutter:
            dlog = DecisionLog(settings, b"k" * 32)
            via_cutter = aioredis.Redis.from_url(f"unix://{cutter.path}", socket_timeout=1.0)
            await dlog.start(via_cutter)
            for i in range(10):
                dlog.record(*screened(f"hello {i}", request_id=f"d{i}"))
            await dlog.flush()
            cutter.cut = True
            for i in range(10, 30):
                dlog.record(*screened(f"again {i}", request_id=f"d{i}"))
            await dlog.flush()
            assert dlog.stats.spooled == 20  # the writer saw a failure and kept the batch
            cutter.cut = False
            async with asyncio.timeout(BOUND_S):
                while dlog.stats.spool_bytes:
                    await dlog.flush()
                    await asyncio.sleep(0.05)
            ids: Any = await direct.xrange(settings.stream)
            assert [f[b"id"].decode() for _, f in ids] == [f"d{i}" for i in range(30)]
            await dlog.close()
            await via_cutter.aclose()
    finally:
        await direct.aclose()
        await server.stop()


# -- model files at start-up ------------------------------------------------------------------


def damaged_models(folder: Path, damage: str) -> Path:
    folder.mkdir()
    (folder / "l0.onnx").write_bytes(b"not really a model")
    good = "b" * 64 if damage == "corrupt" else "0" * 64
    manifest: dict[str, Any] = {"version": "t", "files": {"l0.onnx": good}}
    if damage == "missing":
        manifest["files"] = {"l1.onnx": good}
    text = json.dumps(manifest)
    if damage == "unreadable":
        text = text[:10]
    if damage != "no-manifest":
        (folder / "manifest.json").write_text(text)
    return folder


@pytest.mark.parametrize(
    ("damage", "workers", "says"),
    [
        ("corrupt", 1, "is corrupt: sha256"),
        ("corrupt", 2, "is corrupt: sha256"),
        ("missing", 1, "is missing"),
        ("unreadable", 1, "is unreadable"),
        ("no-manifest", 2, "no model manifest"),
    ],
)
def test_damaged_model_files_stop_serve_with_one_line(
    tmp_path: Path, damage: str, workers: int, says: str
) -> None:
    folder = damaged_models(tmp_path / "models", damage)
    env = {
        **os.environ,
        "GUARDPROXY_SCREENING__MODELS_DIR": str(folder),
        "GUARDPROXY_DECISIONS__ENABLED": "false",
        "GUARDPROXY_PORT": "0",
    }
    done = subprocess.run(
        [sys.executable, "-m", "guardproxy", "serve", "--workers", str(workers)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("guardproxy: error: ")
    assert says in lines[0]


# -- a screening stage raising ----------------------------------------------------------------


class Exploding:
    stage = "boom"

    def detect(self, text: str, variants: Sequence[Variant]) -> Sequence[Finding]:
        raise RuntimeError("detector bug")


@pytest.mark.parametrize("fail_mode", ["closed", "open"])
async def test_a_raising_stage_applies_the_fail_mode_on_the_wire(tmp_path: Path, fail_mode: str) -> None:
    (tmp_path / "default.yaml").write_text(f"id: default\nfail_mode: {fail_mode}\n")
    guard = GuardScreener(
        Cascade([*default_detectors(), Exploding()], None), PolicyStore(tmp_path), budget_ms=10_000
    )
    async with no_leaked_tasks(), FakeUpstream() as up:
        settings = settings_for(up.url, decisions={"enabled": False})
        async with proxy_for(settings, guard) as proxy, asyncio.timeout(BOUND_S):
            resp = await proxy.post("/v1/chat/completions", json=CHAT)
            if fail_mode == "closed":
                assert resp.status == 403
                err = await error_of(resp)
                assert err["code"] == "guardproxy_blocked"
                assert "screening could not finish" in err["message"]
                assert up.received == []
            else:
                assert resp.status == 200
                assert resp.headers["X-GuardProxy-Decision"] == "flag"
                assert len(up.received) == 1
    assert guard.stats.errors == 1
    assert (guard.stats.fail_closed, guard.stats.fail_open) == ((1, 0) if fail_mode == "closed" else (0, 1))


# -- load: a slice of `python -m tools.load` (20,000 requests at concurrency 64 is the full run) --


async def test_load_slice_through_a_redis_outage_has_no_errors_and_a_decision_per_request() -> None:
    if str(REPO_ROOT) not in sys.path:  # tools/ sits beside the package and is not installed with it
        sys.path.insert(0, str(REPO_ROOT))
    from tools.load import run_load

    # no models: the rules-only guard, so the slice does not depend on a trained set being present
    settings = load_settings(environ={}, overrides={"screening": {"models_dir": "/nonexistent"}})
    report = await run_load(400, 16, settings=settings, redis_outage_s=0.5)  # Redis stopped halfway
    assert report.errors == 0, report.error_kinds
    assert report.statuses == {"200": 300, "403": 100}
    assert report.decisions_in_redis == report.requests == 400
    assert report.rss_after_mib < report.rss_before_mib + 64
