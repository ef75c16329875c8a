"""Every response, errors included, leaves through here: request id, decision, OpenAI error shape."""

from __future__ import annotations

import logging
import time
import uuid

from aiohttp import web
from aiohttp.typedefs import Handler

from guardproxy.errors import RequestError, UpstreamError
from guardproxy.logs import enabled, get_logger, request_context
from guardproxy.metrics import METRICS
from guardproxy.server.handlers import DECISION, REQUEST_ID, STATUS, stamp
from guardproxy.wire.errors import error_body, from_exception

log = get_logger("guardproxy.access")


def _json(status: int, body: bytes) -> web.Response:
    return web.Response(status=status, body=body, content_type="application/json")


def _from_http(exc: web.HTTPException) -> web.Response:
    code = {404: "unknown_url", 405: "method_not_allowed", 413: "request_too_large"}.get(exc.status)
    message = f"{exc.reason}."
    if exc.status == 404:
        message = "Unknown URL. guardproxy serves /v1/... (OpenAI-compatible), /healthz and /readyz."
    resp = _json(exc.status, error_body(exc.status, message, code=code))
    if "Allow" in exc.headers:
        resp.headers["Allow"] = exc.headers["Allow"]
    return resp


@web.middleware
async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    request_id = uuid.uuid4().hex
    request[REQUEST_ID] = request_id
    started = time.perf_counter()
    with request_context(request_id):
        finished = False
        try:
            response = await _respond(request, handler)
            finished = True
            return response
        finally:
            # Cancelled when the client hung up: 499 (nginx's "client closed request") unless
            # the answer had already started, e.g. a client closing right after a stream's [DONE].
            status, decision = request.get(STATUS, 499), request.get(DECISION, "none")
            if enabled(logging.INFO):
                log.info(
                    "request",
                    method=request.method,
                    path=request.path,
                    status=status,
                    client_gone=not finished,
                    decision=decision,
                    ms=round((time.perf_counter() - started) * 1000, 2),
                )
            metrics = request.app.get(METRICS)
            if metrics is not None:
                metrics.observe_request(request, status, decision)


async def _respond(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except (RequestError, UpstreamError) as e:
        status, body = from_exception(e)
        response = _json(status, body)
    except web.HTTPException as e:
        response = _from_http(e)
    except Exception as e:
        # type and place only: an exception message may quote request data
        tb = e.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
        log.error("request.crashed", error=type(e).__name__, where=where)
        response = _json(500, error_body(500, "guardproxy hit an internal error.", code="internal_error"))
    if not response.prepared:
        stamp(request, response)
    return response
