"""guardproxy's cascade and metatronnanoguard side by side on a sample of the test split.

    python -m benchmarks.compare_peer [--n 400] [--dataset .work/build/dataset.csv]

Both see the same rows (stratified: half benign, half attacks, fixed seed). guardproxy's
verdict is the cascade's (rules, L0, L1 at the shipped thresholds); the peer's is its own
default. The peer runs in its venv (`make bench-peers`).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import time
from collections import defaultdict
from pathlib import Path

from guardproxy.config import REPO_ROOT
from guardproxy.detect.cascade import Cascade
from guardproxy.detect.onnx import Models
from guardproxy.detect.registry import default_detectors
from guardproxy.training.pipeline import Example, load

PEER_PY = REPO_ROOT / "benchmarks" / ".work" / "peers" / "bin" / "python"


def sample(rows: list[Example], n: int, seed: int) -> list[Example]:
    rng = random.Random(seed)
    benign = [r for r in rows if r.label == 0]
    attacks = [r for r in rows if r.label == 1]
    return rng.sample(benign, min(n // 2, len(benign))) + rng.sample(attacks, min(n // 2, len(attacks)))


def ours(rows: list[Example], models: Path) -> tuple[list[bool], float]:
    cascade = Cascade(default_detectors(), Models.load(models), cache_size=0)
    t = time.perf_counter()
    pred = [cascade.scan(r.text).attack for r in rows]
    return pred, (time.perf_counter() - t) * 1000 / max(1, len(rows))


def peer(rows: list[Example]) -> tuple[list[bool], float]:
    t = time.perf_counter()
    # nanoguard truncates at 512 tokens itself; the text goes as it is
    out = subprocess.run(
        [str(PEER_PY), str(REPO_ROOT / "benchmarks" / "peer_detect.py")],
        input=json.dumps([r.text for r in rows]),
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(out.stdout.strip().splitlines()[-1])
    return [bool(s[0]) for s in scores], (time.perf_counter() - t) * 1000 / max(1, len(rows))


def table(rows: list[Example], preds: dict[str, list[bool]]) -> list[str]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups["all benign (FPR)" if r.label == 0 else "all attacks (TPR)"].append(i)
        groups[("benign " if r.label == 0 else "attack ") + r.family].append(i)
        if r.hard_negative:
            groups["hard negatives (FPR)"].append(i)
    names = list(preds)
    lines = ["| group | n | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for g in sorted(groups, key=lambda k: (not k.startswith("all"), k)):
        idx = groups[g]
        cells = [f"{sum(preds[name][i] for i in idx) / len(idx):.3f}" for name in names]
        lines.append(f"| {g} | {len(idx)} | " + " | ".join(cells) + " |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dataset", type=Path, default=REPO_ROOT / ".work" / "build" / "dataset.csv")
    ap.add_argument("--models", type=Path, default=REPO_ROOT / "models")
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "eval" / "peer.md")
    args = ap.parse_args()
    rows = sample([r for r in load(args.dataset) if r.split == "test"], args.n, args.seed)
    ours_pred, ours_ms = ours(rows, args.models)
    if not PEER_PY.exists():
        raise SystemExit(f"peer venv missing ({PEER_PY}): run `make bench-peers` first")
    peer_pred, peer_ms = peer(rows)
    doc = [
        "# guardproxy vs metatronnanoguard on a test-split sample",
        "",
        f"{len(rows)} rows of the held-out test split (seed {args.seed}), `python -m benchmarks.compare_peer`.",
        "Rate = share judged attack (TPR for attack rows, FPR for benign rows).",
        "",
        *table(rows, {"guardproxy": ours_pred, "metatronnanoguard": peer_pred}),
        "",
        f"Mean ms per prompt on this machine: guardproxy {ours_ms:.1f}, metatronnanoguard {peer_ms:.1f}.",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(doc) + "\n")
    print("\n".join(doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
