"""Screened routes: body limits, parsing, the screening seam, block, refusal and redaction."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import pytest

from guardproxy.testing import FakeUpstream, MakeProxy, ProxyClient, StaticScreener
from guardproxy.types import Action, Redaction, RedactMode, Source

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}


async def error_of(resp: Any) -> dict[str, Any]:
    body = await resp.json()
    assert set(body["error"]) == {"message", "type", "param", "code"}
    err: dict[str, Any] = body["error"]
    return err


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"{not json", "invalid_json"),
        (b"", "invalid_json"),
        (b"[1, 2]", "invalid_type"),
        (b'"text"', "invalid_type"),
    ],
)
async def test_malformed_body_is_400(
    proxy: ProxyClient, upstream: FakeUpstream, body: bytes, code: str
) -> None:
    resp = await proxy.post("/v1/chat/completions", data=body)
    assert resp.status == 400
    assert (await error_of(resp))["code"] == code
    assert resp.headers["X-GuardProxy-Decision"] == "none"
    assert upstream.received == []


async def test_wrong_shape_is_400_naming_the_field(proxy: ProxyClient) -> None:
    resp = await proxy.post("/v1/chat/completions", json={"model": "m", "messages": "hi"})
    assert resp.status == 400
    err = await error_of(resp)
    assert err["type"] == "invalid_request_error"
    assert err["param"] == "messages"


async def test_body_over_the_limit_is_413(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    client = await make_proxy(max_body_bytes=2048)
    big = {"model": "m", "messages": [{"role": "user", "content": "x" * 4096}]}
    resp = await client.post("/v1/chat/completions", json=big)
    assert resp.status == 413
    assert (await error_of(resp))["code"] == "request_too_large"
    ok = await client.post("/v1/chat/completions", json=CHAT)
    assert ok.status == 200
    assert len(upstream.received) == 1


async def test_limit_is_checked_while_reading_a_chunked_body(make_proxy: MakeProxy) -> None:
    client = await make_proxy(max_body_bytes=2048)
    sent = 0
    more = asyncio.Event()

    async def body() -> Any:
        nonlocal sent
        for _ in range(3):
            sent += 1
            yield b"x" * 1500
        await more.wait()  # never set: the proxy must answer before the body ends
        yield b"}"

    resp = await asyncio.wait_for(client.post("/v1/chat/completions", data=body()), timeout=5)
    assert resp.status == 413
    assert sent <= 3


async def test_content_length_with_transfer_encoding_is_400(proxy: ProxyClient) -> None:
    assert proxy.server.port is not None
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy.server.port)
    writer.write(
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
    )
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    assert status_line.split()[1] == b"400"


async def test_screen_request_carries_route_model_and_segments(make_proxy: MakeProxy) -> None:
    screener = StaticScreener()
    client = await make_proxy(screener)
    resp = await client.post("/v1/chat/completions", json=CHAT)
    assert resp.status == 200
    (req,) = screener.requests
    assert (req.route, req.model, req.key_id) == ("/v1/chat/completions", "m", None)
    assert req.request_id == resp.headers["X-GuardProxy-Request-Id"]
    assert [(s.text, s.source) for s in req.segments] == [("hello", Source.USER)]


async def test_block_is_403_with_decision_id(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    client = await make_proxy(StaticScreener(Action.BLOCK))
    resp = await client.post("/v1/chat/completions", json=CHAT)
    assert resp.status == 403
    err = await error_of(resp)
    assert err["code"] == "guardproxy_blocked"
    assert resp.headers["X-GuardProxy-Request-Id"] in err["message"]
    assert resp.headers["X-GuardProxy-Decision"] == "block"
    assert upstream.received == []


async def test_shadow_block_is_forwarded(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    client = await make_proxy(StaticScreener(Action.BLOCK, shadow=True))
    resp = await client.post("/v1/chat/completions", json=CHAT)
    assert resp.status == 200
    assert resp.headers["X-GuardProxy-Decision"] == "allow"
    assert len(upstream.received) == 1


@pytest.mark.parametrize(
    ("route", "body", "text_of"),
    [
        ("/v1/chat/completions", CHAT, lambda b: b["choices"][0]["message"]["content"]),
        ("/v1/completions", {"model": "m", "prompt": "hi"}, lambda b: b["choices"][0]["text"]),
        ("/v1/responses", {"model": "m", "input": "hi"}, lambda b: b["output"][0]["content"][0]["text"]),
    ],
)
async def test_refusal_style_answers_in_the_assistant_voice(
    make_proxy: MakeProxy, upstream: FakeUpstream, route: str, body: dict[str, Any], text_of: Any
) -> None:
    client = await make_proxy(StaticScreener(Action.BLOCK, block_style="refusal", refusal_message="No."))
    resp = await client.post(route, json=body)
    assert resp.status == 200
    assert text_of(await resp.json()) == "No."
    assert resp.headers["X-GuardProxy-Decision"] == "block"
    assert upstream.received == []


async def test_refusal_for_embeddings_is_still_403(make_proxy: MakeProxy) -> None:
    client = await make_proxy(StaticScreener(Action.BLOCK, block_style="refusal"))
    resp = await client.post("/v1/embeddings", json={"model": "m", "input": "hi"})
    assert resp.status == 403


async def test_refusal_stream_is_well_formed(make_proxy: MakeProxy) -> None:
    client = await make_proxy(StaticScreener(Action.BLOCK, block_style="refusal", refusal_message="No."))
    resp = await client.post("/v1/chat/completions", json={**CHAT, "stream": True})
    assert resp.headers["Content-Type"].startswith("text/event-stream")
    events = (await resp.read()).split(b"\n\n")
    assert events[-2:] == [b"data: [DONE]", b""]
    deltas = [orjson.loads(e[6:])["choices"][0]["delta"] for e in events[:-2]]
    assert "".join(d.get("content", "") for d in deltas) == "No."


async def test_redaction_rewrites_the_body_and_restores_the_answer(
    make_proxy: MakeProxy, upstream: FakeUpstream
) -> None:
    text = "mail bob@example.com now"
    redaction = Redaction(
        segment=0, start=5, end=20, entity="EMAIL", mode=RedactMode.PLACEHOLDER, restore=True
    )
    client = await make_proxy(StaticScreener(Action.REDACT, redactions=(redaction,), restore=True))
    body = {"model": "m", "messages": [{"role": "user", "content": text}]}
    resp = await client.post("/v1/chat/completions", json=body)
    sent = upstream.received[-1].json()["messages"][0]["content"]
    assert "bob@example.com" not in sent
    assert resp.headers["X-GuardProxy-Decision"] == "redact"
    # the demo upstream echoes the placeholder; the proxy puts the value back
    assert (await resp.json())["choices"][0]["message"]["content"] == f"Echo: {text}"


async def test_redaction_without_restore_leaves_placeholders(
    make_proxy: MakeProxy, upstream: FakeUpstream
) -> None:
    redaction = Redaction(segment=0, start=0, end=5, entity="PERSON")
    client = await make_proxy(StaticScreener(Action.REDACT, redactions=(redaction,)))
    body = {"model": "m", "messages": [{"role": "user", "content": "Alice says hi"}], "stream": True}
    resp = await client.post("/v1/chat/completions", json=body)
    raw = await resp.read()
    assert b"Alice" not in raw
    assert b"Alice" not in upstream.received[-1].body


async def test_restore_works_on_a_stream(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    text = "write to bob@example.com"
    redaction = Redaction(segment=0, start=9, end=24, entity="EMAIL", restore=True)
    client = await make_proxy(StaticScreener(Action.REDACT, redactions=(redaction,), restore=True))
    body = {"model": "m", "messages": [{"role": "user", "content": text}], "stream": True}
    resp = await client.post("/v1/chat/completions", json=body)
    events = (await resp.read()).split(b"\n\n")
    assert events[-2:] == [b"data: [DONE]", b""]
    deltas = [orjson.loads(e[6:])["choices"][0]["delta"].get("content", "") for e in events[:-2]]
    assert "".join(deltas) == f"Echo: {text}"
    assert b"bob@example.com" not in upstream.received[-1].body
