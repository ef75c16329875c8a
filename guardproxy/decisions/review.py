"""The review queue: flagged and blocked decisions in a Redis consumer group.

An entry is pending until someone labels it: label = XACK on the review stream plus an entry
on the labels stream (the labels stream is the record; relabelling appends, last one wins).
Reading new entries into the group assigns them to the reading consumer; ``claim`` moves
entries another reviewer left idle to this one.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import orjson
import redis.asyncio as aioredis

from guardproxy.config import DecisionLogSettings
from guardproxy.decisions.log import ensure_group
from guardproxy.policy.engine import severity

Label = Literal["fp", "tp", "unsure"]
LABELS: tuple[Label, ...] = ("fp", "tp", "unsure")
EXPORT_COLUMNS = ("text", "label", "family", "category", "severity", "confidence", "source", "notes")
NOTE_CAP = 2000
_PAGE = 500


@dataclass(frozen=True, slots=True)
class Item:
    """One review stream entry: its stream id and the decision-log fields."""

    id: str
    fields: Mapping[str, str]
    consumer: str = ""

    def json_list(self, name: str) -> list[Any]:
        value: list[Any] = orjson.loads(self.fields.get(name) or "[]")
        return value

    def to_dict(self) -> dict[str, Any]:
        f = self.fields
        return {
            "review_id": self.id,
            "consumer": self.consumer,
            **{k: f.get(k, "") for k in ("id", "ts", "route", "model", "tenant", "verdict", "stage", "text")},
            "enforced": f.get("enforced") == "1",
            "score": float(f.get("score") or 0),
            "threshold": float(f["threshold"]) if f.get("threshold") else None,
            **{k: self.json_list(k) for k in ("reasons", "rule_ids", "families", "pii_types")},
        }

    def focus_text(self) -> str:
        """The text of the segments that drew the flag (all segments when none is marked)."""
        text = self.fields.get("text", "")
        offsets: list[list[int]] = self.json_list("segments")
        focus: list[int] = self.json_list("focus") or list(range(len(offsets)))
        parts = [text[offsets[i][0] : offsets[i][1]] for i in focus if 0 <= i < len(offsets)]
        return "\n".join(p for p in parts if p) or text


@dataclass(frozen=True, slots=True)
class Filters:
    verdict: str | None = None
    family: str | None = None
    route: str | None = None
    since_ms: int | None = None

    def match(self, item: Item) -> bool:
        f = item.fields
        if self.verdict and f.get("verdict") != self.verdict:
            return False
        if self.family and self.family not in item.json_list("families"):
            return False
        if self.route and f.get("route") != self.route:
            return False
        return not (self.since_ms and int(f.get("ts") or 0) < self.since_ms)


def _fields(raw: Mapping[bytes, bytes]) -> dict[str, str]:
    return {k.decode(): v.decode("utf-8", "replace") for k, v in raw.items()}


def _sid(raw: bytes | str) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


class ReviewQueue:
    def __init__(self, client: aioredis.Redis, settings: DecisionLogSettings, consumer: str) -> None:
        self.client = client
        self.s = settings
        self.consumer = consumer

    async def ensure_group(self) -> None:
        await ensure_group(self.client, self.s.review_stream, self.s.group)

    async def _deliver_new(self) -> None:
        """Assign entries no reviewer has seen yet to this consumer (no BLOCK: returns at once)."""
        await self.ensure_group()
        while True:
            got: Any = await self.client.xreadgroup(
                self.s.group, self.consumer, {self.s.review_stream: ">"}, count=_PAGE
            )
            if not got or not got[0][1]:
                return

    async def _pending(self) -> list[tuple[str, str]]:
        """(stream id, consumer) of every unlabelled entry, oldest first."""
        out: list[tuple[str, str]] = []
        start = "-"
        while True:
            page: Any = await self.client.xpending_range(
                self.s.review_stream, self.s.group, start, "+", _PAGE
            )
            out += [(_sid(p["message_id"]), _sid(p["consumer"])) for p in page]
            if len(page) < _PAGE:
                return out
            ms, seq = out[-1][0].split("-")
            start = f"{ms}-{int(seq) + 1}"

    async def get(self, review_id: str) -> Item | None:
        got: Any = await self.client.xrange(self.s.review_stream, review_id, review_id)
        if not got:
            return None
        return Item(_sid(got[0][0]), _fields(got[0][1]))

    async def pending_items(self, filters: Filters = Filters(), limit: int = 50) -> list[Item]:
        """Pending items, newest first."""
        await self._deliver_new()
        pending = (await self._pending())[::-1]
        out: list[Item] = []
        for i in range(0, len(pending), _PAGE):
            chunk = pending[i : i + _PAGE]
            pipe = self.client.pipeline(transaction=False)
            for sid, _ in chunk:
                pipe.xrange(self.s.review_stream, sid, sid)
            results: list[Any] = await pipe.execute()
            for (sid, consumer), got in zip(chunk, results, strict=True):
                if not got:
                    continue  # trimmed by MAXLEN
                item = Item(sid, _fields(got[0][1]), consumer)
                if filters.match(item):
                    out.append(item)
                    if len(out) >= limit:
                        return out
        return out

    async def label(self, review_id: str, label: Label, note: str = "", reviewer: str | None = None) -> bool:
        """Record a label; False if there is no such entry. Relabelling appends a new label."""
        if label not in LABELS:
            raise ValueError(f"label must be one of {', '.join(LABELS)}")
        item = await self.get(review_id)
        if item is None:
            return False
        await self.ensure_group()
        pipe = self.client.pipeline(transaction=True)
        pipe.xack(self.s.review_stream, self.s.group, review_id)
        pipe.xadd(
            self.s.labels_stream,
            {
                "review_id": review_id,
                "decision_id": item.fields.get("id", ""),
                "label": label,
                "note": note[:NOTE_CAP],
                "reviewer": reviewer or self.consumer,
                "ts": str(int(time.time() * 1000)),
            },
        )
        await pipe.execute()
        return True

    async def claim(self, min_idle_ms: int) -> list[str]:
        """XAUTOCLAIM every entry idle for at least min_idle_ms to this consumer."""
        await self.ensure_group()
        claimed: list[str] = []
        start = "0-0"
        while True:
            # not JUSTID: redis-py then drops the cursor, and the cursor is what pages
            got: Any = await self.client.xautoclaim(
                self.s.review_stream, self.s.group, self.consumer, min_idle_ms, start, count=_PAGE
            )
            start = _sid(got[0])
            claimed += [_sid(sid) for sid, _ in got[1]]
            if start == "0-0":
                return claimed

    async def labels(self, since_ms: int | None = None) -> dict[str, dict[str, str]]:
        """review id -> its latest label entry."""
        latest: dict[str, dict[str, str]] = {}
        start = f"{since_ms}-0" if since_ms else "-"
        while True:
            page: Any = await self.client.xrange(self.s.labels_stream, start, "+", count=_PAGE)
            for _, raw in page:
                rec = _fields(raw)
                latest[rec["review_id"]] = rec
            if len(page) < _PAGE:
                return latest
            ms, seq = _sid(page[-1][0]).split("-")
            start = f"{ms}-{int(seq) + 1}"

    async def stats(self) -> dict[str, Any]:
        await self.ensure_group()
        summary: Any = await self.client.xpending(self.s.review_stream, self.s.group)
        counts: dict[str, int] = dict.fromkeys(LABELS, 0)
        for rec in (await self.labels()).values():
            label = rec.get("label", "unsure")
            counts[label] = counts.get(label, 0) + 1
        consumers = {_sid(c["name"]): int(c["pending"]) for c in summary.get("consumers") or []}
        return {
            "decisions": await self.client.xlen(self.s.stream),
            "review": await self.client.xlen(self.s.review_stream),
            "pending": int(summary.get("pending") or 0),
            "pending_by_consumer": consumers,
            "labels": counts,
        }

    async def export(self, out: Path, since_ms: int | None = None) -> int:
        """Write the training CSV (fp -> label 0, tp -> label 1, unsure skipped); returns rows."""
        latest = await self.labels(since_ms)
        rows = []
        for review_id, rec in latest.items():
            if rec.get("label") not in ("fp", "tp"):
                continue
            item = await self.get(review_id)
            if item is not None:
                rows.append(export_row(item, rec))
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(EXPORT_COLUMNS)
            w.writerows(r for r in rows if r[0].strip())
        return sum(1 for r in rows if r[0].strip())


def export_row(item: Item, label_rec: Mapping[str, str]) -> Sequence[str]:
    tp = label_rec.get("label") == "tp"
    fams = item.json_list("families")
    rules = item.json_list("rule_ids")
    # a rule-only decision has no model score; its reasons carry the rule's own
    scores = [float(item.fields.get("score") or 0)]
    scores += [float(r["score"]) for r in item.json_list("reasons") if r.get("score") is not None]
    score = max(scores)
    return (
        item.focus_text(),
        "1" if tp else "0",
        (fams[0] if fams else "PI") if tp else "BENIGN",
        # which detector to retrain: the rule or the family that fired
        f"rule:{rules[0]}" if rules else ("model:" + fams[0] if fams else "review"),
        severity(score),
        f"{score:.4f}",
        "review",
        label_rec.get("note", ""),
    )


def parse_since(value: str | None, now_ms: int | None = None) -> int | None:
    """``30m``, ``24h``, ``7d`` ago, or epoch milliseconds."""
    if not value:
        return None
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    units = {"s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000}
    if value[-1] in units and value[:-1].isdigit():
        return now_ms - int(value[:-1]) * units[value[-1]]
    if value.isdigit():
        return int(value)
    raise ValueError(f"--since must look like 30m, 24h, 7d or epoch milliseconds, not {value!r}")
