"""Time metatronnanoguard per prompt; runs inside the peer venv (no guardproxy imports there).

Reads {"texts": {label: text}, "reps": n, "budget_s": s} on stdin, prints one JSON object.
"""

from __future__ import annotations

import importlib
import json
import os
import statistics
import sys
import time


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    spec = json.load(sys.stdin)
    t0 = time.perf_counter()
    # Imported by name: these live only in the peer venv, not where mypy runs.
    torch = importlib.import_module("torch")
    guard = importlib.import_module("nanoguard").NanoGuard(device="cpu")
    load_s = time.perf_counter() - t0
    guard.scan("warm up")
    out: dict[str, dict[str, float]] = {}
    for label, text in spec["texts"].items():
        samples: list[float] = []
        start = time.perf_counter()
        while len(samples) < 3 or (
            len(samples) < spec["reps"] and time.perf_counter() - start < spec["budget_s"]
        ):
            t = time.perf_counter()
            guard.scan(text)
            samples.append((time.perf_counter() - t) * 1000)
        samples.sort()
        p99 = samples[min(len(samples) - 1, max(0, round(0.99 * len(samples)) - 1))]
        out[label] = {"p50": statistics.median(samples), "p99": p99, "mean": statistics.fmean(samples)}
    info = {"torch": torch.__version__, "threads": torch.get_num_threads(), "max_tokens": 512}
    print(json.dumps({"load_s": load_s, "rss_mb": _rss_mb(), "ms": out, "info": info}))


if __name__ == "__main__":
    main()
