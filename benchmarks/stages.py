"""Per-stage latency of the detection cascade, run in-process with the cache off.

Stage times come from Verdict.timings_ms. For the length sweep the L0 gate is set to pass
nothing, so every text pays for every stage (on real traffic most benign text exits at L0;
``exit_shares`` measures how much). The model stages are also timed on their own, so a
fault in the cascade's wiring still leaves model numbers, and INT8 meets FP32 there.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks import prompts
from benchmarks.loadgen import quantiles
from guardproxy.config import REPO_ROOT, ScreeningSettings
from guardproxy.detect.cascade import Cascade, Thresholds
from guardproxy.detect.normalise import fold
from guardproxy.detect.onnx import Models
from guardproxy.detect.registry import default_detectors
from guardproxy.errors import ModelError

LENGTHS = (16, 128, 512, 2048)
STAGES = ("normalise", "rules", "pii", "L0", "L1")
FP32_FILE = "l1.fp32.onnx"
INT8_FILE = "l1.int8.onnx"


def load_models(folder: Path, l1_file: str = INT8_FILE) -> tuple[Models | None, str]:
    """The verified models, or None and why not."""
    if not (folder / l1_file).exists():
        return None, f"{folder / l1_file} not present"
    try:
        return Models.load(folder, l1_file=l1_file), ""
    except ModelError as e:
        return None, str(e)


def _repeat(fn: Callable[[], object], budget_s: float, max_reps: int) -> int:
    """Run ``fn`` until the time budget or the rep cap, at least 3 times; returns the count."""
    start = time.perf_counter()
    n = 0
    while n < 3 or (n < max_reps and time.perf_counter() - start < budget_s):
        fn()
        n += 1
    return n


def _timed(fn: Callable[[], object], budget_s: float, max_reps: int) -> dict[str, float]:
    samples: list[float] = []

    def once() -> None:
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)

    _repeat(once, budget_s, max_reps)
    return quantiles(samples)


def token_counter(models: Models | None) -> Callable[[str], int]:
    if models is None:
        return prompts.approx_tokens
    return lambda text: len(models.tokens(text))


def texts_by_length(models: Models | None, lengths: tuple[int, ...] = LENGTHS) -> dict[int, str]:
    count = token_counter(models)
    return {n: prompts.sized_text(n, count) for n in lengths}


def length_sweep(cascade: Cascade, texts: dict[int, str], budget_s: float, max_reps: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n, text in texts.items():
        samples: dict[str, list[float]] = {"total": []}

        def once(text: str = text, samples: dict[str, list[float]] = samples) -> None:
            t0 = time.perf_counter()
            v = cascade.scan(text)
            samples["total"].append((time.perf_counter() - t0) * 1000)
            for stage, ms in v.timings_ms.items():
                samples.setdefault(stage, []).append(ms)

        reps = _repeat(once, budget_s, max_reps)
        out[str(n)] = {"reps": reps, "stages_ms": {s: quantiles(v) for s, v in samples.items()}}
    return out


def model_stages(folder: Path, texts: dict[int, str], budget_s: float, max_reps: int) -> dict[str, Any]:
    """L0 and L1 called directly (INT8 and FP32 L1), on the sweep's texts."""
    result: dict[str, Any] = {}
    # training leaves the FP32 export in .work (it is 90 MB and never ships)
    fp32 = FP32_FILE if (folder / FP32_FILE).exists() else str(REPO_ROOT / ".work" / FP32_FILE)
    for label, file in (("int8", INT8_FILE), ("fp32", fp32)):
        models, why = load_models(folder, file)
        if models is None or models.l1 is None:
            result[label] = {"available": False, "reason": why or f"{file} not loaded"}
            continue
        per_len: dict[str, Any] = {}
        for n, text in texts.items():
            per_len[str(n)] = {
                "L1": _timed(partial(models.l1_predict, [models.tokens(text)]), budget_s, max_reps)
            }
            if label == "int8":  # the same L0 file is loaded both times
                per_len[str(n)]["L0"] = _timed(partial(models.l0_score, fold(text)), budget_s, max_reps)
        size = (folder / file).stat().st_size / 2**20
        result[label] = {"available": True, "file": Path(file).name, "size_mb": size, "ms": per_len}
    return result


def exit_shares(cascade: Cascade, n: int) -> dict[str, Any]:
    """Which stage decided, on benign and mixed traffic, with the shipped thresholds."""
    out: dict[str, Any] = {}
    for name, texts in (("benign", prompts.benign_set(n)), ("mixed", prompts.mixed_set(n))):
        verdicts = [cascade.scan(t) for t in texts]
        stages = Counter(v.stage for v in verdicts)
        out[name] = {
            "n": len(texts),
            "stage_share": {k: c / len(texts) for k, c in sorted(stages.items())},
            "attack_share": sum(v.attack for v in verdicts) / len(texts),
        }
    return out


def _guarded(fn: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """A failing section is reported with its error; the rest of the run goes on."""
    try:
        return fn()
    except Exception as e:  # any fault in the code under test is a result, not a crash
        return {"error": f"{type(e).__name__}: {e}"[:300]}


def run(
    folder: Path, texts: dict[int, str], *, budget_s: float, max_reps: int, exit_n: int
) -> dict[str, Any]:
    """Every stage measurement; ``texts`` come from ``texts_by_length`` so peers see the same."""
    models, why = load_models(folder)
    dets = default_detectors(ScreeningSettings().rules_file)
    base = Thresholds.from_models(models)
    forced = Cascade(dets, models, thresholds=Thresholds(0.0, base.block, base.flag), cache_size=0)
    shipped = Cascade(dets, models, cache_size=0)
    out: dict[str, Any] = {
        "models_dir": str(folder),
        "models": {"available": models is not None, "reason": why},
        "tokens": {str(n): token_counter(models)(t) for n, t in texts.items()},
        "lengths": _guarded(lambda: length_sweep(forced, texts, budget_s, max_reps)),
        "exit_shares": _guarded(lambda: exit_shares(shipped, exit_n)),
    }
    if models is not None and ("error" in out["lengths"] or "error" in out["exit_shares"]):
        # The model stages failed inside the cascade: keep the cheap stages' numbers.
        out["lengths_without_models"] = _guarded(
            lambda: length_sweep(Cascade(dets, None, cache_size=0), texts, budget_s, max_reps)
        )
    if models is not None:
        out["models"]["version"] = models.manifest.version
        out["model_stages"] = _guarded(lambda: model_stages(folder, texts, budget_s, max_reps))
    return out
