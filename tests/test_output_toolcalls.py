"""Tool-call names in answers and streamed events, and the deny list."""

from __future__ import annotations

from typing import Any

import pytest

from guardproxy.output.toolcalls import DENIED_ENTITY, call_names, denied, denied_finding

CHAT_BODY = {
    "choices": [
        {
            "message": {
                "tool_calls": [{"function": {"name": "get_weather", "arguments": "{}"}}],
                "function_call": {"name": "legacy_fn", "arguments": "{}"},
            }
        }
    ]
}
CHAT_DELTA = {"choices": [{"delta": {"tool_calls": [{"index": 0, "function": {"name": "run_shell"}}]}}]}
RESPONSES_ADDED = {"type": "response.output_item.added", "item": {"type": "function_call", "name": "search"}}
RESPONSES_BODY = {"output": [{"type": "message"}, {"type": "function_call", "name": "transfer"}]}
COMPLETED = {"type": "response.completed", "response": {"output": [{"type": "mcp_call", "name": "db_query"}]}}


@pytest.mark.parametrize(
    ("obj", "names"),
    [
        (CHAT_BODY, ["get_weather", "legacy_fn"]),
        (CHAT_DELTA, ["run_shell"]),
        (RESPONSES_ADDED, ["search"]),
        (RESPONSES_BODY, ["transfer"]),
        (COMPLETED, ["db_query"]),
        ({"choices": [{"delta": {"content": "name"}}]}, []),
        ([1, 2], []),
    ],
)
def test_call_names(obj: Any, names: list[str]) -> None:
    assert list(call_names(obj)) == names


def test_denied_globs() -> None:
    assert denied(iter(["run_shell"]), ["run_*"])
    assert not denied(iter(["get_weather"]), ["run_*", "delete"])
    assert not denied(iter(["run_shell"]), [])


def test_denied_finding_has_no_arguments() -> None:
    f = denied_finding("output.tool.block")
    assert (f.type, f.rule_id, f.start) == (DENIED_ENTITY, "output.tool.block", None)
