"""The screening cascade for one text: normalise -> rules, PII -> L0 gate -> L1, with a cache.

Sync and thread-safe: the request path calls ``scan`` from the shared executor. Cheap
deterministic stages always run (their findings matter to policy even for benign text);
the L0 bouncer lets confidently benign text exit; only the rest pays for L1.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from guardproxy.detect.base import Detector, Variant
from guardproxy.detect.batcher import L1Batcher
from guardproxy.detect.normalise import fold, foreign_share, variants
from guardproxy.detect.onnx import Models
from guardproxy.types import Finding, FindingKind, Verdict

# Rule severities that decide on their own, without a model's agreement.
DECISIVE_RULE_SCORE = 0.9
MAX_MODEL_VARIANTS = 6


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The calibrated numbers of one model version (all from its manifest).

    An escalated text's score fuses both stages: sigmoid(fuse_l1 * logit(L1) + fuse_l0 *
    logit(L0) + fuse_bias). L0 sees every word window and L1 the meaning of its windows;
    each catches attacks the other misses, so on validation the fused score beats L1 alone
    at the same false-positive rate. The defaults (1, 0, 0) make it L1's score unchanged.

    A text no view of which reads as English adds f * (fuse_l1_foreign * logit(L1) +
    fuse_l0_foreign * logit(L0) + fuse_bias_foreign), f = foreign_weight(...) in [0, 1]. L1's
    vocabulary is English: on other languages its scores run low (an attack in Russian scores
    like a borderline English one) and L0, which hashes any script's words, ranks them better.
    English text (f = 0) is scored exactly as before; the defaults (0, 0, 0) turn it off.
    """

    l0_pass: float  # L0 below: benign, exit at L0
    block: float  # fused score at or above: attack
    flag: float  # fused score at or above: suspicious (policy may flag)
    fuse_l1: float = 1.0
    fuse_l0: float = 0.0
    fuse_bias: float = 0.0
    # the opt-in faster gate (screening.l0_gate: fast); no faster than l0_pass when unset
    l0_pass_fast: float | None = None
    fuse_l1_foreign: float = 0.0
    fuse_l0_foreign: float = 0.0
    fuse_bias_foreign: float = 0.0

    @classmethod
    def from_models(cls, models: Models | None) -> Thresholds:
        if models is None:
            return cls(l0_pass=1.0, block=1.0, flag=1.0)
        m = models.manifest
        return cls(
            m.threshold("l0_pass", 0.01),
            m.threshold("block", 0.9),
            m.threshold("flag", 0.5),
            m.threshold("fuse_l1", 1.0),
            m.threshold("fuse_l0", 0.0),
            m.threshold("fuse_bias", 0.0),
            m.threshold("l0_pass_fast", m.threshold("l0_pass", 0.01)),
            m.threshold("fuse_l1_foreign", 0.0),
            m.threshold("fuse_l0_foreign", 0.0),
            m.threshold("fuse_bias_foreign", 0.0),
        )

    def with_fast_gate(self) -> Thresholds:
        """The same thresholds with the fast L0 gate in place of the strict one."""
        if self.l0_pass_fast is None:
            return self
        return replace(self, l0_pass=max(self.l0_pass, self.l0_pass_fast))

    def fuse(self, l0: float, l1: float, foreign: float = 0.0) -> float:
        """The fused score; ``foreign`` is foreign_weight() of the text's views."""
        z1, z0 = logit(l1), logit(l0)
        z = self.fuse_l1 * z1 + self.fuse_l0 * z0 + self.fuse_bias
        if foreign:
            z += foreign * (self.fuse_l1_foreign * z1 + self.fuse_l0_foreign * z0 + self.fuse_bias_foreign)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


# foreign_share of a text's most English view mapped onto [0, 1]: English prose has 5-25% of
# its words outside the 10,000-word lexicon (names, jargon), other languages 55-100%. On
# validation, 0.3-0.7, 0.4-0.8 and 0.5-0.9 lifted other-language attacks alike (34 -> 43-45%).
FOREIGN_SPAN = (0.4, 0.8)


def foreign_weight(texts: Sequence[str]) -> float:
    """How far the most English of a text's views (decoded ones included, so base64 is not a
    language) is from English: 0 for English, 1 for a text in another language or script."""
    lo, hi = FOREIGN_SPAN
    share = 1.0
    for t in texts:  # the raw text comes first and is most often English: stop there
        share = min(share, foreign_share(t))
        if share <= lo:
            return 0.0
    return min(1.0, (share - lo) / (hi - lo)) if texts else 0.0


def logit(p: float, eps: float = 1e-6) -> float:
    p = min(max(p, eps), 1.0 - eps)
    return math.log(p / (1.0 - p))


