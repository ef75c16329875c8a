"""Structured logs: key=value for people, JSON for machines.

Events carry ids, routes, statuses and timings only: never prompt text, PII or keys.
The request id is bound in a contextvar by the server middleware so every line of a request
carries it without being passed around.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal, TextIO, cast

import structlog

LogFormat = Literal["kv", "json"]


# Loggers cache their processor list on first use, so a reconfigure (a test, or `serve` after
# an import logged) has to change this one list in place to reach them.
_PROCESSORS: list[Any] = []
_LEVEL = [logging.INFO]
# structlog's method names ("info", "warning", ...) to numbers; looked up on every log call
_LEVEL_OF = {name.lower(): n for name, n in logging.getLevelNamesMapping().items()}


def _drop_below_level(logger: Any, method: str, event: dict[str, Any]) -> dict[str, Any]:
    if _LEVEL_OF.get(method, logging.INFO) < _LEVEL[0]:
        raise structlog.DropEvent
    return event


def configure_logging(level: str = "info", fmt: LogFormat = "kv") -> None:
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.processors.KeyValueRenderer(
            key_order=["ts", "level", "event", "request_id"], drop_missing=True
        )
    )
    _LEVEL[0] = logging.getLevelNamesMapping()[level.upper()]
    _PROCESSORS[:] = [
        _drop_below_level,
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", key="ts"),
        structlog.processors.format_exc_info,
        renderer,
    ]
    structlog.configure(
        processors=_PROCESSORS,
        # The level lives in a processor, not the wrapper class: cached loggers keep their
        # class, so a level baked into it would outlive the next configure_logging().
        wrapper_class=structlog.make_filtering_bound_logger(logging.DEBUG),
        logger_factory=structlog.PrintLoggerFactory(cast(TextIO, _Stderr())),
        cache_logger_on_first_use=True,
    )


class _Stderr:
    """Looks sys.stderr up on every write: loggers are cached, and stderr may be swapped (tests)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


class _ScrubParseErrors(logging.Filter):
    """aiohttp's server logger quotes the offending request line or header when it refuses a
    malformed request (``b'Authorization: Bearer sk-...\\x01'``): keep the event and the error
    type, drop the text."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None:
            record.msg = "%s: %s"
            record.args = (record.name, type(exc).__name__)
            record.exc_info = None
            record.exc_text = None
        return True


_SCRUB = _ScrubParseErrors()


def scrub_aiohttp_logs() -> None:
    """Idempotent: a logger holds a given filter once."""
    logging.getLogger("aiohttp.server").addFilter(_SCRUB)


def enabled(level: int) -> bool:
    """Whether a line at ``level`` (logging.INFO, ...) would be written. For the per-request
    lines: a call that the level drops still runs structlog's method and first processor."""
    return level >= _LEVEL[0]


def get_logger(name: str) -> structlog.typing.FilteringBoundLogger:
    logger: structlog.typing.FilteringBoundLogger = structlog.get_logger(logger_name=name)
    return logger


@contextmanager
def request_context(request_id: str, **fields: Any) -> Iterator[None]:
    """Bind the request id (and other non-sensitive fields) to every log line inside."""
    # tokens, not structlog's bound_contextvars: that one reads the whole context first (~2.6 us
    # more on every request); the tokens put back exactly what was bound before
    tokens = structlog.contextvars.bind_contextvars(request_id=request_id, **fields)
    try:
        yield
    finally:
        structlog.contextvars.reset_contextvars(**tokens)
