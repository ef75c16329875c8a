"""The answer transformer: ``OutputFilter`` over an OpenAI answer, and a well-formed early end.

Streams go through ``wire.restore.AnswerRewriter`` (one SSE parser for the whole proxy); this
subclass adds what screening needs on top: tool names checked against the deny list, and a cut.
A cut ends the stream the way the upstream would have ended it for a content filter: chat and
completions get a last chunk with ``finish_reason: "content_filter"`` and ``[DONE]``; Responses
gets ``response.incomplete`` with ``incomplete_details.reason: "content_filter"``. A
non-streamed answer is screened field by field (only text the model wrote, never ids) and, on a
cut, its content is replaced by the policy's refusal message.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import orjson

from guardproxy.output.screen import OutputFilter
from guardproxy.output.toolcalls import call_names, denied, denied_finding
from guardproxy.types import Finding
from guardproxy.wire.restore import AnswerRewriter, SSEEvent
from guardproxy.wire.sse import DONE, encode_event, stream_kind

FILTER_REASON = "content_filter"
_TEXT_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")
Report = Callable[[list[Finding]], None]


class OutputRewriter(AnswerRewriter):
    def __init__(
        self,
        text_filter: OutputFilter,
        *,
        route: str,
        stream: bool | None,
        deny: Sequence[str] = (),
        report: Report | None = None,
    ) -> None:
        super().__init__(text_filter, stream=stream)
        self._screen = text_filter
        self._kind = stream_kind(route)
        self._deny = tuple(deny)
        self._report = report
        self._ended = False
        self._template: dict[str, Any] = {}  # the first event: id, model, created for our end
        self._indices: set[Any] = set()

    def feed(self, chunk: bytes) -> bytes:
        return b"" if self._ended else super().feed(chunk)

    def finish(self) -> bytes:
        if self._ended:
            return b""
        out = super().finish()
        return out + self._end() if self._stream and self._screen.cut and not self._ended else out

    def _event(self, ev: SSEEvent) -> bytes:
        data = ev.data
        if data is not None and data.strip() != b"[DONE]":
            obj = self._peek(data)
            if obj is not None and self._deny and denied(call_names(obj), self._deny):
                self._deny_call()
                if self._screen.cut:
                    return self._end()
        out = super()._event(ev)
        if self._screen.cut is None:
            return out
        # The event that tripped the cut has its screened field emptied; [DONE] comes from us.
        return (b"" if data is not None and data.strip() == b"[DONE]" else out) + self._end()

    def _peek(self, data: bytes) -> dict[str, Any] | None:
        """Parse an event only when we need it: the first one, and any that may name a tool."""
        if self._template and not (self._deny and b'"name"' in data):
            return None
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            return None
        if not isinstance(obj, dict):
            return None
        if not self._template:
            response = obj.get("response")
            self._template = response if isinstance(response, dict) else obj
        return obj

    def _choice(self, ev: SSEEvent, obj: dict[str, Any], choice: dict[str, Any], out: dict[Any, Any]) -> None:
        self._indices.add(choice.get("index", 0))
        super()._choice(ev, obj, choice, out)

    def _deny_call(self) -> None:
        code = "output.tool.block"
        if self._report is not None:
            self._report([denied_finding(code)])
        if self._screen.enforce:
            self._screen.cut = code

    def _end(self) -> bytes:
        self._ended = True
        t = self._template
        if self._kind == "responses":
            response = {
                **t,
                "status": "incomplete",
                "incomplete_details": {"reason": FILTER_REASON},
            }
            event = {"type": "response.incomplete", "sequence_number": 0, "response": response}
            return encode_event(event, event="response.incomplete")
        base = {
            "id": t.get("id", ""),
            "object": "chat.completion.chunk" if self._kind == "chat" else "text_completion",
            "created": t.get("created", int(time.time())),
            "model": t.get("model", ""),
        }
        if self._kind == "chat":
            last = [{"index": i, "delta": {}, "finish_reason": FILTER_REASON} for i in self._choice_ids()]
        else:
            last = [
                {"index": i, "text": "", "logprobs": None, "finish_reason": FILTER_REASON}
                for i in self._choice_ids()
            ]
        return encode_event({**base, "choices": last}) + DONE

    def _choice_ids(self) -> list[Any]:
        return sorted(self._indices, key=str) or [0]

    def _whole_body(self, raw: bytes) -> bytes:
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return raw
        if not isinstance(obj, dict):
            return raw
        if self._deny and denied(call_names(obj), self._deny):
            self._deny_call()
        changed = screen_body(obj, self._screen)
        if self._screen.cut is not None:
            cut_body(obj, self._kind, self._screen.refusal)
            changed = True
        return orjson.dumps(obj) if changed else raw


def screen_body(obj: dict[str, Any], flt: OutputFilter) -> bool:
    """Screen the text a model wrote in a whole answer, in place; True if anything changed."""
    changed = False

    def field(container: dict[str, Any], key: str, *, tool: bool = False) -> None:
        nonlocal changed
        value = container.get(key)
        if isinstance(value, str) and value:
            new = flt.screen_text(value, tool=tool)
            if new != value:
                container[key] = new
                changed = True

    for choice in _dicts(obj.get("choices")):
        field(choice, "text")
        msg = choice.get("message")
        if not isinstance(msg, dict):
            continue
        for key in _TEXT_FIELDS:
            field(msg, key)
        for part in _dicts(msg.get("content")):
            field(part, "text")
        for call in _dicts(msg.get("tool_calls")):
            if isinstance(call.get("function"), dict):
                field(call["function"], "arguments", tool=True)
        if isinstance(msg.get("function_call"), dict):
            field(msg["function_call"], "arguments", tool=True)
    for item in _dicts(obj.get("output")):
        field(item, "arguments", tool=True)
        field(item, "input", tool=True)
        for part in (*_dicts(item.get("content")), *_dicts(item.get("summary"))):
            field(part, "text")
            field(part, "refusal")
    field(obj, "output_text")
    return changed


def cut_body(obj: dict[str, Any], kind: str, message: str) -> None:
    """Replace a whole answer's output by the refusal, marked as stopped by a content filter."""
    if kind == "responses":
        obj["status"] = "incomplete"
        obj["incomplete_details"] = {"reason": FILTER_REASON}
        obj["output"] = [
            {
                "id": f"msg_{obj.get('id', '')}",
                "type": "message",
                "status": "incomplete",
                "role": "assistant",
                "content": [{"type": "output_text", "text": message, "annotations": []}],
            }
        ]
        if "output_text" in obj:
            obj["output_text"] = message
        return
    for choice in _dicts(obj.get("choices")):
        choice["finish_reason"] = FILTER_REASON
        if kind == "chat":
            choice["message"] = {"role": "assistant", "content": message, "refusal": None}
        else:
            choice["text"] = message


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
