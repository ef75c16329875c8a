"""The /review page and its small JSON API, behind one shared token.

The token comes from the environment variable named by ``settings.review_token_env``. A
browser opens ``/review?token=...`` once: the token moves into an HttpOnly, SameSite=Strict
cookie and the page reloads without it in the address bar. Scripts may send
``Authorization: Bearer <token>`` instead. A state-changing call authenticated by the cookie
must also carry the X-Guardproxy-Review header, which a cross-site form cannot set.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any, Protocol

from aiohttp import web

from guardproxy.decisions.review import LABELS, Filters, ReviewQueue, parse_since

COOKIE = "guardproxy_review"
CSRF_HEADER = "X-Guardproxy-Review"
STATIC = Path(__file__).resolve().parent.parent / "server" / "static"
_ASSETS = {"review.js": "application/javascript", "review.css": "text/css"}
_MAX_LIMIT = 500
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class ReviewSource(Protocol):
    """DecisionService is one; ``review`` exists once the service has started."""

    @property
    def review(self) -> ReviewQueue: ...


def add_review_routes(
    app: web.Application,
    source: ReviewSource,
    token: str | None,
    *,
    token_env: str = "GUARDPROXY_REVIEW_TOKEN",
) -> None:
    pages = _Review(source, token, token_env)
    app.router.add_get("/review", pages.page)
    app.router.add_get("/review/static/{name}", pages.asset)
    app.router.add_get("/review/api/items", pages.items)
    app.router.add_get("/review/api/items/{id}", pages.item)
    app.router.add_post("/review/api/items/{id}/label", pages.label)
    app.router.add_get("/review/api/stats", pages.stats)


class _Review:
    def __init__(self, source: ReviewSource, token: str | None, token_env: str) -> None:
        self.source = source
        self.token = token.encode() if token else None
        self.token_env = token_env
        self.assets = {name: (STATIC / name).read_bytes() for name in (*_ASSETS, "review.html")}

    # -- auth -----------------------------------------------------------------------------
    def _disabled(self) -> web.Response:
        return web.Response(
            status=403,
            text=f"The review page is off: set {self.token_env} to a long random value, restart the "
            f"proxy, then open /review?token=<that value>.\n",
            headers=_HEADERS,
        )

    def _valid(self, given: str | None) -> bool:
        if not self.token or not given:
            return False
        return hmac.compare_digest(self.token, given.encode())

    def _authorised(self, request: web.Request, *, changes_state: bool = False) -> bool:
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Bearer ") and self._valid(auth[7:].strip()):
            return True
        if not self._valid(request.cookies.get(COOKIE)):
            return False
        return not changes_state or request.headers.get(CSRF_HEADER) == "1"

    def _guard(self, request: web.Request, *, changes_state: bool = False) -> web.Response | None:
        if self.token is None:
            return self._disabled()
        if not self._authorised(request, changes_state=changes_state):
            return _json({"error": f"unauthorised: send Authorization: Bearer <{self.token_env}>"}, 401)
        return None

    # -- page -----------------------------------------------------------------------------
    async def page(self, request: web.Request) -> web.Response:
        if self.token is None:
            return self._disabled()
        given = request.query.get("token")
        if given is not None:
            if not self._valid(given):
                return web.Response(status=401, text="wrong review token\n", headers=_HEADERS)
            # drop the token from the address bar and history
            resp = web.Response(status=303, headers={**_HEADERS, "Location": "/review"})
            resp.set_cookie(
                COOKIE, given, path="/review", httponly=True, samesite="Strict", secure=request.secure
            )
            return resp
        if not self._authorised(request):
            return web.Response(
                status=401, text=f"open /review?token=<the value of {self.token_env}>\n", headers=_HEADERS
            )
        return web.Response(body=self.assets["review.html"], content_type="text/html", headers=_HEADERS)

    async def asset(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in _ASSETS:
            raise web.HTTPNotFound()
        return web.Response(body=self.assets[name], content_type=_ASSETS[name], headers=_HEADERS)

    # -- API ------------------------------------------------------------------------------
    async def items(self, request: web.Request) -> web.Response:
        if (denied := self._guard(request)) is not None:
            return denied
        q = request.query
        try:
            filters = Filters(
                q.get("verdict") or None,
                q.get("family") or None,
                q.get("route") or None,
                parse_since(q.get("since")),
            )
            limit = max(1, min(int(q.get("limit", "100")), _MAX_LIMIT))
        except ValueError as e:
            return _json({"error": str(e)}, 400)
        got = await self.source.review.pending_items(filters, limit=limit)
        return _json({"items": [i.to_dict() for i in got]})

    async def item(self, request: web.Request) -> web.Response:
        if (denied := self._guard(request)) is not None:
            return denied
        got = await self.source.review.get(request.match_info["id"])
        if got is None:
            return _json({"error": "no such item"}, 404)
        return _json(got.to_dict())

    async def label(self, request: web.Request) -> web.Response:
        if (denied := self._guard(request, changes_state=True)) is not None:
            return denied
        try:
            body: Any = await request.json()
        except ValueError:
            return _json({"error": "body must be JSON"}, 400)
        label = body.get("label") if isinstance(body, dict) else None
        note = body.get("note", "") if isinstance(body, dict) else ""
        if label not in LABELS or not isinstance(note, str):
            return _json({"error": f"label must be one of {', '.join(LABELS)}; note a string"}, 400)
        if not await self.source.review.label(request.match_info["id"], label, note):
            return _json({"error": "no such item"}, 404)
        return _json({"ok": True})

    async def stats(self, request: web.Request) -> web.Response:
        if (denied := self._guard(request)) is not None:
            return denied
        return _json(await self.source.review.stats())


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, headers=_HEADERS)
