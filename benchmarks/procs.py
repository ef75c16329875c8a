"""Server processes for the benchmark: start on a free loopback port, wait ready, read RSS, stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from guardproxy.config import REPO_ROOT

WORK = REPO_ROOT / "benchmarks" / ".work"


class NotReady(RuntimeError):
    """A server exited or never answered ready; the message says why, for the report."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Server:
    name: str
    proc: subprocess.Popen[bytes]
    port: int
    log_path: Path
    ready_s: float = float("nan")

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_mb(self) -> float:
        return rss_mb(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _tail(path: Path, lines: int = 3) -> str:
    try:
        text = path.read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(text[-lines:])[-400:]


def start(
    name: str,
    argv: Sequence[str],
    port: int,
    ready_path: str,
    *,
    env: Mapping[str, str] | None = None,
    timeout_s: float = 60.0,
) -> Server:
    """Spawn ``argv`` and poll ``ready_path`` until it answers 200; raise NotReady otherwise."""
    WORK.mkdir(parents=True, exist_ok=True)
    log_path = WORK / f"{name}.log"
    full_env = {**os.environ, **(env or {})}
    with log_path.open("wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(argv), stdout=log, stderr=subprocess.STDOUT, env=full_env, cwd=REPO_ROOT)
    server = Server(name, proc, port, log_path)
    url = f"{server.base}{ready_path}"
    while time.perf_counter() - t0 < timeout_s:
        if proc.poll() is not None:
            raise NotReady(f"exited with status {proc.returncode}: {_tail(log_path)}")
        if _ok(url):
            server.ready_s = time.perf_counter() - t0
            return server
        time.sleep(0.01)
    server.stop()
    raise NotReady(f"not ready after {timeout_s:.0f} s: {_tail(log_path)}")


def _ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as r:
            return bool(r.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def python_module(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def loadgen(spec: str, *, python: str = sys.executable) -> str:
    """Run the load generator in its own process; returns its JSON line."""
    out = subprocess.run(
        [python, "-m", "benchmarks.loadgen"],
        input=spec.encode(),
        capture_output=True,
        cwd=REPO_ROOT,
        check=False,
        timeout=300,
    )
    if out.returncode != 0:
        raise RuntimeError(f"load generator failed: {out.stderr.decode(errors='replace')[-400:]}")
    return out.stdout.decode()
