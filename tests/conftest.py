"""Shared fixtures: a fake upstream on loopback and a real in-process proxy in front of it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any

import pytest
from pytest_aiohttp.plugin import AiohttpClient

from guardproxy.config import Settings, load_settings
from guardproxy.screening import Screener
from guardproxy.server.app import create_app
from guardproxy.testing import FakeUpstream, MakeProxy, ProxyClient


@pytest.fixture
async def upstream() -> AsyncIterator[FakeUpstream]:
    async with FakeUpstream() as up:
        yield up


@pytest.fixture
def settings_for(upstream: FakeUpstream) -> Callable[..., Settings]:
    """Settings pointing at the fake upstream, from an empty environment plus overrides."""

    def build(**overrides: Any) -> Settings:
        base: dict[str, Any] = {"upstream": {"url": upstream.url}}
        extra_up = overrides.pop("upstream", {})
        base["upstream"].update(extra_up)
        return load_settings(environ={}, overrides={**base, **overrides})

    return build


@pytest.fixture
def make_proxy(aiohttp_client: AiohttpClient, settings_for: Callable[..., Settings]) -> MakeProxy:
    async def build(
        screener: Screener | None = None, environ: Mapping[str, str] | None = None, **overrides: Any
    ) -> ProxyClient:
        app = create_app(settings_for(**overrides), screener, environ=environ or {})
        return await aiohttp_client(app)

    return build


@pytest.fixture
async def proxy(make_proxy: MakeProxy) -> ProxyClient:
    return await make_proxy()
