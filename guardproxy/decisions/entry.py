"""One decision-log entry: the flat string fields written to the Redis stream.

Built from a Decision after the fact, off the request path. The prompt text is stored
REDACTED: every PII and secret span the detectors found becomes a typed placeholder
(<EMAIL_1>), whatever the policy did on the wire. A segment holding a PII or secret finding
without a usable span is withheld whole, since there is nothing safe to cut out.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import orjson

from guardproxy.policy.engine import LoadedPolicy
from guardproxy.redact import PlaceholderCounter, redact_text
from guardproxy.screening import ScreenRequest
from guardproxy.types import Action, Decision, Finding, FindingKind, Redaction, RedactMode, Segment

TEXT_CAP_BYTES = 32 * 1024
# The model name is the client's free text: capped like the prompt, or 4 MiB names would fill Redis.
MODEL_CAP_CHARS = 256
WITHHELD = "[withheld: sensitive data without a span]"
TRUNCATED = " …[truncated]"
_SENSITIVE = (FindingKind.PII, FindingKind.SECRET)
_REVIEW_ACTIONS = (Action.FLAG, Action.BLOCK)


@dataclass(frozen=True, slots=True)
class LogEntry:
    fields: Mapping[str, str]
    review: bool  # also goes to the review stream

    def to_json(self) -> bytes:
        return orjson.dumps({"f": self.fields, "r": self.review})

    @classmethod
    def from_json(cls, raw: bytes) -> LogEntry:
        data = orjson.loads(raw)
        return cls(fields={str(k): str(v) for k, v in data["f"].items()}, review=bool(data["r"]))


def needs_review(decision: Decision) -> bool:
    """Flagged or blocked, or flagged by some reason even when the final action is redact."""
    if decision.action in _REVIEW_ACTIONS:
        return True
    return any(r.action in _REVIEW_ACTIONS for r in decision.reasons)


def families(decision: Decision) -> list[str]:
    """Attack families from findings and from the policy's attack reasons ("PI in user")."""
    found = set(decision.families)
    for r in decision.reasons:
        if r.code.startswith("attack.") and r.detail:
            found.add(r.detail.split(" ", 1)[0])
    return sorted(found)


def text_hmac(segments: Sequence[Segment], key: bytes) -> str:
    # NUL-joined so that ("ab", "c") and ("a", "bc") differ.
    joined = "\x00".join(s.text for s in segments).encode("utf-8", "surrogatepass")
    return hmac.digest(key, joined, "sha256").hex()


def redacted_texts(segments: Sequence[Segment], findings: Sequence[Finding]) -> list[str]:
    """Each segment's text with every PII and secret span replaced by a placeholder."""
    if not any(f.kind in _SENSITIVE for f in findings):
        return [s.text for s in segments]  # most requests: nothing to cut, no counter to build
    spans: dict[int, list[Redaction]] = {}
    unsafe: set[int] = set()
    for f in findings:
        if f.kind not in _SENSITIVE:
            continue
        if f.start is None or f.end is None or f.variant != "raw":
            unsafe.add(f.segment)
            continue
        spans.setdefault(f.segment, []).append(
            Redaction(f.segment, f.start, f.end, f.type, RedactMode.PLACEHOLDER)
        )
    counter = PlaceholderCounter.for_texts(s.text for s in segments)
    out = []
    for i, seg in enumerate(segments):
        if i in unsafe:
            out.append(WITHHELD)
            continue
        try:
            text, _ = redact_text(seg.text, spans.get(i, []), key=b"unused", counter=counter)
        except ValueError:  # a span outside the text: the offsets cannot be trusted
            text = WITHHELD
        out.append(text)
    return out


def failed_segments(decision: Decision) -> set[int]:
    """Segments whose screening failed (the engine's ``stage.error.*`` reasons, "segment N")."""
    out = set()
    for r in decision.reasons:
        if r.code.startswith("stage.error.") and r.detail.startswith("segment "):
            out.add(int(r.detail.removeprefix("segment ")))
    return out


def join_segments(segments: Sequence[Segment], texts: Sequence[str]) -> tuple[str, list[list[int]]]:
    """``[role] text`` lines, capped, and each segment body's [start, end] in the result."""
    parts: list[str] = []
    offsets: list[list[int]] = []
    pos = 0
    for seg, text in zip(segments, texts, strict=True):
        head = ("\n" if parts else "") + f"[{seg.role}] "
        parts.append(head + text)
        start = pos + len(head)
        pos = start + len(text)
        offsets.append([start, pos])
    joined = "".join(parts)
    data = joined.encode("utf-8", "surrogatepass")
    if len(data) <= TEXT_CAP_BYTES:
        return joined, offsets
    cut = data[: TEXT_CAP_BYTES - len(TRUNCATED.encode())].decode("utf-8", "ignore")
    limit = len(cut)
    return cut + TRUNCATED, [[min(a, limit), min(b, limit)] for a, b in offsets]


def focus_segments(decision: Decision) -> list[int]:
    """Segments holding an attack or rule finding: the text a reviewer is judging."""
    kinds = (FindingKind.ATTACK, FindingKind.RULE)
    return sorted({f.segment for f in decision.findings if f.kind in kinds})


def build_entry(
    request: ScreenRequest, decision: Decision, loaded: LoadedPolicy, *, key: bytes, ts_ms: int
) -> LogEntry:
    if loaded.policy.log_raw_text:
        texts = [s.text for s in request.segments]
    else:
        texts = redacted_texts(request.segments, decision.findings)
        # A failed stage found nothing, so nothing was cut out: the text may hold anything.
        failed = failed_segments(decision)
        texts = [WITHHELD if i in failed else t for i, t in enumerate(texts)]
    text, offsets = join_segments(request.segments, texts)
    reasons = [
        {
            "code": r.code,
            "action": r.action.label,
            "stage": r.stage,
            "detail": r.detail,
            "score": r.score,
            "threshold": r.threshold,
        }
        for r in decision.reasons
    ]
    fields = {
        "id": decision.id,
        "ts": str(ts_ms),
        "route": request.route,
        "model": (request.model or "")[:MODEL_CAP_CHARS],
        "tenant": request.tenant or "",
        "key_id": request.key_id or "",
        "verdict": decision.action.label,
        "enforced": "0" if decision.shadow else "1",
        "policy_id": decision.policy_id,
        "policy_sha": decision.policy_sha,
        "stage": decision.stage or "",
        "score": f"{decision.score:.4f}",
        "threshold": "" if decision.threshold is None else f"{decision.threshold:.4f}",
        "reasons": _json(reasons),
        "rule_ids": _json(list(decision.rule_ids)),
        "families": _json(families(decision)),
        "pii_types": _json(list(decision.pii_types)),
        "timings": _json({k: round(v, 3) for k, v in decision.timings_ms.items()}),
        "text_hmac": text_hmac(request.segments, key),
        "text": text,
        "raw": "1" if loaded.policy.log_raw_text else "0",
        "segments": _json(offsets),
        "focus": _json(focus_segments(decision)),
    }
    return LogEntry(fields=fields, review=needs_review(decision))


def _json(value: object) -> str:
    return orjson.dumps(value).decode()