class VerdictCache:
    """A small thread-safe LRU. Keys carry the model version, so a new model starts cold."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._data: OrderedDict[bytes, Verdict] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: bytes, *, count_miss: bool = True) -> Verdict | None:
        with self._lock:
            v = self._data.get(key)
            if v is None:
                self.misses += count_miss
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return v

    def put(self, key: bytes, verdict: Verdict) -> None:
        if self._size <= 0:
            return
        with self._lock:
            self._data[key] = verdict
            self._data.move_to_end(key)
            while len(self._data) > self._size:
                self._data.popitem(last=False)


def model_texts(vs: Sequence[Variant]) -> list[str]:
    """Distinct folded texts to score; decoded variants first after the raw text."""
    seen: dict[str, None] = {}
    for v in vs:
        t = fold(v.text)
        if t:
            seen.setdefault(t, None)
        if len(seen) >= MAX_MODEL_VARIANTS:
            break
    return list(seen)


class Cascade:
    def __init__(
        self,
        detectors: Sequence[Detector],
        models: Models | None,
        *,
        thresholds: Thresholds | None = None,
        use_l1: bool = True,
        cache_size: int = 50_000,
        batcher: L1Batcher | None = None,
    ) -> None:
        self.detectors = tuple(detectors)
        self.models = models
        self.thresholds = thresholds or Thresholds.from_models(models)
        self.use_l1 = use_l1 and models is not None and models.l1 is not None
        self.cache = VerdictCache(cache_size)
        self.version = models.manifest.version if models else "rules-only"
        self.batcher = batcher or (L1Batcher(models) if self.use_l1 and models else None)

    def _key(self, text: str) -> bytes:
        h = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16)
        h.update(self.version.encode())
        return h.digest()

    def cached(self, text: str) -> Verdict | None:
        """The cached verdict, or None; cheap enough for the event loop (one hash, one lookup).
        A miss is not counted: the scan() that follows counts it."""
        return self.cache.get(self._key(text), count_miss=False)

    def scan(self, text: str) -> Verdict:
        key = self._key(text)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        verdict = self._scan(text)
        # A hit costs no stage any time: kept with its timings, every hit would report the
        # first scan's milliseconds again (the stage histograms, the decision log's timings).
        self.cache.put(key, replace(verdict, timings_ms={}))
        return verdict

    def _scan(self, text: str) -> Verdict:
        timings: dict[str, float] = {}
        t = time.perf_counter()
        vs = variants(text)
        timings["normalise"] = _ms(t)
        findings: list[Finding] = []
        for det in self.detectors:
            t = time.perf_counter()
            findings.extend(det.detect(text, vs))
            timings[det.stage] = timings.get(det.stage, 0.0) + _ms(t)
        rule_hits = [f for f in findings if f.kind is FindingKind.RULE]
        decisive = [f for f in rule_hits if f.score >= DECISIVE_RULE_SCORE]
        if self.models is None or self.models.l0 is None:
            return self._rules_only(findings, decisive, timings)
        th = self.thresholds
        t = time.perf_counter()
        texts = model_texts(vs)
        # L0 hashes words of the folded text itself; WordPiece ids are only L1's input
        l0_scores = self.models.l0_scores(texts)
        l0 = max(l0_scores, default=0.0)
        timings["L0"] = _ms(t)
        if l0 < th.l0_pass and not rule_hits:
            return Verdict(False, l0, "L0", (), tuple(findings), timings)
        if not self.use_l1 or self.batcher is None:
            attack = bool(decisive)
            return Verdict(
                attack,
                l0,
                "rules" if attack else "L0",
                _families(rule_hits, attack),
                tuple(findings),
                timings,
            )
        t = time.perf_counter()
        token_lists = [self.models.tokens(x) for x in escalate(texts, l0_scores, th.l0_pass)]
        l1, family = max(self.batcher.predict(token_lists))
        score = th.fuse(l0, l1, foreign_weight(texts))
        timings["L1"] = _ms(t)
        attack = score >= th.block or bool(decisive)
        families = tuple(sorted({family} | set(_families(rule_hits, False)))) if attack else ()
        if score >= th.flag:
            findings.append(Finding(FindingKind.ATTACK, family, score, "L1"))
        stage = "L1" if score >= th.block or not decisive else "rules"
        return Verdict(attack, score, stage, families, tuple(findings), timings)

    def _rules_only(
        self, findings: list[Finding], decisive: list[Finding], timings: dict[str, float]
    ) -> Verdict:
        attack = bool(decisive)
        score = max((f.score for f in decisive), default=0.0)
        rule_hits = [f for f in findings if f.kind is FindingKind.RULE]
        return Verdict(attack, score, "rules", _families(rule_hits, attack), tuple(findings), timings)


def escalate(texts: Sequence[str], l0_scores: Sequence[float], gate: float) -> list[str]:
    """The variants L1 must see: those L0 could not clear. The first (raw) text stands in
    when only a rule escalated, so every escalated text gets at least one L1 run."""
    out = [t for t, s in zip(texts, l0_scores, strict=True) if s >= gate]
    return out or list(texts[:1])


def _families(rule_hits: Sequence[Finding], attack: bool) -> tuple[str, ...]:
    fams = tuple(sorted({f.type for f in rule_hits}))
    if attack and not fams:
        return ("PI",)
    return fams


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000.0
