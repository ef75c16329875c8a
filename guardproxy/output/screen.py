"""The answer text filter: recognisers, canary and verbatim-prompt runs over streamed text.

``OutputFilter`` is a ``wire.restore.TextFilter``: ``piece`` sees a streamed field (chat
``delta.content``, tool-call arguments, completions ``text``, Responses ``*.delta``) a piece at
a time under a per-field key; ``whole`` sees a complete string. Per key it keeps

* a held tail: only what ``holdback`` says could still grow into a watched match, capped at
  ``holdback.CAP`` characters, so redaction of a key or IBAN split across chunks is exact;
* a context of already-emitted text, so a recogniser sees across the piece boundary (look-behind
  words such as "card" or "ssn", and matches that were only flagged, never held);
* a private-key state: after a PEM header the key body is dropped as it streams, however long.

A finding whose output rule says ``block`` (or a leak whose rule says ``cut``) sets ``cut``;
the rewriter then ends the answer. Findings are reported once, without text.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from guardproxy.detect import secrets
from guardproxy.detect.pii import RECOGNIZERS, PiiDetector, Recognizer
from guardproxy.output.canary import (
    CANARY_ENTITY,
    STAGE,
    VERBATIM_ENTITY,
    CanaryRecognizer,
    RunTracker,
    Shingles,
)
from guardproxy.output.canary import hold_rule as canary_hold
from guardproxy.output.holdback import CAP, PEM_BODY_CHARS, HoldRule, any_of, hold_from, rule_for
from guardproxy.policy.schema import OutputPolicy
from guardproxy.redact import PlaceholderCounter, redact_text
from guardproxy.types import Finding, FindingKind, Redaction, RedactMode

# Recognisers decide a match by at most two characters past it (a card run before ".5", a
# phone glued to ":1"); a match ending closer than that to the held edge may still change.
LOOKAHEAD = 2
# Emitted text kept before the held tail: recognisers look back at most ~48 characters for
# context words, and a keyword (password=, https://user:) sits just before the value it guards.
CONTEXT = 96
WATCH_BATCH = 512  # flag-only recognisers read emitted text in batches this long ...
WATCH_OVERLAP = 64  # ... each starting this far back, so a match on a batch edge is seen
# What may continue a token-like secret (key bodies, base64, JWT parts): dropped after a cap.
CARRY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/="

Act = Literal["flag", "redact", "cut"]
Report = Callable[[list[Finding]], None]

SECRET_ENTITIES = frozenset(
    e
    for factory in RECOGNIZERS.values()
    if getattr(factory, "__module__", "") == secrets.__name__
    for e in getattr(factory, "entities", ())
)
_ACT_OF_RULE: dict[str, Act | None] = {"allow": None, "flag": "flag", "redact": "redact", "block": "cut"}
_ACT_OF_TOOL: dict[str, Act] = {"block": "cut", "redact": "redact", "flag": "flag"}


@dataclass(frozen=True, slots=True)
class Judgement:
    act: Act  # what happens on the wire (always flag in shadow mode)
    mode: RedactMode
    code: str  # reason code for the decision log: output.<kind>.<intended act>


def is_tool_key(key: Hashable) -> bool:
    """Stream keys of tool-call arguments (chat tool_calls/function_call, Responses *_call_*)."""
    if not isinstance(key, tuple) or len(key) < 3:
        return False
    if key[0] == "chat":
        return key[2] in ("tool", "function_call")
    return key[0] == "response" and isinstance(key[1], str) and "call" in key[1]


@dataclass(slots=True, repr=False)
class _Stream:
    """One streamed field's state. repr=False: it holds answer text."""

    tool: bool
    words: RunTracker | None
    pending: str = ""
    ctx: str = ""
    base: int = 0  # offset of pending[0] in the field's whole text
    reported: set[tuple[int, str]] = field(default_factory=set)
    leaking: bool = False  # inside a verbatim run already reported
    pem_end: str | None = None  # inside a private key body: the marker that ends it
    pem_tail: str = ""  # last swallowed characters, to find a marker split across pieces
    pem_ws: str = ""  # whitespace after the body so far: emitted if the key ends here
    carry: bool = False  # a redacted token went out past the cap and may still go on
    watch_buf: str = ""  # emitted text the flag-only recognisers have not read yet
    watch_ctx: str = ""  # the end of their last batch, read again so a match may straddle
    watch_base: int = 0  # offset of watch_buf[0] in the emitted text
    watched: set[tuple[int, str]] = field(default_factory=set)


# all recognisers, those that act, those that only watch, the hold-back rule
_Plan = tuple[PiiDetector, PiiDetector, PiiDetector | None, HoldRule]
_PLANS: dict[tuple[int, int, bool], tuple[OutputPolicy, PiiDetector, _Plan]] = {}
_MAX_PLANS = 64


