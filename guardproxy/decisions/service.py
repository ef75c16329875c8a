"""The decision log's one-time resources: Redis (embedded or by URL), the writer, the review queue.

The app factory calls ``wire_decisions(app, environ)`` once the screener is in app state:
it plugs the log into the screener's sink, adds the lifecycle to cleanup_ctx and mounts /review.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping

import redis.asyncio as aioredis
from aiohttp import web

from guardproxy.config import DecisionLogSettings
from guardproxy.decisions.log import DecisionLog
from guardproxy.decisions.redis_server import EmbeddedRedis, share_or_start
from guardproxy.decisions.review import ReviewQueue
from guardproxy.decisions.web import add_review_routes
from guardproxy.server import state


class DecisionService:
    """Owns the decision log's Redis connection (and the embedded server, if it started it)."""

    def __init__(self, settings: DecisionLogSettings, key: bytes, *, consumer: str = "web") -> None:
        self.settings = settings
        self.log = DecisionLog(settings, key)
        self.consumer = consumer
        self.embedded: EmbeddedRedis | None = None
        self.client: aioredis.Redis | None = None  # review queue and labels
        self._writer: aioredis.Redis | None = None  # the log writer's own connection
        self._review: ReviewQueue | None = None

    @property
    def review(self) -> ReviewQueue:
        if self._review is None:
            raise RuntimeError("DecisionService.start() has not run")
        return self._review

    @property
    def started(self) -> bool:
        return self._review is not None

    async def start(self) -> None:
        url = self.settings.redis_url
        if url is None:
            # with several workers, the first to get here runs it and the others share it
            url, self.embedded = await share_or_start(self.settings.redis_dir)
        self.client = aioredis.Redis.from_url(url, socket_timeout=5.0, socket_connect_timeout=2.0)
        # The writer sends an XADD per request and bounds each batch with its own deadline
        # (log.WRITE_TIMEOUT_S), so its client has no socket timeout: redis-py would arm a
        # timer for every reply it reads (~12 us an entry).
        self._writer = aioredis.Redis.from_url(url, socket_timeout=None, socket_connect_timeout=2.0)
        self._review = ReviewQueue(self.client, self.settings, self.consumer)
        await self.log.start(self._writer)

    async def close(self) -> None:
        await self.log.close()
        for client in (self._writer, self.client):
            if client is not None:
                await client.aclose()
        if self.embedded is not None:
            await self.embedded.stop()

    async def cleanup_ctx(self, app: web.Application) -> AsyncIterator[None]:
        await self.start()
        yield
        await self.close()


# Typed app state for the app factory and the metrics endpoint (service.log.stats).
DECISIONS: web.AppKey[DecisionService] = web.AppKey("decisions")


def wire_decisions(app: web.Application, environ: Mapping[str, str]) -> DecisionService | None:
    """Decision log and /review for a screener that records decisions (one with a ``sink``).

    Screeners without one (AllowAll, the test fakes) produce nothing to log, so nothing starts.
    """
    settings = app[state.SETTINGS]
    screener = app[state.SCREENER]
    if not settings.decisions.enabled or not hasattr(screener, "sink"):
        return None
    service = DecisionService(settings.decisions, app[state.HMAC_KEY])
    if getattr(screener, "sink", None) is None:
        screener.sink = service.log
    app[DECISIONS] = service
    app.cleanup_ctx.append(service.cleanup_ctx)
    token_env = settings.review_token_env
    add_review_routes(app, service, environ.get(token_env), token_env=token_env)
    return service


async def connect(settings: DecisionLogSettings) -> tuple[aioredis.Redis, EmbeddedRedis | None]:
    """For the CLI: the configured URL, a running proxy's embedded Redis, or a fresh one."""
    if settings.redis_url is not None:
        return aioredis.Redis.from_url(settings.redis_url), None
    url, embedded = await share_or_start(settings.redis_dir)
    return aioredis.Redis.from_url(url), embedded
