"""Server-sent events as OpenAI streams them: framing, a well-formed end, a stream from a body.

Chat and legacy completions send ``data: {json}`` events and finish with ``data: [DONE]``;
the Responses API sends typed ``event: <type>`` events and finishes with response.completed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

import orjson

DONE = b"data: [DONE]\n\n"
_BOUNDARIES = (b"\n\n", b"\r\n\r\n", b"\r\r")


def encode_event(data: Mapping[str, Any] | str, event: str | None = None) -> bytes:
    payload = data.encode() if isinstance(data, str) else orjson.dumps(data)
    head = b"event: " + event.encode() + b"\n" if event else b""
    return head + b"data: " + payload + b"\n\n"


def stream_kind(route: str) -> str:
    """chat, completions or responses: which SSE dialect a route speaks."""
    if route.endswith("/responses"):
        return "responses"
    if route.endswith("/chat/completions"):
        return "chat"
    return "completions"


class EventFramer:
    """Passes bytes on only up to the last complete event.

    Upstream chunks normally end on event boundaries, so this holds nothing back; when an
    upstream dies mid-event the partial event is never sent, and the end we add stays parseable.
    """

    def __init__(self) -> None:
        self._pending = b""

    @property
    def pending(self) -> bytes:
        return self._pending

    def feed(self, chunk: bytes) -> bytes:
        data = self._pending + chunk
        cut = max((data.rfind(b) + len(b) for b in _BOUNDARIES if data.rfind(b) >= 0), default=0)
        self._pending = data[cut:]
        return data[:cut]

    def finish(self) -> bytes:
        """What is left at a normal end of stream: a last event without its blank line."""
        rest, self._pending = self._pending, b""
        return rest + b"\n\n" if rest.strip() else b""


def error_end(route: str, message: str, code: str = "upstream_error") -> bytes:
    """A well-formed end after an upstream failure; SDKs raise it as an API error."""
    err = {"message": message, "param": None, "code": code}
    if stream_kind(route) == "responses":
        return encode_event({"type": "error", **err, "sequence_number": 0}, event="error")
    return encode_event({"error": {**err, "type": "upstream_error"}}) + DONE


def stream_from_body(route: str, body: Mapping[str, Any]) -> Iterator[bytes]:
    """Replay a complete (non-streamed) answer as the SSE stream a client asked for."""
    kind = stream_kind(route)
    if kind == "chat":
        yield from _chat_stream(body)
    elif kind == "responses":
        yield from _responses_stream(body)
    else:
        yield from _completions_stream(body)


def _chat_stream(body: Mapping[str, Any]) -> Iterator[bytes]:
    base = {
        "id": body.get("id", ""),
        "object": "chat.completion.chunk",
        "created": body.get("created", int(time.time())),
        "model": body.get("model", ""),
    }
    for choice in body.get("choices", ()):
        msg = choice.get("message", {})
        idx = choice.get("index", 0)
        first = {"role": msg.get("role", "assistant"), "content": ""}
        yield encode_event({**base, "choices": [{"index": idx, "delta": first, "finish_reason": None}]})
        if msg.get("content"):
            delta = {"content": msg["content"]}
            yield encode_event({**base, "choices": [{"index": idx, "delta": delta, "finish_reason": None}]})
        end = {"index": idx, "delta": {}, "finish_reason": choice.get("finish_reason", "stop")}
        yield encode_event({**base, "choices": [end]})
    yield DONE


def _completions_stream(body: Mapping[str, Any]) -> Iterator[bytes]:
    base = {
        "id": body.get("id", ""),
        "object": "text_completion",
        "created": body.get("created", int(time.time())),
        "model": body.get("model", ""),
    }
    for choice in body.get("choices", ()):
        part = {
            "index": choice.get("index", 0),
            "text": choice.get("text", ""),
            "logprobs": None,
            "finish_reason": choice.get("finish_reason", "stop"),
        }
        yield encode_event({**base, "choices": [part]})
    yield DONE


def _responses_stream(body: Mapping[str, Any]) -> Iterator[bytes]:
    seq = iter(range(1 << 30))
    pending = {**body, "status": "in_progress", "output": []}
    yield _typed("response.created", seq, response=pending)
    yield _typed("response.in_progress", seq, response=pending)
    for oi, item in enumerate(body.get("output", ())):
        if item.get("type") != "message":
            yield _typed("response.output_item.added", seq, output_index=oi, item=item)
            yield _typed("response.output_item.done", seq, output_index=oi, item=item)
            continue
        iid = item.get("id", "")
        yield _typed(
            "response.output_item.added",
            seq,
            output_index=oi,
            item={**item, "status": "in_progress", "content": []},
        )
        for ci, part in enumerate(item.get("content", ())):
            where = {"item_id": iid, "output_index": oi, "content_index": ci}
            yield _typed("response.content_part.added", seq, **where, part={**part, "text": ""})
            text = part.get("text", "")
            if text:
                yield _typed("response.output_text.delta", seq, **where, delta=text, logprobs=[])
            yield _typed("response.output_text.done", seq, **where, text=text, logprobs=[])
            yield _typed("response.content_part.done", seq, **where, part=part)
        yield _typed("response.output_item.done", seq, output_index=oi, item=item)
    yield _typed("response.completed", seq, response=body)


def _typed(kind: str, seq: Iterator[int], **fields: Any) -> bytes:
    return encode_event({"type": kind, "sequence_number": next(seq), **fields}, event=kind)
