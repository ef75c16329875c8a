"""The policy engine: a pure function from findings and a policy to one Decision. No I/O.

The strictest action wins. Every action that contributed leaves a Reason with its stage,
score and threshold, so a reviewer can see exactly why a request was stopped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from guardproxy.policy.schema import AttackRule, Policy, action_of
from guardproxy.types import Action, Decision, Finding, FindingKind, Reason, Redaction, Segment, Verdict


@dataclass(frozen=True, slots=True)
class ModelThresholds:
    """Calibrated defaults from the model manifest; a policy may override them."""

    block: float = 0.9
    flag: float = 0.5


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    policy: Policy
    sha: str  # sha256 of the file's bytes: which exact policy decided
    path: str = ""


def severity(score: float) -> str:
    if score >= 0.9:
        return "high"
    if score >= 0.6:
        return "medium"
    return "low"


def decide(
    decision_id: str,
    segments: Sequence[Segment],
    verdicts: Sequence[Verdict],
    loaded: LoadedPolicy,
    thresholds: ModelThresholds = ModelThresholds(),
    *,
    errors: Mapping[int, str] | None = None,
) -> Decision:
    """verdicts[i] belongs to segments[i]; errors[i] names a stage that failed for segment i."""
    policy = loaded.policy
    reasons: list[Reason] = []
    findings: list[Finding] = []
    redactions: list[Redaction] = []
    restore = False
    top_score = 0.0
    deciding: tuple[Action, str | None, float | None] = (Action.ALLOW, None, None)

    def add(reason: Reason) -> None:
        nonlocal deciding
        reasons.append(reason)
        if reason.action > deciding[0]:
            deciding = (reason.action, reason.stage, reason.threshold)

    for i, (seg, v) in enumerate(zip(segments, verdicts, strict=True)):
        findings.extend(_at(f, i) for f in v.findings)
        rule = policy.attack_rule(seg.source)
        if rule is not None:
            top_score = max(top_score, v.score)
            for r in _attack_reasons(v, rule, thresholds, seg):
                add(r)
            # A source with its own attack rule (the app's system prompt) caps what a
            # signature can do there: its trust must not be undone by one phrase match.
            source_rule = policy.sources.get(seg.source)
            cap = action_of(rule.action) if source_rule is not None and source_rule.attack else Action.BLOCK
            for r in _rule_reasons(v, policy, cap):
                add(r)
        for f in v.findings:
            if f.kind not in (FindingKind.PII, FindingKind.SECRET):
                continue
            er = policy.entity_rule("pii" if f.kind is FindingKind.PII else "secrets", f.type)
            if f.score < er.min_score:
                continue
            act = action_of(er.action)
            if act is Action.ALLOW:
                continue
            add(Reason(f"{f.kind.value}.{er.action}", act, f.stage, f.type, f.score))
            if act is Action.REDACT and f.start is not None and f.end is not None:
                redactions.append(Redaction(i, f.start, f.end, f.type, er.mode, er.restore))
                restore = restore or er.restore
    for i, failed in sorted((errors or {}).items()):
        act = Action.BLOCK if policy.fail_mode == "closed" else Action.FLAG
        add(Reason(f"stage.error.fail_{policy.fail_mode}", act, failed, f"segment {i}"))
    action, stage, threshold = deciding
    return Decision(
        id=decision_id,
        action=action,
        policy_id=policy.id,
        policy_sha=loaded.sha,
        reasons=tuple(reasons),
        findings=tuple(findings),
        redactions=tuple(redactions) if action is Action.REDACT else (),
        restore=restore and action is Action.REDACT,
        shadow=policy.shadow,
        stage=stage,
        score=top_score,
        threshold=threshold,
        block_style=policy.block_style,
        refusal_message=policy.refusal_message,
        timings_ms=_sum_timings(verdicts),
    )


def _at(f: Finding, segment: int) -> Finding:
    if f.segment == segment:
        return f
    return Finding(f.kind, f.type, f.score, f.stage, f.start, f.end, segment, f.rule_id, f.variant)


def _attack_reasons(v: Verdict, rule: AttackRule, th: ModelThresholds, seg: Segment) -> list[Reason]:
    # A verdict that exited at L0 has no L1 score to compare; the gate already said benign.
    # L1 may also have run when a decisive rule named the stage: its score still counts,
    # since the policy's thresholds can be lower than the model's.
    l1 = next((f for f in v.findings if f.kind is FindingKind.ATTACK and f.stage == "L1"), None)
    if v.stage != "L1" and l1 is None:
        return []
    block = rule.block_threshold if rule.block_threshold is not None else th.block
    flag = rule.flag_threshold if rule.flag_threshold is not None else th.flag
    # The model's family, not the alphabetically first of the model's and the rules' families
    family = l1.type if l1 is not None else (v.families[0] if v.families else "PI")
    detail = f"{family} in {seg.source.value}"
    if v.score >= block:
        name = rule.families.get(family, rule.action)
        return [Reason("attack.block_threshold", action_of(name), "L1", detail, v.score, block)]
    if v.score >= flag:
        # a family allowed outright stays allowed in the grey band too
        name = "allow" if rule.families.get(family) == "allow" else rule.grey_action
        return [Reason("attack.flag_band", action_of(name), "L1", detail, v.score, flag)]
    return []


def _rule_reasons(v: Verdict, policy: Policy, cap: Action) -> list[Reason]:
    out = []
    for f in v.findings:
        if f.kind is not FindingKind.RULE:
            continue
        name = policy.rules.ids.get(f.rule_id or "") or getattr(policy.rules, severity(f.score))
        act = min(action_of(name), cap)
        if act is not Action.ALLOW:
            out.append(Reason("rule.hit", act, "rules", f.rule_id or f.type, f.score))
    return out


def _sum_timings(verdicts: Sequence[Verdict]) -> dict[str, float]:
    out: dict[str, float] = {}
    for v in verdicts:
        for k, ms in v.timings_ms.items():
            out[k] = out.get(k, 0.0) + ms
    return out
