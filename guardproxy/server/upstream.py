"""Forward a request to the configured upstream and relay the answer, streaming as it arrives.

The upstream address is configuration only: the client supplies a path under /v1 and a query
string, never a host, so no header or body field can point the proxy somewhere else.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import AsyncIterable, Callable, Mapping
from urllib.parse import unquote

import aiohttp
from aiohttp import web
from multidict import CIMultiDict
from yarl import URL

from guardproxy.errors import RequestError, UpstreamError, UpstreamTimeout
from guardproxy.logs import enabled, get_logger
from guardproxy.server.transform import Chain
from guardproxy.wire.sse import EventFramer, error_end

log = get_logger(__name__)


class ClientGone(Exception):
    """The client went away mid-answer; nothing more can be sent to it."""


# Set by the handler: the transformer chain for (upstream status, is SSE), and the header stamp.
ChainFactory = Callable[[int, bool], Chain]
Stamp = Callable[[web.StreamResponse], None]

HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
# Not forwarded from the client: the session sets its own, and the body may be rewritten.
# Content-Encoding goes too: aiohttp has already decoded a gzip/deflate body (bounded by
# max_body_bytes), so what we forward is plain and must not be labelled compressed.
_REQUEST_DROP = HOP_BY_HOP | {"host", "content-length", "content-encoding", "accept-encoding", "expect"}
# Not relayed from the upstream: the session has already decoded the body and we re-frame it.
_RESPONSE_DROP = HOP_BY_HOP | {"content-length", "content-encoding", "server", "date"}
# The upstream read errors that end a relay; client-side write errors are handled apart.
_UPSTREAM_READ_ERRORS = (aiohttp.ClientPayloadError, aiohttp.ClientConnectionError, TimeoutError)


def _named_in_connection(headers: Mapping[str, str]) -> set[str]:
    value = headers.get("Connection", "")
    return {h.strip().lower() for h in value.split(",") if h.strip()}


def request_headers(
    incoming: Mapping[str, str], authorization: str | None, *, replace_auth: bool
) -> CIMultiDict[str]:
    drop = _REQUEST_DROP | _named_in_connection(incoming)
    if replace_auth:
        drop = drop | {"authorization", "api-key"}
    out: CIMultiDict[str] = CIMultiDict()
    for name, value in incoming.items():
        low = name.lower()
        if low in drop or low.startswith("x-guardproxy-"):
            continue
        out.add(name, value)
    if replace_auth and authorization:
        out["Authorization"] = authorization
    return out


def response_headers(upstream: Mapping[str, str]) -> CIMultiDict[str]:
    drop = _RESPONSE_DROP | _named_in_connection(upstream)
    return CIMultiDict((k, v) for k, v in upstream.items() if k.lower() not in drop)


def upstream_url(base: str, raw_path: str, query: str) -> URL:
    """base (".../v1") + the part of the client's path after /v1, dot segments refused."""
    tail = raw_path[len("/v1") :]
    if any(seg in {".", ".."} for seg in unquote(tail).split("/")):
        raise RequestError("Invalid path.", code="invalid_path")
    url = URL(base + tail + (f"?{query}" if query else ""), encoded=True)
    if url.origin() != URL(base).origin():
        raise RequestError("Invalid path.", code="invalid_path")
    return url


def _timeout(connect_s: float, read_s: float) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(total=None, connect=connect_s, sock_read=read_s)


class Upstream:
    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        connect_s: float,
        read_s: float,
        on_headers: Callable[[web.Request, float], None] | None = None,  # metrics: seconds to headers
    ) -> None:
        self._session = session
        self._timeout = _timeout(connect_s, read_s)
        self._on_headers = on_headers

    async def forward(
        self,
        request: web.Request,
        url: URL,
        headers: CIMultiDict[str],
        body: bytes | AsyncIterable[bytes] | None,
        chain: ChainFactory,
        stamp: Stamp,
    ) -> web.StreamResponse:
        started = time.perf_counter()
        try:
            async with self._session.request(
                request.method,
                url,
                headers=headers,
                data=_payload(body),
                timeout=self._timeout,
                allow_redirects=False,
            ) as resp:
                if enabled(logging.DEBUG):
                    log.debug("upstream.headers", status=resp.status, ms=_ms(started))
                if self._on_headers is not None:
                    self._on_headers(request, time.perf_counter() - started)
                is_sse = resp.content_type == "text/event-stream"
                transformer = chain(resp.status, is_sse)
                if is_sse:
                    return await _relay_stream(request, resp, transformer, stamp)
                if not transformer:
                    return await _relay_raw(request, resp, stamp)
                data = await resp.read()
                out = transformer.feed(data) + transformer.finish()
                reply = web.Response(status=resp.status, body=out, headers=response_headers(resp.headers))
                stamp(reply)
                return reply
        except TimeoutError as e:
            raise UpstreamTimeout("The upstream did not answer in time.") from e
        except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError) as e:
            raise UpstreamError("The upstream could not be reached.") from e


async def _relay_stream(
    request: web.Request, resp: aiohttp.ClientResponse, transformer: Chain, stamp: Stamp
) -> web.StreamResponse:
    out = web.StreamResponse(status=resp.status, headers=response_headers(resp.headers))
    stamp(out)
    await out.prepare(request)
    framer = EventFramer()
    chunks = resp.content.iter_any().__aiter__()
    try:
        while True:
            try:
                chunk = await chunks.__anext__()
            except StopAsyncIteration:
                tail = transformer.feed(framer.finish()) if transformer else framer.finish()
                await _write(out, tail + (transformer.finish() if transformer else b""))
                break
            except _UPSTREAM_READ_ERRORS as e:
                # The client already has a 200 and some events: end the stream so it parses.
                log.warning(
                    "upstream.stream_error", error=type(e).__name__, dropped_bytes=len(framer.pending)
                )
                await _write(out, error_end(request.path, "The upstream stream ended unexpectedly."))
                break
            data = framer.feed(chunk)
            await _write(out, transformer.feed(data) if transformer and data else data)
        await _eof(out)
    except ClientGone:
        log.info("client.disconnected", during="stream")
    return out


async def _relay_raw(request: web.Request, resp: aiohttp.ClientResponse, stamp: Stamp) -> web.StreamResponse:
    out = web.StreamResponse(status=resp.status, headers=response_headers(resp.headers))
    stamp(out)
    await out.prepare(request)
    try:
        async for chunk in resp.content.iter_any():
            await _write(out, chunk)
        await _eof(out)
    except ClientGone:
        log.info("client.disconnected", during="body")
    except _UPSTREAM_READ_ERRORS as e:
        log.warning("upstream.body_error", error=type(e).__name__)
        # A truncated plain body cannot be ended cleanly: drop the connection so it shows.
        if request.transport is not None:
            request.transport.close()
    return out


async def _write(out: web.StreamResponse, data: bytes) -> None:
    if not data:
        return
    try:
        await out.write(data)
    except ConnectionResetError as e:
        raise ClientGone from e


async def _eof(out: web.StreamResponse) -> None:
    try:
        await out.write_eof()
    except ConnectionResetError as e:
        raise ClientGone from e


def _payload(body: bytes | AsyncIterable[bytes] | None) -> io.BytesIO | AsyncIterable[bytes] | bytes | None:
    # aiohttp writes a raw bytes body in one go and warns past 1 MiB; a BytesIO goes in chunks
    if isinstance(body, bytes) and len(body) > 1024 * 1024:
        return io.BytesIO(body)
    return body


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
