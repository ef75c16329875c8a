"""The decision log's one-time resources: Redis (embedded or by URL), the writer, the review queue.

Wiring in the app factory::

    service = DecisionService(settings.decisions, hmac_key)
    screener = GuardScreener(..., sink=service.log)   # record() works before start()
    app.cleanup_ctx.append(service.cleanup_ctx)
    add_review_routes(app, service, token=os.environ.get(settings.review_token_env))
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import redis.asyncio as aioredis
from aiohttp import web

from guardproxy.config import DecisionLogSettings
from guardproxy.decisions.log import DecisionLog
from guardproxy.decisions.redis_server import EmbeddedRedis, share_or_start
from guardproxy.decisions.review import ReviewQueue


class DecisionService:
    def __init__(self, settings: DecisionLogSettings, key: bytes, *, consumer: str = "web") -> None:
        self.settings = settings
        self.log = DecisionLog(settings, key)
        self.consumer = consumer
        self.embedded: EmbeddedRedis | None = None
        self.client: aioredis.Redis | None = None
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
        self._review = ReviewQueue(self.client, self.settings, self.consumer)
        await self.log.start(self.client)

    async def close(self) -> None:
        await self.log.close()
        if self.client is not None:
            await self.client.aclose()
        if self.embedded is not None:
            await self.embedded.stop()

    async def cleanup_ctx(self, app: web.Application) -> AsyncIterator[None]:
        await self.start()
        yield
        await self.close()


async def connect(settings: DecisionLogSettings) -> tuple[aioredis.Redis, EmbeddedRedis | None]:
    """For the CLI: the configured URL, a running proxy's embedded Redis, or a fresh one."""
    if settings.redis_url is not None:
        return aioredis.Redis.from_url(settings.redis_url), None
    url, embedded = await share_or_start(settings.redis_dir)
    return aioredis.Redis.from_url(url), embedded
