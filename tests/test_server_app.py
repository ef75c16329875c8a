"""The app as a whole: routes, the two headers on every answer, health, forwarding, logs."""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor

import pytest

from guardproxy.server import state
from guardproxy.testing import FakeUpstream, MakeProxy, ProxyClient, StaticScreener
from guardproxy.testing import Reply as FakeReply
from guardproxy.types import Action

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}


def assert_stamped(headers: Mapping[str, str], decision: str) -> None:
    assert len(headers.get("X-GuardProxy-Request-Id", "")) == 32
    assert headers.get("X-GuardProxy-Decision") == decision


async def test_chat_is_screened_and_forwarded(proxy: ProxyClient, upstream: FakeUpstream) -> None:
    resp = await proxy.post("/v1/chat/completions", json=CHAT)
    assert resp.status == 200
    assert (await resp.json())["choices"][0]["message"]["content"] == "Echo: hello"
    assert_stamped(resp.headers, "allow")
    assert upstream.received[-1].path == "/v1/chat/completions"
    assert upstream.received[-1].json() == CHAT


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/nope", 404),
        ("GET", "/v1/models", 200),
        ("POST", "/healthz", 405),
    ],
)
async def test_every_answer_is_stamped(proxy: ProxyClient, method: str, path: str, status: int) -> None:
    resp = await proxy.request(method, path)
    assert resp.status == status
    assert_stamped(resp.headers, "none")
    if status >= 400:
        err = (await resp.json())["error"]
        assert set(err) == {"message", "type", "param", "code"}


async def test_request_ids_differ(proxy: ProxyClient) -> None:
    a = await proxy.get("/healthz")
    b = await proxy.get("/healthz")
    assert a.headers["X-GuardProxy-Request-Id"] != b.headers["X-GuardProxy-Request-Id"]


async def test_other_v1_paths_forward_unchanged(proxy: ProxyClient, upstream: FakeUpstream) -> None:
    resp = await proxy.get("/v1/models?limit=2")
    assert resp.status == 200
    assert (await resp.json())["data"][0]["id"] == "guardproxy-demo"
    got = upstream.received[-1]
    assert (got.method, got.path, got.query) == ("GET", "/v1/models", "limit=2")


async def test_unknown_paths_can_be_denied(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    client = await make_proxy(unknown_paths="deny")
    resp = await client.get("/v1/models")
    assert resp.status == 404
    assert (await resp.json())["error"]["code"] == "unknown_url"
    assert upstream.received == []


@pytest.mark.parametrize(
    "path",
    ["/v1/chat/completions/", "/v1//chat/completions", "/v1/Chat/Completions", "/v1/chat/%63ompletions/"],
)
async def test_lookalike_of_a_screened_route_is_refused(
    make_proxy: MakeProxy, upstream: FakeUpstream, path: str
) -> None:
    screener = StaticScreener()
    client = await make_proxy(screener)
    resp = await client.post(path, json=CHAT)
    # either screened like the real route, or refused: never forwarded unscreened
    assert resp.status == 400 or len(screener.requests) == 1
    if resp.status == 400:
        assert upstream.received == []


async def test_healthz(proxy: ProxyClient) -> None:
    resp = await proxy.get("/healthz")
    assert (resp.status, await resp.json()) == (200, {"status": "ok"})


@pytest.mark.parametrize(("ready", "status"), [(True, 200), (False, 503)])
async def test_readyz_asks_the_screener(make_proxy: MakeProxy, ready: bool, status: int) -> None:
    client = await make_proxy(StaticScreener(ready=ready))
    assert (await client.get("/readyz")).status == status


async def test_shared_resources_are_on_the_app(proxy: ProxyClient, upstream: FakeUpstream) -> None:
    app = proxy.app
    assert app is not None
    assert app[state.EXECUTOR]._max_workers >= 1
    assert not app[state.HTTP].closed
    assert app[state.UPSTREAM_URL] == upstream.url


async def test_demo_mode_starts_its_own_upstream(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    client = await make_proxy(demo=True)
    resp = await client.post("/v1/chat/completions", json=CHAT)
    assert (await resp.json())["choices"][0]["message"]["content"] == "Echo: hello"
    assert upstream.received == []  # answered by the in-process demo upstream, not the fake


async def test_logs_carry_no_prompt_or_key(make_proxy: MakeProxy, capsys: pytest.CaptureFixture[str]) -> None:
    from guardproxy.logs import configure_logging

    configure_logging("debug")
    client = await make_proxy(StaticScreener(Action.BLOCK))
    secret_prompt = "my card is 4111 1111 1111 1111 zebra-unicorn"
    key = "sk-live-donotlogme0123456789"
    body = {"model": "m", "messages": [{"role": "user", "content": secret_prompt}]}
    await client.post("/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"})
    await client.post("/v1/chat/completions", data=b'{"x": "zebra-unicorn', headers={"Authorization": key})
    err = capsys.readouterr().err
    assert "event='request'" in err
    assert "zebra-unicorn" not in err
    assert "donotlogme" not in err


async def test_post_to_other_paths_streams_the_body_through(
    proxy: ProxyClient, upstream: FakeUpstream
) -> None:
    upstream.script(FakeReply(status=201, body={"ok": True}))
    payload = b'{"input": "' + b"x" * 100_000 + b'"}'
    resp = await proxy.post("/v1/moderations", data=payload, headers={"Content-Type": "application/json"})
    assert (resp.status, await resp.json()) == (201, {"ok": True})
    assert upstream.received[-1].body == payload
    assert resp.headers["X-GuardProxy-Decision"] == "none"


async def test_screener_gets_the_shared_executor(make_proxy: MakeProxy) -> None:
    class Threaded(StaticScreener):
        pool: ThreadPoolExecutor | None = None

        def use_executor(self, pool: ThreadPoolExecutor) -> None:
            self.pool = pool

    screener = Threaded()
    client = await make_proxy(screener)
    assert client.app is not None
    assert screener.pool is client.app[state.EXECUTOR]


def test_settle_gc_freezes_the_start_up_heap_and_raises_the_thresholds() -> None:
    import gc

    from guardproxy.server.run import GC_THRESHOLDS, settle_gc

    before = gc.get_threshold()
    try:
        settle_gc()
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() > 0
        assert GC_THRESHOLDS[0] > before[0]  # less often than Python's default, not more
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
