"""Route handlers: screened generation routes, plain forwarding for the rest of /v1, health."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import orjson
from aiohttp import web
from aiohttp.web_protocol import RequestPayloadError

from guardproxy.errors import BodyTooLarge, RequestError
from guardproxy.metrics import observe_decision
from guardproxy.screening import ScreenRequest
from guardproxy.server import state
from guardproxy.server.auth import Principal
from guardproxy.server.redaction import redact_body
from guardproxy.server.refusal import refusal_body, refusal_stream
from guardproxy.server.transform import (
    Chain,
    ResponseContext,
    ResponseTransformer,
    TransformerFactory,
    build_chain,
)
from guardproxy.server.upstream import request_headers, upstream_url
from guardproxy.types import Action, Decision
from guardproxy.wire.errors import error_body
from guardproxy.wire.segments import extract_segments

SCREENED_ROUTES = ("/v1/chat/completions", "/v1/completions", "/v1/responses", "/v1/embeddings")
_REFUSABLE = frozenset(SCREENED_ROUTES[:3])  # embeddings have no assistant voice to refuse in
_READ_CHUNK = 64 * 1024

REQUEST_ID = web.RequestKey("guardproxy_request_id", str)
DECISION = web.RequestKey("guardproxy_decision", str)  # allow/flag/redact/block, or none
SHADOW = web.RequestKey("guardproxy_shadow_decision", str)  # what a shadow policy would have done
STATUS = web.RequestKey("guardproxy_status", int)  # what the client was sent, for the access log


class NotFound(RequestError):
    status = 404
    code = "unknown_url"


def stamp(request: web.Request, response: web.StreamResponse) -> None:
    """The two headers every response carries; call before a stream is prepared."""
    response.headers["X-GuardProxy-Request-Id"] = request.get(REQUEST_ID, "")
    response.headers["X-GuardProxy-Decision"] = request.get(DECISION, "none")
    if SHADOW in request:
        response.headers["X-GuardProxy-Shadow-Decision"] = request[SHADOW]
    request[STATUS] = response.status


async def read_body(request: web.Request, limit: int) -> bytes:
    """The request body, refused as soon as it is known to pass ``limit`` bytes."""
    too_large = BodyTooLarge(f"Request body too large: the limit is {limit} bytes.")
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    buf = bytearray()
    try:
        async for chunk in request.content.iter_chunked(_READ_CHUNK):
            buf += chunk
            if len(buf) > limit:
                raise too_large
    except RequestPayloadError:
        # a body aiohttp could not decode (broken gzip/deflate, bad chunk framing) is the client's
        raise RequestError(
            "The request body could not be read: check its Content-Encoding and framing.", code="invalid_body"
        ) from None
    return bytes(buf)


def parse_object(raw: bytes) -> dict[str, Any]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise RequestError(
            "We could not parse the JSON body of your request. Send a JSON object with Content-Type "
            "application/json.",
            code="invalid_json",
        ) from None
    if not isinstance(body, dict):
        raise RequestError("The request body must be a JSON object.", code="invalid_type")
    return body


async def screened(request: web.Request) -> web.StreamResponse:
    app = request.app
    settings = app[state.SETTINGS]
    principal = app[state.AUTH].authenticate(request.headers)
    raw = await read_body(request, settings.max_body_bytes)
    body = parse_object(raw)
    route = request.path
    segments = extract_segments(route, body)
    model = body.get("model") if isinstance(body.get("model"), str) else None
    decision = await app[state.SCREENER].screen(
        ScreenRequest(
            request_id=request[REQUEST_ID],
            route=route,
            model=model,
            key_id=principal.key_id,
            tenant=principal.tenant,
            segments=segments,
        )
    )
    observe_decision(app, decision)
    action = decision.enforced_action
    request[DECISION] = action.label
    if decision.shadow:
        request[SHADOW] = decision.action.label
    if action is Action.BLOCK:
        return _blocked(request, route, model, decision, stream=body.get("stream") is True)
    extra: list[ResponseTransformer] = []
    if decision.redactions and not decision.shadow:
        body, restorer = redact_body(body, segments, decision, app[state.HMAC_KEY])
        raw = orjson.dumps(body)
        if restorer is not None:
            extra.append(restorer)
    output = app.get(state.OUTPUT_GUARD)
    prepared = output.prepare(route, body, segments, decision) if output is not None else None
    if prepared is not None and prepared.canary is not None:
        raw = orjson.dumps(body)

    def chain(status: int, is_sse: bool) -> Chain:
        ctx = ResponseContext(request[REQUEST_ID], route, status, is_sse, decision)
        factories: list[TransformerFactory] = app[state.TRANSFORMER_FACTORIES]
        built = build_chain(factories, ctx)
        # Screening reads what the model wrote, before the restorer puts the client's values back.
        screen = prepared.transformer(ctx) if prepared is not None else None
        first = [screen] if screen is not None else []
        return Chain([*first, *extra, *built.parts]) if first or extra else built

    return await _forward(request, principal, raw, chain)


def _blocked(
    request: web.Request, route: str, model: str | None, decision: Decision, *, stream: bool
) -> web.StreamResponse:
    if decision.block_style == "refusal" and route in _REFUSABLE:
        if stream:
            resp = web.Response(body=b"".join(refusal_stream(route, model, decision)))
            resp.content_type = "text/event-stream"
            resp.headers["Cache-Control"] = "no-cache"
            return resp
        return web.json_response(refusal_body(route, model, decision), dumps=_dumps)
    msg = f"This request was blocked by the guardproxy policy (decision {decision.id})."
    if any(r.code == "stage.error.fail_closed" for r in decision.reasons):
        # not a verdict on the prompt: say so, or a client would reword a harmless request
        msg = (
            f"This request was blocked because screening could not finish (a stage failed or ran out "
            f"of time) and the guardproxy policy fails closed (decision {decision.id}). Retry later."
        )
    return web.Response(
        status=403, body=error_body(403, msg, code="guardproxy_blocked"), content_type="application/json"
    )


def _dumps(obj: Any) -> str:
    return orjson.dumps(obj).decode()


def _canonical(path: str) -> str:
    return "/" + "/".join(seg for seg in unquote(path).lower().split("/") if seg)


async def passthrough(request: web.Request) -> web.StreamResponse:
    """Any other /v1 path: forwarded unchanged (or refused, by configuration)."""
    app = request.app
    if app[state.SETTINGS].unknown_paths == "deny":
        raise NotFound(f"Unknown path {request.path}; this proxy forwards only the screened routes.")
    if request.method not in ("GET", "HEAD", "OPTIONS") and _canonical(request.path) in SCREENED_ROUTES:
        # a look-alike of a screened route (case, slashes, escapes) must not skip screening
        raise RequestError(f"Use the exact path {_canonical(request.path)}.", code="invalid_path")
    principal = app[state.AUTH].authenticate(request.headers)
    body = request.content if request.body_exists else None
    return await _forward(request, principal, body, lambda status, is_sse: Chain(()))


async def _forward(
    request: web.Request, principal: Principal, body: Any, chain: Callable[[int, bool], Chain]
) -> web.StreamResponse:
    app = request.app
    url = upstream_url(app[state.UPSTREAM_URL], request.rel_url.raw_path, request.rel_url.raw_query_string)
    headers = request_headers(
        request.headers, principal.authorization, replace_auth=app[state.AUTH].mode == "proxy_keys"
    )
    return await app[state.UPSTREAM].forward(request, url, headers, body, chain, lambda r: stamp(request, r))


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    ready: Callable[[], bool] | None = getattr(request.app[state.SCREENER], "ready", None)
    ok = ready() if ready is not None else True
    return web.json_response({"status": "ready" if ok else "not ready"}, status=200 if ok else 503)
