"""Forwarding and relaying: statuses, timeouts, headers, streaming, disconnects."""

from __future__ import annotations

import asyncio
import socket
import time

import aiohttp
import orjson
import pytest
from multidict import CIMultiDict

from guardproxy.errors import RequestError
from guardproxy.server.upstream import request_headers, response_headers, upstream_url
from guardproxy.testing import FakeUpstream, MakeProxy, ProxyClient, Reply

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}


def sse(obj: object) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def chunk(text: str) -> bytes:
    return sse(
        {"id": "c", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": text}}]}
    )


async def test_upstream_error_status_and_body_pass_through(
    proxy: ProxyClient, upstream: FakeUpstream
) -> None:
    err = {"error": {"message": "boom", "type": "server_error", "param": None, "code": None}}
    upstream.script(Reply(status=500, body=err, headers={"X-Upstream": "1"}))
    resp = await proxy.post("/v1/chat/completions", json=CHAT)
    assert resp.status == 500
    assert await resp.json() == err
    assert resp.headers["X-Upstream"] == "1"
    assert resp.headers["X-GuardProxy-Decision"] == "allow"


async def test_upstream_timeout_is_504(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    client = await make_proxy(upstream={"read_timeout_s": 0.2})
    upstream.script(Reply(delay_s=2))
    started = time.perf_counter()
    resp = await client.post("/v1/chat/completions", json=CHAT)
    assert resp.status == 504
    assert (await resp.json())["error"]["code"] == "upstream_timeout"
    assert time.perf_counter() - started < 1.5


async def test_unreachable_upstream_is_502(make_proxy: MakeProxy) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = await make_proxy(upstream={"url": f"http://127.0.0.1:{port}/v1"})
    resp = await client.post("/v1/chat/completions", json=CHAT)
    assert resp.status == 502
    err = (await resp.json())["error"]
    assert err["code"] == "upstream_unreachable"
    assert str(port) not in err["message"]


async def test_stream_is_relayed_as_it_arrives(proxy: ProxyClient, upstream: FakeUpstream) -> None:
    upstream.script(Reply(chunks=[(0, chunk("a")), (0.5, chunk("b")), (0, b"data: [DONE]\n\n")]))
    started = time.perf_counter()
    resp = await proxy.post("/v1/chat/completions", json={**CHAT, "stream": True})
    assert resp.headers["Content-Type"].startswith("text/event-stream")
    first = await resp.content.readuntil(b"\n\n")
    assert time.perf_counter() - started < 0.4  # before the upstream's second chunk
    assert first == chunk("a")
    assert await resp.content.read() == chunk("b") + b"data: [DONE]\n\n"


async def test_upstream_reset_mid_stream_ends_cleanly(proxy: ProxyClient, upstream: FakeUpstream) -> None:
    half = b'data: {"id": "broken'  # an event cut off mid-way
    upstream.script(Reply(chunks=[(0, chunk("a")), (0.05, half)], reset=True))
    resp = await proxy.post("/v1/chat/completions", json={**CHAT, "stream": True})
    assert resp.status == 200
    raw = await resp.read()
    events = raw.split(b"\n\n")
    assert events[0] + b"\n\n" == chunk("a")
    assert half not in raw  # the broken event is never sent
    assert orjson.loads(events[1][6:])["error"]["type"] == "upstream_error"
    assert events[2:] == [b"data: [DONE]", b""]


async def test_client_disconnect_cancels_the_upstream(proxy: ProxyClient, upstream: FakeUpstream) -> None:
    upstream.script(Reply(chunks=[(0, chunk("a")), (10, chunk("never"))]))
    assert proxy.server.port is not None
    async with aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{proxy.server.port}/v1/chat/completions"
        resp = await session.post(url, json={**CHAT, "stream": True})
        assert await resp.content.readuntil(b"\n\n") == chunk("a")
        resp.close()  # drop the connection mid-stream
    await asyncio.wait_for(upstream.cancelled_event.wait(), timeout=3)
    assert upstream.cancelled == 1


async def test_request_headers_are_cleaned(proxy: ProxyClient, upstream: FakeUpstream) -> None:
    headers = {
        "Authorization": "Bearer sk-client",
        "Connection": "keep-alive, X-Secret-Hop",
        "X-Secret-Hop": "1",
        "Keep-Alive": "timeout=5",
        "X-GuardProxy-Decision": "allow",
        "X-Custom": "kept",
        "OpenAI-Organization": "org-1",
    }
    await proxy.post("/v1/chat/completions", json=CHAT, headers=headers)
    got = upstream.received[-1].headers
    assert got["Authorization"] == "Bearer sk-client"
    assert got["X-Custom"] == "kept"
    assert got["OpenAI-Organization"] == "org-1"
    for dropped in ("X-Secret-Hop", "Keep-Alive", "X-GuardProxy-Decision"):
        assert dropped not in got
    assert got["Host"] == upstream.url.split("/")[2]  # the upstream's, not the client's


def test_response_headers_drop_hop_by_hop_and_framing() -> None:
    out = response_headers(
        CIMultiDict(
            {
                "Content-Length": "5",
                "Content-Encoding": "gzip",
                "Transfer-Encoding": "chunked",
                "X-Request-Id": "r",
            }
        )
    )
    assert dict(out) == {"X-Request-Id": "r"}


def test_request_headers_replace_the_key_in_proxy_keys_mode() -> None:
    incoming = CIMultiDict(
        {"Authorization": "Bearer proxy-key", "api-key": "proxy-key", "Host": "evil.example"}
    )
    out = request_headers(incoming, "Bearer upstream-key", replace_auth=True)
    assert dict(out) == {"Authorization": "Bearer upstream-key"}


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/v1/models", "", "https://api.example.com/v1/models"),
        ("/v1/files/f-1/content", "a=1", "https://api.example.com/v1/files/f-1/content?a=1"),
        ("/v1/@evil.example/x", "", "https://api.example.com/v1/@evil.example/x"),
    ],
)
def test_upstream_url_stays_on_the_configured_host(path: str, query: str, expected: str) -> None:
    url = upstream_url("https://api.example.com/v1", path, query)
    assert str(url) == expected
    assert url.host == "api.example.com"


@pytest.mark.parametrize("path", ["/v1/../admin", "/v1/x/%2e%2e/admin", "/v1/./models"])
def test_upstream_url_refuses_dot_segments(path: str) -> None:
    with pytest.raises(RequestError):
        upstream_url("https://api.example.com/v1", path, "")
