"""The detector registry: name -> factory, and the one ordered default list (cheap first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from guardproxy.detect.base import Detector
from guardproxy.detect.pii import PiiDetector
from guardproxy.detect.rules import DEFAULT_RULES_FILE, RuleDetector, load_rules

DetectorFactory = Callable[[Path], Detector]

DETECTORS: dict[str, DetectorFactory] = {
    "rules": lambda rules_file: RuleDetector(load_rules(rules_file)),
    "pii": lambda _rules_file: PiiDetector(),
}
DEFAULT_ORDER: tuple[str, ...] = ("rules", "pii")


def default_detectors(
    rules_file: Path = DEFAULT_RULES_FILE, names: Sequence[str] = DEFAULT_ORDER
) -> list[Detector]:
    unknown = [n for n in names if n not in DETECTORS]
    if unknown:
        raise ValueError(f"unknown detector(s) {unknown}; known: {sorted(DETECTORS)}")
    return [DETECTORS[n](rules_file) for n in names]
