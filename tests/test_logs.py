"""Structured logs: JSON lines with the request id, reconfigurable, and never a prompt, PII or key."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from guardproxy.config import REPO_ROOT
from guardproxy.detect.cascade import Cascade
from guardproxy.detect.registry import default_detectors
from guardproxy.guard import GuardScreener
from guardproxy.logs import configure_logging, enabled, get_logger, request_context
from guardproxy.policy.loader import PolicyStore
from guardproxy.testing import MakeProxy

EMAIL = "zebra.unicorn@example.com"
KEY = "sk-proj-DoNotLogMe0123456789abcdefghij"
CLIENT_KEY = "sk-client-AlsoNeverLogged987654321"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    yield
    configure_logging("info")


def json_lines(err: str) -> list[dict[str, object]]:
    lines = [line for line in err.splitlines() if line.strip()]
    return [json.loads(line) for line in lines]


def test_reconfigure_reaches_loggers_already_used(
    capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    configure_logging("info")
    log = get_logger("test.logs")
    log.info("first")
    configure_logging("info", "json")
    with request_context("rid-1"):
        log.info("second", n=2)
    second = json_lines(capsys.readouterr().err.splitlines()[-1])[0]
    assert second == {**second, "event": "second", "request_id": "rid-1", "n": 2, "level": "info"}


def test_request_context_nests_and_leaves_nothing_bound() -> None:
    import structlog

    with request_context("outer"):
        with request_context("inner", route="/v1/x"):
            assert structlog.contextvars.get_contextvars() == {"request_id": "inner", "route": "/v1/x"}
        assert structlog.contextvars.get_contextvars() == {"request_id": "outer"}
    assert structlog.contextvars.get_contextvars() == {}


def test_enabled_follows_the_configured_level(restore_logging: None) -> None:
    configure_logging("warning")
    assert not enabled(logging.INFO)
    assert enabled(logging.WARNING)
    configure_logging("debug")
    assert enabled(logging.DEBUG)


@pytest.mark.parametrize("stream", [False, True])
async def test_a_request_with_pii_and_a_key_logs_neither(
    make_proxy: MakeProxy, capsys: pytest.CaptureFixture[str], restore_logging: None, stream: bool
) -> None:
    configure_logging("debug", "json")
    screener = GuardScreener(
        Cascade(default_detectors(), None), PolicyStore(REPO_ROOT / "policies"), budget_ms=5000
    )
    # demo mode echoes the prompt, so the answer (and its screening) carries the e-mail too
    client = await make_proxy(screener, demo=True, decisions={"enabled": False})
    capsys.readouterr()
    prompt = f"Mail {EMAIL} the key {KEY} please"
    body = {"model": "m", "messages": [{"role": "user", "content": prompt}], "stream": stream}
    resp = await client.post(
        "/v1/chat/completions", json=body, headers={"Authorization": f"Bearer {CLIENT_KEY}"}
    )
    assert resp.status == 200
    assert resp.headers["X-GuardProxy-Decision"] == "redact"
    answer = await resp.text()
    assert EMAIL in answer  # restored for the client: the log below is the only place it must not be
    request_id = resp.headers["X-GuardProxy-Request-Id"]

    err = capsys.readouterr().err
    records = json_lines(err)  # every line is JSON
    ours = [r for r in records if r.get("request_id") == request_id]
    assert {"request", "upstream.headers"} <= {r["event"] for r in ours}
    for secret in (EMAIL, "zebra.unicorn", KEY, "DoNotLogMe", CLIENT_KEY, "AlsoNeverLogged", "Mail "):
        assert secret not in err
