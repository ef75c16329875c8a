"""Fakes for guardproxy's tests and for users' own: a scriptable OpenAI-compatible upstream.

    async with FakeUpstream() as up:
        up.script(Reply(status=500, body={"error": {...}}))
        settings = load_settings(overrides={"upstream": {"url": up.url}})

Unscripted requests get the demo upstream's canned answers. Every request is recorded.
StaticScreener stands in for the detection cascade when a test needs a given decision.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import orjson
from aiohttp import web
from aiohttp.test_utils import TestClient
from multidict import CIMultiDict, CIMultiDictProxy

from guardproxy.screening import ScreenRequest
from guardproxy.server import demo
from guardproxy.types import Action, Decision

# A test client talking to an in-process proxy, and a fixture that builds one.
ProxyClient = TestClient[Any, Any]
MakeProxy = Callable[..., Awaitable[ProxyClient]]


@dataclass(frozen=True)
class Reply:
    """One scripted answer. ``chunks`` makes it a stream: (delay before, bytes) pairs."""

    status: int = 200
    body: Mapping[str, Any] | bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before the status line: long delays trip the proxy's read timeout
    chunks: Sequence[tuple[float, bytes]] | None = None
    reset: bool = False  # drop the connection after the chunks instead of ending cleanly


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: str
    headers: CIMultiDictProxy[str]
    body: bytes

    def json(self) -> Any:
        return orjson.loads(self.body)


class FakeUpstream:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self._host = host
        self._replies: deque[Reply] = deque()
        self.received: list[Received] = []
        self.cancelled = 0  # handlers cut short because the proxy went away
        self.cancelled_event = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._port = 0

    @property
    def url(self) -> str:
        """Base URL to configure as the upstream (ends in /v1)."""
        return f"http://{self._host}:{self._port}/v1"

    def script(self, *replies: Reply) -> None:
        """Queue answers for the next requests, in order."""
        self._replies.extend(replies)

    async def start(self) -> str:
        # real upstreams take bodies far past aiohttp's 1 MiB default (images, long documents)
        app = web.Application(client_max_size=64 * 1024 * 1024)

        async def handle(request: web.Request) -> web.StreamResponse:
            body = await request.read()
            self.received.append(
                Received(request.method, request.path, request.query_string, request.headers, body)
            )
            if not self._replies:
                return await demo.handle(request)
            try:
                return await self._answer(request, self._replies.popleft())
            except asyncio.CancelledError:
                self.cancelled += 1
                self.cancelled_event.set()
                raise

        app.router.add_route("*", "/{tail:.*}", handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, 0)
        await site.start()
        self._port = self._runner.addresses[0][1]
        return self.url

    async def _answer(self, request: web.Request, reply: Reply) -> web.StreamResponse:
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        headers: CIMultiDict[str] = CIMultiDict(reply.headers)
        if reply.chunks is None:
            body = reply.body if isinstance(reply.body, bytes) else orjson.dumps(reply.body or {})
            headers.setdefault("Content-Type", "application/json")
            return web.Response(status=reply.status, body=body, headers=headers)
        headers.setdefault("Content-Type", "text/event-stream")
        resp = web.StreamResponse(status=reply.status, headers=headers)
        await resp.prepare(request)
        for delay, data in reply.chunks:
            if delay:
                await asyncio.sleep(delay)
            await resp.write(data)
        if reply.reset:
            assert request.transport is not None
            request.transport.abort()
            return resp
        await resp.write_eof()
        return resp

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeUpstream:
        await self.start()
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class StaticScreener:
    """Answers every request with the same decision (under the request's id); records requests."""

    def __init__(self, action: Action = Action.ALLOW, *, ready: bool = True, **decision: Any) -> None:
        self._action = action
        self._decision = decision
        self._ready = ready
        self.requests: list[ScreenRequest] = []

    def ready(self) -> bool:
        return self._ready

    async def screen(self, request: ScreenRequest) -> Decision:
        self.requests.append(request)
        return Decision(id=request.request_id, action=self._action, **self._decision)
