"""`guardproxy eval`: markdown + PNG report on the test split and any extra CSV.

Thresholds come from the shipped manifest, never from the data being evaluated.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from guardproxy.detect.cascade import Thresholds
from guardproxy.detect.onnx import Models
from guardproxy.errors import ConfigError
from guardproxy.training import evaluate
from guardproxy.training.pipeline import Example, load

csv.field_size_limit(sys.maxsize)


def load_extra(path: Path) -> list[Example]:
    """A CSV (header text,label[,family,category,lang,source,hard_negative]) or JSON Lines
    file (one object per line, the same keys; "kind" stands in for category) of labelled rows.
    A row without text or with a label other than 0 or 1 stops the run, naming the line."""
    with path.open(encoding="utf-8", newline="") as fh:
        if path.suffix == ".jsonl":
            records = [(n, _json_record(path, n, line)) for n, line in enumerate(fh, 1) if line.strip()]
        else:
            records = [(n, r) for n, r in enumerate(csv.DictReader(fh), 2)]
    return [_example(path, n, r) for n, r in records]


def _json_record(path: Path, n: int, line: str) -> dict[str, object]:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise ConfigError(f"{path}:{n}: not JSON: {e.msg}") from None
    if not isinstance(rec, dict):
        raise ConfigError(f"{path}:{n}: expected a JSON object")
    return rec


def _example(path: Path, n: int, r: dict[str, object]) -> Example:
    text, label = r.get("text"), str(r.get("label", ""))
    if not isinstance(text, str) or not text or label not in ("0", "1"):
        raise ConfigError(f"{path}:{n}: every row needs a text and a label of 0 or 1")
    hard = r.get("hard_negative")
    return Example(
        text,
        int(label),
        str(r.get("family") or ("BENIGN" if label == "0" else "PI")),
        str(r.get("category") or r.get("kind") or ""),
        str(r.get("lang") or ""),
        "extra",
        hard is True or hard == "1",
        str(r.get("source") or path.stem),
    )


def _fmt(v: object) -> str:
    return f"{v:.4f}" if isinstance(v, float) else str(v)


def markdown(name: str, m: dict[str, object], th: Thresholds) -> str:
    lines = [f"## {name}", ""]
    lines.append(
        f"Thresholds (from the manifest): L0 pass {th.l0_pass:.5f}, block {th.block:.4f}, flag {th.flag:.4f}"
    )
    lines.append("")
    keys = (
        "rows",
        "attacks",
        "benign",
        "tpr",
        "fpr",
        "hard_negative_fpr",
        "benign_exit_l0",
        "attack_exit_l0",
        "padding_retention",
        "padded_pairs",
        "auc_cascade",
        "ms_p50",
        "ms_p99",
        "int8_fp32_agreement",
    )
    lines += _metric_table({k: m[k] for k in keys if k in m})
    wr = m.get("with_rules")
    if isinstance(wr, dict):
        lines += [
            "",
            "With the signature rules (a decisive rule blocks on its own, as in the default policy):",
            "",
        ]
        shown = ("tpr", "fpr", "hard_negative_fpr", "padding_retention", "padded_pairs")
        lines += _metric_table({k: wr[k] for k in shown if k in wr})
        lines += ["", *_groups("family", wr["per_family"])]
    fast = m.get("fast_gate")
    if isinstance(fast, dict) and th.l0_pass_fast is not None:
        lines += [
            "",
            f"With the opt-in fast L0 gate (`screening.l0_gate: fast`, L0 pass {th.l0_pass_fast:.5f}: at most "
            "0.5% of the validation attacks the cascade blocks exit at L0; models alone):",
            "",
        ]
        lines += _metric_table(fast)
    for section in ("per_family", "per_lang", "per_category", "per_source"):
        table = m.get(section)
        if isinstance(table, dict):
            lines += ["", f"### {section.replace('_', ' ')}", "", *_groups("group", table)]
    return "\n".join(lines) + "\n"


def _metric_table(values: dict[str, object]) -> list[str]:
    return ["| metric | value |", "|---|---|", *(f"| {k} | {_fmt(v)} |" for k, v in values.items())]


def _groups(title: str, table: dict[str, dict[str, float]]) -> list[str]:
    """A per-group table from metrics(): n and the group's rate (TPR, FPR or positive rate)."""
    lines = [f"| {title} | n | rate |", "|---|---|---|"]
    for k, v in table.items():
        rate = ", ".join(f"{kk} {vv}" for kk, vv in v.items() if kk != "n")
        lines.append(f"| {k} | {v['n']} | {rate} |")
    return lines


