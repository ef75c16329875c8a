"""The HTTP scenarios: each target at each concurrency, the load generator in its own process.

Targets share one demo upstream process. A target that cannot start is kept in the results
with the reason, so a table never loses a row silently.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import peers, procs, prompts

CONCURRENCY = (1, 32, 128)
TARGETS = (
    "direct", "passthrough", "guardproxy-off", "guardproxy", "guardproxy-nocache", "guardproxy-nocache-fast",
    "guardproxy-2w", "litellm",
)  # fmt: skip
# Targets whose verdict cache is filled before timing: every body is sent this many times first
# (two workers keep a cache each and the kernel spreads connections between them, so several
# passes; a body a worker still missed is screened from scratch inside the timed window).
PRIME_PASSES = {"guardproxy": 1, "guardproxy-2w": 12}
# The demo upstream streams one word per 20 ms: short prompts keep a stream under a second.
STREAM_MAX_WORDS = 24
CLIENT_HEADERS = {"Authorization": "Bearer sk-bench-client"}
# The guardproxy targets' decision log: a Redis of the benchmark's own, emptied before each run,
# so timed requests never land in the review queue of `make run` (.guardproxy/) and a log
# grown over many runs never slows a start. Under /tmp: a unix socket path has ~100 bytes.
DECISIONS_DIR = Path(tempfile.gettempdir()) / f"guardproxy-bench-{os.getuid()}"
GUARDPROXY = [sys.executable, "-m", "guardproxy", "serve", "--host", "127.0.0.1"]


@dataclass(frozen=True)
class Scenario:
    target: str  # one of TARGETS
    traffic: str  # benign, mixed
    stream: bool = False

    @property
    def name(self) -> str:
        return f"{self.target}/{self.traffic}" + ("/stream" if self.stream else "")


SCENARIOS = (
    Scenario("direct", "benign"),
    Scenario("passthrough", "benign"),
    Scenario("guardproxy-off", "benign"),
    Scenario("guardproxy", "benign"),
    Scenario("guardproxy-nocache", "benign"),
    Scenario("guardproxy-nocache-fast", "benign"),
    Scenario("guardproxy-2w", "benign"),
    Scenario("guardproxy", "mixed"),
    Scenario("litellm", "benign"),
    Scenario("direct", "benign", stream=True),
    Scenario("passthrough", "benign", stream=True),
    Scenario("guardproxy-off", "benign", stream=True),
    Scenario("guardproxy", "benign", stream=True),
)


@dataclass(frozen=True)
class Budget:
    duration_s: float
    max_requests: int
    stream_requests: int  # streams last ~0.5 s each at the demo's word pace
    concurrency: tuple[int, ...] = CONCURRENCY


# The headline ratio again, in interleaved rounds: the shared host's throughput drifts up to 2x
# within a minute, so one timing per target, minutes apart, put it anywhere from 0.42x to 0.72x.
# guardproxy-2w is the multi-core deployment (workers = the host's two cores, one port); the
# pass-through stays one process, the ~50-line reference the targets are stated against.
PAIRED_REF = "passthrough"
PAIRED_SUBJECTS = ("guardproxy", "guardproxy-2w", "guardproxy-off")


@dataclass(frozen=True)
class Paired:
    rounds: int
    concurrency: int
    duration_s: float  # per target per round
    max_requests: int


@dataclass
class Fleet:
    """The running servers by target name, and why any target is missing."""

    servers: dict[str, procs.Server] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)
    startup: dict[str, dict[str, float]] = field(default_factory=dict)

    def url(self, target: str) -> str:
        return self.servers[target].base + "/v1/chat/completions"


def _guardproxy(name: str, upstream: str, env: dict[str, str]) -> procs.Server:
    port = procs.free_port()
    argv = [*GUARDPROXY, "--port", str(port), "--upstream", upstream + "/v1"]
    return procs.start(name, argv, port, "/readyz", env=env)


def _try(fleet: Fleet, name: str, start: Callable[[], procs.Server]) -> None:
    try:
        server = start()
    except (procs.NotReady, OSError) as e:
        fleet.unavailable[name] = str(e)
        return
    fleet.servers[name] = server
    fleet.startup[name] = {"ready_s": server.ready_s, "rss_mb": server.rss_mb()}


@contextmanager
def fleet(models_dir: Path, targets: Sequence[str]) -> Iterator[Fleet]:
    """The upstream plus every target asked for; the direct target is the upstream itself."""
    f = Fleet()
    shutil.rmtree(DECISIONS_DIR, ignore_errors=True)
    try:
        port = procs.free_port()
        up = procs.start(
            "upstream", procs.python_module("benchmarks.upstream", "--port", str(port)), port, "/v1/models"
        )
        f.servers["direct"] = up
        f.headers["litellm"] = {"Authorization": f"Bearer {peers.LITELLM_KEY}"}
        starters = _starters(models_dir, up.base)
        for name in starters.keys() - set(targets):
            f.unavailable[name] = "skipped: not among this run's targets"
        # Started together to save minutes; cold start is measured apart, one at a time.
        with ThreadPoolExecutor(max_workers=len(starters)) as pool:
            for name in starters.keys() & set(targets):
                pool.submit(_try, f, name, starters[name])
        yield f
    finally:
        for s in f.servers.values():
            s.stop()


def _starters(models_dir: Path, upstream: str) -> dict[str, Callable[[], procs.Server]]:
    off = {"GUARDPROXY_SCREENING__ENABLED": "false", "GUARDPROXY_LOG_LEVEL": "warning"}
    on = {
        "GUARDPROXY_SCREENING__MODELS_DIR": str(models_dir),
        "GUARDPROXY_LOG_LEVEL": "warning",
        "GUARDPROXY_DECISIONS__REDIS_DIR": str(DECISIONS_DIR),
        "GUARDPROXY_DECISIONS__SPOOL_DIR": str(DECISIONS_DIR / "spool"),
    }
    nocache = on | {"GUARDPROXY_SCREENING__CACHE_SIZE": "0"}
    nocache_fast = nocache | {"GUARDPROXY_SCREENING__L0_GATE": "fast"}
    two = on | {"GUARDPROXY_WORKERS": "2"}
    return {
        "passthrough": lambda: _passthrough(upstream),
        "guardproxy-off": lambda: _guardproxy("guardproxy-off", upstream, off),
        "guardproxy": lambda: _guardproxy("guardproxy", upstream, on),
        "guardproxy-nocache": lambda: _guardproxy("guardproxy-nocache", upstream, nocache),
        "guardproxy-nocache-fast": lambda: _guardproxy("guardproxy-nocache-fast", upstream, nocache_fast),
        "guardproxy-2w": lambda: _guardproxy("guardproxy-2w", upstream, two),
        "litellm": lambda: peers.start_litellm(upstream),
    }


def _passthrough(upstream: str) -> procs.Server:
    port = procs.free_port()
    argv = procs.python_module("benchmarks.passthrough", "--port", str(port), "--upstream", upstream)
    return procs.start("passthrough", argv, port, "/v1/models")


def _bodies(traffic: str, stream: bool, n: int) -> list[str]:
    if traffic == "mixed":
        texts = prompts.mixed_set(n)
    else:
        texts = prompts.benign_set(n, max_words=STREAM_MAX_WORDS if stream else 0)
    return [b.decode() for b in prompts.bodies(texts, stream=stream)]


def run_scenarios(
    f: Fleet, budget: Budget, scenarios: Sequence[Scenario] = SCENARIOS
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    bodies = {(t, s): _bodies(t, s, 500) for t in ("benign", "mixed") for s in (False, True)}
    for sc in scenarios:
        primed = None
        if sc.target in f.servers and sc.target in PRIME_PASSES:
            primed = _prime(f, sc, bodies[(sc.traffic, sc.stream)], PRIME_PASSES[sc.target])
        for c in budget.concurrency:
            row: dict[str, Any] = {"scenario": sc.name, "target": sc.target, "traffic": sc.traffic}
            row |= {"stream": sc.stream, "concurrency": c}
            if primed is not None:
                row["primed"] = primed
            if sc.target not in f.servers:
                row["unavailable"] = f.unavailable.get(sc.target, "not started")
                rows.append(row)
                print(f"  {sc.name} c={c}: {_brief(row)}", file=sys.stderr, flush=True)
                continue
            n = budget.stream_requests if sc.stream else budget.max_requests
            row |= _timed(f, sc.target, bodies[(sc.traffic, sc.stream)], c, n, budget.duration_s)
            print(f"  {sc.name} c={c}: {_brief(row)}", file=sys.stderr, flush=True)
            rows.append(row)
    return rows


def _timed(
    f: Fleet, target: str, bodies: list[str], c: int, max_requests: int, duration_s: float
) -> dict[str, Any]:
    """One timed load-generator run against a started target: its figures, or why it failed."""
    spec = {
        "url": f.url(target),
        "bodies": bodies,
        "concurrency": c,
        "max_requests": max_requests,
        "duration_s": duration_s,
        "headers": f.headers.get(target, CLIENT_HEADERS),
        "warmup": min(2 * c, 64),
    }
    try:
        return dict(json.loads(procs.loadgen(json.dumps(spec))))
    except (RuntimeError, ValueError) as e:
        return {"unavailable": str(e)}


def run_paired(f: Fleet, p: Paired) -> dict[str, Any]:
    """The pass-through and each screening target back to back in every round, the order reversed
    every other round, so the host's drift weighs on both sides of a round alike. Run after
    run_scenarios: guardproxy's verdict cache is warm from its benign scenario, same bodies."""
    targets = (PAIRED_REF, *PAIRED_SUBJECTS)
    why = {t: f.unavailable.get(t, "not started") for t in targets if t not in f.servers}
    if PAIRED_REF in why:
        why |= {t: f"{PAIRED_REF} unavailable: {why[PAIRED_REF]}" for t in PAIRED_SUBJECTS if t not in why}
    out: dict[str, Any] = {"concurrency": p.concurrency, "duration_s": p.duration_s}
    out |= {"max_requests": p.max_requests, "targets": list(targets), "unavailable": why, "rounds": []}
    running = [t for t in targets if t not in why]
    if len(running) < 2:
        return out
    bodies = _bodies("benign", False, 500)
    for i in range(p.rounds):
        order = running if i % 2 == 0 else running[::-1]
        legs: dict[str, dict[str, Any]] = {}
        for t in order:
            legs[t] = _timed(f, t, bodies, p.concurrency, p.max_requests, p.duration_s)
            print(
                f"  paired round {i + 1} {t} c={p.concurrency}: {_brief(legs[t])}",
                file=sys.stderr,
                flush=True,
            )
        out["rounds"].append({"order": order, "legs": legs})
    return out


