"""`guardproxy train data|l0|l1|all` and `guardproxy eval`: the whole model pipeline, reproducible.

Needs the `train` extra (torch, transformers, onnx). `--smoke` runs each step on a few
hundred rows and one optimiser step, which is what CI exercises.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from dataclasses import asdict, replace
from pathlib import Path

from guardproxy.config import REPO_ROOT

WORK = REPO_ROOT / ".work"


def train_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "step",
        choices=["data", "l0", "l1", "calibrate", "all"],
        help="which step; all = data, l0, l1, then calibrate (thresholds, test metrics, manifest)",
    )
    p.add_argument("--dataset", type=Path, default=WORK / "build" / "dataset.csv", help="the built CSV")
    p.add_argument("--wheels", type=Path, default=WORK / "wheels", help="cache of pinned data wheels")
    p.add_argument("--models", type=Path, default=REPO_ROOT / "models", help="output models folder")
    p.add_argument(
        "--review-csv",
        type=Path,
        action="append",
        default=[],
        help="extra rows from `guardproxy review export`",
    )
    p.add_argument(
        "--l1-budget",
        type=int,
        default=40_000,
        help="training rows for L1, authored rows counted twice (default: the whole train split)",
    )
    p.add_argument(
        "--l1-epochs",
        type=float,
        default=2.0,
        help="epochs over the train split (~25 min each on 2 cores); the shipped models: 2, then 1 and 1 more with --l1-init",
    )
    p.add_argument("--l1-lr", type=float, default=5e-5, help="peak learning rate of L1 fine-tuning")
    p.add_argument(
        "--l1-init",
        type=Path,
        default=None,
        help="start L1 from these saved weights instead of the MiniLM base: a previous run's l1.torch, "
        "or an l1.int8.onnx (its weights dequantised) when the torch weights are gone",
    )
    p.add_argument(
        "--l1-pad-share",
        type=_share,
        default=0.0,
        help="add padded copies of this share of the short attacks (and as many padded benign texts)",
    )
    p.add_argument("--l0-epochs", type=int, default=5)
    p.add_argument("--smoke", action="store_true", help="tiny run: a few hundred rows, one step")
    p.add_argument(
        "--sources", default=None, help="comma-separated source names (default: all); see training/sources.py"
    )
    p.add_argument("--version", default=None, help="model version for the manifest (default: date)")


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not a share between 0 and 1")
    return value


def train_run(args: argparse.Namespace) -> int:
    from guardproxy.training import data, pipeline

    limit = 400 if args.smoke else None
    if args.step in ("data", "all"):
        sources = args.sources.split(",") if args.sources else None
        summary = data.build(
            args.dataset, args.wheels, sources=sources, review_csv=args.review_csv, limit=limit
        )
        print(
            json.dumps({"dataset": str(args.dataset), "rows": summary["rows"], "sha256": summary["sha256"]})
        )
    if args.step in ("l0", "all"):
        pipeline.copy_tokenizer(args.models)
        pipeline.train_l0(args.dataset, args.models, epochs=1 if args.smoke else args.l0_epochs, limit=limit)
    if args.step in ("l1", "all"):
        from guardproxy.training.l1 import train_l1

        rows = [r for r in pipeline.load(args.dataset) if r.split == "train"]
        train_l1(
            rows,
            args.models,
            budget=200 if args.smoke else args.l1_budget,
            epochs=args.l1_epochs,
            max_steps=1 if args.smoke else None,
            lr=args.l1_lr,
            init=args.l1_init,
            pad_share=args.l1_pad_share,
        )
    if args.step in ("calibrate", "all"):
        finalize(
            args.dataset,
            args.models,
            version=args.version,
            limit=limit,
            report_dir=None if args.smoke else REPO_ROOT / "docs" / "eval",
        )
    return 0


def finalize(
    dataset: Path,
    models: Path,
    *,
    version: str | None,
    limit: int | None = None,
    report_dir: Path | None = None,
) -> dict[str, object]:
    """Calibrate on validation, evaluate on test, write the manifest (and the report).

    The FP32 export is moved out of models/: only INT8 ships.
    """
    from guardproxy.detect.manifest import file_sha256
    from guardproxy.detect.onnx import Models
    from guardproxy.training import evaluate, pipeline, report
    from guardproxy.training.l1 import agreement

    rows = pipeline.load(dataset)
    val = [r for r in rows if r.split == "val"][: limit or None]
    test = [r for r in rows if r.split == "test"][: limit or None]
    # a smoke run keeps its leftovers in its own folder, not in the repo's .work
    work = WORK if limit is None else models / ".smoke"
    m = Models.load(models, verify=False)
    key = evaluate.scoring_key(models)
    th, val_scored = evaluate.calibrate(m, val, cache=work / "eval" / "val_scores.npz", key=key)
    th = replace(th, l0_pass_fast=evaluate.fast_gate(val_scored, th))
    scored = evaluate.cached_scores(
        m, test, "evaluating on test", th.l0_pass, work / "eval" / "test_scores.npz", key
    )
    result = evaluate.metrics(scored, th)
    result["fast_gate"] = evaluate.fast_gate_metrics(scored, th)
    fp32 = models / "l1.fp32.onnx"
    if fp32.exists():
        sample = [r.text for r in test[:300]]
        result["int8_fp32_agreement"] = agreement(models, sample, th)
        # FP32 is 90 MB: kept beside the repo (ignored) for the INT8-vs-FP32 benchmark only
        keep = work / "l1.fp32.onnx"
        keep.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(fp32), keep)
    torch_dir = models / "l1.torch"
    if torch_dir.exists():
        keep_dir = work / "l1.torch"
        shutil.rmtree(keep_dir, ignore_errors=True)
        shutil.move(str(torch_dir), keep_dir)
    thresholds = asdict(th)
    version = version or time.strftime("%Y.%m.%d")
    summary: dict[str, object] = {
        k: result[k]
        for k in ("tpr", "fpr", "hard_negative_fpr", "benign_exit_l0", "attack_exit_l0", "auc_cascade")
        if k in result
    }
    pipeline.write_manifest(
        models, version=version, data_sha=file_sha256(dataset), thresholds=thresholds, metrics=summary
    )
    evaluate.write_json(work / "eval" / "test_metrics.json", result)
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
        doc = [
            f"# guardproxy evaluation (models {version})",
            "",
            *report.section(report_dir, "test", scored, th, result),
        ]
        (report_dir / "REPORT.md").write_text("\n".join(doc))
    print(json.dumps({"thresholds": thresholds, **summary}, indent=2, default=float))
    return result


def eval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data", type=Path, action="append", default=[], help="extra CSV(s) with text,label[,family,...]"
    )
    p.add_argument(
        "--dataset",
        type=Path,
        default=WORK / "build" / "dataset.csv",
        help="built CSV (its test split is used)",
    )
    p.add_argument("--models", type=Path, default=REPO_ROOT / "models")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "eval")
    p.add_argument("--limit", type=int, default=None, help="evaluate only the first N rows of each set")


def eval_run(args: argparse.Namespace) -> int:
    from guardproxy.training.report import run_report

    run_report(args.dataset, args.data, args.models, args.out, limit=args.limit)
    return 0
