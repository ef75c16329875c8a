"""The policy engine: table-driven cases from findings and a policy to one Decision."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from guardproxy.detect.rules import SEVERITY_SCORE
from guardproxy.policy.engine import LoadedPolicy, ModelThresholds, decide, severity
from guardproxy.policy.loader import load_file
from guardproxy.policy.schema import Policy
from guardproxy.types import (
    Action,
    Finding,
    FindingKind,
    Reason,
    Redaction,
    RedactMode,
    Segment,
    Source,
    Verdict,
)

POLICIES = Path(__file__).resolve().parent.parent / "policies"
TH = ModelThresholds(block=0.9, flag=0.5)
TEXT = "x" * 80


def policy(**fields: Any) -> LoadedPolicy:
    return LoadedPolicy(Policy.model_validate({"id": "t", **fields}), sha="sha-t", path="t.yaml")


DEFAULT = load_file(POLICIES / "default.yaml")
STRICT = load_file(POLICIES / "examples" / "strict.yaml")
MONITOR = load_file(POLICIES / "examples" / "monitor.yaml")


def seg(source: Source = Source.USER) -> Segment:
    return Segment(TEXT, ("messages", 0, "content"), source.value, source)


def l1(score: float, family: str = "PI", *extra: Finding) -> Verdict:
    """A verdict as the cascade returns it after L1 (model thresholds 0.9 / 0.5)."""
    attack = score >= TH.block
    found = (Finding(FindingKind.ATTACK, family, score, "L1"),) if score >= TH.flag else ()
    return Verdict(attack, score, "L1", (family,) if attack else (), (*found, *extra), {"L1": 2.0})


def rule(rule_id: str, level: str, family: str = "PI") -> Finding:
    return Finding(FindingKind.RULE, family, SEVERITY_SCORE[level], "rules", 0, 10, rule_id=rule_id)


def rules(*hits: Finding) -> Verdict:
    decisive = [f.score for f in hits if f.score >= 0.9]
    fams = tuple(sorted({f.type for f in hits}))
    return Verdict(bool(decisive), max(decisive, default=0.0), "rules", fams if decisive else (), hits)


def span(
    entity: str, start: int, end: int, score: float = 0.95, kind: FindingKind = FindingKind.PII
) -> Finding:
    return Finding(kind, entity, score, "pii", start, end)


def found(*findings: Finding) -> Verdict:
    return Verdict(False, 0.0, "rules", (), findings, {"pii": 0.5})


@dataclass(frozen=True)
class Case:
    name: str
    loaded: LoadedPolicy
    verdict: Verdict
    action: Action
    codes: tuple[str, ...] = ()
    source: Source = Source.USER
    threshold: float | None = None
    redactions: tuple[Redaction, ...] = ()
    errors: dict[int, str] = field(default_factory=dict)


CASES = [
    # attack scores against thresholds, per source
    Case("user above block", DEFAULT, l1(0.95), Action.BLOCK, ("attack.block_threshold",), threshold=0.9),
    Case("user exactly at block", DEFAULT, l1(0.9), Action.BLOCK, ("attack.block_threshold",), threshold=0.9),
    Case("user in grey band", DEFAULT, l1(0.8999), Action.FLAG, ("attack.flag_band",), threshold=0.5),
    Case("user at flag", DEFAULT, l1(0.5), Action.FLAG, ("attack.flag_band",), threshold=0.5),
    Case("user below flag", DEFAULT, l1(0.49), Action.ALLOW),
    Case("exit at L0 is benign", DEFAULT, Verdict(False, 0.99, "L0"), Action.ALLOW),
    Case(
        "system prompt trusted: block -> flag",
        DEFAULT,
        l1(0.97),
        Action.FLAG,
        ("attack.block_threshold",),
        Source.SYSTEM,
    ),
    Case(
        "system prompt grey band allowed",
        DEFAULT,
        l1(0.7),
        Action.ALLOW,
        ("attack.flag_band",),
        Source.SYSTEM,
    ),
    Case("tool result blocks", DEFAULT, l1(0.95), Action.BLOCK, ("attack.block_threshold",), Source.TOOL),
    Case("tool result grey band flags", DEFAULT, l1(0.6), Action.FLAG, ("attack.flag_band",), Source.TOOL),
    Case(
        "document blocks",
        DEFAULT,
        l1(0.92, "IPI"),
        Action.BLOCK,
        ("attack.block_threshold",),
        Source.DOCUMENT,
    ),
    Case("strict grey band blocks", STRICT, l1(0.6), Action.BLOCK, ("attack.flag_band",), threshold=0.5),
    Case(
        "tool stricter than user",
        policy(sources={"tool": {"attack": {"block_threshold": 0.4, "flag_threshold": 0.2}}}),
        l1(0.45),
        Action.BLOCK,
        ("attack.block_threshold",),
        Source.TOOL,
        threshold=0.4,
    ),
    Case(
        "same score from the user only flags",
        policy(sources={"tool": {"attack": {"block_threshold": 0.4, "flag_threshold": 0.2}}}),
        l1(0.45),
        Action.ALLOW,
    ),
    Case(
        "policy threshold over model's",
        policy(attack={"block_threshold": 0.97}),
        l1(0.95),
        Action.FLAG,
        ("attack.flag_band",),
    ),
    Case(
        "policy threshold under model's",
        policy(attack={"block_threshold": 0.6}),
        l1(0.7),
        Action.BLOCK,
        threshold=0.6,
        codes=("attack.block_threshold",),
    ),
    Case(
        "source not screened",
        policy(sources={"tool": {"screen": False}}),
        l1(0.99),
        Action.ALLOW,
        (),
        Source.TOOL,
    ),
    Case(
        "shorthand source action",
        policy(sources={"document": {"attack": "flag"}}),
        l1(0.99),
        Action.FLAG,
        ("attack.block_threshold",),
        Source.DOCUMENT,
    ),
    # family overrides
    Case("HARM blocked by default", DEFAULT, l1(0.99, "HARM"), Action.BLOCK, ("attack.block_threshold",)),
    Case(
        "HARM only flagged",
        policy(attack={"families": {"HARM": "flag"}}),
        l1(0.99, "HARM"),
        Action.FLAG,
        ("attack.block_threshold",),
    ),
    Case(
        "family allowed at block",
        policy(attack={"families": {"JB": "allow"}}),
        l1(0.99, "JB"),
        Action.ALLOW,
        ("attack.block_threshold",),
    ),
    Case(
        "family allowed in grey band",
        policy(attack={"families": {"JB": "allow"}}),
        l1(0.7, "JB"),
        Action.ALLOW,
        ("attack.flag_band",),
    ),
    Case(
        "other family unaffected",
        policy(attack={"families": {"JB": "allow"}}),
        l1(0.99, "PI"),
        Action.BLOCK,
        ("attack.block_threshold",),
    ),
    # the model's family decides, not the alphabetically first of model and rule families
    Case(
        "model family beats rule family",
        policy(attack={"families": {"HARM": "flag"}}, rules={"high": "allow"}),
        Verdict(
            True,
            0.99,
            "L1",
            ("ENC", "HARM"),
            (Finding(FindingKind.ATTACK, "HARM", 0.99, "L1"), rule("enc.x", "high", "ENC")),
        ),
        Action.FLAG,
        ("attack.block_threshold",),
    ),
    # L1 ran but a decisive rule named the stage: the L1 score still meets a lower policy threshold
    Case(
        "L1 score counts under a rules stage",
        policy(attack={"block_threshold": 0.6}, rules={"high": "flag"}),
        Verdict(
            True, 0.8, "rules", ("PI",), (Finding(FindingKind.ATTACK, "PI", 0.8, "L1"), rule("pi.a", "high"))
        ),
        Action.BLOCK,
        ("attack.block_threshold", "rule.hit"),
        threshold=0.6,
    ),
    # signature rules: severities and id overrides
    Case("high rule blocks", DEFAULT, rules(rule("pi.a", "high")), Action.BLOCK, ("rule.hit",)),
    Case("medium rule flags", DEFAULT, rules(rule("pi.b", "medium")), Action.FLAG, ("rule.hit",)),
    Case("low rule allowed", DEFAULT, rules(rule("jb.c", "low")), Action.ALLOW),
    Case("strict low rule flags", STRICT, rules(rule("jb.c", "low")), Action.FLAG, ("rule.hit",)),
    Case(
        "id override relaxes",
        policy(rules={"ids": {"pi.a": "allow"}}),
        rules(rule("pi.a", "high")),
        Action.ALLOW,
    ),
    Case(
        "id override tightens",
        policy(rules={"ids": {"jb.c": "block"}}),
        rules(rule("jb.c", "low")),
        Action.BLOCK,
        ("rule.hit",),
    ),
    Case(
        "strictest rule wins",
        DEFAULT,
        rules(rule("pi.b", "medium"), rule("pi.a", "high")),
        Action.BLOCK,
        ("rule.hit", "rule.hit"),
    ),
    Case(
        "rule in system prompt only flags",
        DEFAULT,
        rules(rule("pi.a", "high")),
        Action.FLAG,
        ("rule.hit",),
        Source.SYSTEM,
    ),
    Case(
        "rule in tool result blocks",
        DEFAULT,
        rules(rule("pi.a", "high")),
        Action.BLOCK,
        ("rule.hit",),
        Source.TOOL,
    ),
    Case(
        "no rules when unscreened",
        policy(sources={"system": {"screen": False}}),
        rules(rule("pi.a", "high")),
        Action.ALLOW,
        (),
        Source.SYSTEM,
    ),
    # PII and secrets
    Case(
        "email redacted",
        DEFAULT,
        found(span("EMAIL", 5, 20)),
        Action.REDACT,
        ("pii.redact",),
        redactions=(Redaction(0, 5, 20, "EMAIL", RedactMode.PLACEHOLDER, restore=True),),
    ),
    Case("names monitored only", DEFAULT, found(span("PERSON", 0, 4, 0.85)), Action.ALLOW),
    Case("unknown entity -> default", DEFAULT, found(span("UK_NHS", 0, 10)), Action.ALLOW),
    Case(
        "strict redacts names via default",
        STRICT,
        found(span("PERSON", 0, 4, 0.85), span("IP_ADDRESS", 10, 21)),
        Action.REDACT,
        ("pii.redact", "pii.redact"),
        redactions=(
            Redaction(0, 0, 4, "PERSON", RedactMode.PLACEHOLDER),
            Redaction(0, 10, 21, "IP_ADDRESS", RedactMode.MASK),
        ),
    ),
    Case(
        "below min_score ignored",
        policy(pii={"EMAIL": {"action": "redact", "min_score": 0.99}}),
        found(span("EMAIL", 0, 5)),
        Action.ALLOW,
    ),
    Case(
        "pii block",
        policy(pii={"US_SSN": "block"}),
        found(span("US_SSN", 0, 11)),
        Action.BLOCK,
        ("pii.block",),
    ),
    Case(
        "pii flag", policy(pii={"default": "flag"}), found(span("PHONE", 0, 11)), Action.FLAG, ("pii.flag",)
    ),
    Case(
        "secret masked",
        DEFAULT,
        found(span("OPENAI_KEY", 3, 50, kind=FindingKind.SECRET)),
        Action.REDACT,
        ("secret.redact",),
        redactions=(Redaction(0, 3, 50, "OPENAI_KEY", RedactMode.MASK),),
    ),
    Case(
        "strict blocks secrets",
        STRICT,
        found(span("AWS_KEY", 0, 20, kind=FindingKind.SECRET)),
        Action.BLOCK,
        ("secret.block",),
    ),
    Case(
        "secrets and pii tables are separate",
        policy(pii={"default": "block"}, secrets={"default": {"action": "redact", "mode": "remove"}}),
        found(span("GITHUB_TOKEN", 0, 40, kind=FindingKind.SECRET)),
        Action.REDACT,
        ("secret.redact",),
        redactions=(Redaction(0, 0, 40, "GITHUB_TOKEN", RedactMode.REMOVE),),
    ),
    Case(
        "spanless pii is not redacted",
        DEFAULT,
        found(Finding(FindingKind.PII, "EMAIL", 0.9, "pii")),
        Action.REDACT,
        ("pii.redact",),
    ),
    # PII still applies where attack screening is off
    Case(
        "unscreened source still redacts",
        policy(sources={"tool": {"screen": False}}, pii={"EMAIL": "redact"}),
        found(span("EMAIL", 1, 9)),
        Action.REDACT,
        ("pii.redact",),
        Source.TOOL,
        redactions=(Redaction(0, 1, 9, "EMAIL"),),
    ),
    # a block wins over redaction, and then nothing is rewritten
    Case(
        "block drops redactions",
        DEFAULT,
        l1(0.95, "PI", span("EMAIL", 5, 20)),
        Action.BLOCK,
        ("attack.block_threshold", "pii.redact"),
    ),
    # fail modes
    Case(
        "fail closed",
        policy(fail_mode="closed"),
        Verdict(False, 0.0, "none"),
        Action.BLOCK,
        ("stage.error.fail_closed",),
        errors={0: "timeout"},
    ),
    Case(
        "fail open flags",
        policy(fail_mode="open"),
        Verdict(False, 0.0, "none"),
        Action.FLAG,
        ("stage.error.fail_open",),
        errors={0: "error"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_policy_case(case: Case) -> None:
    d = decide("req-1", [seg(case.source)], [case.verdict], case.loaded, TH, errors=case.errors)
    assert d.action is case.action
    assert tuple(r.code for r in d.reasons) == case.codes
    assert d.redactions == case.redactions
    assert d.policy_id == case.loaded.policy.id
    assert d.policy_sha == case.loaded.sha
    if case.threshold is not None:
        assert d.threshold == case.threshold


def test_deciding_reason_names_stage_score_and_threshold() -> None:
    d = decide("r", [seg()], [l1(0.93, "JB")], DEFAULT, TH)
    assert d.stage == "L1"
    assert d.score == 0.93
    assert d.threshold == 0.9
    assert d.reasons == (Reason("attack.block_threshold", Action.BLOCK, "L1", "JB in user", 0.93, 0.9),)
    assert d.families == ("JB",)


def test_strictest_action_wins_across_segments_and_redactions_keep_their_segment() -> None:
    segs = [seg(Source.SYSTEM), seg(Source.USER), seg(Source.TOOL)]
    verdicts = [l1(0.95), found(span("EMAIL", 2, 9)), found(span("PHONE", 4, 15))]
    d = decide("r", segs, verdicts, DEFAULT, TH)
    assert d.action is Action.REDACT
    assert d.redactions == (
        Redaction(1, 2, 9, "EMAIL", restore=True),
        Redaction(2, 4, 15, "PHONE", restore=True),
    )
    assert d.restore is True
    assert [f.segment for f in d.findings] == [0, 1, 2]
    assert d.stage == "pii"


def test_restore_only_when_a_restoring_entity_is_redacted() -> None:
    d = decide("r", [seg()], [found(span("US_SSN", 0, 11))], DEFAULT, TH)
    assert d.action is Action.REDACT
    assert d.restore is False
    d = decide("r", [seg()], [found(span("US_SSN", 0, 11), span("EMAIL", 20, 30))], DEFAULT, TH)
    assert d.restore is True


@pytest.mark.parametrize("mode", list(RedactMode))
def test_redaction_mode_comes_from_the_entity_rule(mode: RedactMode) -> None:
    lp = policy(pii={"EMAIL": {"action": "redact", "mode": mode.value, "restore": True}})
    d = decide("r", [seg()], [found(span("EMAIL", 0, 7))], lp, TH)
    assert d.redactions == (Redaction(0, 0, 7, "EMAIL", mode, restore=True),)


def test_shadow_decides_but_enforces_nothing() -> None:
    d = decide("r", [seg()], [l1(0.99)], MONITOR, TH)
    assert d.action is Action.BLOCK
    assert d.shadow is True
    assert d.enforced_action is Action.ALLOW


def test_shadow_redaction_is_described_but_not_enforced() -> None:
    d = decide("r", [seg()], [found(span("EMAIL", 0, 7))], MONITOR, TH)
    assert (d.action, d.enforced_action) == (Action.REDACT, Action.ALLOW)
    assert d.redactions == (Redaction(0, 0, 7, "EMAIL"),)


def test_block_style_refusal_passes_through() -> None:
    d = decide("r", [seg()], [rules(rule("pi.a", "high"))], STRICT, TH)
    assert (d.action, d.block_style) == (Action.BLOCK, "refusal")
    assert d.refusal_message == "Sorry, I can't help with that request."
    assert decide("r", [seg()], [l1(0.99)], DEFAULT, TH).block_style == "error"


def test_failed_stage_reason_names_segment_and_stage() -> None:
    v = Verdict(False, 0.0, "none")
    d = decide("r", [seg(), seg()], [found(), v], policy(fail_mode="closed"), TH, errors={1: "timeout"})
    assert d.reasons == (Reason("stage.error.fail_closed", Action.BLOCK, "timeout", "segment 1"),)
    assert d.stage == "timeout"


def test_timings_sum_over_segments() -> None:
    d = decide("r", [seg(), seg()], [l1(0.1), found()], DEFAULT, TH)
    assert d.timings_ms == {"L1": 2.0, "pii": 0.5}


def test_no_segments_allow() -> None:
    d = decide("r", [], [], DEFAULT, TH)
    assert (d.action, d.reasons, d.stage) == (Action.ALLOW, (), None)


def test_verdicts_must_match_segments() -> None:
    with pytest.raises(ValueError, match="zip"):
        decide("r", [seg()], [], DEFAULT, TH)


@pytest.mark.parametrize(("level", "expected"), [("high", "high"), ("medium", "medium"), ("low", "low")])
def test_rule_severity_scores_map_back(level: str, expected: str) -> None:
    assert severity(SEVERITY_SCORE[level]) == expected
