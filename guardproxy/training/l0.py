"""L0 bouncer: a fastText-style bag of hashed words and word bigrams over token windows.

One score per window; a text's score is the max over the windows of all its views (raw,
normalised, decoded: what the cascade scores), trained that way too, multiple-instance
style. So an attack buried in a long harmless document still scores as an attack, and an
encoded one learns from its decoded view. The whole model, bigram hashing included, is
exported as one small ONNX graph.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from guardproxy.detect.windows import BIGRAM_BUCKETS, BIGRAM_MULT, L0_BUCKETS, L0_STRIDE, L0_WINDOW, windows
from guardproxy.training.pipeline import export_onnx


class BagModel(nn.Module):
    def __init__(self, dim: int = 32, hidden: int = 32) -> None:
        super().__init__()
        # sparse: a batch touches a few thousand of the 131k rows; dense Adam would update all
        self.uni = nn.Embedding(L0_BUCKETS, dim, sparse=True)
        self.bi = nn.Embedding(BIGRAM_BUCKETS, dim, sparse=True)
        self.head = nn.Sequential(nn.Linear(2 * dim, hidden), nn.ReLU(), nn.Linear(hidden, 1))
        nn.init.normal_(self.uni.weight, std=0.05)
        nn.init.normal_(self.bi.weight, std=0.05)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """ids, mask: [windows, tokens] -> one logit per window."""
        m = mask.unsqueeze(-1)
        uni = (self.uni(ids) * m).sum(1) / m.sum(1).clamp(min=1.0)
        bids = torch.remainder(ids[:, :-1] * BIGRAM_MULT + ids[:, 1:], BIGRAM_BUCKETS)
        bm = (mask[:, :-1] * mask[:, 1:]).unsqueeze(-1)
        bi = (self.bi(bids) * bm).sum(1) / bm.sum(1).clamp(min=1.0)
        out: torch.Tensor = self.head(torch.cat([uni, bi], dim=-1)).squeeze(-1)
        return out


Views = Sequence[Sequence[int]]  # one token list per view of a text


def _batch(examples: Sequence[Views]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Window every view of every example; returns ids, mask and the example of each window."""
    wins: list[list[int]] = []
    owner: list[int] = []
    for i, views in enumerate(examples):
        for toks in views or [[]]:
            for w in windows(list(toks), L0_WINDOW, L0_STRIDE):
                wins.append(w)
                owner.append(i)
    width = max(len(w) for w in wins)
    ids = np.zeros((len(wins), width), dtype=np.int64)
    mask = np.zeros((len(wins), width), dtype=np.float32)
    for j, w in enumerate(wins):
        ids[j, : len(w)] = w
        mask[j, : len(w)] = 1.0
    return torch.from_numpy(ids), torch.from_numpy(mask), torch.tensor(owner)


def _max_per_example(logits: torch.Tensor, owner: torch.Tensor, n: int) -> torch.Tensor:
    out = torch.full((n,), -1e4)
    return out.scatter_reduce(0, owner, logits, reduce="amax", include_self=True)


def train(
    tokens: Sequence[Views],
    labels: Sequence[int],
    *,
    epochs: int = 6,
    batch: int = 64,
    lr: float = 3e-3,
    seed: int = 0,
    attack_weight: float = 3.0,
    dim: int = 32,
    log: bool = True,
) -> BagModel:
    torch.manual_seed(seed)
    # tiny ops: more threads only add contention
    torch.set_num_threads(1)
    rng = random.Random(seed)
    model = BagModel(dim=dim)
    sparse = [model.uni.weight, model.bi.weight]
    # Adagrad on sparse rows is the classic fastText-style choice and far cheaper than SparseAdam.
    opts = [torch.optim.Adagrad(sparse, lr=0.1), torch.optim.Adam(model.head.parameters(), lr=lr)]
    order = list(range(len(tokens)))
    y_all = torch.tensor(labels, dtype=torch.float32)
    # Our sparse gradients come from nn.Embedding itself, so they are valid by construction;
    # saying so explicitly also silences torch's warning about the unchecked default.
    with torch.sparse.check_sparse_tensor_invariants(enable=False):  # type: ignore[no-untyped-call]
        _epochs(
            model,
            opts,
            tokens,
            y_all,
            order,
            rng,
            epochs=epochs,
            batch=batch,
            attack_weight=attack_weight,
            log=log,
        )
    return model


def _epochs(
    model: BagModel,
    opts: list[torch.optim.Optimizer],
    tokens: Sequence[Views],
    y_all: torch.Tensor,
    order: list[int],
    rng: random.Random,
    *,
    epochs: int,
    batch: int,
    attack_weight: float,
    log: bool,
) -> None:
    for epoch in range(epochs):
        rng.shuffle(order)
        total = 0.0
        for start in range(0, len(order), batch):
            idx = order[start : start + batch]
            ids, mask, owner = _batch([tokens[i] for i in idx])
            logits = _max_per_example(model(ids, mask), owner, len(idx))
            y = y_all[idx]
            # L0 is a gate: an attack let through at L0 is never seen again, while a benign
            # text let up only costs an L1 run. So its misses on attacks weigh more.
            w = torch.where(y > 0, torch.full_like(y, attack_weight), torch.ones_like(y))
            loss = nn.functional.binary_cross_entropy_with_logits(logits, y, weight=w)
            for opt in opts:
                opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            for opt in opts:
                opt.step()
            total += float(loss.detach()) * len(idx)
        if log:
            print(f"L0 epoch {epoch + 1}/{epochs} loss {total / len(order):.4f}", flush=True)


@torch.no_grad()
def score(model: BagModel, tokens: Sequence[Views], batch: int = 256) -> np.ndarray:
    model.eval()
    out: list[float] = []
    for start in range(0, len(tokens), batch):
        chunk = tokens[start : start + batch]
        ids, mask, owner = _batch(chunk)
        logits = _max_per_example(model(ids, mask), owner, len(chunk))
        out.extend(1.0 / (1.0 + math.exp(-float(v))) for v in logits)
    return np.asarray(out)


def export(model: BagModel, path: Path) -> None:
    model.eval()
    ids = torch.zeros((2, 8), dtype=torch.int64)
    mask = torch.ones((2, 8), dtype=torch.float32)
    export_onnx(model, {"ids": ids, "mask": mask}, path, ("windows", "tokens"))
