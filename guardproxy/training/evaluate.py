"""Calibration on validation and the evaluation report on test, through the runtime code path.

Scores come from the same functions the proxy runs (variants -> fold -> windows -> max), so
the numbers describe the product, not a notebook.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from guardproxy.detect.cascade import (
    DECISIVE_RULE_SCORE,
    Thresholds,
    escalate,
    foreign_weight,
    logit,
    model_texts,
)
from guardproxy.detect.manifest import file_sha256
from guardproxy.detect.normalise import variants
from guardproxy.detect.onnx import Models
from guardproxy.detect.rules import DEFAULT_RULES_FILE, RuleDetector, load_rules
from guardproxy.training.pipeline import Example, pass_threshold, threshold_at_fpr

try:
    from tqdm import tqdm
except ImportError:  # progress bars are a nicety of the train extra

    def tqdm(x, **_):  # type: ignore[no-untyped-def]
        return x


@dataclass
class Scored:
    rows: list[Example]
    l0: np.ndarray
    l1: np.ndarray
    family: list[str]
    ms: np.ndarray
    # a decisive signature rule fired (the product blocks these whatever the models say)
    rules: np.ndarray | None = None
    # foreign_weight of each row's views (0: English); None reads as all English
    foreign: np.ndarray | None = None

    def weights(self) -> np.ndarray:
        return self.foreign if self.foreign is not None else np.zeros(len(self.rows))

    def fused(self, th: Thresholds) -> np.ndarray:
        """The cascade's final score per row: the fused score where L1 ran, 0 at an L0 exit."""
        escalated = self.l0 >= th.l0_pass
        return np.asarray(
            [
                th.fuse(a, b, float(f)) if e else 0.0
                for a, b, f, e in zip(self.l0, self.l1, self.weights(), escalated, strict=True)
            ]
        )


def score_rows(
    models: Models,
    rows: Sequence[Example],
    desc: str = "scoring",
    gate: float | Callable[[np.ndarray], float] | None = None,
) -> Scored:
    """L0 for every row; L1 only where the cascade would run it (L0 >= gate), as in serving.

    ``gate`` may be a function of all rows' L0 scores (calibration picks it from them).
    Rows that exit at L0 get L1 score 0, which is what the cascade's decision amounts to.
    """
    texts: list[list[str]] = []
    per_view: list[list[float]] = []
    ms: list[float] = []
    foreign: list[float] = []
    rules = RuleDetector(load_rules(DEFAULT_RULES_FILE))
    decisive: list[bool] = []
    for r in tqdm(rows, desc=f"{desc} (L0)", mininterval=5):
        t = time.perf_counter()
        vs = variants(r.text)
        texts.append(model_texts(vs) or [""])
        per_view.append(models.l0_scores(texts[-1]))
        foreign.append(foreign_weight(texts[-1]))
        ms.append((time.perf_counter() - t) * 1000)
        decisive.append(any(f.score >= DECISIVE_RULE_SCORE for f in rules.detect(r.text, vs)))
    l0 = np.asarray([max(v) for v in per_view])
    cut = gate(l0) if callable(gate) else gate
    l1s: list[float] = []
    fams: list[str] = []
    for i in tqdm(range(len(rows)), desc=f"{desc} (L1)", mininterval=5):
        t = time.perf_counter()
        if models.l1 is not None and (cut is None or l0[i] >= cut):
            # the same variant selection the cascade makes (all variants when uncalibrated)
            chosen = escalate(texts[i], per_view[i], cut) if cut is not None else texts[i]
            p, f = max(models.l1_predict([models.tokens(x) for x in chosen]))
        else:
            p, f = 0.0, "BENIGN"
        l1s.append(p)
        fams.append(f)
        ms[i] += (time.perf_counter() - t) * 1000
    return Scored(
        list(rows), l0, np.asarray(l1s), fams, np.asarray(ms), np.asarray(decisive), np.asarray(foreign)
    )


