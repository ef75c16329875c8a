"""The /review page and API on the real proxy app with a real Redis, and in real headless Chromium."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from pytest_aiohttp.plugin import AiohttpClient, AiohttpServer
from test_decisions_entry import ATTACK, EMAIL, screened

from guardproxy.config import Settings
from guardproxy.decisions.service import DecisionService
from guardproxy.decisions.web import COOKIE, CSRF_HEADER, add_review_routes
from guardproxy.server.app import create_app

TOKEN = "test-review-token-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
Client = TestClient[Any, Any]


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """Ask for it before aiohttp_client/aiohttp_server: Redis must stop before its directory goes."""
    d = Path(tempfile.mkdtemp(prefix="gp-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


def review_app(
    settings: Settings, short_dir: Path, token: str | None
) -> tuple[web.Application, DecisionService]:
    """The real proxy app with the decision log and the review routes wired in."""
    s = settings.model_copy(
        update={
            "decisions": settings.decisions.model_copy(
                update={"redis_dir": short_dir / "r", "spool_dir": short_dir / "s"}
            )
        }
    )
    app = create_app(s, environ={})
    service = DecisionService(s.decisions, b"k" * 32)
    app.cleanup_ctx.append(service.cleanup_ctx)
    add_review_routes(app, service, token)
    return app, service


async def seed(service: DecisionService) -> None:
    for i, text in enumerate([ATTACK, "hello", f"{ATTACK} mail {EMAIL}"]):
        service.log.record(*screened(text, request_id=f"d{i}"))
    await service.log.flush()


@pytest.fixture
async def client(
    short_dir: Path, aiohttp_client: AiohttpClient, settings_for: Callable[..., Settings]
) -> tuple[Client, DecisionService]:
    app, service = review_app(settings_for(), short_dir, TOKEN)
    c = await aiohttp_client(app)
    await seed(service)
    return c, service


async def test_no_token_configured_says_how_to_set_it(
    short_dir: Path, aiohttp_client: AiohttpClient, settings_for: Callable[..., Settings]
) -> None:
    app, _ = review_app(settings_for(), short_dir, None)
    c = await aiohttp_client(app)
    for path in ("/review", "/review/api/items"):
        resp = await c.get(path, headers=BEARER)
        assert resp.status == 403
        assert "GUARDPROXY_REVIEW_TOKEN" in await resp.text()


async def test_api_needs_the_token(client: tuple[Client, DecisionService]) -> None:
    c, _ = client
    assert (await c.get("/review/api/items")).status == 401
    assert (await c.get("/review/api/items", headers={"Authorization": "Bearer nope"})).status == 401
    assert (await c.get("/review")).status == 401
    assert (await c.get("/review?token=nope")).status == 401


async def test_token_in_the_url_becomes_a_cookie(client: tuple[Client, DecisionService]) -> None:
    c, _ = client
    resp = await c.get(f"/review?token={TOKEN}", allow_redirects=False)
    assert resp.status == 303
    assert resp.headers["Location"] == "/review"
    morsel = resp.cookies[COOKIE]
    assert morsel["httponly"]
    assert morsel["samesite"] == "Strict"
    page = await c.get("/review")
    assert page.status == 200
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert '<table id="items">' in await page.text()
    assert (await c.get("/review/static/review.js")).status == 200
    assert (await c.get("/review/static/secret.txt")).status == 404
    items = await c.get("/review/api/items")
    assert items.status == 200
    # a cookie alone cannot change state: a cross-site form could send it
    some = (await items.json())["items"][0]["review_id"]
    assert (await c.post(f"/review/api/items/{some}/label", json={"label": "fp"})).status == 401
    ok = await c.post(f"/review/api/items/{some}/label", json={"label": "fp"}, headers={CSRF_HEADER: "1"})
    assert ok.status == 200


async def test_list_show_label_stats(client: tuple[Client, DecisionService]) -> None:
    c, service = client
    items = (await (await c.get("/review/api/items", headers=BEARER)).json())["items"]
    assert [i["id"] for i in items] == ["d2", "d0"]
    assert EMAIL not in items[0]["text"]
    assert "<EMAIL_1>" in items[0]["text"]
    assert items[0]["rule_ids"]
    one = await c.get(f"/review/api/items/{items[1]['review_id']}", headers=BEARER)
    assert (await one.json())["id"] == "d0"
    assert (await c.get("/review/api/items/1-0", headers=BEARER)).status == 404
    label = f"/review/api/items/{items[1]['review_id']}/label"
    assert (await c.post(label, json={"label": "nah"}, headers=BEARER)).status == 400
    assert (await c.post(label, data=b"{", headers=BEARER)).status == 400
    assert (await c.post(label, json={"label": "tp", "note": "real"}, headers=BEARER)).status == 200
    assert (await c.post("/review/api/items/1-0/label", json={"label": "tp"}, headers=BEARER)).status == 404
    after = (await (await c.get("/review/api/items?verdict=block", headers=BEARER)).json())["items"]
    assert [i["id"] for i in after] == ["d2"]
    assert (await c.get("/review/api/items?since=soon", headers=BEARER)).status == 400
    stats = await (await c.get("/review/api/stats", headers=BEARER)).json()
    assert stats["labels"]["tp"] == 1
    assert stats["pending"] == 1
    got: Any = await service.review.client.xrange(service.settings.labels_stream)
    assert got[0][1][b"note"] == b"real"


# -- real headless Chromium through chromedriver's W3C WebDriver HTTP API ----------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
CHROME_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class WebDriver:
    def __init__(self, http: aiohttp.ClientSession, base: str) -> None:
        self.http = http
        self.base = base
        self.session = ""

    async def call(self, method: str, path: str, body: Any = None) -> Any:
        url = f"{self.base}/session{'/' + self.session if self.session else ''}{path}"
        async with self.http.request(method, url, json=body) as resp:
            data: Any = await resp.json()
            assert resp.status == 200, data
            return data["value"]

    async def find_all(self, css: str) -> list[str]:
        found = await self.call("POST", "/elements", {"using": "css selector", "value": css})
        return [next(iter(e.values())) for e in found]

    async def wait_rows(self, n: int) -> list[str]:
        async with asyncio.timeout(10):
            while len(rows := await self.find_all("#items tbody tr")) != n:  # noqa: ASYNC110 - the browser's state
                await asyncio.sleep(0.05)
        return rows

    async def keys(self, text: str) -> None:
        acts = [a for ch in text for a in ({"type": "keyDown", "value": ch}, {"type": "keyUp", "value": ch})]
        await self.call("POST", "/actions", {"actions": [{"type": "key", "id": "kb", "actions": acts}]})


@contextlib.asynccontextmanager
async def chromium(profile: Path) -> AsyncIterator[WebDriver]:
    assert CHROMIUM is not None
    assert CHROMEDRIVER is not None
    port = _free_port()
    proc = await asyncio.create_subprocess_exec(
        CHROMEDRIVER, f"--port={port}", stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
    )
    try:
        async with aiohttp.ClientSession() as http:
            driver = WebDriver(http, f"http://127.0.0.1:{port}")
            async with asyncio.timeout(10):
                while True:
                    with contextlib.suppress(aiohttp.ClientError):
                        async with http.get(f"{driver.base}/status") as r:
                            if (await r.json())["value"]["ready"]:
                                break
                    await asyncio.sleep(0.05)
            caps = {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": CHROMIUM,
                    "args": [*CHROME_ARGS, f"--user-data-dir={profile}"],
                },
            }
            created = await driver.call("POST", "", {"capabilities": {"alwaysMatch": caps}})
            driver.session = created["sessionId"]
            try:
                yield driver
            finally:
                await driver.call("DELETE", "")
    finally:
        proc.terminate()
        await proc.wait()


@pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="headless Chromium not installed: apt-get install -y chromium chromium-driver",
)
async def test_label_in_a_real_browser_lands_in_redis(
    short_dir: Path, aiohttp_server: AiohttpServer, settings_for: Callable[..., Settings]
) -> None:
    app, service = review_app(settings_for(), short_dir, TOKEN)
    server: TestServer = await aiohttp_server(app)
    await seed(service)
    async with chromium(short_dir / "profile") as wd:
        await wd.call("POST", "/url", {"url": str(server.make_url(f"/review?token={TOKEN}"))})
        assert await wd.call("GET", "/url") == str(server.make_url("/review"))  # token gone from the bar
        rows = await wd.wait_rows(2)
        text = await wd.call("GET", f"/element/{rows[0]}/text")
        assert "<EMAIL_1>" in text
        assert EMAIL not in text
        await wd.keys("jf")  # move to the second row (d0) and mark it a false positive
        await wd.wait_rows(1)
        tp = (await wd.find_all("#items tbody tr button[data-label=tp]"))[0]
        await wd.call("POST", f"/element/{tp}/click", {})  # d2 by mouse: true positive
        await wd.wait_rows(0)
        status = await wd.call("GET", f"/element/{(await wd.find_all('#status'))[0]}/text")
        assert "Labelled d2 as tp" in status
    got: Any = await service.review.client.xrange(service.settings.labels_stream)
    assert [(f[b"decision_id"], f[b"label"]) for _, f in got] == [(b"d0", b"fp"), (b"d2", b"tp")]
    assert (await service.review.stats())["pending"] == 0
