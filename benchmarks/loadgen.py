"""The load generator: an aiohttp client in its own process, bounded by count and time.

    echo '{"url": ..., "bodies": [...], "concurrency": 32, ...}' | python -m benchmarks.loadgen

Reads one JSON spec on stdin and prints one JSON result on stdout. Bodies are sent round
robin. Latency runs from send to the last byte; ttfb to the first body byte, which for a
stream is the first SSE event.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import uvloop


@dataclass(frozen=True)
class Spec:
    url: str
    bodies: list[bytes]
    concurrency: int
    max_requests: int
    duration_s: float
    headers: dict[str, str] = field(default_factory=dict)
    warmup: int = 0

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> Spec:
        return cls(
            url=str(raw["url"]),
            bodies=[str(b).encode() for b in raw["bodies"]],
            concurrency=int(raw["concurrency"]),
            max_requests=int(raw["max_requests"]),
            duration_s=float(raw["duration_s"]),
            headers={str(k): str(v) for k, v in raw.get("headers", {}).items()},
            warmup=int(raw.get("warmup", 0)),
        )


@dataclass
class Tally:
    latency_ms: list[float] = field(default_factory=list)
    ttfb_ms: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)


def quantiles(samples: list[float]) -> dict[str, float]:
    if not samples:
        return {"p50": float("nan"), "p99": float("nan"), "mean": float("nan")}
    ordered = sorted(samples)
    # Nearest rank: with a few hundred samples, interpolation would invent a p99.
    p99 = ordered[min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))]
    return {"p50": statistics.median(ordered), "p99": p99, "mean": statistics.fmean(ordered)}


async def _one(session: aiohttp.ClientSession, spec: Spec, body: bytes, tally: Tally | None) -> None:
    t0 = time.perf_counter()
    try:
        async with session.post(spec.url, data=body, headers=spec.headers) as resp:
            first = await resp.content.readany()
            t1 = time.perf_counter()
            while first and await resp.content.readany():
                pass
            status = str(resp.status)
    except (aiohttp.ClientError, TimeoutError) as e:
        if tally is not None:
            tally.statuses[type(e).__name__] += 1
        return
    if tally is not None:
        tally.latency_ms.append((time.perf_counter() - t0) * 1000)
        tally.ttfb_ms.append((t1 - t0) * 1000)
        tally.statuses[status] += 1


async def run(spec: Spec) -> dict[str, Any]:
    connector = aiohttp.TCPConnector(limit=spec.concurrency, force_close=False)
    timeout = aiohttp.ClientTimeout(total=60)
    tally = Tally()
    bodies = itertools.cycle(spec.bodies)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, trust_env=False) as session:
        await asyncio.gather(*(_one(session, spec, next(bodies), None) for _ in range(spec.warmup)))
        issued = 0
        start = time.perf_counter()
        deadline = start + spec.duration_s

        async def worker() -> None:
            nonlocal issued
            while issued < spec.max_requests and time.perf_counter() < deadline:
                issued += 1
                await _one(session, spec, next(bodies), tally)

        await asyncio.gather(*(worker() for _ in range(spec.concurrency)))
        elapsed = time.perf_counter() - start
    done = len(tally.latency_ms)
    return {
        "requests": done,
        "elapsed_s": elapsed,
        "rps": done / elapsed if elapsed > 0 else 0.0,
        "latency_ms": quantiles(tally.latency_ms),
        "ttfb_ms": quantiles(tally.ttfb_ms),
        "statuses": dict(tally.statuses),
    }


def main() -> None:
    spec = Spec.parse(json.load(sys.stdin))
    print(json.dumps(uvloop.run(run(spec))))


if __name__ == "__main__":
    main()
