"""Every piece of text an OpenAI-shaped request can carry to the model, with its JSON path.

Only the fields read here are type-checked (a wrong shape is the client's 400, worded like
OpenAI's own); unknown fields and unknown content-part or item types are forwarded untouched.
The walk follows fixed shapes, never recursion over client data, so nesting costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from guardproxy.errors import RequestError
from guardproxy.types import JsonPath, Segment, Source

# Bounds the work every later stage does per request; far above any real conversation.
MAX_SEGMENTS = 50_000

# Content-part and Responses-item types whose text reaches the model.
_TEXT_PARTS = frozenset({"text", "input_text", "output_text"})
_SOURCES = {
    "system": Source.SYSTEM,
    "developer": Source.SYSTEM,
    "user": Source.USER,
    "assistant": Source.ASSISTANT,
    "tool": Source.TOOL,
    "function": Source.TOOL,
}
_TOOL_CALL_ROLE = "tool_call"

Found = tuple[str, JsonPath, str, Source]  # text, path, role, source


def param_name(path: JsonPath) -> str:
    """messages[3].content: the way OpenAI names a field in its 400s."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _type_name(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    names |= {list: "an array", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _bad(path: JsonPath, expected: str, value: object) -> RequestError:
    where = param_name(path)
    return RequestError(
        f"Invalid type for '{where}': expected {expected}, but got {_type_name(value)} instead.",
        param=where,
        code="invalid_type",
    )


def _source(role: str) -> Source:
    # An unknown role (some upstreams accept their own) gets user trust, never system trust.
    return _SOURCES.get(role, Source.USER)


def _role(msg: Mapping[str, Any], path: JsonPath) -> str:
    role = msg.get("role")
    if not isinstance(role, str):
        if role is None:
            where = param_name((*path, "role"))
            raise RequestError(
                f"Missing required parameter: '{where}'.", param=where, code="missing_required_parameter"
            )
        raise _bad((*path, "role"), "a string", role)
    return role


def _object(value: object, path: JsonPath) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _bad(path, "an object", value)
    return value


def _array(value: object, path: JsonPath) -> list[Any]:
    if not isinstance(value, list):
        raise _bad(path, "an array", value)
    return value


def _string(value: object, path: JsonPath) -> str:
    if not isinstance(value, str):
        raise _bad(path, "a string", value)
    return value


def _parts(content: object, path: JsonPath, role: str, source: Source) -> Iterator[Found]:
    """A content field: null, a string, or an array of typed parts (text parts are read)."""
    if content is None:
        return
    if isinstance(content, str):
        yield content, path, role, source
        return
    if not isinstance(content, list):
        raise _bad(path, "a string or an array of content parts", content)
    for j, part in enumerate(content):
        p = (*path, j)
        obj = _object(part, p)
        kind = _string(obj.get("type"), (*p, "type"))
        if kind in _TEXT_PARTS:
            yield _string(obj.get("text"), (*p, "text")), (*p, "text"), role, source


def _arguments(holder: object, path: JsonPath, key: str) -> Iterator[Found]:
    """Tool-call arguments the model wrote earlier: sent back to it, so they are scanned."""
    obj = _object(holder, path)
    if key in obj:
        yield _string(obj[key], (*path, key)), (*path, key), _TOOL_CALL_ROLE, Source.ASSISTANT


def _chat(body: Mapping[str, Any]) -> Iterator[Found]:
    messages = _array(_required(body, "messages"), ("messages",))
    if not messages:
        raise RequestError(
            "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
            param="messages",
            code="empty_array",
        )
    for i, raw in enumerate(messages):
        path: JsonPath = ("messages", i)
        msg = _object(raw, path)
        role = _role(msg, path)
        yield from _parts(msg.get("content"), (*path, "content"), role, _source(role))
        calls = msg.get("tool_calls")
        if calls is not None:
            for j, call in enumerate(_array(calls, (*path, "tool_calls"))):
                cp: JsonPath = (*path, "tool_calls", j)
                obj = _object(call, cp)
                if "function" in obj:
                    yield from _arguments(obj["function"], (*cp, "function"), "arguments")
                if "custom" in obj:
                    yield from _arguments(obj["custom"], (*cp, "custom"), "input")
        if msg.get("function_call") is not None:
            yield from _arguments(msg["function_call"], (*path, "function_call"), "arguments")