def section(out: Path, name: str, s: evaluate.Scored, th: Thresholds, m: dict[str, object]) -> list[str]:
    """One evaluated set in the report folder: its JSON, and its markdown with the plots."""
    evaluate.write_json(out / f"{name}.json", m)
    return [markdown(name, m, th), *(f"![{name}]({png})\n" for png in plots(out, name, s, th, m))]


def plots(out: Path, name: str, s: evaluate.Scored, th: Thresholds, m: dict[str, object]) -> list[str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed: skipping plots (pip install -e '.[train]')", file=sys.stderr)
        return []
    y = np.asarray([r.label for r in s.rows])
    made = []
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.5))
    for scores, label in ((s.fused(th), "cascade"), (s.l1, "L1"), (s.l0, "L0")):
        fpr, tpr = _roc(scores, y)
        axes[0].plot(fpr, tpr, label=f"{label} (AUC {evaluate.auc(scores, y):.3f})")
        prec, rec = _pr(scores, y)
        axes[1].plot(rec, prec, label=label)
    axes[0].set(
        xscale="log", xlim=(1e-3, 1), xlabel="benign false-positive rate", ylabel="attack TPR", title="ROC"
    )
    axes[0].legend()
    axes[1].set(xlabel="recall", ylabel="precision", title="PR")
    axes[1].legend()
    fam = m.get("per_family")
    if isinstance(fam, dict):
        names = [k for k, v in fam.items() if "tpr" in v]
        axes[2].barh(names, [fam[k]["tpr"] for k in names])
        axes[2].set(xlim=(0, 1), title="TPR per family (cascade)")
    fig.tight_layout()
    path = out / f"{name}_curves.png"
    fig.savefig(path, dpi=90)
    plt.close(fig)
    made.append(path.name)
    return made


def _roc(scores: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(-scores)
    ys = y[order]
    tpr = np.cumsum(ys) / max(1, ys.sum())
    fpr = np.cumsum(1 - ys) / max(1, (1 - ys).sum())
    return fpr, tpr


def _pr(scores: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(-scores)
    ys = y[order]
    tp = np.cumsum(ys)
    return tp / np.arange(1, len(ys) + 1), tp / max(1, ys.sum())


def run_report(dataset: Path, extra: Sequence[Path], models: Path, out: Path, *, limit: int | None) -> None:
    m = Models.load(models)
    th = Thresholds.from_models(m)
    out.mkdir(parents=True, exist_ok=True)
    sets: list[tuple[str, list[Example]]] = []
    if dataset.exists():
        sets.append(("test", [r for r in load(dataset) if r.split == "test"][: limit or None]))
    for p in extra:
        sets.append((p.stem, load_extra(p)[: limit or None]))
    if not sets:
        raise SystemExit(
            f"nothing to evaluate: {dataset} does not exist (run `guardproxy train data`) and no --data given"
        )
    doc = [f"# guardproxy evaluation (models {m.manifest.version})", ""]
    for name, rows in sets:
        scored = evaluate.score_rows(m, rows, f"scoring {name}", gate=th.l0_pass)
        result = evaluate.metrics(scored, th)
        result["fast_gate"] = evaluate.fast_gate_metrics(scored, th)
        doc += section(out, name, scored, th, result)
    (out / "REPORT.md").write_text("\n".join(doc))
    print(json.dumps({"report": str(out / "REPORT.md")}))
