"""The reproducible data build: pinned package sources + authored data -> one CSV with splits.

Steps: read every source, deduplicate on the folded text, split by group (a stable hash, so
templated near-duplicates never straddle splits), then synthesise inside each split only
(padding, indirect injection in documents, harmless encodings, obfuscated attacks for
evaluation) so no synthetic row mixes text from two splits.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from guardproxy.training.sources import PLANTED_IN_FILE, REAL_FILE, SOURCES, Row, WheelCache

CSV_COLUMNS = (
    "text",
    "label",
    "family",
    "category",
    "severity",
    "confidence",
    "source",
    "notes",
    "lang",
    "group",
    "split",
    "licence",
    "hard_negative",
)
SPLITS = ("train", "val", "test")
AUTHORED_DIR = Path(__file__).resolve().parents[2] / "data" / "authored"
# Per-source caps keep one templated corpus from drowning the authored data.
CAPS = {"s-labs": 7000, "chitchat": 2500}
MAX_CHARS = 12_000


def split_of(group: str, val_pct: int = 15, test_pct: int = 15) -> str:
    h = int.from_bytes(hashlib.sha256(group.encode()).digest()[:4], "big") % 100
    if h < test_pct:
        return "test"
    if h < test_pct + val_pct:
        return "val"
    return "train"


def _fold(text: str) -> str:
    try:
        from guardproxy.detect.normalise import fold
    except ImportError:  # the normaliser is optional for the data build
        return re.sub(r"\s+", " ", text.lower()).strip()
    return fold(text)


def authored_rows(folder: Path = AUTHORED_DIR) -> Iterator[Row]:
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                yield Row(
                    text=str(rec["text"]),
                    label=int(rec["label"]),
                    family=str(rec.get("family") or ("BENIGN" if int(rec["label"]) == 0 else "PI")),
                    source=f"authored/{path.stem}",
                    group=f"{path.stem}:{rec.get('group') or n}",
                    category=str(rec.get("category", "")),
                    lang=str(rec.get("lang", "en")),
                    licence="Apache-2.0 (authored by the guardproxy team)",
                    hard_negative=bool(rec.get("hard_negative", False)),
                )
            except (KeyError, ValueError, TypeError) as e:
                raise ValueError(f"{path}:{n}: bad authored row: {e}") from e


def review_rows(path: Path) -> Iterator[Row]:
    """Rows exported by `guardproxy review export` (same CSV columns)."""
    with path.open(encoding="utf-8", newline="") as fh:
        for n, rec in enumerate(csv.DictReader(fh), 2):
            try:
                label = int(rec["label"])
            except (KeyError, ValueError) as e:
                raise ValueError(f"{path}:{n}: label must be 0 or 1") from e
            yield Row(
                text=rec["text"],
                label=label,
                family=rec.get("family") or ("BENIGN" if label == 0 else "PI"),
                source=rec.get("source") or "review",
                group=f"review:{hashlib.sha256(rec['text'].encode()).hexdigest()[:12]}",
                category=rec.get("category", ""),
                notes=rec.get("notes", ""),
                licence="user-labelled",
            )


def collect(cache: WheelCache, sources: Sequence[str], extra: Iterable[Row] = ()) -> list[Row]:
    rows: list[Row] = []
    for name in sources:
        got = [r for r in SOURCES[name](cache) if r.text.strip()]
        cap = CAPS.get(name)
        if cap and len(got) > cap:
            got = random.Random(name).sample(got, cap)
        rows.extend(got)
    rows.extend(authored_rows())
    rows.extend(extra)
    return rows


def dedup(rows: Iterable[Row]) -> list[Row]:
    """Keep the first row per folded text; a text labelled both ways is dropped entirely."""
    by_key: dict[str, Row] = {}
    conflicted: set[str] = set()
    for r in rows:
        text = r.text[:MAX_CHARS]
        key = _fold(text)
        if not key:
            continue
        if key in by_key:
            if by_key[key].label != r.label:
                conflicted.add(key)
            continue
        by_key[key] = replace(r, text=text)
    return [r for k, r in by_key.items() if k not in conflicted]


_FRAMES = (
    "Summarise this document:\n\n{doc}",
    "Here is the web page the user asked about:\n\n{doc}\n\nAnswer the user's question using it.",
    "Tool result (fetch_url):\n{doc}",
    "Please translate the following text into French:\n\n{doc}",
    "{doc}\n\nCan you pull out the action items from the above?",
    "Search results:\n[1] {doc}\n\nUser question: what does the source say?",
    "From: support@vendor.example\nSubject: Re: your order\n\n{doc}",
    '{{"status": "ok", "data": {{"content": {doc_json}}}}}',
)


def _insert(doc: str, payload: str, rng: random.Random) -> str:
    paras = doc.split("\n\n") if "\n\n" in doc else re.split(r"(?<=[.!?。])\s+", doc)
    at = rng.randint(0, len(paras))
    return "\n\n".join([*paras[:at], payload, *paras[at:]])


def _frame(doc: str, rng: random.Random) -> str:
    frame = rng.choice(_FRAMES)
    return frame.format(doc=doc, doc_json=json.dumps(doc, ensure_ascii=False))


def synthesise(rows: list[Row], split: str, seed: int) -> list[Row]:
    """Derived rows for one split, built only from that split's rows."""
    rng = random.Random(f"{seed}:{split}")
    # real files get their own planted attacks below (and their own random stream, so adding
    # them left every other derived row as it was)
    files = [r for r in rows if r.category.startswith(REAL_FILE)]
    benign = [r for r in rows if r.label == 0 and not r.category.startswith(REAL_FILE)]
    short_attacks = [
        r for r in rows if r.label == 1 and len(r.text) < 600 and r.family in ("PI", "JB", "IPI")
    ]
    docs = [r for r in benign if 400 <= len(r.text) <= 8000]
    out: list[Row] = []
    if not benign or not short_attacks:
        return out
    # Attacks padded with harmless text, before and after: a model must not read length as benign.
    for r in rng.sample(short_attacks, min(len(short_attacks), max(200, len(short_attacks) // 8))):
        # the padding gives way to the cap, never the attack (cut off, it left a benign text labelled 1)
        pad = rng.choice(benign).text[: max(0, MAX_CHARS - len(r.text) - 2)]
        text = f"{r.text}\n\n{pad}" if rng.random() < 0.6 else f"{pad}\n\n{r.text}"
        out.append(replace(r, text=text, category="padded", source=r.source + "+padded"))
    # Indirect injection: a payload inside a benign document, framed the way apps send it.
    # The same documents also go in unchanged (framed), so "document" alone means nothing.
    if docs:
        for r in rng.sample(short_attacks, min(len(short_attacks), max(300, len(short_attacks) // 5))):
            doc = rng.choice(docs)
            text = _frame(_insert(doc.text, r.text, rng), rng)
            out.append(
                replace(
                    r, text=text[:MAX_CHARS], family="IPI", category="ipi_synthetic", source=r.source + "+doc"
                )
            )
            clean = rng.choice(docs)
            out.append(
                replace(
                    clean,
                    text=_frame(clean.text, rng)[:MAX_CHARS],
                    category="framed_doc",
                    source=clean.source + "+frame",
                )
            )
    out.extend(_encoded(benign, short_attacks, split, rng))
    out.extend(_planted(files, short_attacks, random.Random(f"{seed}:{split}:files")))
    return out


def _planted(files: list[Row], attacks: list[Row], rng: random.Random) -> list[Row]:
    """Half the real-file pieces again, each with a short attack put in between two lines,
    as a poisoned README, docstring or comment brings one."""
    out: list[Row] = []
    if not attacks:
        return out
    for f in rng.sample(files, len(files) // 2):
        a = rng.choice(attacks)
        lines = f.text.split("\n")
        at = rng.randint(0, len(lines))
        # pieces stop at 11,000 characters and short attacks at 600: under the length cap
        text = "\n".join([*lines[:at], a.text, *lines[at:]])
        out.append(replace(a, text=text, family="IPI", category=PLANTED_IN_FILE, source=a.source + "+file"))
    return out


def _encoded(benign: list[Row], attacks: list[Row], split: str, rng: random.Random) -> list[Row]:
    try:
        from guardproxy.detect.normalise import transforms
    except ImportError:
        return []
    names = sorted(transforms)
    out: list[Row] = []
    # Harmless encoded text in every split: "base64" alone must never mean attack.
    for r in rng.sample(benign, min(len(benign), 300)):
        name = rng.choice(names)
        out.append(
            replace(
                r,
                text=transforms[name](r.text[:400]),
                category=f"encoded_benign:{name}",
                hard_negative=True,
                source=r.source + f"+{name}",
            )
        )
    # Obfuscated attacks. Decoding belongs to the normaliser, so training sees few of them;
    # validation and test get plenty to measure the whole cascade on.
    k = 150 if split == "train" else 600
    for r in rng.sample(attacks, min(len(attacks), k)):
        name = rng.choice(names)
        out.append(
            replace(
                r,
                text=transforms[name](r.text),
                family="ENC",
                category=f"encoded:{name}",
                source=r.source + f"+{name}",
            )
        )
    return out


def build(
    out: Path,
    cache_dir: Path,
    *,
    sources: Sequence[str] | None = None,
    review_csv: Sequence[Path] = (),
    seed: int = 1,
    limit: int | None = None,
) -> dict[str, object]:
    cache = WheelCache(cache_dir)
    extra = [r for p in review_csv for r in review_rows(p)]
    rows = dedup(collect(cache, list(sources or SOURCES), extra))
    if limit:
        rows = random.Random(seed).sample(rows, min(limit, len(rows)))
    by_split: dict[str, list[Row]] = {s: [] for s in SPLITS}
    for r in rows:
        by_split[split_of(r.group)].append(r)
    for s in SPLITS:
        by_split[s].extend(dedup(synthesise(by_split[s], s, seed)))
    out.parent.mkdir(parents=True, exist_ok=True)
    counts: Counter[tuple[str, str, int]] = Counter()
    digest = hashlib.sha256()
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_COLUMNS)
        for s in SPLITS:
            for r in by_split[s]:
                rec = (
                    r.text,
                    r.label,
                    r.family,
                    r.category,
                    "",
                    "",
                    r.source,
                    r.notes,
                    r.lang,
                    r.group,
                    s,
                    r.licence,
                    int(r.hard_negative),
                )
                w.writerow(rec)
                digest.update(json.dumps(rec, ensure_ascii=False).encode())
                counts[(s, r.family, r.label)] += 1
    summary: dict[str, object] = {
        "rows": sum(counts.values()),
        "sha256": digest.hexdigest(),
        "by_split_family": {f"{s}/{f}/{label}": n for (s, f, label), n in sorted(counts.items())},
    }
    out.with_suffix(".summary.json").write_text(json.dumps(summary, indent=2))
    return summary
