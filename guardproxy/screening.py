"""The one async seam between the proxy and everything that judges a request.

The server builds a ScreenRequest from the parsed body and awaits ``Screener.screen``.
Detection, policy and the decision log plug in behind this protocol.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from guardproxy.types import Action, Decision, Segment


@dataclass(frozen=True, slots=True)
class ScreenRequest:
    request_id: str
    route: str  # e.g. /v1/chat/completions
    model: str | None
    key_id: str | None  # a short hash of the API key, never the key itself
    tenant: str | None
    segments: tuple[Segment, ...]


class Screener(Protocol):
    async def screen(self, request: ScreenRequest) -> Decision: ...


class AllowAll:
    """Screening off: every request is allowed and still gets a decision id."""

    async def screen(self, request: ScreenRequest) -> Decision:
        return Decision(id=request.request_id, action=Action.ALLOW)
