from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.errors import UpstreamError
from guardproxy.wire.restore import (
    AnswerRewriter,
    PlaceholderFilter,
    PlaceholderRestorer,
    SSESplitter,
)

MAPPING = {"<EMAIL_1>": "ann@example.com", "<PHONE_1>": "+44 20 7946 0958", "<EMAIL_12>": "zoë@例え.jp"}
ENVELOPE = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}


def _event(obj: dict[str, Any] | str, event: str | None = None, eol: bytes = b"\n") -> bytes:
    data = obj.encode() if isinstance(obj, str) else orjson.dumps(obj)
    head = b"event: " + event.encode() + eol if event else b""
    return head + b"data: " + data + eol + eol


def chat_chunk(content: str | None, index: int = 0, finish: str | None = None, **delta: Any) -> bytes:
    d: dict[str, Any] = dict(delta)
    if content is not None:
        d["content"] = content
    return _event({**ENVELOPE, "choices": [{"index": index, "delta": d, "finish_reason": finish}]})


def chat_stream(pieces: list[str], *, done: bool = True) -> bytes:
    out = chat_chunk("", role="assistant") + b"".join(chat_chunk(p) for p in pieces)
    out += chat_chunk(None, finish="stop")
    return out + (b"data: [DONE]\n\n" if done else b"")


def events(raw: bytes) -> list[dict[str, Any]]:
    """An independent reader: data lines of LF/CRLF-framed events, [DONE] left out."""
    out = []
    for block in re.split(rb"\r?\n\r?\n", raw):
        data = b"\n".join(line[5:].lstrip(b" ") for line in block.splitlines() if line.startswith(b"data:"))
        if data and data != b"[DONE]":
            out.append(orjson.loads(data))
    return out


def chat_text(raw: bytes) -> dict[int, str]:
    texts: defaultdict[int, str] = defaultdict(str)
    for ev in events(raw):
        for choice in ev["choices"]:
            delta = choice.get("delta", {})
            texts[choice["index"]] += delta.get("content") or choice.get("text") or ""
    return dict(texts)


def run(transformer: AnswerRewriter, chunks: list[bytes]) -> bytes:
    return b"".join(transformer.feed(c) for c in chunks) + transformer.finish()


def restore_whole_text(text: str) -> str:
    return PlaceholderFilter(MAPPING).whole(text)


# --- SSE framing


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_splitter_any_cut_any_line_ending(eol: bytes) -> None:
    raw = (
        b": comment" + eol + eol
        + b"event: e" + eol + b"data: {\"a\":\"\xc3\xa9\xe2\x82\xac\"}" + eol + eol
        + b"data: line1" + eol + b"data: line2" + eol + eol
    )  # fmt: skip
    splitter = SSESplitter()
    whole = splitter.feed(raw) + splitter.finish()  # a last CR waits for the end: it may start a CRLF
    assert [e.raw for e in whole] == [
        b": comment" + eol + eol,
        b"event: e" + eol + b'data: {"a":"\xc3\xa9\xe2\x82\xac"}' + eol + eol,
        b"data: line1" + eol + b"data: line2" + eol + eol,
    ]
    assert whole[2].data == b"line1\nline2"
    for cut in range(len(raw) + 1):
        s = SSESplitter()
        got = s.feed(raw[:cut]) + s.feed(raw[cut:]) + s.finish()
        assert [e.raw for e in got] == [e.raw for e in whole], cut


def test_splitter_keeps_a_cut_off_last_event() -> None:
    s = SSESplitter()
    assert [e.raw for e in s.feed(b"data: 1\n\ndata: 2")] == [b"data: 1\n\n"]
    assert [e.raw for e in s.finish()] == [b"data: 2"]


def test_splitter_bounds_an_event() -> None:
    s = SSESplitter(max_event_bytes=100)
    with pytest.raises(UpstreamError, match="larger than 100 bytes"):
        s.feed(b"data: " + b"x" * 200)


# --- the filter


