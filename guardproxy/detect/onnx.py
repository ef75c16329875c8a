"""ONNX runtime for the two model stages. One InferenceSession per model, shared by all threads.

Both stages score every token window of a text and return the max, so long prompts are
never truncated: an attack buried on page nine still scores.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from guardproxy.detect.manifest import Manifest, load_manifest
from guardproxy.detect.windows import L0_STRIDE, L0_WINDOW, L1_STRIDE, L1_WINDOW, l0_tokens, windows
from guardproxy.errors import ModelError

CLS_ID = 101
SEP_ID = 102
# A window budget per text keeps a 4 MiB body from costing minutes; past it we keep the
# first and last windows and an even spread between (attacks hide at both ends).
MAX_L1_WINDOWS = 48
MAX_L0_WINDOWS = 256
# L1 output classes, in head order.
FAMILIES = ("BENIGN", "PI", "JB", "ENC", "IPI", "HARM")


def _session(path: Path, threads: int) -> ort.InferenceSession:
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    providers = ["CPUExecutionProvider"]
    if os.environ.get("GUARDPROXY_CUDA") == "1" and "CUDAExecutionProvider" in ort.get_available_providers():
        providers.insert(0, "CUDAExecutionProvider")
    try:
        return ort.InferenceSession(str(path), opts, providers=providers)
    except Exception as e:  # onnxruntime raises its own untyped errors
        raise ModelError(f"cannot load model {path}: {e}") from e


def _spread(items: list[list[int]], limit: int) -> list[list[int]]:
    if len(items) <= limit:
        return items
    idx = np.linspace(0, len(items) - 1, limit).round().astype(int)
    return [items[i] for i in sorted(set(idx.tolist()))]


def _pack(wins: Sequence[Sequence[int]], pad: int = 0) -> tuple[np.ndarray, np.ndarray]:
    width = max(1, max(len(w) for w in wins))
    ids = np.full((len(wins), width), pad, dtype=np.int64)
    mask = np.zeros((len(wins), width), dtype=np.int64)
    for i, w in enumerate(wins):
        ids[i, : len(w)] = w
        mask[i, : len(w)] = 1
    return ids, mask


def _sigmoid(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return out


@dataclass
class Models:
    """Everything loaded from one verified models folder."""

    manifest: Manifest
    tokenizer: Tokenizer
    l0: ort.InferenceSession | None
    l1: ort.InferenceSession | None

    @classmethod
    def load(
        cls,
        folder: Path,
        *,
        threads: int = 1,
        l1: bool = True,
        l1_file: str = "l1.int8.onnx",
        verify: bool = True,
    ) -> Models:
        """Verify the manifest (sha256 of every file) before creating any session.

        ``verify=False`` is for the training pipeline, which calibrates before the
        manifest exists.
        """
        manifest = load_manifest(folder) if verify else Manifest(version="unverified", files={})
        tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tok.no_truncation()
        tok.no_padding()
        l0 = _session(folder / "l0.onnx", threads) if (folder / "l0.onnx").exists() else None
        l1s = _session(folder / l1_file, threads) if l1 and (folder / l1_file).exists() else None
        return cls(manifest, tok, l0, l1s)

    def tokens(self, text: str) -> list[int]:
        ids: list[int] = self.tokenizer.encode(text, add_special_tokens=False).ids
        return ids

    def l0_score(self, folded: str) -> float:
        """Attack score of a folded text: max over its word windows."""
        return self.l0_scores([folded])[0]

    def l0_scores(self, folded: Sequence[str]) -> list[float]:
        """l0_score of each text, all windows of all texts in one session run."""
        wins: list[list[int]] = []
        owner: list[int] = []
        for i, text in enumerate(folded):
            tokens = l0_tokens(text)
            if tokens:
                own = _spread(windows(tokens, L0_WINDOW, L0_STRIDE), MAX_L0_WINDOWS)
                wins.extend(own)
                owner.extend([i] * len(own))
        out = [0.0] * len(folded)
        if self.l0 is None or not wins:
            return out
        ids, mask = _pack(wins)
        logits = self.l0.run(None, {"ids": ids, "mask": mask.astype(np.float32)})[0].reshape(-1)
        best = np.full(len(folded), -np.inf)
        np.maximum.at(best, np.asarray(owner), logits)
        return [float(_sigmoid(np.asarray(b))) if np.isfinite(b) else 0.0 for b in best]

    def l1_predict(self, token_lists: Sequence[list[int]]) -> list[tuple[float, str]]:
        """(attack probability, family) per text: max over its windows, one window a session run.

        The L1 head has one class per family (BENIGN first); attack probability is
        1 - P(BENIGN) and the family is the likeliest attack class of the worst window.
        """
        if self.l1 is None:
            raise ModelError("L1 model is not loaded")
        best: list[tuple[float, str]] = []
        for toks in token_lists:
            top = (0.0, "BENIGN")
            for w in _spread(windows(toks, L1_WINDOW, L1_STRIDE), MAX_L1_WINDOWS):
                # One window a session run. Dynamic INT8 quantisation scales activations by
                # the range of the whole run, so a window scored beside others got a different
                # score (on 30 long test documents the fused score moved by up to 0.16 between
                # runs of 32 and of 4): alone, a text's verdict does not depend on what the
                # batcher merged with it. Nor is it slower on this CPU: scoring 340 mixed texts
                # twice took 34 s in runs of 32 windows and 22 s one at a time, and
                # onnxruntime's arena, which keeps the largest run's activations for the life
                # of the process, stayed ~190 MB smaller.
                ids, mask = _pack([[CLS_ID, *w, SEP_ID]])
                logits = self.l1.run(None, {"input_ids": ids, "attention_mask": mask})[0][0]
                e = np.exp(logits - logits.max())
                p = e / e.sum()
                attack = float(1.0 - p[0])
                if attack > top[0]:
                    top = (attack, FAMILIES[int(np.argmax(p[1:])) + 1])
            best.append(top)
        return best
