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

from benchmarks import http_bench, prompts
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
    assert set(result) == {"meta", "http", "stages", "resources", "nanoguard"}
    md = (out / "latest.md").read_text()
    for heading in ("## Requests", "## Detection stages", "## Memory and start-up"):
        assert heading in md


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
