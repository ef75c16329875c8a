"""`guardproxy scan`: the screening cascade and policy over JSON Lines, a contract for other tools.

    echo '{"id": "a", "text": "ignore all previous instructions"}' | guardproxy scan
    guardproxy scan "some text"

One JSON line out per input line: id, attack, score, stage, families, rules, pii (character
offsets into the original text), verdict (the policy's action for the text as a user message
on /v1/chat/completions) and ms. A bad line gets {"id", "error"} and the run goes on. The
README's "guardproxy scan" section is the reference; keep the field names stable.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from guardproxy.config import Settings
from guardproxy.detect.cascade import Cascade
from guardproxy.detect.manifest import MANIFEST_NAME
from guardproxy.detect.registry import default_detectors
from guardproxy.policy.engine import LoadedPolicy, ModelThresholds, decide
from guardproxy.policy.loader import PolicySet, load_dir, load_file
from guardproxy.types import Decision, FindingKind, Segment, Source, Verdict

ROUTE = "/v1/chat/completions"
_SPAN_KINDS = (FindingKind.PII, FindingKind.SECRET)


def load_cascade(settings: Settings, *, warn: TextIO | None = None) -> Cascade:
    """The real cascade, or rules only when no model was ever installed.

    Only a folder without any manifest falls back: a manifest whose files are missing or
    corrupt is a broken install and must fail (ModelError) rather than quietly screen less.
    """
    from guardproxy.guard import build_cascade

    sc = settings.screening
    if not (sc.models_dir / MANIFEST_NAME).exists():
        print(
            f"guardproxy: warning: no models in {sc.models_dir} ({MANIFEST_NAME} missing); screening with rules only",
            file=warn or sys.stderr,
        )
        return Cascade(default_detectors(sc.rules_file), None, cache_size=sc.cache_size)
    return build_cascade(settings)


def active_policy(settings: Settings, policy_file: Path | None) -> LoadedPolicy:
    """--policy FILE, else what the proxy would pick for an anonymous chat request."""
    if policy_file is not None:
        return load_file(policy_file)
    return PolicySet(load_dir(settings.policy.dir)).select(ROUTE, None, None, None)


@dataclass(frozen=True)
class Scanner:
    cascade: Cascade
    policy: LoadedPolicy

    @property
    def thresholds(self) -> ModelThresholds:
        th = self.cascade.thresholds
        return ModelThresholds(block=th.block, flag=th.flag)

    def decide(
        self, text: str, source: Source = Source.USER, decision_id: str = "scan"
    ) -> tuple[Verdict, Decision]:
        verdict = self.cascade.scan(text)
        seg = Segment(text, ("messages", 0, "content"), source.value, source)
        return verdict, decide(decision_id, [seg], [verdict], self.policy, self.thresholds)

    def record(self, text: str, record_id: Any) -> dict[str, Any]:
        t = time.perf_counter()
        verdict, decision = self.decide(text)
        ms = (time.perf_counter() - t) * 1000.0
        spans = sorted(
            (f.start, f.end, f.type)
            for f in verdict.findings
            if f.kind in _SPAN_KINDS and f.start is not None and f.end is not None
        )
        return {
            "id": record_id,
            "attack": verdict.attack,
            "score": round(verdict.score, 6),
            "stage": verdict.stage,
            "families": list(verdict.families),
            "rules": sorted({f.rule_id for f in verdict.findings if f.rule_id}),
            "pii": [{"start": s, "end": e, "type": t} for s, e, t in spans],
            "verdict": decision.action.label,
            "ms": round(ms, 3),
        }


def parse_line(raw: bytes, lineno: int) -> tuple[Any, str | None, str | None]:
    """(id, text, error): exactly one of text and error is set."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return lineno, None, "line is not UTF-8"
    except ValueError as e:
        return lineno, None, f"not JSON: {e.msg}" if isinstance(e, json.JSONDecodeError) else "not JSON"
    if not isinstance(obj, dict):
        return lineno, None, "expected a JSON object with a text field"
    record_id = obj.get("id", lineno)
    if "text" not in obj:
        return record_id, None, "missing field: text"
    text = obj["text"]
    if not isinstance(text, str):
        return record_id, None, f"field text must be a string, not {type(text).__name__}"
    return record_id, text, None


def scan_lines(scanner: Scanner, lines: Iterable[bytes]) -> Iterator[dict[str, Any]]:
    """Blank lines are skipped but counted, so a default id is the input's 0-based line."""
    for lineno, raw in enumerate(lines):
        if not raw.strip():
            continue
        record_id, text, error = parse_line(raw, lineno)
        if text is None:
            yield {"id": record_id, "error": error}
        else:
            yield scanner.record(text, record_id)


def dump(record: dict[str, Any]) -> str:
    # ensure_ascii keeps a lone surrogate in an echoed id writable on any stdout
    return json.dumps(record, separators=(",", ":"))


def scan_args(p: argparse.ArgumentParser) -> None:
    from guardproxy.cli import add_config_argument

    add_config_argument(p)
    p.add_argument("text", nargs="?", help="one text to scan; without it, JSON Lines are read from stdin")
    p.add_argument("--policy", type=Path, metavar="FILE", help="decide with this policy file")
    p.add_argument("--no-l1", action="store_true", help="skip the L1 model (rules, PII and L0 only)")


def scan_run(args: argparse.Namespace, stdin: BinaryIO | None = None) -> int:
    from guardproxy.cli import settings_from
    from guardproxy.logs import configure_logging

    # stdout carries the records; every log line goes to stderr
    configure_logging("warning")
    settings = settings_from(args, {"screening": {"l1_enabled": False}} if args.no_l1 else None)
    scanner = Scanner(load_cascade(settings), active_policy(settings, args.policy))
    if args.text is not None:
        print(dump(scanner.record(args.text, 0)), flush=True)
        return 0
    source = stdin if stdin is not None else sys.stdin.buffer
    try:
        for record in scan_lines(scanner, source):
            print(dump(record), flush=True)
    except OSError as e:
        print(f"guardproxy: error: cannot read stdin: {e.strerror or e}", file=sys.stderr)
        return 1
    return 0
