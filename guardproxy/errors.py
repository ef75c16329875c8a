"""A small exception tree. Each error also inherits the builtin a caller would expect."""

from __future__ import annotations


class GuardProxyError(Exception):
    """Base of every error guardproxy raises on purpose."""


class ConfigError(GuardProxyError, ValueError):
    """A setting is invalid; the message says which and where."""


class PolicyError(GuardProxyError, ValueError):
    """A policy file is invalid; the message names the file, line and field."""


class ModelError(GuardProxyError, RuntimeError):
    """A model file is missing, corrupt (sha256 mismatch) or unloadable."""


class RequestError(GuardProxyError, ValueError):
    """The client's request is malformed. Maps to a 4xx OpenAI-shaped error."""

    status = 400
    code: str | None = None
    error_type = "invalid_request_error"

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.param = param
        if code is not None:
            self.code = code


class BodyTooLarge(RequestError):
    status = 413
    code = "request_too_large"


class AuthError(RequestError, PermissionError):
    status = 401
    code = "invalid_api_key"
    error_type = "authentication_error"


class UpstreamError(GuardProxyError, ConnectionError):
    """The upstream could not be reached or answered badly."""

    status = 502
    code = "upstream_unreachable"


class UpstreamTimeout(UpstreamError, TimeoutError):
    status = 504
    code = "upstream_timeout"


class StageError(GuardProxyError, RuntimeError):
    """A screening stage raised or ran past its budget; the policy's fail mode applies."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"{stage}: {message}")
        self.stage = stage
