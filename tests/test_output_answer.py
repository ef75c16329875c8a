"""The answer rewriter: streamed and whole answers screened, and a well-formed early end."""

from __future__ import annotations

import itertools
import re
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.detect.pii import PiiDetector
from guardproxy.output.answer import OutputRewriter
from guardproxy.output.screen import OutputFilter
from guardproxy.policy.schema import OutputPolicy
from guardproxy.types import Finding
from guardproxy.wire.sse import encode_event

KEY = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv"
ENVELOPE = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
DETECTOR = PiiDetector()


def rewriter(
    route: str, policy: OutputPolicy | None = None, *, stream: bool = True, found: list[Finding] | None = None
) -> OutputRewriter:
    policy = policy or OutputPolicy()
    report = found.extend if found is not None else None
    flt = OutputFilter(
        policy, detector=DETECTOR, key=b"k", stream=stream, report=report, refusal="Sorry, no.", canary=None
    )
    return OutputRewriter(flt, route=route, stream=stream, deny=policy.tool_calls.deny, report=report)


def run(rw: OutputRewriter, chunks: list[bytes]) -> bytes:
    return b"".join(rw.feed(c) for c in chunks) + rw.finish()


def events(raw: bytes) -> list[Any]:
    out: list[Any] = []
    for block in re.split(rb"\n\n", raw):
        data = b"".join(line[6:] for line in block.splitlines() if line.startswith(b"data: "))
        if data:
            out.append("[DONE]" if data == b"[DONE]" else orjson.loads(data))
    return out


def chat(content: str | None = None, finish: str | None = None, **delta: Any) -> bytes:
    d = {**delta, **({"content": content} if content is not None else {})}
    return encode_event({**ENVELOPE, "choices": [{"index": 0, "delta": d, "finish_reason": finish}]})


def chat_text(raw: bytes) -> str:
    return "".join(
        c["delta"].get("content") or "" for e in events(raw) if e != "[DONE]" for c in e["choices"]
    )


def test_chat_stream_key_split_across_events() -> None:
    chunks = [
        chat("", role="assistant"),
        chat("Key: sk-proj-Ab3d"),
        chat("Ef6hIj9kLm2nO"),
        chat("p5qRs8tUv ok"),
    ]
    raw = run(rewriter("/v1/chat/completions"), [*chunks, chat(finish="stop"), b"data: [DONE]\n\n"])
    assert chat_text(raw) == "Key: **** ok"
    assert b"Ab3d" not in raw
    assert events(raw)[-1] == "[DONE]"


def test_chat_stream_cut_ends_with_content_filter_and_done() -> None:
    policy = OutputPolicy.model_validate({"secrets": {"default": "block"}})
    found: list[Finding] = []
    rw = rewriter("/v1/chat/completions", policy, found=found)
    raw = run(rw, [chat("", role="assistant"), chat("here: "), chat(KEY), chat("more"), chat(finish="stop")])
    evs = events(raw)
    assert evs[-1] == "[DONE]"
    assert evs[-2]["choices"] == [{"index": 0, "delta": {}, "finish_reason": "content_filter"}]
    assert evs[-2]["id"] == "c1"
    assert chat_text(raw) == "here: "
    assert raw.count(b"[DONE]") == 1
    assert [f.rule_id for f in found] == ["output.secret.cut"]
    assert rw.feed(chat("late")) == b""


def test_cut_on_done_event_gives_one_done() -> None:
    policy = OutputPolicy.model_validate({"secrets": {"default": "block"}})
    raw = run(
        rewriter("/v1/chat/completions", policy), [chat("pass"), chat("word: Hunter22"), b"data: [DONE]\n\n"]
    )
    assert raw.count(b"[DONE]") == 1
    assert events(raw)[-2]["choices"][0]["finish_reason"] == "content_filter"


def test_completions_stream_cut() -> None:
    policy = OutputPolicy.model_validate({"secrets": {"default": "block"}})
    ev = {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "m"}
    chunks = [
        encode_event({**ev, "choices": [{"index": 0, "text": t, "finish_reason": None, "logprobs": None}]})
        for t in ("a ", KEY[:10], KEY[10:], " b")
    ]
    evs = events(run(rewriter("/v1/completions", policy), chunks))
    assert evs[-2]["choices"][0] == {
        "index": 0,
        "text": "",
        "logprobs": None,
        "finish_reason": "content_filter",
    }
    assert evs[-1] == "[DONE]"


def _typed(kind: str, **fields: Any) -> bytes:
    return encode_event({"type": kind, "sequence_number": 0, **fields}, event=kind)


def test_responses_stream_redacts_deltas_and_done_text_alike() -> None:
    where = {"item_id": "m1", "output_index": 0, "content_index": 0}
    full = f"use {KEY} now"
    chunks = [
        _typed("response.created", response={"id": "r1", "status": "in_progress", "output": []}),
        _typed("response.output_text.delta", **where, delta=full[:9]),
        _typed("response.output_text.delta", **where, delta=full[9:]),
        _typed("response.output_text.done", **where, text=full),
    ]
    evs = events(run(rewriter("/v1/responses"), chunks))
    deltas = "".join(e["delta"] for e in evs if e["type"] == "response.output_text.delta")
    assert deltas == "use **** now"
    assert evs[-1]["text"] == "use **** now"


