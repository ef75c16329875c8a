"""Shared fixtures: a fake upstream on loopback and a real in-process proxy in front of it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
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


@pytest.fixture(scope="session")
def decisions_root() -> Iterator[Path]:
    """Where tests' decision logs go, never the checkout's .guardproxy/ (a developer's own
    review queue). Short, under /tmp: an embedded Redis puts its unix socket in it."""
    root = Path(tempfile.mkdtemp(prefix="gp-tests-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)  # session end: every proxy, and its Redis, has stopped


@pytest.fixture
def settings_for(upstream: FakeUpstream, decisions_root: Path) -> Callable[..., Settings]:
    """Settings pointing at the fake upstream, from an empty environment plus overrides;
    a decision log of the test's own unless the overrides name one."""
    own = Path(tempfile.mkdtemp(dir=decisions_root))

    def build(**overrides: Any) -> Settings:
        base: dict[str, Any] = {
            "upstream": {"url": upstream.url},
            "decisions": {"redis_dir": str(own / "redis"), "spool_dir": str(own / "spool")},
        }
        base["upstream"].update(overrides.pop("upstream", {}))
        base["decisions"].update(overrides.pop("decisions", {}))
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
