from __future__ import annotations

from pathlib import Path

from guardproxy.config import DecisionLogSettings
from guardproxy.decisions.entry import build_entry
from guardproxy.decisions.log import DecisionLog
from guardproxy.decisions.output import output_decision, output_recorder
from guardproxy.policy.loader import PolicyStore
from guardproxy.screening import ScreenRequest
from guardproxy.types import Action, Decision, Finding, FindingKind

REPO = Path(__file__).resolve().parents[1]
REQUEST = Decision(id="req-1", action=Action.ALLOW, policy_id="default", policy_sha="abc")


def test_a_leak_is_flagged_for_review_a_masked_secret_is_only_logged() -> None:
    canary = Finding(FindingKind.CANARY, "CANARY", 1.0, "output")
    key = Finding(FindingKind.SECRET, "OPENAI_KEY", 0.99, "output", 3, 40)
    leak = output_decision(REQUEST, [canary, key])
    assert leak.action is Action.FLAG
    assert leak.id == "req-1:output"
    assert (leak.policy_id, leak.policy_sha) == ("default", "abc")
    assert [(r.code, r.detail) for r in leak.reasons] == [
        ("output.canary", "CANARY"),
        ("output.secret", "OPENAI_KEY"),
    ]
    assert output_decision(REQUEST, [key]).action is Action.REDACT


def test_the_entry_carries_reasons_and_no_answer_text() -> None:
    store = PolicyStore(REPO / "policies")
    found = [Finding(FindingKind.SECRET, "AWS_ACCESS_KEY", 0.99, "output", 0, 20)]
    request = ScreenRequest("req-1:output", "/v1/chat/completions", None, None, None, ())
    entry = build_entry(
        request, output_decision(REQUEST, found), store.current.by_id("default"), key=b"k", ts_ms=1
    )
    flat = str(entry)
    assert "output.secret" in flat
    assert "AWS_ACCESS_KEY" in flat


async def test_the_recorder_queues_one_entry_per_answer(tmp_path: Path) -> None:
    store = PolicyStore(REPO / "policies")
    log = DecisionLog(DecisionLogSettings(spool_dir=tmp_path / "spool", redis_dir=tmp_path), b"k")
    record = output_recorder(log, store)
    record(REQUEST, "/v1/chat/completions", [Finding(FindingKind.PII, "EMAIL", 0.9, "output", 0, 5)])
    assert log.stats.queue_depth == 1
    assert log.stats.dropped == 0
