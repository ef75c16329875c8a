"""What output screening adds to a stream: time to first token, per-chunk delay, changed chunks.

    python -m benchmarks.bench_output [--streams 20] [--tokens 300] [--interval-ms 2]

One process, one loop: a fake upstream streams chat chunks (a token of ~4 characters each,
every ``interval`` ms, stamping each send), the real proxy forwards them with and without the
output guard, and a client stamps each arrival. Events stay one-to-one through the proxy, so
arrival minus send is the proxy's delay per chunk. Held text shows up as chunks whose content
arrives in a later chunk; ``changed chunks`` counts chunks whose text differs from what was
sent (a held tail, the chunk that carries it, a redaction) and ``char wait`` is how long each
character of clean prose took from upstream send to client (prose, then prose with a key, an IBAN and a password every ~60 tokens).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import aiohttp
import orjson
from aiohttp import web

from guardproxy.config import load_settings
from guardproxy.logs import configure_logging
from guardproxy.output.guard import OutputGuard
from guardproxy.policy.schema import OutputPolicy
from guardproxy.server import state
from guardproxy.server.app import create_app
from guardproxy.server.transform import ResponseContext
from guardproxy.testing import StaticScreener
from guardproxy.types import Action, Decision
from guardproxy.wire.sse import DONE, encode_event

PROSE = (
    "The quarterly report shows steady growth across all regions, with the strongest results in "
    "northern markets where the new pricing model was introduced early in the year. Customer "
    "retention improved by a small margin and support tickets fell after the onboarding changes. "
)
SECRETS = (
    " Use key sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv for the test account. Pay to GB82 WEST 1234 "
    "5698 7654 32 before Friday. The staging password: Hunter22! expires soon."
)
ENVELOPE = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
POLICY = OutputPolicy.model_validate({"pii": {"IBAN": {"action": "redact", "mode": "mask"}}})


def tokens(n: int, secrets: bool) -> list[str]:
    text = ""
    while len(text) < n * 4:
        text += PROSE + (SECRETS if secrets else "")
    return [text[i : i + 4] for i in range(0, n * 4, 4)]


def chunk(content: str | None, finish: str | None = None) -> bytes:
    delta = {"content": content} if content is not None else {}
    return encode_event({**ENVELOPE, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


@dataclass
class Upstream:
    pieces: list[str]
    interval_s: float
    sent: list[float] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        await request.read()
        self.sent = []
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        for piece in self.pieces:
            self.sent.append(time.perf_counter())
            await resp.write(chunk(piece))
            await asyncio.sleep(self.interval_s)
        await resp.write(chunk(None, "stop") + DONE)
        return resp


@asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


@dataclass
class Run:
    ttft_ms: list[float] = field(default_factory=list)
    delay_ms: list[float] = field(default_factory=list)
    hold_ms: list[float] = field(default_factory=list)
    held: int = 0
    chunks: int = 0


async def one_stream(session: aiohttp.ClientSession, url: str, up: Upstream, run: Run) -> None:
    start = time.perf_counter()
    payload = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "report"}]}
    arrivals: list[tuple[float, str]] = []
    async with session.post(url + "/v1/chat/completions", json=payload) as resp:
        buf = b""
        async for data in resp.content.iter_any():
            now = time.perf_counter()
            buf += data
            *events, buf = buf.split(b"\n\n")
            for ev in events:
                body = ev.removeprefix(b"data: ")
                if body == b"[DONE]":
                    continue
                choice = orjson.loads(body)["choices"][0]
                if choice["finish_reason"] is None:
                    arrivals.append((now, choice["delta"].get("content") or ""))
    first = next(t for t, text in arrivals if text)
    run.ttft_ms.append((first - start) * 1000)
    for (got_at, got), sent_at, piece in zip(arrivals, up.sent, up.pieces, strict=False):
        run.delay_ms.append((got_at - sent_at) * 1000)
        run.chunks += 1
        run.held += got != piece
    # How long each character waited: the arrival of the chunk that carried it (or its mask).
    sent_chars = [t for t, p in zip(up.sent, up.pieces, strict=False) for _ in p]
    got_chars = [t for t, text in arrivals for _ in text]
    if len(got_chars) == len(sent_chars):  # only where nothing was rewritten (clean prose)
        run.hold_ms.extend((g - s) * 1000 for g, s in zip(got_chars, sent_chars, strict=True))


def summary(values: list[float]) -> str:
    if not values:
        return "n/a"
    qs = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
    return f"p50 {statistics.median(values):6.2f}  p99 {qs[98]:6.2f}  max {max(values):6.2f}"


async def measure(guarded: bool, secrets: bool, args: argparse.Namespace) -> Run:
    up = Upstream(tokens(args.tokens, secrets), args.interval_ms / 1000)
    up_app = web.Application()
    up_app.router.add_post("/v1/chat/completions", up.handle)
    run = Run()
    async with serve(up_app) as up_url:
        settings = load_settings(environ={}, overrides={"upstream": {"url": up_url + "/v1"}})
        app = create_app(settings, StaticScreener(), environ={})
        if guarded:
            app[state.OUTPUT_GUARD] = OutputGuard(lambda _: POLICY, key=b"k")
        async with serve(app) as proxy_url, aiohttp.ClientSession() as session:
            for _ in range(args.streams):
                await one_stream(session, proxy_url, up, run)
    return run


def filter_cost(secrets: bool, n: int) -> float:
    """Microseconds per chunk the guard's transformer spends, without any network."""
    guard = OutputGuard(lambda _: POLICY, key=b"k")
    pieces = tokens(n, secrets)
    events = [chunk(p) for p in pieces]
    ctx = ResponseContext("r", "/v1/chat/completions", 200, True, Decision("r", Action.ALLOW))
    prepared = guard.prepare("/v1/chat/completions", {}, (), Decision("r", Action.ALLOW))
    assert prepared is not None
    best = float("inf")
    for _ in range(3):
        t = prepared.transformer(ctx)
        assert t is not None
        start = time.perf_counter()
        for ev in events:
            t.feed(ev)
        t.finish()
        best = min(best, (time.perf_counter() - start) / len(events) * 1e6)
    return best


async def main_async(args: argparse.Namespace) -> None:
    print(f"{args.streams} streams x {args.tokens} chunks, one every {args.interval_ms} ms")
    for secrets in (False, True):
        base = await measure(False, secrets, args)
        guard = await measure(True, secrets, args)
        kind = "prose+secrets" if secrets else "prose"
        print(f"\n[{kind}]")
        print(f"  TTFT ms        no guard  {summary(base.ttft_ms)}")
        print(f"                 guard     {summary(guard.ttft_ms)}")
        print(f"  chunk delay ms no guard  {summary(base.delay_ms)}")
        print(f"                 guard     {summary(guard.delay_ms)}")
        print(
            f"  changed chunks {guard.held}/{guard.chunks} ({100 * guard.held / max(guard.chunks, 1):.1f}%)"
        )
        if guard.hold_ms:
            print(f"  char wait ms   no guard  {summary(base.hold_ms)}")
            print(f"                 guard     {summary(guard.hold_ms)}")
        print(f"  filter cost    {filter_cost(secrets, args.tokens):.1f} us/chunk (CPU, no network)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--streams", type=int, default=20)
    p.add_argument("--tokens", type=int, default=300)
    p.add_argument("--interval-ms", type=float, default=2.0)
    configure_logging("warning")
    asyncio.run(main_async(p.parse_args()))


if __name__ == "__main__":
    main()
