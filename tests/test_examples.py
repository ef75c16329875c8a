"""examples/ run as a user would run them, against a real proxy in demo mode (what `make run` serves)."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from collections.abc import Callable

import pytest
from pytest_aiohttp.plugin import AiohttpServer

from guardproxy.config import REPO_ROOT, Settings
from guardproxy.detect.cascade import Cascade
from guardproxy.detect.registry import default_detectors
from guardproxy.guard import GuardScreener
from guardproxy.policy.loader import PolicyStore
from guardproxy.server.app import create_app

EXAMPLES = REPO_ROOT / "examples"


async def run_example(
    aiohttp_server: AiohttpServer, settings_for: Callable[..., Settings], *argv: str
) -> list[str]:
    # rules-only screening: the examples' attack and e-mail are decided by rules and PII alone
    screener = GuardScreener(
        Cascade(default_detectors(), None), PolicyStore(REPO_ROOT / "policies"), budget_ms=5000
    )
    app = create_app(settings_for(demo=True, decisions={"enabled": False}), screener, environ={})
    server = await aiohttp_server(app)
    env = {**os.environ, "GUARDPROXY_BASE_URL": str(server.make_url("/v1")), "OPENAI_API_KEY": "demo"}
    proc = await asyncio.create_subprocess_exec(
        *argv, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    return out.decode().splitlines()


async def test_openai_sdk_example(
    aiohttp_server: AiohttpServer, settings_for: Callable[..., Settings]
) -> None:
    lines = await run_example(aiohttp_server, settings_for, sys.executable, str(EXAMPLES / "openai_sdk.py"))
    assert [line.split()[0] for line in lines] == ["allow", "redact", "block", "stream"]
    assert "bob.smith@example.com" in lines[1]  # restored in the answer, per the default policy
    assert "guardproxy_blocked" in lines[2]
    assert lines[3].endswith("Echo: Count to five.")


async def test_curl_example(aiohttp_server: AiohttpServer, settings_for: Callable[..., Settings]) -> None:
    if shutil.which("curl") is None:
        pytest.skip("curl not installed")
    lines = await run_example(aiohttp_server, settings_for, "sh", str(EXAMPLES / "curl.sh"))
    decisions = [
        line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("x-guardproxy-decision")
    ]
    assert decisions == ["allow", "redact", "block"]
    assert [line for line in lines if line][-1] == "data: [DONE]"


async def test_langchain_example(
    aiohttp_server: AiohttpServer, settings_for: Callable[..., Settings]
) -> None:
    pytest.importorskip("langchain_openai")
    lines = await run_example(
        aiohttp_server, settings_for, sys.executable, str(EXAMPLES / "langchain_chat.py")
    )
    assert lines[-1] == "blocked: guardproxy_blocked"
