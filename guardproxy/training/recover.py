"""Trainable L1 weights from a quantised ONNX export, for when the torch weights are gone.

``train_l1`` keeps its torch weights in ``l1.torch`` (ignored by git, never shipped), so a
fresh checkout can only fine-tune the shipped L1 further by reading them back out of
``l1.int8.onnx``. onnxruntime's dynamic quantisation leaves biases and LayerNorm parameters
in FP32 under their torch names and stores each weight as int8 or uint8 with a scale and
zero point: per output channel for the MatMuls (named by the export's node outputs, e.g.
``/bert/encoder/layer.0/attention/self/query/MatMul``), per tensor for the embeddings.
Dequantised, every weight is within half a quantisation step of the FP32 one it came from,
which is noise a further epoch of fine-tuning absorbs.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

# A MatMulInteger's output names the module whose weight it multiplies by.
_MODULE = re.compile(r"^/(bert/.*?)/MatMul_output")


def dequantised_weights(onnx_path: Path) -> dict[str, np.ndarray]:
    """Every parameter of the exported model, by its torch name, as FP32 arrays."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(onnx_path))
    init = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    out: dict[str, np.ndarray] = {}

    def deq(stem: str) -> np.ndarray:
        q = init[f"{stem}_quantized"].astype(np.float32)
        scale = init[f"{stem}_scale"].astype(np.float32)
        zero = init[f"{stem}_zero_point"].astype(np.float32)
        return (q - zero) * scale  # per-channel scales broadcast over the last (output) axis

    for name, value in init.items():
        if not name.endswith(("_quantized", "_scale", "_zero_point")) and value.dtype == np.float32:
            out[name] = value.copy()  # biases, LayerNorm: left in FP32 under their torch names
    for name in init:
        if name.endswith("_quantized") and name.startswith("bert.embeddings."):
            out[name.removesuffix("_quantized")] = deq(name.removesuffix("_quantized"))
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        stem = node.input[1].removesuffix("_quantized")
        if stem.endswith(".weight_Transposed"):  # a Gemm's weight keeps its torch name
            name = stem.removesuffix("_Transposed")
        elif (m := _MODULE.match(node.output[0])) is not None:
            name = m.group(1).replace("/", ".") + ".weight"
        else:
            raise ValueError(f"cannot tell which module {node.output[0]!r} belongs to")
        # ONNX MatMul weights are (in, out); torch Linear keeps (out, in).
        out[name] = deq(stem).T.copy()
    return out


def recover(onnx_path: Path, base_dir: Path, out_dir: Path, num_labels: int) -> Path:
    """Write a Hugging Face checkpoint of ``onnx_path``'s weights (config from ``base_dir``)
    to ``out_dir``; refuses if any parameter of the model is missing or misshapen."""
    import torch
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(str(base_dir), num_labels=num_labels)
    weights = dequantised_weights(onnx_path)
    state = model.state_dict()
    missing = [k for k in state if k not in weights and not k.endswith("position_ids")]
    if missing:
        raise ValueError(f"{onnx_path}: no weights for {', '.join(missing[:5])}")
    for k, v in weights.items():
        if k not in state or tuple(state[k].shape) != v.shape:
            raise ValueError(f"{onnx_path}: {k} {v.shape} does not fit the model")
        state[k] = torch.from_numpy(v)
    model.load_state_dict(state)
    model.save_pretrained(str(out_dir))
    return out_dir
