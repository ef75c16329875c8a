"""Peers measured in the same run, each from its own venv under benchmarks/.work/peers.

    make bench-peers    # once: pip install 'litellm[proxy]' and metatronnanoguard there

A peer that is not installed or does not start is reported with the reason.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from benchmarks import procs

VENV = procs.WORK / "peers"
PY = VENV / "bin" / "python"
LITELLM_KEY = "sk-bench-master-key"  # a throwaway master key for a loopback-only proxy
NANOGUARD_SCRIPT = Path(__file__).with_name("peer_nanoguard.py")


def _litellm_config(upstream: str) -> Path:
    cfg = procs.WORK / "litellm.yaml"
    model = {
        "model_name": "guardproxy-demo",
        "litellm_params": {
            "model": "openai/guardproxy-demo",
            "api_base": upstream + "/v1",
            "api_key": "demo",
        },
    }
    # JSON is valid YAML, and keeps this free of a YAML writer.
    cfg.write_text(json.dumps({"model_list": [model], "litellm_settings": {"telemetry": False}}))
    return cfg


def start_litellm(upstream: str) -> procs.Server:
    exe = VENV / "bin" / "litellm"
    if not exe.exists():
        raise procs.NotReady(f"not installed ({exe} missing; run `make bench-peers`)")
    port = procs.free_port()
    argv = [str(exe), "--config", str(_litellm_config(upstream)), "--host", "127.0.0.1", "--port", str(port)]
    env = {"LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_MASTER_KEY": LITELLM_KEY, "LITELLM_LOG": "ERROR"}
    return procs.start("litellm", argv, port, "/health/liveliness", env=env, timeout_s=120)


def nanoguard(texts: dict[str, str], reps: int, budget_s: float) -> dict[str, Any]:
    """Per-prompt latency of metatronnanoguard at the sweep's lengths, in the peer venv."""
    if not PY.exists():
        return {"unavailable": f"peer venv missing ({VENV}; run `make bench-peers`)"}
    try:
        out = subprocess.run(
            [str(PY), str(NANOGUARD_SCRIPT)],
            input=json.dumps({"texts": texts, "reps": reps, "budget_s": budget_s}).encode(),
            capture_output=True,
            timeout=600,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"unavailable": "timed out after 600 s"}
    if out.returncode != 0:
        lines = out.stderr.decode(errors="replace").strip().splitlines()
        return {"unavailable": (lines[-1] if lines else f"exit status {out.returncode}")[:300]}
    result: dict[str, Any] = json.loads(out.stdout)
    return result
