"""Background tasks through one helper: named, referenced until done, failures logged.

A bare asyncio.create_task can be garbage-collected mid-flight and its exception lost.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from typing import Any

from guardproxy.logs import get_logger

log = get_logger(__name__)
_running: set[asyncio.Task[Any]] = set()


def spawn(coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
    task = asyncio.get_running_loop().create_task(coro, name=name)
    _running.add(task)
    task.add_done_callback(_done)
    return task


def _done(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        log.error("task.failed", task=task.get_name(), error=type(exc).__name__, detail=str(exc)[:200])


async def cancel(task: asyncio.Task[Any] | None) -> None:
    """Cancel and wait, so shutdown never leaves a task running."""
    if task is None or task.done():
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