def _is_token(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _strings_or_tokens(value: object, path: JsonPath, role: str) -> Iterator[Found]:
    """A string, an array of strings, token ids, or arrays of token ids (skipped: not text).

    An array holds one kind throughout; the first item that breaks the kind is the one named.
    """
    if isinstance(value, str):
        yield value, path, role, Source.PROMPT
        return
    items = _array(value, path)
    if not items:
        return
    first = items[0]
    if isinstance(first, str):
        for i, text in enumerate(items):
            yield _string(text, (*path, i)), (*path, i), role, Source.PROMPT
        return
    if _is_token(first):
        kind, ok = "an integer token id", _is_token
    else:
        kind = "an array of integer token ids"

        def ok(x: object) -> bool:
            return isinstance(x, list) and all(map(_is_token, x))

    for i, x in enumerate(items):
        if not ok(x):
            raise _bad((*path, i), "a string, a token id or an array of token ids" if i == 0 else kind, x)


def _required(body: Mapping[str, Any], key: str) -> object:
    if body.get(key) is None:
        raise RequestError(
            f"Missing required parameter: '{key}'.", param=key, code="missing_required_parameter"
        )
    return body[key]


def _completions(body: Mapping[str, Any]) -> Iterator[Found]:
    yield from _strings_or_tokens(_required(body, "prompt"), ("prompt",), "user")
    if body.get("suffix") is not None:
        yield _string(body["suffix"], ("suffix",)), ("suffix",), "user", Source.PROMPT


def _embeddings(body: Mapping[str, Any]) -> Iterator[Found]:
    yield from _strings_or_tokens(_required(body, "input"), ("input",), "user")


def _response_item(item: object, path: JsonPath) -> Iterator[Found]:
    obj = _object(item, path)
    kind = obj.get("type")
    if kind is None and "role" in obj:
        kind = "message"  # the short "easy input message" form carries no type
    kind = _string(kind, (*path, "type"))
    if kind == "message":
        role = _role(obj, path)
        yield from _parts(obj.get("content"), (*path, "content"), role, _source(role))
    elif kind in ("function_call_output", "custom_tool_call_output"):
        yield from _parts(obj.get("output"), (*path, "output"), "tool", Source.TOOL)
    elif kind == "function_call":
        yield from _arguments(obj, path, "arguments")
    elif kind == "custom_tool_call":
        yield from _arguments(obj, path, "input")


def _responses(body: Mapping[str, Any]) -> Iterator[Found]:
    if body.get("instructions") is not None:
        yield _string(body["instructions"], ("instructions",)), ("instructions",), "system", Source.SYSTEM
    value = body.get("input")
    if value is None:
        return  # allowed: previous_response_id or a prompt template supplies the input
    if isinstance(value, str):
        yield value, ("input",), "user", Source.USER
        return
    for i, item in enumerate(_array(value, ("input",))):
        yield from _response_item(item, ("input", i))


# Route -> extractor; a route not listed here carries nothing we screen.
EXTRACTORS: Mapping[str, Callable[[Mapping[str, Any]], Iterator[Found]]] = {
    "/v1/chat/completions": _chat,
    "/v1/completions": _completions,
    "/v1/responses": _responses,
    "/v1/embeddings": _embeddings,
}


def extract_segments(route: str, body: dict[str, Any]) -> tuple[Segment, ...]:
    """The texts of a request in document order; raises RequestError on a wrong shape."""
    extractor = EXTRACTORS.get(route.rstrip("/") or route)
    if extractor is None:
        return ()
    if not isinstance(body, dict):
        raise RequestError(
            f"The request body must be a JSON object, not {_type_name(body)}.", code="invalid_type"
        )
    out: list[Segment] = []
    for text, path, role, source in extractor(body):
        if len(out) >= MAX_SEGMENTS:
            raise RequestError(
                f"Too many text segments in one request (limit {MAX_SEGMENTS}).",
                param=param_name(path),
                code="too_many_segments",
            )
        out.append(Segment(text=text, path=path, role=role, source=source))
    return tuple(out)


def replace_texts(
    body: dict[str, Any], segments: Sequence[Segment], new_texts: Mapping[int, str]
) -> dict[str, Any]:
    """A copy of ``body`` with segment i's text set to ``new_texts[i]``.

    Copy-on-write along each changed path only: every untouched container is shared with the
    input and key order is kept, so the rebuilt request differs only where text changed.
    """
    root = dict(body)
    copies: dict[JsonPath, Any] = {(): root}
    for index, text in new_texts.items():
        if not 0 <= index < len(segments):
            raise ValueError(f"segment index {index} out of range (0..{len(segments) - 1})")
        seg = segments[index]
        if text == seg.text:
            continue
        node: Any = root
        for depth, step in enumerate(seg.path[:-1], start=1):
            prefix = seg.path[:depth]
            copied = copies.get(prefix)
            if copied is None:
                child = node[step]
                copied = dict(child) if isinstance(child, dict) else list(child)
                node[step] = copied
                copies[prefix] = copied
            node = copied
        if node[seg.path[-1]] != seg.text:
            raise ValueError(f"segment {index} does not match the body at {param_name(seg.path)}")
        node[seg.path[-1]] = text
    return root
