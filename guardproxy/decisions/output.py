"""Answer findings into the decision log: one output entry per screened answer that held any.

The answer's text is never stored (it is the model's, and it may hold what was just cut out):
the entry carries the request's decision id, the deciding policy and one reason per finding.
"""

from __future__ import annotations

from guardproxy.decisions.log import DecisionLog
from guardproxy.output.guard import OnFindings, log_findings
from guardproxy.policy.loader import DEFAULT_ID, PolicyStore
from guardproxy.screening import ScreenRequest
from guardproxy.types import Action, Decision, Finding, FindingKind, Reason

# A leaked system prompt or personal data in an answer is for a person to look at; a masked
# secret was already handled on the wire.
_REVIEW_KINDS = frozenset({FindingKind.CANARY, FindingKind.PII})


def output_decision(request_decision: Decision, found: list[Finding]) -> Decision:
    action = Action.FLAG if any(f.kind in _REVIEW_KINDS for f in found) else Action.REDACT
    reasons = tuple(Reason(f"output.{f.kind.value}", action, "output", f.type, f.score) for f in found)
    return Decision(
        id=f"{request_decision.id}:output",
        action=action,
        policy_id=request_decision.policy_id,
        policy_sha=request_decision.policy_sha,
        reasons=reasons,
        shadow=request_decision.shadow,
        stage="output",
        score=max((f.score for f in found), default=0.0),
    )


def output_recorder(log: DecisionLog, policies: PolicyStore) -> OnFindings:
    def record(decision: Decision, route: str, found: list[Finding]) -> None:
        log_findings(decision, route, found)
        current = policies.current
        try:
            loaded = current.by_id(decision.policy_id)
        except KeyError:  # removed by a reload since the request was screened
            loaded = current.by_id(DEFAULT_ID)
        request = ScreenRequest(decision.id, route, None, None, None, ())
        log.record(request, output_decision(decision, found), loaded)

    return record
