from __future__ import annotations

from pathlib import Path

import pytest

from guardproxy.detect.manifest import MANIFEST_NAME, Manifest, file_sha256, load_manifest
from guardproxy.errors import ModelError


def _write(folder: Path) -> Manifest:
    (folder / "a.onnx").write_bytes(b"model bytes")
    man = Manifest(version="t1", files={"a.onnx": file_sha256(folder / "a.onnx")}, thresholds={"block": 0.8})
    (folder / MANIFEST_NAME).write_text(man.to_json())
    return man


def test_round_trip(tmp_path: Path) -> None:
    man = _write(tmp_path)
    loaded = load_manifest(tmp_path)
    assert loaded.version == man.version
    assert loaded.threshold("block", 0.5) == 0.8
    assert loaded.threshold("flag", 0.5) == 0.5


def test_corrupt_file_refuses(tmp_path: Path) -> None:
    _write(tmp_path)
    (tmp_path / "a.onnx").write_bytes(b"tampered")
    with pytest.raises(ModelError, match="corrupt"):
        load_manifest(tmp_path)


def test_missing_file_refuses(tmp_path: Path) -> None:
    _write(tmp_path)
    (tmp_path / "a.onnx").unlink()
    with pytest.raises(ModelError, match="missing"):
        load_manifest(tmp_path)


def test_missing_manifest_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="guardproxy train"):
        load_manifest(tmp_path)


def test_malformed_manifest(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).write_text('{"files": {}}')
    with pytest.raises(ModelError, match="malformed"):
        load_manifest(tmp_path)
