"""The one detector protocol every stage implements.

A detector is sync and thread-safe: the cascade calls it from the shared executor.
Text-level detectors (rules, PII) see the original text and its normalised variants;
offsets in returned findings always refer to the ORIGINAL text (None when a finding
came from a variant whose characters do not map back, e.g. decoded base64).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from guardproxy.types import Finding


@dataclass(frozen=True, slots=True)
class Variant:
    """One normalised view of a text: raw, nfkc, homoglyph, despaced, base64 ..."""

    name: str
    text: str
    depth: int = 0  # decoding depth (0: not decoded)


class Detector(Protocol):
    stage: str

    def detect(self, text: str, variants: Sequence[Variant]) -> Sequence[Finding]: ...
