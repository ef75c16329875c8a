"""The one place the proxy rewrites a request body: applying the decision's redactions.

Kept apart from the handler so the redaction step can change shape without touching routing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from guardproxy.redact import apply_redactions
from guardproxy.server.transform import ResponseTransformer
from guardproxy.types import Decision, Segment


def redact_body(
    body: dict[str, Any], segments: Sequence[Segment], decision: Decision, key: bytes
) -> tuple[dict[str, Any], ResponseTransformer | None]:
    """The rewritten body, and the transformer that puts values back when the decision says so."""
    result = apply_redactions(body, segments, decision.redactions, key=key)
    restorer: ResponseTransformer | None = result.restorer() if decision.restore else None
    return result.body, restorer