def test_responses_stream_cut_is_incomplete() -> None:
    policy = OutputPolicy.model_validate({"secrets": {"default": "block"}})
    where = {"item_id": "m1", "output_index": 0, "content_index": 0}
    chunks = [
        _typed("response.created", response={"id": "r1", "status": "in_progress", "output": []}),
        _typed("response.output_text.delta", **where, delta=KEY),
        _typed("response.completed", response={"id": "r1", "status": "completed"}),
    ]
    evs = events(run(rewriter("/v1/responses", policy), chunks))
    assert evs[-1]["type"] == "response.incomplete"
    assert evs[-1]["response"]["incomplete_details"] == {"reason": "content_filter"}
    assert evs[-1]["response"]["id"] == "r1"
    assert not any(e["type"] == "response.completed" for e in evs)


def test_denied_tool_name_in_stream_cuts() -> None:
    policy = OutputPolicy.model_validate({"tool_calls": {"deny": ["shell_*"]}})
    found: list[Finding] = []
    call = {"index": 0, "id": "t1", "type": "function", "function": {"name": "shell_exec", "arguments": ""}}
    raw = run(
        rewriter("/v1/chat/completions", policy, found=found),
        [chat("", role="assistant"), chat(tool_calls=[call])],
    )
    evs = events(raw)
    assert b"shell_exec" not in raw
    assert evs[-2]["choices"][0]["finish_reason"] == "content_filter"
    assert [(f.type, f.rule_id) for f in found] == [("TOOL_DENIED", "output.tool.block")]


def body(**message: Any) -> bytes:
    return orjson.dumps(
        {
            "id": "c1",
            "object": "chat.completion",
            "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": "stop"}],
        }
    )


def test_whole_chat_body_redacts_text_not_ids() -> None:
    raw = run(rewriter("/v1/chat/completions", stream=False), [body(content=f"key {KEY}")])
    out = orjson.loads(raw)
    assert out["choices"][0]["message"]["content"] == "key ****"
    assert out["id"] == "c1"


def test_whole_body_tool_arguments_block_becomes_refusal() -> None:
    policy = OutputPolicy.model_validate({"tool_calls": {"action": "block"}})
    call = {
        "id": "t1",
        "type": "function",
        "function": {"name": "send", "arguments": orjson.dumps({"k": KEY}).decode()},
    }
    raw = run(rewriter("/v1/chat/completions", policy, stream=False), [body(content=None, tool_calls=[call])])
    choice = orjson.loads(raw)["choices"][0]
    assert choice["finish_reason"] == "content_filter"
    assert choice["message"] == {"role": "assistant", "content": "Sorry, no.", "refusal": None}


@pytest.mark.parametrize("action", ["flag", "redact"])
def test_whole_body_tool_arguments_flag_or_redact(action: str) -> None:
    policy = OutputPolicy.model_validate({"tool_calls": {"action": action}})
    args = orjson.dumps({"k": KEY}).decode()
    call = {"id": "t1", "type": "function", "function": {"name": "send", "arguments": args}}
    raw = run(rewriter("/v1/chat/completions", policy, stream=False), [body(content=None, tool_calls=[call])])
    got = orjson.loads(raw)["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert got == (args if action == "flag" else '{"k":"****"}')


def test_whole_responses_body_cut() -> None:
    policy = OutputPolicy.model_validate({"secrets": {"default": "block"}})
    item = {
        "id": "m1",
        "type": "message",
        "role": "assistant",
        "content": [{"type": "output_text", "text": KEY}],
    }
    raw = orjson.dumps({"id": "r1", "object": "response", "status": "completed", "output": [item]})
    out = orjson.loads(run(rewriter("/v1/responses", policy, stream=False), [raw]))
    assert out["status"] == "incomplete"
    assert out["output"][0]["content"][0]["text"] == "Sorry, no."
    assert KEY.encode() not in orjson.dumps(out)


def test_whole_body_unchanged_is_byte_identical() -> None:
    raw = body(content="nothing to see") + b" "
    assert run(rewriter("/v1/chat/completions", stream=False), [raw]) == raw


TEXT = f"Sure. Your key is {KEY}, the IBAN GB82 WEST 1234 5698 7654 32 and password: Hunter22! ok."


@settings(max_examples=80, deadline=None)
@given(cuts=st.lists(st.integers(0, len(TEXT)), max_size=8), bytes_cut=st.integers(1, 200))
def test_no_secret_byte_in_any_chat_split(cuts: list[int], bytes_cut: int) -> None:
    bounds = [0, *sorted(cuts), len(TEXT)]
    pieces = [TEXT[a:b] for a, b in itertools.pairwise(bounds) if b > a]
    raw = (
        chat("", role="assistant")
        + b"".join(chat(p) for p in pieces)
        + chat(finish="stop")
        + b"data: [DONE]\n\n"
    )
    policy = OutputPolicy.model_validate({"pii": {"IBAN": {"action": "redact", "mode": "mask"}}})
    # the relay hands over whole events, but the rewriter must not care where bytes are cut
    out = run(
        rewriter("/v1/chat/completions", policy),
        [raw[i : i + bytes_cut] for i in range(0, len(raw), bytes_cut)],
    )
    assert chat_text(out) == "Sure. Your key is ****, the IBAN **** and password: **** ok."
    for secret in (KEY, "Hunter22", "GB82 WEST", "5698 7654"):
        assert secret.encode() not in out
