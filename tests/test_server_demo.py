"""The demo upstream: deterministic OpenAI-shaped answers, tools echo, streams in real formats."""

from __future__ import annotations

import base64
import struct
from typing import Any

import orjson
from pytest_aiohttp.plugin import AiohttpClient

from guardproxy.server.demo import EMBED_DIMS, create_demo_app, embed
from guardproxy.testing import ProxyClient


async def demo(aiohttp_client: AiohttpClient) -> ProxyClient:
    return await aiohttp_client(create_demo_app())


async def post(client: ProxyClient, path: str, body: dict[str, Any]) -> Any:
    resp = await client.post(path, json=body)
    assert resp.status == 200
    return await resp.json()


async def test_tools_are_echoed_as_a_call_then_the_result_as_text(aiohttp_client: AiohttpClient) -> None:
    client = await demo(aiohttp_client)
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    first = await post(
        client, "/v1/chat/completions", {"messages": [{"role": "user", "content": "q"}], "tools": tools}
    )
    choice = first["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    call = choice["message"]["tool_calls"][0]
    assert (call["function"]["name"], orjson.loads(call["function"]["arguments"])) == (
        "lookup",
        {"echo": "q"},
    )
    msgs = [
        {"role": "user", "content": "q"},
        choice["message"],
        {"role": "tool", "content": "42", "tool_call_id": "c"},
    ]
    second = await post(client, "/v1/chat/completions", {"messages": msgs, "tools": tools})
    assert second["choices"][0]["message"]["content"] == "Tool said: 42"


async def test_embeddings_are_deterministic_and_base64_decodes(aiohttp_client: AiohttpClient) -> None:
    client = await demo(aiohttp_client)
    floats = await post(client, "/v1/embeddings", {"input": ["a", "b"]})
    b64 = await post(client, "/v1/embeddings", {"input": "a", "encoding_format": "base64"})
    decoded = struct.unpack(f"<{EMBED_DIMS}f", base64.b64decode(b64["data"][0]["embedding"]))
    assert floats["data"][0]["embedding"] == embed("a")
    assert all(abs(x - y) < 1e-6 for x, y in zip(decoded, embed("a"), strict=True))
    assert embed("a") != embed("b")
    assert abs(sum(x * x for x in embed("a")) - 1) < 1e-4


async def test_chat_stream_is_chunks_then_done(aiohttp_client: AiohttpClient) -> None:
    client = await demo(aiohttp_client)
    resp = await client.post(
        "/v1/chat/completions", json={"messages": [{"role": "user", "content": "a b"}], "stream": True}
    )
    assert resp.headers["Content-Type"].startswith("text/event-stream")
    events = (await resp.read()).split(b"\n\n")
    assert events[-2:] == [b"data: [DONE]", b""]
    text = "".join(orjson.loads(e[6:])["choices"][0]["delta"].get("content", "") for e in events[:-2])
    assert text == "Echo: a b"


async def test_responses_stream_uses_typed_events(aiohttp_client: AiohttpClient) -> None:
    client = await demo(aiohttp_client)
    resp = await client.post("/v1/responses", json={"input": "x", "stream": True})
    names = [e.split(b"\n")[0].removeprefix(b"event: ") for e in (await resp.read()).split(b"\n\n") if e]
    assert names[0] == b"response.created"
    assert b"response.output_text.delta" in names
    assert names[-1] == b"response.completed"


async def test_unknown_route_is_an_openai_404(aiohttp_client: AiohttpClient) -> None:
    client = await demo(aiohttp_client)
    resp = await client.post("/v1/nope", json={})
    assert resp.status == 404
    assert (await resp.json())["error"]["code"] == "unknown_url"
