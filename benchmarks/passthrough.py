"""A bare aiohttp pass-through proxy: the floor any proxy in Python pays, with nothing else.

    python -m benchmarks.passthrough --port 9002 --upstream http://127.0.0.1:9001

Same shape as guardproxy's forwarding (one pooled ClientSession, body streamed back in
chunks) minus parsing, screening and logging, so the gap between the two is the guard's cost.
"""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator

import aiohttp
import uvloop
from aiohttp import web

UPSTREAM = web.AppKey("upstream", str)
SESSION = web.AppKey("session", aiohttp.ClientSession)
# Hop-by-hop and length headers the server side recomputes.
_DROP = frozenset({"host", "content-length", "transfer-encoding", "connection", "keep-alive"})


async def forward(request: web.Request) -> web.StreamResponse:
    body = await request.read()
    headers = {k: v for k, v in request.headers.items() if k.lower() not in _DROP}
    url = request.app[UPSTREAM] + request.rel_url.path_qs
    async with request.app[SESSION].request(request.method, url, data=body, headers=headers) as up:
        resp = web.StreamResponse(status=up.status)
        resp.headers.update({k: v for k, v in up.headers.items() if k.lower() not in _DROP})
        await resp.prepare(request)
        async for chunk in up.content.iter_any():
            await resp.write(chunk)
        await resp.write_eof()
        return resp


async def _session(app: web.Application) -> AsyncIterator[None]:
    connector = aiohttp.TCPConnector(limit=256)
    async with aiohttp.ClientSession(connector=connector, auto_decompress=False) as session:
        app[SESSION] = session
        yield


def create_app(upstream: str) -> web.Application:
    app = web.Application()
    app[UPSTREAM] = upstream.rstrip("/")
    app.cleanup_ctx.append(_session)
    app.router.add_route("*", "/{tail:.*}", forward)
    return app


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--upstream", required=True, help="base URL without /v1, e.g. http://127.0.0.1:9001")
    args = p.parse_args()
    uvloop.install()
    web.run_app(create_app(args.upstream), host=args.host, port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