@pytest.mark.parametrize(
    ("pieces", "expected_out"),
    [
        (["hi <EMA", "IL_1> bye"], ["hi ", "ann@example.com bye"]),
        (["<", "E", "MAIL_1", ">"], ["", "", "", "ann@example.com"]),
        (["a <div> b", " <EMAIL_2>"], ["a <div> b", " <EMAIL_2>"]),  # unknown: passes at once
        (["x <EMAIL_1", "2> y"], ["x ", "zoë@例え.jp y"]),
        (["<EMAIL_1<EMAIL_1>"], ["<EMAIL_1ann@example.com"]),
        (["2 < 3 and <PH", "X"], ["2 < 3 and ", "<PHX"]),
    ],
)
def test_filter_holds_back_only_a_possible_placeholder(pieces: list[str], expected_out: list[str]) -> None:
    f = PlaceholderFilter(MAPPING)
    assert [f.piece("k", p) for p in pieces] == expected_out


def test_filter_flush_returns_held_text_and_keys_are_independent() -> None:
    f = PlaceholderFilter(MAPPING)
    assert f.piece(0, "a <EM") == "a "
    assert f.piece(1, "b <PH") == "b "
    assert f.piece(1, "ONE_1>") == "+44 20 7946 0958"
    assert f.flush(0) == "<EM"
    assert f.flush(0) == ""


@pytest.mark.parametrize("bad", ["EMAIL_1", "<A<B>", "<>", "<A>B>"])
def test_filter_rejects_odd_placeholders(bad: str) -> None:
    with pytest.raises(ValueError, match="placeholders"):
        PlaceholderFilter({bad: "x"})


# --- whole JSON answers


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"choices": [{"index": 0, "message": {"role": "assistant", "content": "to <EMAIL_1>"}}]}, "chat"),
        (
            {
                "choices": [
                    {
                        "message": {
                            "tool_calls": [{"function": {"name": "send", "arguments": '{"to":"<EMAIL_1>"}'}}]
                        }
                    }
                ]
            },
            "tool",
        ),
        ({"object": "text_completion", "choices": [{"text": "to <EMAIL_1>"}]}, "completions"),
        (
            {"output": [{"type": "message", "content": [{"type": "output_text", "text": "to <EMAIL_1>"}]}]},
            "responses",
        ),
    ],
)
def test_whole_body_restore(body: dict[str, Any], path: str) -> None:
    raw = orjson.dumps(body)
    out = run(PlaceholderRestorer(MAPPING), [raw[:5], raw[5:]])
    assert b"<EMAIL_1>" not in out
    assert b"ann@example.com" in out
    assert orjson.loads(out) == orjson.loads(raw.replace(b"<EMAIL_1>", b"ann@example.com")), path


def test_whole_body_with_escaped_angle_brackets() -> None:
    raw = b'  {"choices":[{"message":{"content":"\\u003cEMAIL_1\\u003e!"}}]}'
    out = run(PlaceholderRestorer(MAPPING), [raw[:1], raw[1:]])
    assert orjson.loads(out)["choices"][0]["message"]["content"] == "ann@example.com!"


@pytest.mark.parametrize(
    "raw", [b'{"choices": [{"text": "nothing to do"}]}', b"{not json <EMAIL_1>", b"", b"   \n"]
)
def test_whole_body_untouched_when_nothing_to_restore(raw: bytes) -> None:
    assert run(PlaceholderRestorer(MAPPING), [raw]) == raw


# --- streams


def test_chat_placeholder_split_across_two_events() -> None:
    raw = chat_stream(["Write to <EMA", "IL_1> today"])
    out = run(PlaceholderRestorer(MAPPING), [raw])
    assert chat_text(out) == {0: "Write to ann@example.com today"}
    texts = [ev["choices"][0]["delta"].get("content") for ev in events(out)]
    assert texts == ["", "Write to ", "ann@example.com today", None]  # nothing held longer


def test_stream_cut_at_every_byte_matches_whole_and_non_streaming() -> None:
    pieces = ["Mail <", "EMAIL_", "12> or <PH", "ONE_1>; é€ <b>", "<", "EMAIL_1", ">"]
    raw = chat_stream(pieces).replace(b"\n\n", b"\r\n\r\n")
    whole = run(PlaceholderRestorer(MAPPING), [raw])
    body = orjson.dumps({"choices": [{"index": 0, "message": {"content": "".join(pieces)}}]})
    non_streamed = orjson.loads(run(PlaceholderRestorer(MAPPING), [body]))
    assert chat_text(whole) == {0: non_streamed["choices"][0]["message"]["content"]}
    for cut in range(len(raw) + 1):
        assert run(PlaceholderRestorer(MAPPING), [raw[:cut], raw[cut:]]) == whole, cut


