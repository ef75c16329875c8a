"""The server's hook into output screening: one call before forwarding, one transformer per answer.

    guard = OutputGuard.for_store(policy_store, key=hmac_key, on_findings=log_them)
    prepared = guard.prepare(route, body, segments, decision)   # may add the canary to body
    transformer = prepared.transformer(response_context)        # None: nothing to screen

The output policy is the ``output:`` section of the policy that decided the request, so the
request and its answer are judged by the same file (and the same reload).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from guardproxy.detect.pii import PiiDetector
from guardproxy.logs import get_logger
from guardproxy.output.answer import OutputRewriter
from guardproxy.output.canary import insert_canary, new_canary, system_text
from guardproxy.output.screen import OutputFilter
from guardproxy.policy.loader import PolicyStore
from guardproxy.policy.schema import OutputPolicy
from guardproxy.server.transform import ResponseContext, ResponseTransformer
from guardproxy.types import Action, Decision, Finding, Segment

log = get_logger(__name__)

# (request id, findings): where the decision log hears about output findings. Never blocks.
# Called with the request's decision (its id is the request id), the route and what the
# answer held; the decision log records it as an output entry.
OnFindings = Callable[[Decision, str, list[Finding]], None]
PolicyOf = Callable[[Decision], OutputPolicy | None]


@dataclass(frozen=True, slots=True, repr=False)
class Prepared:
    """One request's output screening: its policy, canary and system prompt. repr=False: it
    holds the system prompt."""

    guard: OutputGuard
    policy: OutputPolicy
    decision: Decision
    canary: str | None = None
    system_prompt: str = field(default="")

    def transformer(self, ctx: ResponseContext) -> ResponseTransformer | None:
        if not 200 <= ctx.status < 300:
            return None  # an upstream error body carries no model text
        return self.guard.transformer(self, ctx)


class OutputGuard:
    def __init__(
        self,
        policy_of: PolicyOf,
        *,
        key: bytes,
        detector: PiiDetector | None = None,
        on_findings: OnFindings | None = None,
    ) -> None:
        self._policy_of = policy_of
        self._key = key
        # Recognisers are stateless and thread-safe: one set serves every answer.
        self._detector = detector if detector is not None else PiiDetector()
        self._on_findings = on_findings

    @classmethod
    def for_store(cls, store: PolicyStore, **kwargs: Any) -> OutputGuard:
        """Answers judged by the ``output:`` section of the policy that decided the request."""

        def policy_of(decision: Decision) -> OutputPolicy | None:
            try:
                return store.current.by_id(decision.policy_id).policy.output
            except KeyError:  # the policy was removed by a reload since the request was screened
                return OutputPolicy()

        return cls(policy_of, **kwargs)

    def prepare(
        self, route: str, body: dict[str, Any], segments: Sequence[Segment], decision: Decision
    ) -> Prepared | None:
        """Call after redaction, before forwarding; may add the canary to ``body`` in place
        (then ``Prepared.canary`` is set and the body must be re-serialised)."""
        policy = self._policy_of(decision)
        if policy is None or not policy.enabled or decision.enforced_action is Action.BLOCK:
            return None
        canary = None
        if policy.canary and not decision.shadow:
            canary = new_canary()
            if not insert_canary(route, body, canary):
                canary = None
        prompt = system_text(segments) if policy.leak.min_words else ""
        return Prepared(self, policy, decision, canary, prompt)

    def transformer(self, prepared: Prepared, ctx: ResponseContext) -> ResponseTransformer:
        report = self._reporter(prepared.decision, ctx.route)
        flt = OutputFilter(
            prepared.policy,
            detector=self._detector,
            key=self._key,
            enforce=not prepared.decision.shadow,
            stream=ctx.stream,
            canary=prepared.canary,
            system_prompt=prepared.system_prompt,
            report=report,
            refusal=prepared.decision.refusal_message,
        )
        deny = prepared.policy.tool_calls.deny
        return OutputRewriter(flt, route=ctx.route, stream=ctx.stream, deny=deny, report=report)

    def _reporter(self, decision: Decision, route: str) -> Callable[[list[Finding]], None] | None:
        on_findings = self._on_findings
        if on_findings is None:
            return None
        return lambda found: on_findings(decision, route, found)


def log_findings(decision: Decision, route: str, found: list[Finding]) -> None:
    """The default ``on_findings``: one structured line with types and reason codes, no text."""
    log.info(
        "output.findings",
        request_id=decision.id,
        route=route,
        types=sorted({f.type for f in found}),
        codes=sorted({f.rule_id or "" for f in found}),
        count=len(found),
    )
