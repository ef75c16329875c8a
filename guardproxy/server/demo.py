"""A built-in OpenAI-compatible upstream for trying the proxy without an account.

Replies are canned echoes, deterministic so tests and demos can assert on them. Streams use the
real OpenAI SSE formats, so SDK stream helpers work against it unchanged.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import struct
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from aiohttp import web

from guardproxy.wire.errors import error_body
from guardproxy.wire.sse import DONE, encode_event, stream_from_body

DEMO_MODEL = "guardproxy-demo"
EMBED_DIMS = 8
CHUNK_DELAY_S = 0.02  # small pause between stream chunks, so streaming is visible


def _id(prefix: str, body: bytes) -> str:
    return f"{prefix}-demo{hashlib.sha256(body).hexdigest()[:12]}"


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def _words(text: str) -> Iterator[str]:
    words = text.split(" ")
    for i, w in enumerate(words):
        yield w if i == len(words) - 1 else w + " "


def chat_reply(req: dict[str, Any], raw: bytes) -> dict[str, Any]:
    messages = [m for m in req.get("messages", []) if isinstance(m, dict)]
    last = messages[-1] if messages else {}
    message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
    finish = "stop"
    tools = req.get("tools") or []
    if last.get("role") == "tool":
        message["content"] = "Tool said: " + _text_of(last.get("content"))
    elif tools and req.get("tool_choice") != "none":
        fn = tools[0].get("function", {}).get("name", "tool")
        args = orjson.dumps({"echo": _text_of(last.get("content"))}).decode()
        call = {"id": "call_demo0", "type": "function", "function": {"name": fn, "arguments": args}}
        message["tool_calls"] = [call]
        finish = "tool_calls"
    else:
        message["content"] = "Echo: " + _text_of(last.get("content"))
    return {
        "id": _id("chatcmpl", raw),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": req.get("model") or DEMO_MODEL,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": _usage(raw, message.get("content") or ""),
    }


def completion_reply(req: dict[str, Any], raw: bytes) -> dict[str, Any]:
    prompt = req.get("prompt", "")
    text = " Echo: " + (prompt if isinstance(prompt, str) else " ".join(map(str, prompt)))
    return {
        "id": _id("cmpl", raw),
        "object": "text_completion",
        "created": int(time.time()),
        "model": req.get("model") or DEMO_MODEL,
        "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
        "usage": _usage(raw, text),
    }


def response_reply(req: dict[str, Any], raw: bytes) -> dict[str, Any]:
    inp = req.get("input", "")
    if isinstance(inp, list):
        last = next((i for i in reversed(inp) if isinstance(i, dict) and "content" in i), {})
        inp = (
            _text_of(last.get("content"))
            if isinstance(last.get("content"), list)
            else last.get("content", "")
        )
    text = "Echo: " + str(inp)
    rid = _id("resp", raw)
    item = {
        "id": "msg_" + rid[5:],
        "type": "message",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }
    return {
        "id": rid,
        "object": "response",
        "created_at": int(time.time()),
        "status": "completed",
        "model": req.get("model") or DEMO_MODEL,
        "output": [item],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": len(raw) // 4,
            "output_tokens": len(text) // 4,
            "total_tokens": (len(raw) + len(text)) // 4,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }


def embed(text: str) -> list[float]:
    """A deterministic unit vector from the text's hash: same text, same vector."""
    digest = hashlib.sha256(text.encode()).digest()
    raw = [b / 255.0 - 0.5 for b in digest[:EMBED_DIMS]]
    norm = sum(x * x for x in raw) ** 0.5 or 1.0
    return [round(x / norm, 6) for x in raw]


