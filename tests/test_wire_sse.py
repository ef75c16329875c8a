"""SSE helpers: framing at event boundaries, well-formed ends, streams built from bodies."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from guardproxy.wire.sse import DONE, EventFramer, encode_event, error_end, stream_from_body, stream_kind


def test_framer_holds_back_only_a_partial_event() -> None:
    f = EventFramer()
    assert f.feed(b"data: 1\n\ndata: 2") == b"data: 1\n\n"
    assert f.pending == b"data: 2"
    assert f.feed(b"\n\n") == b"data: 2\n\n"
    assert f.feed(b"event: x\r\ndata: 3\r\n\r\n") == b"event: x\r\ndata: 3\r\n\r\n"
    assert f.feed(b"data: 4") == b""
    assert f.finish() == b"data: 4\n\n"


@given(st.lists(st.binary(max_size=20), max_size=10), st.lists(st.integers(0, 200), max_size=5))
def test_framer_loses_nothing_whatever_the_chunking(events: list[bytes], cuts: list[int]) -> None:
    stream = b"".join(b"data: " + e.replace(b"\n", b"").replace(b"\r", b"") + b"\n\n" for e in events)
    points = sorted({min(c, len(stream)) for c in cuts})
    pieces = [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)], strict=True)]
    f = EventFramer()
    out = b"".join(f.feed(p) for p in pieces)
    assert out == stream
    assert f.pending == b""


@pytest.mark.parametrize(
    ("route", "kind"),
    [("/v1/chat/completions", "chat"), ("/v1/completions", "completions"), ("/v1/responses", "responses")],
)
def test_stream_kind(route: str, kind: str) -> None:
    assert stream_kind(route) == kind


def test_error_end_is_parseable_for_each_dialect() -> None:
    chat = error_end("/v1/chat/completions", "gone")
    first, done, tail = chat.split(b"\n\n")
    assert orjson.loads(first.removeprefix(b"data: "))["error"]["message"] == "gone"
    assert (done + b"\n\n", tail) == (DONE, b"")
    resp = error_end("/v1/responses", "gone")
    assert resp.startswith(b"event: error\ndata: ")
    assert orjson.loads(resp.split(b"data: ", 1)[1])["type"] == "error"


def test_chat_stream_from_body_rebuilds_the_message() -> None:
    body = {
        "id": "x",
        "model": "m",
        "created": 1,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "Hi!"}, "finish_reason": "stop"}
        ],
    }
    events = list(stream_from_body("/v1/chat/completions", body))
    assert events[-1] == DONE
    chunks = [orjson.loads(e.removeprefix(b"data: ")) for e in events[:-1]]
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks) == "Hi!"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_encode_event() -> None:
    assert encode_event({"a": 1}, event="e") == b'event: e\ndata: {"a":1}\n\n'
    assert encode_event("[DONE]") == DONE