def _prime(f: Fleet, sc: Scenario, bodies: list[str], passes: int) -> dict[str, Any]:
    """Send every body ``passes`` times, untimed, so the verdict cache holds the whole set;
    returns how many requests went and their statuses (or why priming failed)."""
    spec = {
        "url": f.url(sc.target),
        "bodies": bodies,
        "concurrency": 64,  # streams last ~0.5 s each: a wide window keeps priming to seconds
        "max_requests": passes * len(bodies),
        "duration_s": 120.0,
        "headers": f.headers.get(sc.target, CLIENT_HEADERS),
    }
    try:
        res = json.loads(procs.loadgen(json.dumps(spec)))
    except (RuntimeError, ValueError) as e:  # the timed run will fail the same way and say so
        print(f"  {sc.name}: priming failed: {str(e)[:200]}", file=sys.stderr, flush=True)
        return {"error": str(e)[:200]}
    return {"requests": res["requests"], "statuses": res["statuses"]}


def _brief(row: dict[str, Any]) -> str:
    if "unavailable" in row:
        return "unavailable: " + str(row["unavailable"])[:120]
    lat = row["latency_ms"]
    return f"{row['rps']:.0f} req/s, p50 {lat['p50']:.2f} ms, p99 {lat['p99']:.2f} ms, {row['statuses']}"


def memory(f: Fleet) -> dict[str, Any]:
    """RSS of each server now (after its traffic), in MB; one process per server, workers=1."""
    return {
        name: {"rss_mb": s.rss_mb(), "pid": s.proc.pid}
        for name, s in f.servers.items()
        if s.proc.poll() is None
    }


def cold_start(models_dir: Path, upstream: str, names: Sequence[str], runs: int) -> dict[str, Any]:
    """Spawn-to-ready, one process at a time on otherwise idle servers: min and median of ``runs``."""
    starters = _starters(models_dir, upstream)
    out: dict[str, Any] = {}
    for name in names:
        times: list[float] = []
        for _ in range(runs):
            try:
                s = starters[name]()
            except procs.NotReady as e:
                out[name] = {"unavailable": str(e)}
                break
            times.append(s.ready_s)
            s.stop()
        if times:
            times.sort()
            out[name] = {"runs": runs, "min_s": times[0], "median_s": times[len(times) // 2]}
    return out
