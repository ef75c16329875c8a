"""The pluggable answer path: per-request transformers applied to what the upstream sends back.

Output screening and placeholder restore plug in here. A transformer is sync and lives for one
request. In a stream, ``feed`` receives whole SSE events (the relay never splits one); in a
non-streamed answer it receives the whole body once. ``finish`` flushes anything held back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from guardproxy.types import Decision


class ResponseTransformer(Protocol):
    def feed(self, chunk: bytes) -> bytes: ...

    def finish(self) -> bytes: ...


@dataclass(frozen=True, slots=True)
class ResponseContext:
    request_id: str
    route: str
    status: int  # the upstream status; factories may leave error bodies alone
    stream: bool  # the answer is an SSE stream
    decision: Decision


# Registered on the app (TRANSFORMER_FACTORIES); None means "nothing to do for this answer".
TransformerFactory = Callable[[ResponseContext], ResponseTransformer | None]


class Chain:
    """Runs transformers in order; what one flushes at the end still passes through the rest."""

    def __init__(self, parts: Sequence[ResponseTransformer]) -> None:
        self._parts = tuple(parts)

    @property
    def parts(self) -> tuple[ResponseTransformer, ...]:
        return self._parts

    def __bool__(self) -> bool:
        return bool(self._parts)

    def feed(self, chunk: bytes) -> bytes:
        for part in self._parts:
            chunk = part.feed(chunk)
        return chunk

    def finish(self) -> bytes:
        out = b""
        for part in self._parts:
            out = (part.feed(out) if out else b"") + part.finish()
        return out


def build_chain(factories: Sequence[TransformerFactory], ctx: ResponseContext) -> Chain:
    return Chain([t for f in factories if (t := f(ctx)) is not None])
