"""Redaction: a pure rewrite of text spans, applied in reverse offset order.

Detection finds spans; the policy picks a mode per span; this module only rewrites. Modes:

* mask: a fixed ``****``, so the masked value's length does not leak;
* placeholder: ``<EMAIL_1>``, the same value gets the same placeholder in every segment of a
  request, and the placeholder -> original mapping lets the answer be restored;
* hash: ``<EMAIL_3f9a2b1c>``, the first 8 hex of HMAC-SHA256(key, value): stable across
  requests for the same key (joinable in logs and by the upstream), not reversible;
* remove: the span is deleted.

Overlapping spans merge into their union, rewritten with the mode and entity of the longest.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from guardproxy.types import Redaction, RedactMode, Segment
from guardproxy.wire.restore import PlaceholderRestorer
from guardproxy.wire.segments import replace_texts

MASK = "****"
_HASH_HEX = 8
_ENTITY_SAFE = re.compile(r"[^A-Z0-9_]")
_PLACEHOLDER = re.compile(r"<([A-Z0-9_]+)_(\d+)>")


class Span(Protocol):
    """What redact_text needs of a span; guardproxy.types.Redaction is one."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def entity(self) -> str: ...

    @property
    def mode(self) -> RedactMode: ...


def entity_tag(entity: str) -> str:
    """EMAIL, CREDIT_CARD: the tag inside a placeholder, safe to put back through a regex."""
    return _ENTITY_SAFE.sub("_", entity.upper()) or "PII"


@dataclass(slots=True)
class PlaceholderCounter:
    """Numbers placeholders per entity type across all segments of one request.

    Numbers already used as literal ``<TYPE_N>`` text in the request are skipped, so restoring
    the answer never turns the client's own literal text into someone's value.
    """

    taken: set[str] = field(default_factory=set)
    _by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    _next: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))

    @classmethod
    def for_texts(cls, texts: Iterable[str]) -> PlaceholderCounter:
        taken = {m.group() for text in texts if "<" in text for m in _PLACEHOLDER.finditer(text)}
        return cls(taken=taken)

    def placeholder(self, entity: str, value: str) -> str:
        tag = entity_tag(entity)
        known = self._by_value.get((tag, value))
        if known is not None:
            return known
        while True:
            self._next[tag] += 1
            candidate = f"<{tag}_{self._next[tag]}>"
            if candidate not in self.taken:
                break
        self._by_value[(tag, value)] = candidate
        return candidate


def hashed(entity: str, value: str, key: bytes) -> str:
    if not key:
        raise ValueError("hash redaction needs a non-empty key")
    digest = hmac.new(key, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return f"<{entity_tag(entity)}_{digest[:_HASH_HEX]}>"


@dataclass(frozen=True, slots=True)
class _Merged:
    start: int
    end: int
    entity: str
    mode: RedactMode


def merge_spans(spans: Iterable[Span], length: int) -> list[_Merged]:
    """Sorted, non-overlapping spans; checks offsets against the text length."""
    ordered = []
    for s in spans:
        if not 0 <= s.start <= s.end <= length:
            raise ValueError(f"span {s.start}..{s.end} outside text of length {length}")
        if s.start < s.end:
            ordered.append(s)
    ordered.sort(key=lambda s: (s.start, s.start - s.end))
    out: list[_Merged] = []
    longest = 0
    for s in ordered:
        if out and s.start < out[-1].end:
            last = out[-1]
            winner: Span = s if s.end - s.start > longest else last
            if winner is s:
                longest = s.end - s.start
            out[-1] = _Merged(last.start, max(last.end, s.end), winner.entity, winner.mode)
        else:
            out.append(_Merged(s.start, s.end, s.entity, s.mode))
            longest = s.end - s.start
    return out


def redact_text(
    text: str, spans: Sequence[Span], *, key: bytes, counter: PlaceholderCounter
) -> tuple[str, dict[str, str]]:
    """The rewritten text and, for placeholder spans, placeholder -> original value."""
    merged = merge_spans(spans, len(text))
    mapping: dict[str, str] = {}
    # Placeholders are numbered in reading order, so they are assigned before the reverse pass.
    replacements: list[str] = []
    for s in merged:
        value = text[s.start : s.end]
        mode = RedactMode(s.mode)  # a plain "mask" works too; an unknown mode raises, never passes
        if mode is RedactMode.PLACEHOLDER:
            new = counter.placeholder(s.entity, value)
            mapping[new] = value
        elif mode is RedactMode.HASH:
            new = hashed(s.entity, value, key)
        elif mode is RedactMode.MASK:
            new = MASK
        else:
            new = ""
        replacements.append(new)
    pieces: list[str] = []
    end = len(text)
    for s, new in zip(reversed(merged), reversed(replacements), strict=True):
        pieces += (text[s.end : end], new)
        end = s.start
    pieces.append(text[:end])
    return "".join(reversed(pieces)), mapping


@dataclass(frozen=True, slots=True)
class RedactedBody:
    """The rewritten request and what is needed to restore the answer."""

    # Kept out of repr: a logged or printed RedactedBody must not carry prompt text or PII.
    body: dict[str, Any] = field(repr=False)
    mapping: Mapping[str, str] = field(repr=False)  # placeholder -> original value

    def restorer(self, *, stream: bool | None = None) -> PlaceholderRestorer:
        """A fresh transformer for this request's answer (one per answer: it keeps stream state)."""
        return PlaceholderRestorer(self.mapping, stream=stream)


def apply_redactions(
    body: dict[str, Any], segments: Sequence[Segment], redactions: Sequence[Redaction], *, key: bytes
) -> RedactedBody:
    by_segment: defaultdict[int, list[Redaction]] = defaultdict(list)
    for r in redactions:
        if not 0 <= r.segment < len(segments):
            raise ValueError(f"redaction names segment {r.segment}; the request has {len(segments)}")
        by_segment[r.segment].append(r)
    counter = PlaceholderCounter.for_texts(s.text for s in segments)
    # Only values whose own policy rule says restore may come back in the answer: one
    # restorable e-mail must not bring a card number back with it.
    restorable = {segments[r.segment].text[r.start : r.end] for r in redactions if r.restore}
    mapping: dict[str, str] = {}
    new_texts: dict[int, str] = {}
    for index in sorted(by_segment):
        text, found = redact_text(segments[index].text, by_segment[index], key=key, counter=counter)
        new_texts[index] = text
        mapping.update({ph: value for ph, value in found.items() if value in restorable})
    return RedactedBody(body=replace_texts(body, segments, new_texts), mapping=mapping)
