"""The values that flow through the request path: plain frozen data, no I/O.

wire -> Segment; detect -> Finding/Verdict; policy -> Decision; redact -> Redaction.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

JsonPath = tuple[str | int, ...]


class Action(enum.IntEnum):
    """Policy actions, ordered by strictness so that ``max()`` picks the winner."""

    ALLOW = 0
    FLAG = 1
    REDACT = 2
    BLOCK = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Action:
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(
                f"unknown action {value!r}; expected one of allow, flag, redact, block"
            ) from None


class FindingKind(enum.StrEnum):
    ATTACK = "attack"  # a model score for an attack family
    RULE = "rule"  # a signature rule hit
    PII = "pii"  # personal data (EMAIL, PHONE, PERSON ...)
    SECRET = "secret"  # credentials (OPENAI_KEY, AWS_KEY, PRIVATE_KEY ...)
    CANARY = "canary"  # the system-prompt canary seen in an answer


class Source(enum.StrEnum):
    """Where a segment came from; policies trust these differently."""

    SYSTEM = "system"  # system/developer prompt written by the application
    USER = "user"
    ASSISTANT = "assistant"  # earlier assistant turns, incl. tool-call arguments
    TOOL = "tool"  # tool/function results: untrusted (indirect injection)
    DOCUMENT = "document"  # retrieved documents, file parts
    PROMPT = "prompt"  # legacy completions prompt / embeddings input


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of text in a request, with the JSON path to rebuild it."""

    text: str
    path: JsonPath
    role: str
    source: Source


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a detector saw. Offsets are characters in the ORIGINAL segment text."""

    kind: FindingKind
    type: str  # family (PI, JB, ENC, IPI, HARM), rule id, or entity type (EMAIL ...)
    score: float
    stage: str  # normalise, rules, pii, L0, L1 ...
    start: int | None = None
    end: int | None = None
    segment: int = 0  # index into the request's segments
    rule_id: str | None = None
    variant: str = "raw"  # which normalised variant matched (raw, nfkc, base64 ...)

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True, slots=True)
class Verdict:
    """The detector cascade's answer for one text, before any policy."""

    attack: bool
    score: float  # attack probability 0..1
    stage: str  # the stage that decided
    families: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    timings_ms: Mapping[str, float] = field(default_factory=dict)


class RedactMode(enum.StrEnum):
    MASK = "mask"  # ****
    PLACEHOLDER = "placeholder"  # <EMAIL_1>
    HASH = "hash"  # <EMAIL_9f2c1a0b> (HMAC)
    REMOVE = "remove"


@dataclass(frozen=True, slots=True)
class Redaction:
    """A span the policy wants rewritten. Carries no original text."""

    segment: int
    start: int
    end: int
    entity: str
    mode: RedactMode = RedactMode.PLACEHOLDER
    restore: bool = False  # this value may be put back into the answer


@dataclass(frozen=True, slots=True)
class Reason:
    """Why an action was chosen: one reason per deciding finding or rule."""

    code: str  # e.g. attack.threshold, rule.hit, pii.redact, stage.error
    action: Action
    stage: str
    detail: str = ""  # rule id, entity type or family; never prompt text
    score: float | None = None
    threshold: float | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one request. Safe to log: no prompt text, no PII."""

    id: str
    action: Action
    policy_id: str = "allow-all"
    policy_sha: str = ""
    reasons: tuple[Reason, ...] = ()
    findings: tuple[Finding, ...] = ()
    redactions: tuple[Redaction, ...] = ()
    restore: bool = False  # put redacted values back into the answer
    shadow: bool = False  # monitor only: computed, logged, not enforced
    stage: str | None = None  # deciding stage
    score: float = 0.0  # highest attack score
    threshold: float | None = None
    block_style: str = "error"  # error (403) or refusal (200 with a refusal message)
    refusal_message: str = "I can't help with that request."
    timings_ms: Mapping[str, float] = field(default_factory=dict)

    @property
    def enforced_action(self) -> Action:
        """What the proxy does on the wire: shadow mode changes nothing."""
        return Action.ALLOW if self.shadow else self.action

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(sorted({f.type for f in self.findings if f.kind is FindingKind.ATTACK}))

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(sorted({f.rule_id for f in self.findings if f.rule_id}))

    @property
    def pii_types(self) -> tuple[str, ...]:
        kinds = (FindingKind.PII, FindingKind.SECRET)
        return tuple(sorted({f.type for f in self.findings if f.kind in kinds}))