def embeddings_reply(req: dict[str, Any], raw: bytes) -> dict[str, Any]:
    inp = req.get("input", "")
    texts = [inp] if isinstance(inp, str) else [str(x) for x in inp]
    data = []
    for i, t in enumerate(texts):
        vec = embed(t)
        value: Any = vec
        if req.get("encoding_format") == "base64":
            value = base64.b64encode(struct.pack(f"<{len(vec)}f", *vec)).decode()
        data.append({"object": "embedding", "index": i, "embedding": value})
    tokens = sum(len(t) // 4 for t in texts)
    return {
        "object": "list",
        "data": data,
        "model": req.get("model") or DEMO_MODEL,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }


def _usage(raw: bytes, out: str) -> dict[str, int]:
    p, c = len(raw) // 4, len(out) // 4
    return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}


def chat_chunks(reply: dict[str, Any]) -> Iterator[bytes]:
    """Token-by-token chunks of a chat reply, like OpenAI sends them."""
    base = {k: reply[k] for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}
    msg = reply["choices"][0]["message"]
    first = {"role": "assistant", "content": ""}
    yield encode_event({**base, "choices": [{"index": 0, "delta": first, "finish_reason": None}]})
    if msg.get("tool_calls"):
        call = msg["tool_calls"][0]
        calls = {"tool_calls": [{"index": 0, **call}]}
        yield encode_event({**base, "choices": [{"index": 0, "delta": calls, "finish_reason": None}]})
    for word in _words(msg.get("content") or ""):
        delta = {"content": word}
        yield encode_event({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
    end = {"index": 0, "delta": {}, "finish_reason": reply["choices"][0]["finish_reason"]}
    yield encode_event({**base, "choices": [end]})
    yield DONE


def completion_chunks(reply: dict[str, Any]) -> Iterator[bytes]:
    base = {k: reply[k] for k in ("id", "created", "model", "object")}
    for word in _words(reply["choices"][0]["text"]):
        part = {"index": 0, "text": word, "logprobs": None, "finish_reason": None}
        yield encode_event({**base, "choices": [part]})
    end = {"index": 0, "text": "", "logprobs": None, "finish_reason": "stop"}
    yield encode_event({**base, "choices": [end]})
    yield DONE


_REPLIES = {
    "/v1/chat/completions": (chat_reply, chat_chunks),
    "/v1/completions": (completion_reply, completion_chunks),
    "/v1/responses": (response_reply, lambda r: stream_from_body("/v1/responses", r)),
    "/v1/embeddings": (embeddings_reply, None),
}


def _json(status: int, body: bytes) -> web.Response:
    return web.Response(status=status, body=body, content_type="application/json")


async def handle(request: web.Request) -> web.StreamResponse:
    """Answer one request the way the demo upstream does (the fake upstream's default too)."""
    if request.path == "/v1/models":
        return _models()
    route = _REPLIES.get(request.path)
    if route is None:
        return _json(404, error_body(404, f"Unknown demo route {request.path}.", code="unknown_url"))
    raw = await request.read()
    try:
        req = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return _json(400, error_body(400, "Body is not valid JSON."))
    if not isinstance(req, dict):
        return _json(400, error_body(400, "Body must be a JSON object."))
    build, chunks = route
    reply = build(req, raw)
    if not (req.get("stream") and chunks):
        return _json(200, orjson.dumps(reply))
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await resp.prepare(request)
    for i, chunk in enumerate(chunks(reply)):
        if i:
            await asyncio.sleep(CHUNK_DELAY_S)
        await resp.write(chunk)
    await resp.write_eof()
    return resp


def _models() -> web.Response:
    model: dict[str, Any] = {"id": DEMO_MODEL, "object": "model", "created": 0, "owned_by": "guardproxy"}
    return _json(200, orjson.dumps({"object": "list", "data": [model]}))


def create_demo_app() -> web.Application:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


@asynccontextmanager
async def run_demo(host: str = "127.0.0.1") -> AsyncIterator[str]:
    """Serve the demo upstream on a free loopback port; yields its base URL (ending in /v1)."""
    runner = web.AppRunner(create_demo_app(), access_log=None, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, host, 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        yield f"http://{host}:{port}/v1"
    finally:
        await runner.cleanup()
