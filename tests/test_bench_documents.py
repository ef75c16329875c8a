"""benchmarks/documents.py: which real documents it builds and how it counts (not a timing)."""

from __future__ import annotations

from benchmarks.documents import BUCKETS, cut, documents, tally
from guardproxy.types import Verdict


def test_a_document_is_cut_at_a_line_break_inside_its_bucket() -> None:
    text = "".join(f"line {i:03d} of a module\n" for i in range(200))
    doc = cut(text, 1_000, 3_000)
    assert doc is not None
    assert 1_000 <= len(doc) < 3_000
    assert text.startswith(doc)
    assert text[len(doc)] == "\n"
    assert cut(text[:500], 1_000, 3_000) is None


def test_each_document_goes_bare_and_after_a_request() -> None:
    docs = documents(2, seed=0)
    assert {d["kind"] for d in docs} == {"module", "readme"}
    assert {d["bucket"] for d in docs} == {f"{lo // 1000}-{hi // 1000}k" for lo, hi in BUCKETS}
    bare = [d for d in docs if d["framing"] == "bare"]
    asked = [d for d in docs if d["framing"] == "asked"]
    assert len(bare) == len(asked) == 2 * 2 * len(BUCKETS)
    for b, a in zip(bare, asked, strict=True):
        assert a["text"].endswith(b["text"])
        assert a["text"] != b["text"]
    assert documents(2, seed=0) == docs
    assert documents(2, seed=1) != docs


def test_tally_counts_the_blocked_share_per_group() -> None:
    docs = [
        {"kind": "module", "bucket": "1-3k", "framing": "bare", "text": "import os  # bad"},
        {"kind": "module", "bucket": "1-3k", "framing": "asked", "text": "Review: import os"},
        {"kind": "readme", "bucket": "3-8k", "framing": "bare", "text": "# lib (bad)"},
    ]

    def scan(text: str) -> Verdict:
        return Verdict("bad" in text, 0.99 if "bad" in text else 0.1, "L1", ("IPI",) if "bad" in text else ())

    out = tally(docs, scan)
    assert out["groups"]["all"] == {"n": 3, "blocked": 2, "fpr": 0.6667}
    assert out["groups"]["module"] == {"n": 2, "blocked": 1, "fpr": 0.5}
    assert out["groups"]["module asked"]["blocked"] == 0
    assert out["groups"]["readme 3-8k"]["blocked"] == 1
    assert [b["families"] for b in out["blocked"]] == [["IPI"], ["IPI"]]