def calibrate(
    models: Models,
    rows: Sequence[Example],
    *,
    target_fpr: float = 0.01,
    flag_fpr: float = 0.03,
    hard_fpr: float = 0.05,
    max_attack_exit: float = 0.005,
    cache: Path | None = None,
    key: str = "",
) -> tuple[Thresholds, Scored]:
    """The L0 gate lets at most max_attack_exit of attacks exit; the fused score's block
    threshold holds target_fpr of ALL benign traffic (exits included) and of the authored
    rows, and hard_fpr of hard negatives (see thresholds_for); flag sits at flag_fpr."""
    y = np.asarray([r.label for r in rows])

    def gate(l0: np.ndarray) -> float:
        return pass_threshold(l0[y == 1], max_attack_exit)

    # the gate decides which rows L1 scored, so it belongs in the cache key
    val = cached_scores(models, rows, "calibrating on val", gate, cache, f"{key}|exit={max_attack_exit!r}")
    cut = gate(val.l0)
    th = thresholds_for(val, cut, target_fpr=target_fpr, flag_fpr=flag_fpr, hard_fpr=hard_fpr)
    return th, val


DETECT_CODE = Path(__file__).resolve().parent.parent / "detect"


def scoring_key(models: Path, code: Path = DETECT_CODE) -> str:
    """What a split's scores depend on: the model files, and the runtime code that scores
    with them (normalisation, windows, rules, the ONNX runs), so neither a new model nor a
    change in how the proxy scores can reuse stale scores."""
    h = hashlib.sha256()
    for name in ("l0.onnx", "l1.int8.onnx"):
        if (models / name).exists():
            h.update(f"{name}\0{file_sha256(models / name)}".encode())
    for path in sorted(code.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".yaml"):
            h.update(path.relative_to(code).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def cached_scores(
    models: Models,
    rows: Sequence[Example],
    desc: str,
    gate: float | Callable[[np.ndarray], float] | None,
    cache: Path | None,
    key: str = "",
) -> Scored:
    """score_rows, kept in ``cache`` (an .npz) for the same rows and ``key`` (the caller puts
    scoring_key() in it): scoring a split takes minutes, re-deriving thresholds from the
    scores takes milliseconds."""
    digest = hashlib.sha256(key.encode())
    for r in rows:
        digest.update(r.text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    if isinstance(gate, float):
        digest.update(repr(gate).encode())
    want = digest.hexdigest()
    if cache is not None and cache.exists():
        with np.load(cache, allow_pickle=False) as z:
            if str(z["key"]) == want and "foreign" in z:
                return Scored(
                    list(rows),
                    z["l0"],
                    z["l1"],
                    [str(f) for f in z["family"]],
                    z["ms"],
                    z["rules"],
                    z["foreign"],
                )
    s = score_rows(models, rows, desc, gate)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(
            cache,
            key=np.asarray(want),
            l0=s.l0,
            l1=s.l1,
            family=np.asarray(s.family),
            ms=s.ms,
            rules=s.rules if s.rules is not None else np.zeros(len(rows), dtype=bool),
            foreign=s.weights(),
        )
    return s


def thresholds_for(
    val: Scored, gate: float, *, target_fpr: float, flag_fpr: float, hard_fpr: float = 1.0
) -> Thresholds:
    """Fusion weights and block/flag thresholds from scored validation rows.

    The direction of the fused score (how much L0 counts against L1) is the one with the
    best TPR at target_fpr, a one-parameter search; Platt scaling then maps it to a
    probability, so thresholds a policy writes by hand keep their usual meaning.

    The block threshold meets three limits at once: target_fpr over all benign rows,
    target_fpr over the authored (realistic) benign rows alone, and hard_fpr over hard
    negatives. The package sets' benign text is easy; a threshold set on it alone lets
    realistic prompts and hard negatives through at several times the target.
    """
    y = np.asarray([r.label for r in val.rows])
    esc = val.l0 >= gate
    z0 = np.asarray([logit(p) for p in val.l0])
    z1 = np.asarray([logit(p) for p in val.l1])
    best = (-1.0, 0.0)
    for theta in np.linspace(0.0, np.pi / 2, 37):
        u = np.where(esc, np.cos(theta) * z1 + np.sin(theta) * z0, -1e9)
        t = threshold_at_fpr(u[y == 0], target_fpr)
        tpr = float(((u >= t) & esc)[y == 1].mean()) if (y == 1).any() else 0.0
        if tpr > best[0] + 1e-9:
            best = (tpr, float(theta))
    theta = best[1]
    u = np.cos(theta) * z1 + np.sin(theta) * z0
    a, b = platt(u[esc], y[esc])
    th = Thresholds(gate, 1.0, 1.0, a * np.cos(theta), a * np.sin(theta), b)
    f = val.weights()
    if (f[esc] > 0).any():
        # the other-language terms, fitted with the English score held fixed as an offset
        w = logistic(np.stack([f * z1, f * z0, f], axis=1)[esc], y[esc], offset=(a * u + b)[esc])
        th = replace(th, fuse_l1_foreign=w[0], fuse_l0_foreign=w[1], fuse_bias_foreign=w[2])
    fused = val.fused(th)
    benign = y == 0
    authored = benign & np.asarray([r.source.startswith("authored/") for r in val.rows])
    hard = benign & np.asarray([r.hard_negative for r in val.rows])
    block = threshold_at_fpr(fused[benign], target_fpr)
    if authored.any():
        block = max(block, threshold_at_fpr(fused[authored], target_fpr))
    if hard.any():
        block = max(block, threshold_at_fpr(fused[hard], hard_fpr))
    flag = min(block, threshold_at_fpr(fused[benign], flag_fpr))
    return replace(th, block=block, flag=flag)


def fast_gate(val: Scored, th: Thresholds, max_loss: float = 0.005) -> float:
    """The highest L0 gate that costs at most ``max_loss`` of validation attacks among those
    the cascade blocks at ``th``: attacks L1 would let through anyway may exit at L0. Never
    below the strict gate ``th.l0_pass``."""
    y = np.asarray([r.label for r in val.rows])
    blocked = (val.l0 >= th.l0_pass) & (val.fused(th) >= th.block) & (y == 1)
    scores = np.sort(val.l0[blocked])
    k = int(max_loss * int((y == 1).sum()))
    if k >= len(scores):
        return th.l0_pass
    # a gate equal to the (k+1)-th lowest score lets exactly the k below it exit
    return max(th.l0_pass, float(scores[k]))


def fast_gate_metrics(s: Scored, th: Thresholds) -> dict[str, object]:
    """The headline metrics with the opt-in fast gate, from scores taken at the strict gate:
    every row the fast gate escalates has an L1 score already (over the variants the strict
    gate escalated, a superset of what the fast one would)."""
    fast = metrics(s, th.with_fast_gate())
    return {k: fast[k] for k in ("tpr", "fpr", "hard_negative_fpr", "benign_exit_l0", "attack_exit_l0")}


def platt(u: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(a, b) maximising the likelihood of y under sigmoid(a*u + b)."""
    if len(u) == 0 or y.min() == y.max():
        return 1.0, 0.0
    a, b = logistic(np.stack([u, np.ones_like(u)], axis=1), y, offset=np.zeros_like(u), ridge=1e-6)
    return a, b


def logistic(x: np.ndarray, y: np.ndarray, *, offset: np.ndarray, ridge: float = 1e-3) -> list[float]:
    """Weights maximising the likelihood of y under sigmoid(offset + x @ w), lightly
    ridge-regularised (a column that is all zero gets weight 0): Newton's method, each step
    halved until the loss falls (a full step from far away can overshoot and diverge)."""

    def loss(w: np.ndarray) -> float:
        z = offset + x @ w
        return float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * ridge * w @ w)

    w = np.zeros(x.shape[1])
    current = loss(w)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(offset + x @ w, -50, 50)))
        grad = x.T @ (p - y) + ridge * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + ridge * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        for _ in range(30):
            if (new := loss(w - step)) <= current:
                break
            step = step / 2
        else:
            break
        w, current = w - step, new
        if np.abs(step).max() < 1e-8:
            break
    return [float(v) for v in w]


def _rate(mask: np.ndarray) -> float:
    return float(mask.mean()) if mask.size else float("nan")


def metrics(s: Scored, th: Thresholds) -> dict[str, object]:
    """Cascade outcome per row: exits at L0 below the gate, else L1 decides."""
    y = np.asarray([r.label for r in s.rows])
    escalated = s.l0 >= th.l0_pass
    fused = s.fused(th)
    pred = escalated & (fused >= th.block)
    hard = np.asarray([r.hard_negative for r in s.rows])
    out: dict[str, object] = {
        "rows": len(y),
        "attacks": int((y == 1).sum()),
        "benign": int((y == 0).sum()),
        "tpr": _rate(pred[y == 1]),
        "fpr": _rate(pred[y == 0]),
        "hard_negative_fpr": _rate(pred[(y == 0) & hard]),
        "benign_exit_l0": _rate(~escalated[y == 0]),
        "attack_exit_l0": _rate(~escalated[y == 1]),
        "auc_cascade": auc(fused, y),
        "auc_l1_alone": auc(s.l1, y),
        "ms_p50": float(np.percentile(s.ms, 50)) if len(s.ms) else 0.0,
        "ms_p99": float(np.percentile(s.ms, 99)) if len(s.ms) else 0.0,
    }
    out |= padding_retention(s.rows, pred)
    if s.rules is not None:
        # what the default policy does: a decisive rule blocks on its own
        product = pred | s.rules
        out["with_rules"] = {
            "tpr": _rate(product[y == 1]),
            "fpr": _rate(product[y == 0]),
            "hard_negative_fpr": _rate(product[(y == 0) & hard]),
            **padding_retention(s.rows, product),
            "per_family": _grouped(s, product, lambda r: r.family),
        }
    out["per_family"] = _grouped(s, pred, lambda r: r.family)
    out["per_lang"] = _grouped(s, pred, lambda r: (r.lang or "?") + ("/attack" if r.label else "/benign"))
    out["per_category"] = _grouped(s, pred, _category)
    out["per_source"] = _grouped(
        s, pred, lambda r: r.source.split("+")[0] + ("/attack" if r.label else "/benign")
    )
    return out


def padding_retention(rows: Sequence[Example], pred: np.ndarray) -> dict[str, float | int]:
    """Of the attacks detected on their own, the share still detected with harmless text
    appended or prepended (the issue's padding target; the padded rows' own TPR also counts
    attacks missed either way). The data build pads short attacks of the same split, the
    padding after or before a blank line: each padded row is paired with the longest attack
    row of the set that it starts or ends with, at a blank line."""
    attacks = {r.text: i for i, r in enumerate(rows) if r.label == 1 and _category(r) != "padded"}
    pairs = 0
    kept = 0
    for i, r in enumerate(rows):
        if r.label != 1 or _category(r) != "padded":
            continue
        cuts = [m.start() for m in re.finditer("(?=\n\n)", r.text)]  # overlapping: "\n\n\n"
        found = [r.text[:k] for k in cuts] + [r.text[k + 2 :] for k in cuts]
        own = [attacks[t] for t in found if t in attacks]
        if not own:
            continue
        j = max(own, key=lambda j: len(rows[j].text))
        if pred[j]:
            pairs += 1
            kept += bool(pred[i])
    return {"padding_retention": kept / pairs if pairs else float("nan"), "padded_pairs": pairs}


def _category(r: Example) -> str:
    cat = r.category.split(":")[0]
    if cat in ("padded", "encoded", "ipi_synthetic", "encoded_benign", "framed_doc"):
        return cat
    if r.hard_negative:
        return "hard_negative"
    if r.source.startswith("authored/"):
        return r.source.split("/")[1].split("_")[0] + ("/attack" if r.label else "/benign")
    return "other" + ("/attack" if r.label else "/benign")


def _grouped(s: Scored, pred: np.ndarray, key: Callable[[Example], str]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(s.rows):
        groups[key(r)].append(i)
    out = {}
    for k, idx in sorted(groups.items()):
        labels = {s.rows[i].label for i in idx}
        rate = float(pred[idx].mean())
        # for attack groups the rate is TPR, for benign groups it is FPR
        name = "tpr" if labels == {1} else "fpr" if labels == {0} else "positive_rate"
        out[k] = {"n": len(idx), name: round(rate, 4)}
    return out


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    pos, neg = scores[y == 1], scores[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]))
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def write_json(path: Path, obj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, sort_keys=True, default=float) + "\n")
