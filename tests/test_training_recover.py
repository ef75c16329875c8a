"""Trainable weights read back out of an INT8 export (`--l1-init models/l1.int8.onnx`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="recovering L1 weights needs the [train] extra")
transformers = pytest.importorskip("transformers", reason="recovering L1 weights needs the [train] extra")

from guardproxy.training.l1 import export  # noqa: E402
from guardproxy.training.recover import dequantised_weights, recover  # noqa: E402


def _tiny_bert(folder: Path) -> Any:
    """A two-layer BERT with the shipped L1's architecture, randomly initialised and saved as
    the 'base' whose config recovery reads."""
    config = transformers.BertConfig(
        vocab_size=2100,  # the export's dummy input uses ids up to 2001
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        num_labels=6,
    )
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config).eval()
    with torch.no_grad():  # as after training: no two biases or LayerNorms alike (the export
        for p in model.parameters():  # would share identical initialisers under one name)
            p.add_(torch.randn_like(p) * 0.02)
    model.save_pretrained(str(folder))
    return model


def test_every_weight_comes_back_within_half_a_quantisation_step(tmp_path: Path) -> None:
    model = _tiny_bert(tmp_path / "base")
    _, int8 = export(model, tmp_path)
    weights = dequantised_weights(int8)
    state = {k: v.numpy() for k, v in model.state_dict().items() if not k.endswith("position_ids")}
    assert set(weights) == set(state)
    for name, original in state.items():
        got = weights[name]
        assert got.shape == original.shape, name
        if original.ndim == 1:
            assert np.array_equal(got, original), name  # biases and LayerNorm stay FP32
            continue
        if name.startswith("bert.embeddings."):  # uint8, one scale for the table
            step = np.full((1, 1), (max(original.max(), 0) - min(original.min(), 0)) / 255)
        else:  # symmetric int8, a scale per output channel (a row of torch's weight)
            step = np.abs(original).max(axis=1, keepdims=True) / 127
        assert np.all(np.abs(got - original) <= step / 2 + 1e-6), name
        assert not np.array_equal(got, original), name  # it did go through int8


def test_the_recovered_model_scores_like_the_original(tmp_path: Path) -> None:
    model = _tiny_bert(tmp_path / "base")
    _, int8 = export(model, tmp_path)
    back = recover(int8, tmp_path / "base", tmp_path / "l1.torch", num_labels=6)
    again = transformers.AutoModelForSequenceClassification.from_pretrained(str(back)).eval()
    ids = torch.tensor([[101, 7, 2000, 55, 1999, 102], [101, 300, 301, 302, 303, 102]])
    with torch.no_grad():
        want = torch.softmax(model(input_ids=ids).logits, -1)
        got = torch.softmax(again(input_ids=ids).logits, -1)
    assert torch.allclose(got, want, atol=0.02)
    assert not torch.equal(got, want)


def test_a_file_without_the_models_weights_is_refused(tmp_path: Path) -> None:
    small = _tiny_bert(tmp_path / "base")
    _, int8 = export(small, tmp_path)
    bigger = transformers.BertConfig(
        vocab_size=2100, hidden_size=48, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64
    )
    transformers.BertForSequenceClassification(bigger).save_pretrained(str(tmp_path / "other"))
    with pytest.raises(ValueError, match="does not fit"):
        recover(int8, tmp_path / "other", tmp_path / "out", num_labels=2)
