"""The model manifest: what files make a model version, pinned by sha256, plus thresholds.

Loading verifies every file before a session is created; a mismatch refuses to start.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from guardproxy.errors import ModelError

MANIFEST_NAME = "manifest.json"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class Manifest:
    version: str
    files: Mapping[str, str]  # file name -> sha256
    data_sha256: str = ""
    thresholds: Mapping[str, float] = field(default_factory=dict)
    metrics: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"

    def threshold(self, name: str, default: float) -> float:
        return float(self.thresholds.get(name, default))


def load_manifest(models: Path, *, verify: bool = True) -> Manifest:
    path = models / MANIFEST_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(
            f"no model manifest at {path}; run `guardproxy train all` or check screening.models_dir"
        ) from None
    except (OSError, ValueError) as e:
        raise ModelError(f"model manifest {path} is unreadable: {e}") from e
    try:
        man = Manifest(
            version=str(raw["version"]),
            files=dict(raw["files"]),
            data_sha256=str(raw.get("data_sha256", "")),
            thresholds={k: float(v) for k, v in raw.get("thresholds", {}).items()},
            metrics=dict(raw.get("metrics", {})),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise ModelError(f"model manifest {path} is malformed: {e}") from e
    if verify:
        for name, want in man.files.items():
            f = models / name
            if not f.is_file():
                raise ModelError(f"model file {f} listed in the manifest is missing")
            got = file_sha256(f)
            if got != want:
                raise ModelError(f"model file {f} is corrupt: sha256 {got[:12]}… != manifest {want[:12]}…")
    return man
