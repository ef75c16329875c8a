"""The application factory: one connection pool, one executor, the demo upstream in demo mode."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Mapping
from concurrent.futures import ThreadPoolExecutor

import aiohttp
from aiohttp import web

from guardproxy.config import Settings
from guardproxy.decisions.output import output_recorder
from guardproxy.decisions.service import wire_decisions
from guardproxy.logs import get_logger, scrub_aiohttp_logs
from guardproxy.metrics import METRICS, add_metrics
from guardproxy.output.guard import OutputGuard, log_findings
from guardproxy.policy.loader import PolicyStore
from guardproxy.screening import AllowAll, Screener
from guardproxy.server import handlers, state
from guardproxy.server.auth import Authenticator
from guardproxy.server.demo import run_demo
from guardproxy.server.middlewares import guard
from guardproxy.server.upstream import Upstream

log = get_logger(__name__)


def create_app(
    settings: Settings, screener: Screener | None = None, *, environ: Mapping[str, str] | None = None
) -> web.Application:
    environ = os.environ if environ is None else environ
    scrub_aiohttp_logs()
    app = web.Application(middlewares=[guard], client_max_size=settings.max_body_bytes)
    app[state.SETTINGS] = settings
    app[state.SCREENER] = screener if screener is not None else AllowAll()
    # The demo upstream needs no key, so proxy_keys may run there without one.
    api_key_env = settings.upstream.api_key_env
    if settings.demo_mode and not environ.get(api_key_env):
        environ = {**environ, api_key_env: "demo"}
    app[state.AUTH] = Authenticator.from_settings(settings.auth, api_key_env, environ)
    app[state.TRANSFORMER_FACTORIES] = []
    # Without a configured key, hash placeholders are still stable for this process's lifetime.
    key = environ.get(settings.decisions.hmac_key_env)
    app[state.HMAC_KEY] = key.encode() if key else secrets.token_bytes(32)
    app.cleanup_ctx.extend([_executor, _screener_lifecycle, _http, _upstream_address])
    decisions = wire_decisions(app, environ)  # decision log + /review, for a screener that records
    policies = getattr(app[state.SCREENER], "policies", None)
    if isinstance(policies, PolicyStore):  # answers follow the output: section of the same policy
        on_findings = output_recorder(decisions.log, policies) if decisions is not None else log_findings
        app[state.OUTPUT_GUARD] = OutputGuard.for_store(
            policies, key=app[state.HMAC_KEY], on_findings=on_findings
        )
    add_metrics(app, environ)
    for route in handlers.SCREENED_ROUTES:
        app.router.add_post(route, handlers.screened)
    app.router.add_get("/healthz", handlers.healthz)
    app.router.add_get("/readyz", handlers.readyz)
    app.router.add_route("*", "/v1/{tail:.*}", handlers.passthrough)
    return app


async def _executor(app: web.Application) -> AsyncIterator[None]:
    threads = app[state.SETTINGS].screening.executor_threads or os.cpu_count() or 1
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="guardproxy-screen")
    app[state.EXECUTOR] = pool
    # Optional hook, like ready(): a screener that runs stages in threads gets the shared pool.
    use_executor = getattr(app[state.SCREENER], "use_executor", None)
    if use_executor is not None:
        use_executor(pool)
    yield
    pool.shutdown(wait=True, cancel_futures=True)


async def _screener_lifecycle(app: web.Application) -> AsyncIterator[None]:
    # Optional hooks: a screener with background work (policy reload) starts and stops here.
    screener = app[state.SCREENER]
    start = getattr(screener, "start", None)
    close = getattr(screener, "close", None)
    if start is not None:
        await start()
    yield
    if close is not None:
        await close()


async def _http(app: web.Application) -> AsyncIterator[None]:
    up = app[state.SETTINGS].upstream
    connector = aiohttp.TCPConnector(limit=up.max_connections, ttl_dns_cache=300)
    async with aiohttp.ClientSession(connector=connector, trust_env=False) as session:
        app[state.HTTP] = session
        app[state.UPSTREAM] = Upstream(
            session,
            connect_s=up.connect_timeout_s,
            read_s=up.read_timeout_s,
            on_headers=app[METRICS].observe_upstream if METRICS in app else None,
        )
        yield


async def _upstream_address(app: web.Application) -> AsyncIterator[None]:
    settings = app[state.SETTINGS]
    if not settings.demo_mode:
        assert settings.upstream.url is not None  # demo_mode is exactly "no url"
        app[state.UPSTREAM_URL] = settings.upstream.url
        yield
        return
    async with run_demo() as url:
        app[state.UPSTREAM_URL] = url
        log.info("demo.upstream", url=url)
        yield
