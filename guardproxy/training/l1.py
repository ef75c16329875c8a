"""L1: MiniLM-L6 fine-tuned on token windows, exported to ONNX and quantised to INT8.

Each text is first replaced by the normalised or decoded view the runtime would find most
suspicious (the cascade scores every view and keeps the max), so an encoded attack trains
on its decoded payload, not on base64 noise. Long texts are cut into the same windows the
runtime uses. A benign text contributes a random window (every window of it is benign); an
attack contributes the window L0 finds most suspicious, since the label belongs to the
payload, not to the padding around it.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch

from guardproxy.detect.cascade import Thresholds, escalate, foreign_weight, model_texts
from guardproxy.detect.normalise import variants
from guardproxy.detect.onnx import CLS_ID, FAMILIES, SEP_ID, Models
from guardproxy.detect.windows import L1_STRIDE, L1_WINDOW, windows
from guardproxy.training.pipeline import Example, base_model_dir, encode_all, export_onnx
from guardproxy.training.recover import recover
from guardproxy.training.sources import PLANTED_IN_FILE, REAL_FILE

# the families a padded copy is made of (an encoded attack's payload is decoded first)
PADDED_FAMILIES = frozenset({"PI", "JB", "IPI", "HARM"})


def worst_view(models: Models, text: str) -> str:
    """The view of a text the runtime scores highest at L0 (the raw text when it has one)."""
    views = model_texts(variants(text)) or [text]
    return views[int(np.argmax(models.l0_scores(views)))]


def pick_windows(
    models: Models, examples: Sequence[Example], tokens: Sequence[list[int]], seed: int
) -> list[list[int]]:
    rng = random.Random(seed)
    out: list[list[int]] = []
    for ex, toks in zip(examples, tokens, strict=True):
        wins = windows(toks, L1_WINDOW, L1_STRIDE) or [[]]
        if len(wins) == 1:
            out.append(wins[0])
        elif ex.label == 0:
            out.append(rng.choice(wins))
        else:
            # L0 reads words, L1 WordPiece: score each window's decoded text with L0.
            out.append(max(wins, key=lambda w: models.l0_score(models.tokenizer.decode(w))))
    return out


def family_index(e: Example) -> int:
    if e.label == 0:
        return 0
    return FAMILIES.index(e.family) if e.family in FAMILIES[1:] else FAMILIES.index("PI")


def sample(
    examples: list[Example], budget: int, seed: int, authored_repeat: int = 2, file_repeat: int = 3
) -> list[Example]:
    """Keep every authored row (repeated: they are the realistic minority the package sets
    drown out) and every real-file piece (repeated more: a benign one gives a random one of its
    many windows each time); fill the rest of the budget evenly across sources."""
    rng = random.Random(seed)
    authored = [e for e in examples if e.source.startswith("authored/")]
    files = [e for e in examples if _real_file(e)]
    keep = authored * authored_repeat + files * file_repeat
    rest = [e for e in examples if not e.source.startswith("authored/") and not _real_file(e)]
    rng.shuffle(rest)
    return keep + rest[: max(0, budget - len(keep))]


def _real_file(e: Example) -> bool:
    return e.category.startswith((REAL_FILE, PLANTED_IN_FILE))


def padded_copies(examples: Sequence[Example], share: float, seed: int) -> list[Example]:
    """Training-only copies of a ``share`` of the short attacks with a run of 30-90 words of a
    benign text before or after them, so the attack shares its L1 window with harmless text
    (the issue's padding target: a padded attack kept a high probability but lost the logit
    the block threshold asks for). Each comes with a benign text padded the same way, so
    that a join of two texts is no cue by itself."""
    if share <= 0:
        return []  # the default: no word-splitting pass over the whole train split
    rng = random.Random(f"pad:{seed}")
    benign = [e for e in examples if e.label == 0 and len(e.text.split()) >= 30]
    short = [e for e in examples if e.label == 1 and len(e.text) < 600 and e.family in PADDED_FAMILIES]
    if not benign:
        return []

    def pad() -> str:
        words = rng.choice(benign).text.split()
        n = min(len(words), rng.randint(30, 90))
        start = rng.randint(0, len(words) - n)
        return " ".join(words[start : start + n])

    def join(text: str) -> str:
        return f"{text}\n\n{pad()}" if rng.random() < 0.5 else f"{pad()}\n\n{text}"

    out: list[Example] = []
    for e in rng.sample(short, int(len(short) * share)):
        out.append(replace(e, text=join(e.text), category="padded_train"))
        twin = rng.choice(benign)
        out.append(replace(twin, text=join(twin.text), category="padded_train"))
    return out


def finetune(
    windows_: Sequence[list[int]],
    labels: Sequence[int],
    *,
    epochs: float = 1.0,
    batch: int = 32,
    lr: float = 5e-5,
    seed: int = 0,
    threads: int = 2,
    max_steps: int | None = None,
    init: Path | None = None,
) -> torch.nn.Module:
    """Fine-tune from the MiniLM base, or from ``init`` (a saved L1, to train it further)."""
    from transformers import AutoModelForSequenceClassification

    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    model = AutoModelForSequenceClassification.from_pretrained(
        str(init or base_model_dir()), num_labels=len(FAMILIES)
    )
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    # Length-bucketed batches: most prompts are short, padding them to 128 wastes CPU.
    idx = list(range(len(windows_)))
    rng = random.Random(seed)
    rng.shuffle(idx)
    buckets = [
        sorted(idx[i : i + batch * 50], key=lambda j: len(windows_[j]))
        for i in range(0, len(idx), batch * 50)
    ]
    batches = [b[i : i + batch] for b in buckets for i in range(0, len(b), batch)]
    rng.shuffle(batches)
    total = int(len(batches) * epochs)
    if max_steps is not None:
        total = min(total, max_steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, total // 10)) * max(0.0, 1 - s / max(1, total))
    )
    t0 = time.time()
    for step in range(total):
        b = batches[step % len(batches)]
        seqs = [[CLS_ID, *windows_[j], SEP_ID] for j in b]
        width = max(len(s) for s in seqs)
        ids = torch.zeros((len(b), width), dtype=torch.long)
        mask = torch.zeros((len(b), width), dtype=torch.long)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = torch.tensor(s)
            mask[i, : len(s)] = 1
        y = torch.tensor([labels[j] for j in b])
        out = model(input_ids=ids, attention_mask=mask, labels=y)
        opt.zero_grad()
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        if step % 20 == 0 or step == total - 1:
            rate = (step + 1) / (time.time() - t0)
            print(f"L1 step {step + 1}/{total} loss {out.loss.item():.4f} ({rate:.2f} steps/s)", flush=True)
    model.eval()
    trained: torch.nn.Module = model
    return trained


def export(model: torch.nn.Module, folder: Path) -> tuple[Path, Path]:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    fp32 = folder / "l1.fp32.onnx"
    int8 = folder / "l1.int8.onnx"
    ids = torch.tensor([[CLS_ID, 2000, 2001, SEP_ID]])
    mask = torch.ones_like(ids)
    export_onnx(model, {"input_ids": ids, "attention_mask": mask}, fp32, ("batch", "seq"))
    # per_channel keeps INT8 in agreement with FP32 on realistic text (per-tensor did not).
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    return fp32, int8


def train_l1(
    train: list[Example],
    models_dir: Path,
    *,
    budget: int = 40_000,
    epochs: float = 2.0,
    max_steps: int | None = None,
    seed: int = 0,
    lr: float = 5e-5,
    init: Path | None = None,
    pad_share: float = 0.0,
) -> dict[str, object]:
    models = Models.load(models_dir, l1=False, verify=False)
    chosen = sample(train, budget, seed)
    chosen += padded_copies(chosen, pad_share, seed)
    toks = encode_all(models.tokenizer, [worst_view(models, e.text) for e in chosen])
    wins = pick_windows(models, chosen, toks, seed)
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        if init is not None and init.suffix == ".onnx":
            # a shipped INT8 file, when the torch weights of its run are gone
            init = recover(init, base_model_dir(), Path(tmp) / "l1.torch", len(FAMILIES))
        model = finetune(
            wins,
            [family_index(e) for e in chosen],
            epochs=epochs,
            max_steps=max_steps,
            seed=seed,
            lr=lr,
            init=init,
        )
    # the torch weights too (ignored by git, never shipped): a later run can start from them
    model.save_pretrained(str(models_dir / "l1.torch"))  # type: ignore[operator]
    export(model, models_dir)
    info: dict[str, object] = {"train_rows": len(chosen), "train_seconds": round(time.time() - t0, 1)}
    print(json.dumps(info), flush=True)
    return info


def agreement(models_dir: Path, texts: Sequence[str], th: Thresholds) -> float:
    """Share of texts where INT8 and FP32 agree on the block decision, each text scored as the
    cascade scores it: L0 over all its views, L1 on the views L0 could not clear (the raw text
    when it clears them all, so every text compares the two L1s), the other-language terms."""
    fp = Models.load(models_dir, l1_file="l1.fp32.onnx", verify=False)
    q = Models.load(models_dir, verify=False)
    same = 0
    for text in texts:
        views = model_texts(variants(text)) or [""]
        per_view = q.l0_scores(views)
        toks = [q.tokens(v) for v in escalate(views, per_view, th.l0_pass)]
        f = foreign_weight(views)
        a, b = (th.fuse(max(per_view), max(p for p, _ in m.l1_predict(toks)), f) >= th.block for m in (fp, q))
        same += a == b
    return same / len(texts) if texts else 1.0