class OutputFilter:
    """Screens answer text under one output policy; one instance per answer."""

    def __init__(
        self,
        policy: OutputPolicy,
        *,
        detector: PiiDetector,
        key: bytes,
        enforce: bool = True,
        stream: bool = True,
        canary: str | None = None,
        system_prompt: str = "",
        report: Report | None = None,
        refusal: str = "",
    ) -> None:
        self.policy = policy
        self.enforce = enforce
        self.refusal = refusal
        self.cut: str | None = None  # the reason code once the answer must end
        self._key = key
        self._stream = stream
        self._report = report
        self._detector, self._acting, self._watching, self._hold = self._plan(detector, canary)
        self._shingles = Shingles.of(system_prompt, policy.leak.min_words) if system_prompt else None
        self._counter = PlaceholderCounter()
        self._streams: dict[Hashable, _Stream] = {}

    def _plan(self, detector: PiiDetector, canary: str | None) -> _Plan:
        """Which recognisers act and which only watch, and the hold-back rule. It depends on
        the policy, the detector, enforce and the canary only: without a canary it is the same
        for every answer under one policy, so it is kept (one per policy object)."""
        key = (id(self.policy), id(detector), self.enforce)
        if canary is None:
            hit = _PLANS.get(key)
            if hit is not None and hit[0] is self.policy and hit[1] is detector:
                return hit[2]
        recognizers: list[Recognizer] = list(detector.recognizers)
        if canary is not None:
            recognizers.append(CanaryRecognizer(canary))
        # Recognisers whose findings change the text run on every piece (with context); those
        # that only flag run on batches of emitted text, so a slow one (phone) runs once a batch.
        acting = [r for r in recognizers if any(self._actionable(e) for e in r.entities)]
        watching = [r for r in recognizers if r not in acting and any(self._flagged(e) for e in r.entities)]
        hold = rule_for(e for r in acting for e in r.entities if self._actionable(e))
        if canary is not None and self._actionable(CANARY_ENTITY):
            hold = any_of(hold, canary_hold(canary))
        plan = (
            PiiDetector([*acting, *watching]),
            PiiDetector(acting),
            PiiDetector(watching) if watching else None,
            hold,
        )
        if canary is None:
            if len(_PLANS) >= _MAX_PLANS:  # policy reloads make new objects: drop the old ones
                _PLANS.clear()
            _PLANS[key] = (self.policy, detector, plan)
        return plan

    def _actionable(self, entity: str) -> bool:
        if not self.enforce:
            return False  # shadow: nothing is held, so nothing on the wire changes
        if entity == CANARY_ENTITY:
            return self.policy.leak.action != "flag"
        kind: Literal["pii", "secrets"] = "secrets" if entity in SECRET_ENTITIES else "pii"
        return self.policy.entity_rule(kind, entity).action in ("redact", "block")

    def _flagged(self, entity: str) -> bool:
        if entity == CANARY_ENTITY:
            return True
        kind: Literal["pii", "secrets"] = "secrets" if entity in SECRET_ENTITIES else "pii"
        return self.policy.entity_rule(kind, entity).action != "allow"

    def judge(self, f: Finding, *, tool: bool) -> Judgement | None:
        if f.kind is FindingKind.CANARY:
            act: Act | None = self.policy.leak.action
            return self._judged(act or "flag", RedactMode.REMOVE, "canary")
        rule = self.policy.entity_rule("secrets" if f.kind is FindingKind.SECRET else "pii", f.type)
        act = _ACT_OF_RULE[rule.action]
        if act is None or f.score < rule.min_score:
            return None
        if tool and act != "flag":
            return self._judged(_ACT_OF_TOOL[self.policy.tool_calls.action], rule.mode, "tool")
        return self._judged(act, rule.mode, f.kind.value)

    def _judged(self, act: Act, mode: RedactMode, kind: str) -> Judgement:
        return Judgement(act if self.enforce else "flag", mode, f"output.{kind}.{act}")

    # -- TextFilter -----------------------------------------------------------------------

    def may_change(self, raw_json: bytes) -> bool:
        # In a stream only Responses events repeat whole texts (*.done, response.completed);
        # a chat chunk's other strings are ids and names, screened elsewhere or not at all.
        return not self._stream or b"response." in raw_json

    def whole(self, text: str) -> str:
        return self.screen_text(text, tool=False)

    def piece(self, key: Hashable, text: str) -> str:
        if self.cut is not None:
            return ""
        st = self._streams.get(key)
        if st is None:
            tracker = self._shingles.tracker() if self._shingles and not is_tool_key(key) else None
            st = self._streams[key] = _Stream(tool=is_tool_key(key), words=tracker)
        if st.pem_end is not None:
            rest = self._swallow(st, text)
            if rest is None:
                return ""
            text = rest
        if st.carry:
            kept = text.lstrip(CARRY_CHARS)
            st.base += len(text) - len(kept)
            st.carry = not kept
            text = kept
        return self._advance(st, st.pending + text, final=False)

    def flush(self, key: Hashable) -> str:
        st = self._streams.pop(key, None)
        if st is None or self.cut is not None:
            return ""
        if st.pem_end is not None:
            return st.pem_ws
        return self._advance(st, st.pending, final=True)

    # -- whole strings ----------------------------------------------------------------------

    def screen_text(self, text: str, *, tool: bool) -> str:
        """A complete string: redact, report (in a non-streamed answer) and maybe cut."""
        hits = [(f, j) for f in self._detector.detect(text) if (j := self.judge(f, tool=tool))]
        spans = [_span(f.start or 0, f.end or 0, f.type, j.mode) for f, j in hits if j.act == "redact"]
        cut = next((j.code for _, j in hits if j.act == "cut"), None)
        found = [_report(f, j, f.start or 0) for f, j in hits]
        if self._shingles is not None and not tool:
            for start, end in self._shingles.spans(text):
                j = self._judged(self.policy.leak.action, RedactMode.REMOVE, "leak")
                found.append(_leak_finding(j, start, end))
                if j.act == "redact":
                    spans.append(_span(start, end, VERBATIM_ENTITY, RedactMode.REMOVE))
                elif j.act == "cut":
                    cut = cut or j.code
        if found and not self._stream:
            self._emit_report(found)
        if cut is not None:
            self.cut = self.cut or cut
            return self.refusal
        return self._rewrite(text, spans)

    # -- streams ----------------------------------------------------------------------------

    def _advance(self, st: _Stream, buf: str, *, final: bool) -> str:
        off = len(st.ctx)
        scan = st.ctx + buf
        hits = [
            (f, j)
            for f in self._acting.detect(scan)
            if (f.end or 0) > off and (j := self.judge(f, tool=st.tool))
        ]
        safe = len(buf) if final else self._safe(scan, off, hits)
        pem = None if final else _open_pem(scan, off, safe, hits)
        if pem is not None:
            safe, st.pem_end = pem
            st.pem_ws = buf[safe:]
            st.pem_tail = scan[-(len(st.pem_end) - 1) :]
        taken = _clipped_end(off, safe, hits)  # a match cut by the cap: drop its rest
        if taken is not None:
            st.carry = taken == len(buf)
        region = buf[:safe]
        spans: list[Redaction] = []
        found: list[Finding] = []
        # A cut does not wait for the match to be final: what was found is enough to stop.
        cut = next((j.code for _, j in hits if j.act == "cut"), None)
        for f, j in hits:
            start, end = (f.start or 0) - off, (f.end or 0) - off
            if start >= safe and j.act != "cut":
                continue
            if (st.base + start, f.type) not in st.reported:
                st.reported.add((st.base + start, f.type))
                found.append(_report(f, j, st.base + start))
            if j.act == "redact":
                # The rest of a span that already went out (past the cap) is dropped, not re-masked.
                mode = j.mode if start >= 0 else RedactMode.REMOVE
                spans.append(_span(max(start, 0), min(end, safe), f.type, mode))
        leak = self._leak(st, region, final)
        if leak is not None:
            if not st.leaking:
                found.append(_leak_finding(leak, st.base, st.base + safe))
            st.leaking = True
            if leak.act == "cut":
                cut = cut or leak.code
            elif leak.act == "redact":
                spans = [_span(0, safe, VERBATIM_ENTITY, RedactMode.REMOVE)]
        else:
            st.leaking = False
        found += self._watch(st, region, final)
        if found:
            self._emit_report(found)
        # A private key's header starts the context afresh, so it is never matched again.
        st.ctx = "" if pem is not None else (st.ctx + buf[: taken or safe])[-CONTEXT:]
        st.base += taken or safe
        st.pending = "" if pem is not None else buf[taken or safe :]
        if cut is not None:
            self.cut = cut
            return ""
        return self._rewrite(region, spans)

    def _safe(self, scan: str, off: int, hits: Sequence[tuple[Finding, Judgement]]) -> int:
        """How much of the buffer (scan[off:]) may go out now."""
        size = len(scan) - off
        safe = hold_from(scan, self._hold, off) - off
        for f, j in hits:
            end = (f.end or 0) - off
            if j.act != "flag" and end > min(safe, size - LOOKAHEAD):
                safe = min(safe, max((f.start or 0) - off, 0))
        return max(safe, size - CAP)

    def _watch(self, st: _Stream, region: str, final: bool) -> list[Finding]:
        """Flag-only recognisers over emitted text, a batch at a time with a small overlap."""
        if self._watching is None:
            return []
        st.watch_buf += region
        if len(st.watch_buf) < WATCH_BATCH and not final:
            return []
        scan = st.watch_ctx + st.watch_buf
        start = st.watch_base - len(st.watch_ctx)  # offset of scan[0] in the emitted text
        found = []
        for f in self._watching.detect(scan):
            j = self.judge(f, tool=st.tool)
            at = start + (f.start or 0)
            if j is None or (at, f.type) in st.watched:
                continue
            st.watched.add((at, f.type))
            found.append(_report(f, j, at))
        st.watch_base += len(st.watch_buf)
        st.watch_ctx, st.watch_buf = scan[-WATCH_OVERLAP:], ""
        return found

    def _leak(self, st: _Stream, region: str, final: bool) -> Judgement | None:
        if st.words is None or not st.words.feed(region, final=final):
            return None
        return self._judged(self.policy.leak.action, RedactMode.REMOVE, "leak")

    def _swallow(self, st: _Stream, text: str) -> str | None:
        """Drop private-key body text; what follows the key when it ends, None while it goes on."""
        marker = st.pem_end or ""
        joined = st.pem_tail + text
        at = joined.find(marker)
        stop = next((i for i, c in enumerate(text) if c not in PEM_BODY_CHARS), None)
        if at >= 0 and (stop is None or at - len(st.pem_tail) < stop):
            end = at + len(marker) - len(st.pem_tail)
            st.pem_end, st.pem_ws = None, ""
            st.base += end
            return text[end:]
        if stop is None:
            st.pem_ws = _trailing_space(st.pem_ws, text)
            st.pem_tail = joined[-(len(marker) - 1) :]
            st.base += len(text)
            return None
        # Like the recogniser, a key cut off before its END line ends at its last body character.
        space = _trailing_space(st.pem_ws, text[:stop])
        st.pem_end, st.pem_ws = None, ""
        st.base += stop - len(space)
        return space + text[stop:]

    def _rewrite(self, text: str, spans: Sequence[Redaction]) -> str:
        if not spans:
            return text
        # An answer's placeholder is never restored, and must not look like one of the
        # request's (<IBAN_1>), or the restorer further down would put the client's value there.
        spans = [
            replace(s, entity=f"REDACTED_{s.entity}") if s.mode is RedactMode.PLACEHOLDER else s
            for s in spans
        ]
        out, _ = redact_text(text, spans, key=self._key, counter=self._counter)
        return out

    def _emit_report(self, found: list[Finding]) -> None:
        if self._report is not None:
            self._report(found)