def test_stream_bytes_one_at_a_time() -> None:
    raw = chat_stream(["a <EMAIL", "_1> ü"])
    assert run(PlaceholderRestorer(MAPPING), [bytes([b]) for b in raw]) == run(
        PlaceholderRestorer(MAPPING), [raw]
    )


def test_unchanged_events_pass_byte_for_byte() -> None:
    raw = b": keepalive\n\n" + chat_stream(["no placeholders <here>"]) + b"data: not json\n\n"
    assert run(PlaceholderRestorer(MAPPING), [raw]) == raw


def test_unknown_angle_sequence_is_not_lost() -> None:
    raw = chat_stream(["if a <", "EMAIL_9> b", " <EMAIL", "S are"])
    out = run(PlaceholderRestorer(MAPPING), [raw])
    assert chat_text(out) == {0: "if a <EMAIL_9> b <EMAILS are"}


def test_held_text_at_done_without_finish_reason() -> None:
    raw = chat_chunk("tail <EMAIL_") + b"data: [DONE]\n\n"
    out = run(PlaceholderRestorer(MAPPING), [raw])
    assert chat_text(out) == {0: "tail <EMAIL_"}
    assert out.endswith(b"data: [DONE]\n\n")
    assert events(out)[-1]["id"] == "c1"  # the flush event carries the stream's envelope


def test_held_text_at_end_of_a_cut_off_stream() -> None:
    raw = chat_chunk("tail <PH") + b'data: {"choices": []}'
    out = run(PlaceholderRestorer(MAPPING), [raw])
    assert chat_text(out) == {0: "tail <PH"}
    assert b'data: {"choices": []}\n\n' in out  # the cut-off event was closed before ours


def test_choices_keep_their_own_state() -> None:
    raw = (
        chat_chunk("A <EMA", index=0)
        + chat_chunk("B <PHO", index=1)
        + chat_chunk("NE_1>", index=1)
        + chat_chunk("IL_1>", index=0)
        + chat_chunk(None, index=0, finish="stop")
        + chat_chunk(" <EM", index=1)
        + chat_chunk(None, index=1, finish="length")
    )
    out = run(PlaceholderRestorer(MAPPING), [raw])
    assert chat_text(out) == {0: "A ann@example.com", 1: "B +44 20 7946 0958 <EM"}
    last = events(out)[-1]["choices"][0]
    assert last["finish_reason"] == "length"
    assert last["delta"]["content"] == "<EM"  # held text rode in the finishing event


def test_tool_call_arguments_stream() -> None:
    def call(args: str, finish: str | None = None) -> bytes:
        tc = [{"index": 0, "function": {"arguments": args}}]
        return chat_chunk(None, finish=finish, tool_calls=tc)

    raw = call('{"to": "<EMAIL') + call('_1>", "cc": "<EM') + chat_chunk(None, finish="tool_calls")
    out = run(PlaceholderRestorer(MAPPING), [raw])
    args = "".join(
        tc["function"]["arguments"]
        for ev in events(out)
        for tc in ev["choices"][0]["delta"].get("tool_calls", ())
    )
    assert args == '{"to": "ann@example.com", "cc": "<EM'


def test_completions_stream() -> None:
    def part(text: str, finish: str | None = None) -> bytes:
        return _event(
            {"object": "text_completion", "choices": [{"index": 0, "text": text, "finish_reason": finish}]}
        )

    raw = part("mail <EMA") + part("IL_1") + part("> now <", finish="stop") + b"data: [DONE]\n\n"
    out = run(PlaceholderRestorer(MAPPING), [raw])
    assert chat_text(out) == {0: "mail ann@example.com now <"}


