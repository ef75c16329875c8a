"""A seconds-long run of the benchmark harness: it runs end to end and writes what it promises.

Not a performance test: no number is compared with a limit, only checked to be a number.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks import http_bench, prompts, report
from guardproxy.config import REPO_ROOT


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    out = tmp_path_factory.mktemp("bench")
    no_models = out / "no-models"  # screening on cannot start: must be reported, not dropped
    argv = [sys.executable, "-m", "benchmarks.run", "--quick", "--out", str(out)]
    argv += ["--models", str(no_models), "--targets", "direct,passthrough,guardproxy-off,guardproxy"]
    done = subprocess.run(argv, cwd=REPO_ROOT, capture_output=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return json.loads((out / "latest.json").read_text()), out


def _rows(result: dict[str, Any], target: str, stream: bool = False) -> list[dict[str, Any]]:
    return [r for r in result["http"] if r["target"] == target and r["stream"] is stream]


def test_writes_json_and_markdown(smoke: tuple[dict[str, Any], Path]) -> None:
    result, out = smoke
    assert set(result) == {"meta", "http", "paired", "stages", "resources", "nanoguard"}
    md = (out / "latest.md").read_text()
    for heading in ("## Requests", "## Screening's cost", "## Detection stages", "## Memory and start-up"):
        assert heading in md


def test_paired_rounds_time_both_targets_and_report_the_median(smoke: tuple[dict[str, Any], Path]) -> None:
    result, out = smoke
    paired = result["paired"]
    (rnd,) = paired["rounds"]  # --quick: one round, at the quick concurrency
    assert paired["concurrency"] == 4
    assert rnd["order"] == ["passthrough", "guardproxy-off"]
    for leg in rnd["legs"].values():
        assert leg["statuses"] == {"200": 50}
        assert leg["rps"] > 0
        assert math.isfinite(leg["latency_ms"]["p50"])
    off = paired["rps_ratio"]["guardproxy-off"]
    assert off["median"] == rnd["rps_ratio"]["guardproxy-off"] > 0
    assert (off["rounds"], off["of"]) == (1, 1)
    assert "manifest" in paired["rps_ratio"]["guardproxy"]["unavailable"]  # not dropped
    md = (out / "latest.md").read_text()
    assert "median of 1 interleaved round, the same run" in md
    assert "guardproxy ÷ passthrough, req/s at c=4: unavailable:" in md


def _leg(rps: float) -> dict[str, Any]:
    return {"rps": rps, "latency_ms": {"p50": 1000 / rps}}


def test_paired_ratios_are_taken_within_rounds() -> None:
    def rnd(order: list[str], ref: float, gp: float, off: dict[str, Any]) -> dict[str, Any]:
        return {
            "order": order,
            "legs": {"passthrough": _leg(ref), "guardproxy": _leg(gp), "guardproxy-off": off},
        }

    fwd, back = (
        ["passthrough", "guardproxy", "guardproxy-off"],
        ["guardproxy-off", "guardproxy", "passthrough"],
    )
    # The host halves its speed after round one: the ratios stay put, the raw req/s do not.
    paired: dict[str, Any] = {
        "concurrency": 32, "duration_s": 3.0, "max_requests": 50_000, "targets": ["passthrough", "guardproxy", "guardproxy-off"],
        "unavailable": {},
        "rounds": [
            rnd(fwd, 2000, 1200, _leg(1600)),
            rnd(back, 1000, 500, {"unavailable": "loadgen exited 1"}),
            rnd(fwd, 1000, 700, _leg(800)),
        ],
    }  # fmt: skip
    report.add_paired_ratios(paired)
    assert [r["rps_ratio"]["guardproxy"] for r in paired["rounds"]] == [0.6, 0.5, 0.7]
    assert paired["rps_ratio"]["guardproxy"] == {"median": 0.6, "min": 0.5, "max": 0.7, "rounds": 3, "of": 3}
    assert paired["rps_ratio"]["guardproxy-off"] == {
        "median": 0.8,
        "min": 0.8,
        "max": 0.8,
        "rounds": 2,
        "of": 3,
    }
    md = "\n".join(report.paired_section(paired))
    assert (
        "- guardproxy ÷ passthrough, req/s at c=32: **0.60** (median of 3 interleaved rounds, the same run;"
        in md
    )
    assert (
        "| 2 | guardproxy-off → guardproxy → passthrough | 1000 / 1.00 | 500 / 2.00 | failed: loadgen exited 1"
        in md
    )


@pytest.mark.parametrize(
    ("target", "stream"), [("direct", False), ("guardproxy-off", False), ("guardproxy-off", True)]
)
def test_measured_rows_have_finite_ratios(
    smoke: tuple[dict[str, Any], Path], target: str, stream: bool
) -> None:
    (row,) = _rows(smoke[0], target, stream)
    n = 12 if stream else 50
    assert row["requests"] == n
    assert row["statuses"] == {"200": n}
    for ref in ("direct", "passthrough"):
        ratios = row["vs"][ref]
        assert all(isinstance(v, float) and math.isfinite(v) for v in ratios.values()), ratios
    assert row["vs"]["direct"]["rps"] > 0


def test_direct_is_its_own_reference(smoke: tuple[dict[str, Any], Path]) -> None:
    (row,) = _rows(smoke[0], "direct")
    assert row["vs"]["direct"]["rps"] == 1.0
    assert row["vs"]["direct"]["added_p50_ms"] == 0.0


def test_target_that_cannot_start_is_reported_with_reason(smoke: tuple[dict[str, Any], Path]) -> None:
    result, _ = smoke
    rows = _rows(result, "guardproxy") + _rows(result, "guardproxy", stream=True)
    assert rows
    assert all("manifest" in r["unavailable"] for r in rows)
    assert "manifest" in result["resources"]["unavailable"]["guardproxy"]
    assert "skipped" in _rows(result, "litellm")[0]["unavailable"]


def test_stage_sweep_reports_cheap_stages_without_models(smoke: tuple[dict[str, Any], Path]) -> None:
    stages = smoke[0]["stages"]
    assert stages["models"]["available"] is False
    for cell in stages["lengths"].values():
        for stage in ("normalise", "rules", "pii", "total"):
            assert math.isfinite(cell["stages_ms"][stage]["p50"])
    assert set(stages["exit_shares"]) == {"benign", "mixed"}


def test_memory_and_cold_start_are_measured(smoke: tuple[dict[str, Any], Path]) -> None:
    res = smoke[0]["resources"]
    assert res["rss_mb"]["guardproxy-off"]["rss_mb"] > 10  # read from /proc/PID/status
    assert res["cold_start"]["guardproxy-off"]["median_s"] > 0
    assert "guardproxy" not in res["cold_start"]  # it failed to start once already


def test_priming_sends_every_body_the_given_number_of_times(tmp_path: Path) -> None:
    bodies = [b.decode() for b in prompts.bodies(prompts.benign_set(7))]
    with http_bench.fleet(tmp_path / "no-models", ["direct"]) as f:
        got = http_bench._prime(f, http_bench.Scenario("direct", "benign"), bodies, passes=3)
    assert got == {"requests": 21, "statuses": {"200": 21}}
