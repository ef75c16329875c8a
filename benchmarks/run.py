"""One command for the whole benchmark: `make bench` (or `python -m benchmarks.run`).

    python -m benchmarks.run                 # full run, ~5-10 min on 2 cores
    python -m benchmarks.run --quick         # smoke: c=4, 50 requests, no peers, short stage runs
    python -m benchmarks.run --models DIR --out DIR --targets direct,guardproxy-off

Writes latest.json, latest.md and PNG plots to benchmarks/results/ (or --out).
Everything runs on loopback; nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import http_bench, peers, report, stages
from guardproxy.config import REPO_ROOT, ScreeningSettings

RESULTS = REPO_ROOT / "benchmarks" / "results"


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="benchmarks.run", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="seconds-long smoke: c=4, 50 requests, no peers")
    p.add_argument("--models", type=Path, default=ScreeningSettings().models_dir, help="models folder")
    p.add_argument("--out", type=Path, default=RESULTS, help="where results go")
    p.add_argument("--no-peers", action="store_true", help="skip LiteLLM and metatronnanoguard")
    p.add_argument(
        "--targets",
        type=lambda v: tuple(t for t in v.split(",") if t),
        help=f"comma-separated subset of {','.join(http_bench.TARGETS)} (direct always runs)",
    )
    p.add_argument("--duration", type=float, default=5.0, help="seconds per HTTP scenario (full run)")
    return p.parse_args(argv)


def _git() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, cwd=REPO_ROOT, check=False
    )
    return out.stdout.decode().strip() or "unknown"


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class _Lap:
    """Seconds spent per section, so a slow run shows where its time went."""

    def __init__(self) -> None:
        self.took: dict[str, float] = {}
        self._last = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.took[name] = now - self._last
        self._last = now


def measure(args: argparse.Namespace) -> dict[str, Any]:
    quick = args.quick
    with_peers = not (quick or args.no_peers)
    budget = (
        http_bench.Budget(duration_s=5.0, max_requests=50, stream_requests=12, concurrency=(4,))
        if quick
        else http_bench.Budget(duration_s=args.duration, max_requests=50_000, stream_requests=50_000)
    )
    # The headline ratio (c=32) again, in interleaved rounds; --quick keeps its own budget.
    paired = (
        http_bench.Paired(1, budget.concurrency[0], budget.duration_s, budget.max_requests)
        if quick
        else http_bench.Paired(rounds=7, concurrency=32, duration_s=3.0, max_requests=50_000)
    )
    targets = args.targets or tuple(t for t in http_bench.TARGETS if with_peers or t != "litellm")
    unknown = set(targets) - set(http_bench.TARGETS)
    if unknown:
        raise SystemExit(f"unknown target(s) {sorted(unknown)}; known: {', '.join(http_bench.TARGETS)}")
    t0 = time.perf_counter()
    meta: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "git": _git(),
        "cpus": os.cpu_count(),
        "load_start": _load(),
        "mode": "quick" if quick else "full",
        "models_dir": str(args.models),
    }
    lap = _Lap()
    _say("http scenarios ...")
    with http_bench.fleet(args.models, targets) as fleet:
        rows = http_bench.run_scenarios(fleet, budget)
        resources: dict[str, Any] = {
            "rss_mb": http_bench.memory(fleet),
            "startup": fleet.startup | {"direct": {"ready_s": fleet.servers["direct"].ready_s}},
            "unavailable": fleet.unavailable,
        }
        lap("http")
        _say(f"paired rounds: {paired.rounds} x pass-through and guardproxy targets, interleaved ...")
        pairs = http_bench.run_paired(fleet, paired)
        lap("paired")
        # A target that failed to start fails the same way again: no need to wait for it twice.
        names = [t for t in ("passthrough", "guardproxy-off", "guardproxy") if t in fleet.servers]
        if names:
            _say("cold start ...")
            runs = 1 if quick else 3
            upstream = fleet.servers["direct"].base
            resources["cold_start"] = http_bench.cold_start(args.models, upstream, names, runs)
            lap("cold_start")
    report.add_ratios(rows)
    report.add_paired_ratios(pairs)
    _say("detection stages ...")
    lengths = stages.LENGTHS[:2] if quick else stages.LENGTHS
    texts = stages.texts_by_length(stages.load_models(args.models)[0], lengths)
    st = stages.run(
        args.models,
        texts,
        budget_s=0.2 if quick else 1.5,
        max_reps=5 if quick else 300,
        exit_n=40 if quick else 400,
    )
    lap("stages")
    nanoguard: dict[str, Any] = {"unavailable": "peers skipped (--quick or --no-peers)"}
    if with_peers:
        _say("metatronnanoguard ...")
        nanoguard = peers.nanoguard({str(n): t for n, t in texts.items()}, reps=30, budget_s=6.0)
        lap("nanoguard")
    meta |= {"load_end": _load(), "seconds": time.perf_counter() - t0, "section_s": lap.took}
    return {
        "meta": meta,
        "http": rows,
        "paired": pairs,
        "stages": st,
        "resources": resources,
        "nanoguard": nanoguard,
    }


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    result = measure(args)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(json.dumps(_finite(result), indent=2, allow_nan=False) + "\n")
    (args.out / "latest.md").write_text(report.markdown(result))
    written = report.plots(result, args.out)
    if not written:
        _say("plots skipped: matplotlib is not installed (pip install -e '.[train]' or matplotlib)")
    _say(f"wrote {args.out / 'latest.json'}, {args.out / 'latest.md'}" + "".join(f", {w}" for w in written))
    return 0


def _finite(x: Any) -> Any:
    """NaN (a missing sample, a gone process) becomes null: strict JSON readers reject NaN."""
    if isinstance(x, float) and not math.isfinite(x):
        return None
    if isinstance(x, dict):
        return {k: _finite(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_finite(v) for v in x]
    return x


if __name__ == "__main__":
    sys.exit(main())