def _clipped_end(off: int, safe: int, hits: Sequence[tuple[Finding, Judgement]]) -> int | None:
    """Where the last redacted match that straddles the emission edge ends, if one does."""
    ends = [
        (f.end or 0) - off
        for f, j in hits
        if j.act == "redact" and (f.start or 0) - off < safe < (f.end or 0) - off
    ]
    return max(ends) if ends else None


def _open_pem(
    scan: str, off: int, safe: int, hits: Sequence[tuple[Finding, Judgement]]
) -> tuple[int, str] | None:
    """A private key going out whose body may go on: (emit up to here, its END marker)."""
    for f, j in hits:
        if f.type != "PRIVATE_KEY" or j.act != "redact" or (f.start or 0) - off >= safe:
            continue
        key = scan[f.start : f.end]
        label = key[len("-----BEGIN ") : key.index("-----", len("-----BEGIN "))]
        marker = f"-----END {label}-----"
        if key.endswith(marker) or scan[f.end :].strip():
            continue
        return (f.end or 0) - off, marker
    return None


def _trailing_space(before: str, text: str) -> str:
    """The whitespace a text ends with; all of it joins what came before if it is all space."""
    stripped = text.rstrip()
    return before + text if not stripped else text[len(stripped) :]


def _span(start: int, end: int, entity: str, mode: RedactMode) -> Redaction:
    return Redaction(segment=0, start=start, end=end, entity=entity, mode=mode)


def _report(f: Finding, j: Judgement, start: int) -> Finding:
    length = (f.end or 0) - (f.start or 0)
    return Finding(f.kind, f.type, f.score, STAGE, start, start + length, 0, j.code)


def _leak_finding(j: Judgement, start: int, end: int) -> Finding:
    return Finding(FindingKind.CANARY, VERBATIM_ENTITY, 1.0, STAGE, start, end, 0, j.code)
