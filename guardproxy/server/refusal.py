"""A block answered in the assistant's voice: a normal 200 completion carrying the refusal text.

Some applications handle a 403 badly (retry loops, raw error pages); for them a policy can
choose ``block_style: refusal`` and the user simply sees the model decline.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from guardproxy.types import Decision
from guardproxy.wire.sse import stream_from_body, stream_kind

ZERO_USAGE = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}


def refusal_body(route: str, model: str | None, decision: Decision) -> dict[str, Any]:
    text = decision.refusal_message
    model = model or "unknown"
    now = int(time.time())
    kind = stream_kind(route)
    if kind == "chat":
        message = {"role": "assistant", "content": text, "refusal": None}
        return {
            "id": f"chatcmpl-{decision.id}",
            "object": "chat.completion",
            "created": now,
            "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}],
            "usage": ZERO_USAGE,
        }
    if kind == "responses":
        item = {
            "id": f"msg_{decision.id}",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }
        return {
            "id": f"resp_{decision.id}",
            "object": "response",
            "created_at": now,
            "status": "completed",
            "model": model,
            "output": [item],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
            "usage": {"input_tokens": 0, "output_tokens": 0, "total_tokens": 0},
        }
    return {
        "id": f"cmpl-{decision.id}",
        "object": "text_completion",
        "created": now,
        "model": model,
        "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
        "usage": ZERO_USAGE,
    }


def refusal_stream(route: str, model: str | None, decision: Decision) -> Iterator[bytes]:
    return stream_from_body(route, refusal_body(route, model, decision))