def _responses_stream(pieces: list[str]) -> bytes:
    where = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    out = _event({"type": "response.created", "sequence_number": 0, "response": {}}, "response.created")
    for n, p in enumerate(pieces, start=1):
        ev = {"type": "response.output_text.delta", "sequence_number": n, **where, "delta": p}
        out += _event(ev, "response.output_text.delta")
    text = "".join(pieces)
    out += _event({"type": "response.output_text.done", **where, "text": text}, "response.output_text.done")
    done = {"output": [{"type": "message", "content": [{"type": "output_text", "text": text}]}]}
    return out + _event({"type": "response.completed", "response": done}, "response.completed")


def test_responses_stream() -> None:
    pieces = ["to <EMA", "IL_1> and <", "EM"]
    out = run(PlaceholderRestorer(MAPPING), [_responses_stream(pieces)])
    evs = events(out)
    deltas = [e["delta"] for e in evs if e["type"] == "response.output_text.delta"]
    assert "".join(deltas) == "to ann@example.com and <EM"
    assert deltas[-1] == "<EM"  # flushed as its own delta event just before .done
    assert b"event: response.output_text.delta\ndata: " in out
    (done,) = (e for e in evs if e["type"] == "response.output_text.done")
    assert done["text"] == "to ann@example.com and <EM"
    (completed,) = (e for e in evs if e["type"] == "response.completed")
    assert completed["response"]["output"][0]["content"][0]["text"] == "to ann@example.com and <EM"


def test_sniffing_and_explicit_mode() -> None:
    raw = chat_stream(["<EMAIL_1>"])
    assert chat_text(run(PlaceholderRestorer(MAPPING, stream=True), [b"\n", raw])) == {0: "ann@example.com"}
    body = b'{"choices":[{"text":"<EMAIL_1>"}]}'
    assert b"ann@example.com" in run(PlaceholderRestorer(MAPPING, stream=False), [body])


def test_empty_mapping_passes_everything() -> None:
    raw = chat_stream(["<EMAIL_1>"])
    assert run(PlaceholderRestorer({}), [raw]) == raw


_piece = st.lists(
    st.sampled_from(["<", ">", "EMAIL_", "1", "2", "PHONE_1", "x", " ", "é", "<EMAIL_1>", "\n"]), max_size=6
).map("".join)


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(_piece, max_size=8), cut=st.integers(0, 10_000))
def test_streamed_text_equals_whole_restore(pieces: list[str], cut: int) -> None:
    raw = chat_stream(pieces, done=cut % 2 == 0)
    cut %= len(raw) + 1
    out = run(PlaceholderRestorer(MAPPING), [raw[:cut], raw[cut:]])
    assert chat_text(out).get(0, "") == restore_whole_text("".join(pieces))


def _field_delta(shape: str, text: str) -> dict[str, Any]:
    if shape == "tool_calls":
        return {"tool_calls": [{"index": 1, "function": {"arguments": text}}]}
    if shape == "function_call":
        return {"function_call": {"arguments": text}}
    return {shape: text}


def _field_text(shape: str, delta: dict[str, Any]) -> str:
    if shape == "tool_calls":
        return "".join(tc["function"]["arguments"] for tc in delta.get("tool_calls", ()) if tc["index"] == 1)
    if shape == "function_call":
        return str(delta.get("function_call", {}).get("arguments", ""))
    return str(delta.get(shape) or "")


@pytest.mark.parametrize("shape", ["content", "refusal", "reasoning_content", "tool_calls", "function_call"])
@pytest.mark.parametrize("ending", ["finish", "done", "eof"])
def test_every_streamed_chat_field(shape: str, ending: str) -> None:
    chunks = [
        {**ENVELOPE, "choices": [{"index": 0, "delta": _field_delta(shape, p)}]}
        for p in ["x <EMA", "IL_1> y <PH"]
    ]
    raw = b"".join(_event(c) for c in chunks)
    raw += {"finish": chat_chunk(None, finish="stop"), "done": b"data: [DONE]\n\n", "eof": b""}[ending]
    out = run(PlaceholderRestorer(MAPPING), [raw])
    assert (
        "".join(_field_text(shape, ev["choices"][0]["delta"]) for ev in events(out))
        == "x ann@example.com y <PH"
    )
