"""Rewrite the upstream's answer on its way back: whole JSON bodies and SSE streams.

Three general pieces, reused by output screening:

* ``SSESplitter`` cuts a byte stream into events at any chunk boundary (LF, CRLF or CR lines);
* ``AnswerRewriter`` parses each ``data:`` JSON event and runs a ``TextFilter`` over its text:
  streamed fields (chat ``delta.content``, tool-call arguments, completions ``text``,
  Responses ``*.delta``) piece by piece under a per-choice key, every other string whole;
* ``PlaceholderFilter`` puts ``<EMAIL_1>``-style placeholders back, holding back only the
  tail of a piece that could still grow into one, so the stream is never buffered.

Events we do not change go out byte for byte; events we change keep their other SSE fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Hashable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import orjson

from guardproxy.errors import UpstreamError

MAX_EVENT_BYTES = 4 * 1024 * 1024  # one SSE event; OpenAI's are a few hundred bytes
MAX_BODY_BYTES = 64 * 1024 * 1024  # a non-streamed answer is parsed whole

_EOL = re.compile(rb"\r\n|\r|\n")
_JSON_START = frozenset(b"{[")
_WHITESPACE = frozenset(b" \t\r\n")
# Streamed text fields of a chat delta; reasoning fields come from vLLM/DeepSeek-style upstreams.
_DELTA_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")


class ResponseTransformer(Protocol):
    """What the proxy runs the answer through: bytes in, bytes out, then the rest at the end."""

    def feed(self, chunk: bytes) -> bytes: ...

    def finish(self) -> bytes: ...


class TextFilter(Protocol):
    """A text rewrite that can run on a whole string or on a stream of pieces."""

    def whole(self, text: str) -> str: ...

    def may_change(self, raw_json: bytes) -> bool:
        """False only if ``whole`` leaves every string of this JSON text unchanged (a fast path)."""
        ...

    def piece(self, key: Hashable, text: str) -> str:
        """The part of (held text + ``text``) safe to emit now; the rest stays held under key."""
        ...

    def flush(self, key: Hashable) -> str:
        """Everything still held under key (the stream for key has ended)."""
        ...


# repr=False here and on _Hold: answers carry PII, and a repr can end up in a log.
@dataclass(slots=True, repr=False)
class SSEEvent:
    """One event as received: its lines with their own terminators, for a faithful rewrite."""

    lines: list[tuple[bytes, bytes]]  # (content, terminator); a blank last line ends the event

    @property
    def raw(self) -> bytes:
        return b"".join(content + eol for content, eol in self.lines)

    @property
    def complete(self) -> bool:
        return bool(self.lines) and self.lines[-1][0] == b"" and self.lines[-1][1] != b""

    def fields(self) -> Iterator[tuple[bytes, bytes]]:
        for content, _ in self.lines:
            if not content or content.startswith(b":"):
                continue
            name, _, value = content.partition(b":")
            yield name, value[1:] if value.startswith(b" ") else value

    @property
    def data(self) -> bytes | None:
        parts = [value for name, value in self.fields() if name == b"data"]
        return b"\n".join(parts) if parts else None

    @property
    def closing(self) -> bytes:
        """What an event cut off at end of stream lacks to be complete."""
        if self.complete:
            return b""
        return b"\n" if self.lines and self.lines[-1][1] else b"\n\n"

    def with_data(self, payload: bytes) -> bytes:
        """This event, framing kept, with its data lines replaced by one (payload has no CR/LF)."""
        out: list[bytes] = []
        written = False
        for content, eol in self.lines:
            if _is_data(content):
                if not written:
                    out.append(b"data: " + payload + eol)
                    written = True
                continue
            out.append(content + eol)
        return b"".join(out)

    def sibling(self, payload: bytes) -> bytes:
        """A new complete event of the same ``event:`` type carrying payload."""
        eol = next((eol for _, eol in self.lines if eol), b"\n")
        head = b"".join(content + eol for content, _ in self.lines if content.startswith(b"event:"))
        return head + b"data: " + payload + eol + eol


def _is_data(line: bytes) -> bool:
    return line == b"data" or line.startswith(b"data:")


class SSESplitter:
    """Cuts bytes into events; any split point works, multi-byte UTF-8 included (we cut at CR/LF)."""

    def __init__(self, max_event_bytes: int = MAX_EVENT_BYTES) -> None:
        self._max = max_event_bytes
        self._buf = b""
        self._lines: list[tuple[bytes, bytes]] = []
        self._held = 0  # bytes in self._lines

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        return self._split(self._buf + chunk, final=False)

    def finish(self) -> list[SSEEvent]:
        """The rest at end of stream: a last event that never got its blank line comes out as is."""
        events = self._split(self._buf, final=True)
        if self._buf:
            self._lines.append((self._buf, b""))
        if self._lines:
            events.append(SSEEvent(self._lines))
        self._buf, self._lines, self._held = b"", [], 0
        return events

    def _split(self, buf: bytes, *, final: bool) -> list[SSEEvent]:
        events: list[SSEEvent] = []
        pos = 0
        for m in _EOL.finditer(buf):
            if not final and m.end() == len(buf) and m.group() == b"\r":
                break  # a CR at the very end may be the first half of a CRLF
            line = buf[pos : m.start()]
            self._lines.append((line, m.group()))
            self._held += m.end() - pos
            pos = m.end()
            if not line:
                events.append(SSEEvent(self._lines))
                self._lines, self._held = [], 0
        self._buf = buf[pos:]
        if self._held + len(self._buf) > self._max:
            raise UpstreamError(f"upstream sent an SSE event larger than {self._max} bytes")
        return events


def _scalar(value: object) -> str | int | None:
    return value if isinstance(value, str | int) else None


class AnswerRewriter:
    """A ResponseTransformer running a TextFilter over a JSON answer or an SSE stream of them.

    ``stream=None`` sniffs the first non-blank byte: ``{``/``[`` is a JSON body, anything else SSE.
    Held-back text is flushed into the event that ends its stream (a choice's finish_reason,
    a Responses ``*.done``), else as an extra event copied from the last one before ``[DONE]``
    or the end.
    """

    def __init__(self, text_filter: TextFilter, *, stream: bool | None = None) -> None:
        self._filter = text_filter
        self._stream = stream
        self._sniffed = b""
        self._body: list[bytes] = []
        self._body_size = 0
        self._splitter = SSESplitter()
        self._last: SSEEvent | None = None
        self._merged = False  # held text was folded into the current event
        self._held: dict[Hashable, _Hold] = {}  # stream keys that may hold text

    def feed(self, chunk: bytes) -> bytes:
        if self._stream is None:
            self._sniffed += chunk
            first = next((b for b in self._sniffed if b not in _WHITESPACE), None)
            if first is None:
                return b""
            self._stream = first not in _JSON_START
            chunk, self._sniffed = self._sniffed, b""
        if not self._stream:
            self._body_size += len(chunk)
            if self._body_size > MAX_BODY_BYTES:
                raise UpstreamError(f"upstream answer larger than {MAX_BODY_BYTES} bytes")
            self._body.append(chunk)
            return b""
        return b"".join(self._event(ev) for ev in self._splitter.feed(chunk))

    def finish(self) -> bytes:
        if self._stream is None:
            rest, self._sniffed = self._sniffed, b""
            return rest
        if not self._stream:
            return self._whole_body(b"".join(self._body))
        out = [self._event(ev) for ev in self._splitter.finish()]
        flushed = self._flush_all()
        if flushed and self._last is not None:
            out.append(self._last.closing)  # so our flush event stays separate from a cut-off one
        return b"".join(out) + flushed

    def _whole_body(self, raw: bytes) -> bytes:
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return raw  # not ours to fix; passing it on loses nothing
        if not self._filter.may_change(raw):
            return raw
        return orjson.dumps(obj) if _walk(obj, self._filter.whole, frozenset()) else raw

    def _event(self, ev: SSEEvent) -> bytes:
        self._last = ev
        data = ev.data
        if data is None:
            return ev.raw
        if data.strip() == b"[DONE]":
            return self._flush_all() + ev.raw
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            return ev.raw
        if not isinstance(obj, dict):
            return ev.raw
        self._merged = False
        before, streamed = self._streamed(ev, obj)
        changed = self._merged
        if self._filter.may_change(data):
            changed |= _walk(obj, self._filter.whole, streamed)
        for container, field, new in streamed.values():
            changed |= container[field] != new
            container[field] = new
        return before + (ev.with_data(orjson.dumps(obj)) if changed else ev.raw)

    def _streamed(self, ev: SSEEvent, obj: dict[str, Any]) -> tuple[bytes, dict[tuple[int, Any], Any]]:
        """Filter the streamed fields of one event; returns events to send first and the new values."""
        out: dict[tuple[int, Any], Any] = {}
        kind = obj.get("type")
        if isinstance(kind, str) and kind.startswith("response."):
            return self._responses(ev, obj, kind, out), out
        choices = obj.get("choices")
        if isinstance(choices, list):
            for choice in choices:
                if isinstance(choice, dict):
                    self._choice(ev, obj, choice, out)
        return b"", out

    def _piece(
        self,
        out: dict[tuple[int, Any], Any],
        container: dict[str, Any],
        field: str,
        key: Hashable,
        hold: _Hold,
        final: bool,
    ) -> None:
        text = container.get(field)
        if not isinstance(text, str):
            return
        new = self._filter.piece(key, text)
        if final:
            new += self._filter.flush(key)
            self._held.pop(key, None)
        else:
            self._held[key] = hold
        out[(id(container), field)] = (container, field, new)

    def _choice(
        self, ev: SSEEvent, obj: dict[str, Any], choice: dict[str, Any], out: dict[tuple[int, Any], Any]
    ) -> None:
        idx = _scalar(choice.get("index", 0))
        final = choice.get("finish_reason") is not None
        seen: set[Hashable] = set()
        for container, field, key, part in _choice_fields(choice, idx):
            seen.add(key)
            self._piece(out, container, field, key, _Hold(ev, obj, part), final)
        if final:
            self._flush_into_choice(choice, idx, seen)

    def _flush_into_choice(self, choice: dict[str, Any], idx: Hashable, seen: set[Hashable]) -> None:
        """Held text of a finished choice rides in its last event (fields that event lacked)."""
        for key in [k for k in self._held if isinstance(k, tuple) and k[1] == idx and k not in seen]:
            if key[0] not in ("chat", "text"):
                continue
            hold = self._held.pop(key)
            text = self._filter.flush(key)
            if text and hold.part is not None:
                _merge_choice(choice, hold.part(text))
                self._merged = True

    def _responses(
        self, ev: SSEEvent, obj: dict[str, Any], kind: str, out: dict[tuple[int, Any], Any]
    ) -> bytes:
        base, _, phase = kind.rpartition(".")
        where = tuple(
            _scalar(obj.get(f)) for f in ("item_id", "output_index", "content_index", "summary_index")
        )
        key = ("response", base, *where)
        if phase == "delta":
            self._piece(out, obj, "delta", key, _Hold(ev, obj, None), final=False)
            return b""
        if phase == "done" and key in self._held:
            return self._flush_key(key)
        return b""

    def _flush_key(self, key: Hashable) -> bytes:
        hold = self._held.pop(key)
        text = self._filter.flush(key)
        return hold.event_with(text) if text else b""

    def _flush_all(self) -> bytes:
        return b"".join(self._flush_key(key) for key in list(self._held))


ChoicePart = Callable[[str], dict[str, Any]]  # held text -> a choice that carries it
Field = tuple[dict[str, Any], str, Hashable, ChoicePart]  # container, key, stream key, part


@dataclass(frozen=True, slots=True, repr=False)
class _Hold:
    """The last event of a stream key: the template for an event that flushes held text."""

    event: SSEEvent
    obj: dict[str, Any]
    part: ChoicePart | None  # None: a Responses *.delta event, whose "delta" carries text

    def event_with(self, text: str) -> bytes:
        obj = dict(self.obj)
        if self.part is None:
            obj["delta"] = text
        else:
            obj.pop("usage", None)
            obj["choices"] = [self.part(text)]
        return self.event.sibling(orjson.dumps(obj))


def _choice_fields(choice: dict[str, Any], idx: str | int | None) -> Iterator[Field]:
    """The streamed text fields present in one chat or completions choice."""
    delta = choice.get("delta")
    if not isinstance(delta, dict):
        if isinstance(choice.get("text"), str):
            yield choice, "text", ("text", idx), lambda t: _choice(idx, text=t, logprobs=None)
        return
    for field in _DELTA_FIELDS:
        if isinstance(delta.get(field), str):
            yield delta, field, ("chat", idx, field), _delta_part(idx, field)
    calls = delta.get("tool_calls")
    for call in calls if isinstance(calls, list) else ():
        fn = call.get("function") if isinstance(call, dict) else None
        if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
            n = _scalar(call.get("index", 0))
            yield fn, "arguments", ("chat", idx, "tool", n), _tool_part(idx, n)
    fc = delta.get("function_call")
    if isinstance(fc, dict) and isinstance(fc.get("arguments"), str):
        key = ("chat", idx, "function_call")
        yield fc, "arguments", key, lambda t: _choice(idx, delta={"function_call": {"arguments": t}})


def _choice(idx: str | int | None, **fields: Any) -> dict[str, Any]:
    return {"index": idx, **fields, "finish_reason": None}


def _delta_part(idx: str | int | None, field: str) -> ChoicePart:
    return lambda t: _choice(idx, delta={field: t})


def _tool_part(idx: str | int | None, call: str | int | None) -> ChoicePart:
    return lambda t: _choice(idx, delta={"tool_calls": [{"index": call, "function": {"arguments": t}}]})


def _merge_choice(choice: dict[str, Any], extra: dict[str, Any]) -> None:
    """Fold held text (a one-field choice) into a choice that finishes its stream."""
    if "text" in extra:
        choice["text"] = str(choice.get("text") or "") + extra["text"]
        return
    delta = choice.get("delta")
    if not isinstance(delta, dict):
        delta = choice["delta"] = {}
    for field, value in extra["delta"].items():
        if field == "tool_calls":
            calls = delta.get("tool_calls")
            delta["tool_calls"] = [*(calls if isinstance(calls, list) else ()), *value]
        else:
            delta[field] = value


def _walk(root: object, fn: Callable[[str], str], skip: Container[tuple[int, Any]]) -> bool:
    """Apply fn to every string value (not keys) in place, iteratively; True if any changed."""
    changed = False
    stack = [root]
    while stack:
        node = stack.pop()
        pairs: Iterator[tuple[Any, Any]]
        if isinstance(node, dict):
            pairs = iter(list(node.items()))
        elif isinstance(node, list):
            pairs = enumerate(node)
        else:
            continue
        for k, v in pairs:
            if isinstance(v, str):
                if (id(node), k) in skip:
                    continue
                new = fn(v)
                if new != v:
                    node[k] = new
                    changed = True
            elif isinstance(v, dict | list):
                stack.append(v)
    return changed


class PlaceholderFilter:
    """Replaces placeholders by their originals; holds back at most a placeholder's length - 1."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        for placeholder in mapping:
            inner = placeholder[1:-1]
            if (
                len(placeholder) < 3
                or placeholder[0] != "<"
                or placeholder[-1] != ">"
                or "<" in inner
                or ">" in inner
            ):
                raise ValueError("placeholders must look like <NAME>, with no other < or > inside")
        self._mapping = dict(mapping)
        # Longest first so that no placeholder shadows a longer one in the alternation.
        names = sorted(self._mapping, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, names))) if names else None
        self._prefixes = frozenset(p[:i] for p in names for i in range(1, len(p)))
        self._held: dict[Hashable, str] = {}

    def whole(self, text: str) -> str:
        if self._pattern is None or "<" not in text:
            return text
        return self._pattern.sub(lambda m: self._mapping[m.group()], text)

    def may_change(self, raw_json: bytes) -> bool:
        # JSON may spell "<" as an escape (Go's encoder does by default).
        return bool(self._mapping) and (b"<" in raw_json or b"\\u003c" in raw_json or b"\\u003C" in raw_json)

    def piece(self, key: Hashable, text: str) -> str:
        text = self._held.pop(key, "") + text
        # Placeholders hold a single "<", so only a tail from the last one can still grow into one.
        cut = text.rfind("<")
        if cut >= 0 and text[cut:] in self._prefixes:
            self._held[key] = text[cut:]
            text = text[:cut]
        return self.whole(text)

    def flush(self, key: Hashable) -> str:
        return self._held.pop(key, "")  # a proper prefix never contains a whole placeholder


class PlaceholderRestorer(AnswerRewriter):
    """Puts redacted values back into an answer: ``<EMAIL_1>`` -> the address the client sent."""

    def __init__(self, mapping: Mapping[str, str], *, stream: bool | None = None) -> None:
        super().__init__(PlaceholderFilter(mapping), stream=stream)
