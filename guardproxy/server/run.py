"""Running the proxy: uvloop, one process or N sharing the port with SO_REUSEPORT."""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import signal
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any

import uvloop
from aiohttp import web

from guardproxy.config import Settings
from guardproxy.logs import configure_logging, get_logger
from guardproxy.screening import AllowAll, Screener
from guardproxy.server.app import create_app

log = get_logger(__name__)

ScreenerFactory = Callable[[Settings], Screener]

# Python's cyclic GC defaults (700, 10, 10) suit small heaps. A request here allocates hundreds
# of container objects, so with them a full collection ran every hundred requests or so and
# walked everything loaded at start (models' metadata, rules, phone-number tables: ~90k
# objects). Side by side at c=32 with a warm cache, these thresholds cut CPU per request ~7%.
GC_THRESHOLDS = (20_000, 50, 100)


def default_screener(settings: Settings) -> Screener:
    """The screener `serve` uses: the full guard, or AllowAll when screening is off."""
    if not settings.screening.enabled:
        return AllowAll()
    from guardproxy.guard import build_screener

    return build_screener(settings)


def banner(settings: Settings, port: int) -> str:
    lines = [f"guardproxy listening on http://{settings.host}:{port}/v1 (workers={settings.workers})"]
    if settings.demo_mode:
        lines += [
            "demo mode: answers come from the built-in demo upstream (echo replies, no account needed).",
            "to use a real upstream: GUARDPROXY_UPSTREAM=https://api.openai.com/v1 guardproxy serve",
            "  (or --upstream URL); clients keep sending their own key, passed through by default.",
        ]
    return "\n".join(lines)


async def serve_async(settings: Settings, screener: ScreenerFactory, *, reuse_port: bool) -> None:
    app = create_app(settings, screener(settings))
    runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.host, settings.port, reuse_port=reuse_port or None)
        await site.start()
        port = runner.addresses[0][1]
        settle_gc()
        log.info("serve.started", host=settings.host, port=port, demo=settings.demo_mode)
        if multiprocessing.parent_process() is None:
            print(banner(settings, port), file=sys.stderr, flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
    finally:
        started = time.perf_counter()
        await runner.cleanup()
        log.info("serve.stopped", shutdown_ms=round((time.perf_counter() - started) * 1000, 1))


def settle_gc() -> None:
    """Once everything is loaded: collect, move what survives out of the GC's sight for good
    (gc.freeze: it is never garbage), and collect the rest less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _worker(settings: Settings, screener: ScreenerFactory, reuse_port: bool) -> None:
    configure_logging(settings.log_level, settings.log_format)
    _run(serve_async(settings, screener, reuse_port=reuse_port))


def _run(main: Coroutine[Any, Any, None]) -> None:
    uvloop.run(main)


def serve(settings: Settings, screener: ScreenerFactory = default_screener) -> None:
    """Block until SIGINT/SIGTERM. With workers > 1 this process only supervises."""
    if settings.workers == 1:
        _worker(settings, screener, False)
        return
    # A bad model or policy file must stop start-up here with the one-line error (exit 2),
    # not as a traceback in each worker while this process exits 0.
    screener(settings)  # built and dropped: only its checks matter here
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_worker, args=(settings, screener, True), name=f"guardproxy-{i}")
        for i in range(settings.workers)
    ]
    for p in procs:
        p.start()
    print(banner(settings, settings.port), file=sys.stderr, flush=True)

    def _stop(signum: int, frame: object) -> None:
        for p in procs:
            if p.is_alive() and p.pid is not None:
                p.terminate()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    for p in procs:
        p.join()
