"""Error bodies in OpenAI's shape, so SDKs raise their usual exceptions for the proxy's own errors."""

from __future__ import annotations

from typing import Any

import orjson

from guardproxy.errors import RequestError, UpstreamError

# The error "type" OpenAI uses for each status; SDKs map on status, humans read the type.
_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    502: "upstream_error",
    503: "service_unavailable",
    504: "upstream_error",
}


def error_payload(
    status: int, message: str, *, code: str | None = None, param: str | None = None, type_: str | None = None
) -> dict[str, Any]:
    return {
        "error": {
            "message": message,
            "type": type_ or _TYPES.get(status, "server_error"),
            "param": param,
            "code": code,
        }
    }


def error_body(
    status: int, message: str, *, code: str | None = None, param: str | None = None, type_: str | None = None
) -> bytes:
    return orjson.dumps(error_payload(status, message, code=code, param=param, type_=type_))


def from_exception(exc: RequestError | UpstreamError) -> tuple[int, bytes]:
    """Status and body for one of our own exceptions; the message is ours, never upstream text."""
    if isinstance(exc, RequestError):
        return exc.status, error_body(
            exc.status, str(exc), code=exc.code, param=exc.param, type_=exc.error_type
        )
    return exc.status, error_body(exc.status, str(exc), code=exc.code)
