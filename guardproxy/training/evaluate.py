"""Calibration on validation and the evaluation report on test, through the runtime code path.

Scores come from the same functions the proxy runs (variants -> fold -> windows -> max), so
the numbers describe the product, not a notebook.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guardproxy.detect.cascade import Thresholds, escalate, model_texts
from guardproxy.detect.normalise import variants
from guardproxy.detect.onnx import Models
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


def score_rows(
    models: Models, rows: Sequence[Example], desc: str = "scoring", gate: float | None = None
) -> Scored:
    """L0 for every row; L1 only where the cascade would run it (L0 >= gate), as in serving.

    Rows that exit at L0 get L1 score 0, which is what the cascade's decision amounts to.
    """
    l0s: list[float] = []
    l1s: list[float] = []
    fams: list[str] = []
    ms: list[float] = []
    for r in tqdm(rows, desc=desc, mininterval=5):
        t = time.perf_counter()
        texts = model_texts(variants(r.text)) or [""]
        scores = [models.l0_score(x) for x in texts]
        l0s.append(max(scores))
        # the same variant selection the cascade makes (all variants when uncalibrated)
        toks = [models.tokens(x) for x in (escalate(texts, scores, gate) if gate is not None else texts)]
        if models.l1 is not None and (gate is None or l0s[-1] >= gate):
            p, f = max(models.l1_predict(toks))
        else:
            p, f = 0.0, "BENIGN"
        l1s.append(p)
        fams.append(f)
        ms.append((time.perf_counter() - t) * 1000)
    return Scored(list(rows), np.asarray(l0s), np.asarray(l1s), fams, np.asarray(ms))


def calibrate(
    models: Models,
    rows: Sequence[Example],
    *,
    target_fpr: float = 0.01,
    flag_fpr: float = 0.03,
    max_attack_exit: float = 0.005,
) -> tuple[Thresholds, Scored]:
    """The L0 gate lets at most max_attack_exit of attacks exit; block sits at target_fpr of
    ALL benign traffic (exits included), flag at flag_fpr."""
    y = np.asarray([r.label for r in rows])
    l0_only = [max(models.l0_score(x) for x in (model_texts(variants(r.text)) or [""])) for r in rows]
    gate = pass_threshold(np.asarray(l0_only)[y == 1], max_attack_exit)
    val = score_rows(models, rows, "calibrating L1 on escalated val rows", gate=gate)
    th = Thresholds(
        l0_pass=gate,
        block=threshold_at_fpr(val.l1[y == 0], target_fpr),
        flag=threshold_at_fpr(val.l1[y == 0], flag_fpr),
    )
    return th, val


def _rate(mask: np.ndarray) -> float:
    return float(mask.mean()) if mask.size else float("nan")


def metrics(s: Scored, th: Thresholds) -> dict[str, object]:
    """Cascade outcome per row: exits at L0 below the gate, else L1 decides."""
    y = np.asarray([r.label for r in s.rows])
    escalated = s.l0 >= th.l0_pass
    pred = escalated & (s.l1 >= th.block)
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
        "auc_cascade": auc(s.l1, y),
        "ms_p50": float(np.percentile(s.ms, 50)) if len(s.ms) else 0.0,
        "ms_p99": float(np.percentile(s.ms, 99)) if len(s.ms) else 0.0,
    }
    out["per_family"] = _grouped(s, pred, lambda r: r.family)
    out["per_lang"] = _grouped(s, pred, lambda r: (r.lang or "?") + ("/attack" if r.label else "/benign"))
    out["per_category"] = _grouped(s, pred, _category)
    out["per_source"] = _grouped(
        s, pred, lambda r: r.source.split("+")[0] + ("/attack" if r.label else "/benign")
    )
    return out


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
