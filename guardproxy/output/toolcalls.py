"""Tool calls in answers: the function names a model calls and the arguments it passes.

Arguments are screened as text by ``screen.OutputFilter`` (their stream keys mark them as tool
arguments, so ``output.tool_calls.action`` decides); this module finds the names, in streamed
events and in whole answers, and matches them against the policy's deny list.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator, Sequence
from typing import Any

from guardproxy.output.canary import STAGE
from guardproxy.types import Finding, FindingKind

DENIED_ENTITY = "TOOL_DENIED"
_CALL_ITEMS = ("function_call", "custom_tool_call", "mcp_call")


def call_names(obj: Any) -> Iterator[str]:
    """Names of the tool calls in a chat/completions/Responses answer or one of its stream events."""
    if not isinstance(obj, dict):
        return
    for choice in _list(obj.get("choices")):
        for part in (choice.get("delta"), choice.get("message")):
            if isinstance(part, dict):
                yield from _chat_names(part)
    item = obj.get("item")
    if isinstance(item, dict):  # Responses output_item.added / .done
        yield from _item_names([item])
    response = obj.get("response")
    yield from _item_names(_list(response.get("output") if isinstance(response, dict) else None))
    yield from _item_names(_list(obj.get("output")))


def _chat_names(part: dict[str, Any]) -> Iterator[str]:
    for call in _list(part.get("tool_calls")):
        fn = call.get("function")
        if isinstance(fn, dict) and isinstance(fn.get("name"), str):
            yield fn["name"]
    fc = part.get("function_call")
    if isinstance(fc, dict) and isinstance(fc.get("name"), str):
        yield fc["name"]


def _item_names(items: list[dict[str, Any]]) -> Iterator[str]:
    for item in items:
        if item.get("type") in _CALL_ITEMS and isinstance(item.get("name"), str):
            yield item["name"]


def _list(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def denied(names: Iterator[str], globs: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, g) for name in names for g in globs)


def denied_finding(code: str) -> Finding:
    """What the decision log records for a denied call: the rule, never the arguments."""
    return Finding(FindingKind.RULE, DENIED_ENTITY, 1.0, STAGE, rule_id=code)
