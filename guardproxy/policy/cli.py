"""`guardproxy policy check|test`: validate policy files and show what one would decide, and why.

    guardproxy policy check policies/default.yaml policies/      # a folder is checked as a set
    guardproxy policy test policies/default.yaml --text "ignore all previous instructions"

`test` runs the real cascade (rules only when no model is installed), then the engine with
the given policy, and prints the action, every reason, the redactions and the redacted text.
It is a tool for the person editing the policy, so unlike logs it shows their own text.
"""

from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path
from typing import TextIO

from guardproxy.errors import PolicyError
from guardproxy.policy.engine import LoadedPolicy
from guardproxy.policy.loader import PolicySet, load_dir, load_file
from guardproxy.redact import PlaceholderCounter, redact_text
from guardproxy.types import Action, Decision, Reason, Source, Verdict

DEFAULT_ROUTE = "/v1/chat/completions"


def policy_args(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="policy_command", required=True, metavar="ACTION")
    check = sub.add_parser("check", help="validate policy files (a folder: the whole set)")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    test = sub.add_parser("test", help="print the decision a policy makes on a text, and why")
    test.add_argument("file", type=Path, metavar="FILE", help="a policy file, or a folder to select from")
    test.add_argument("--text", required=True, help="the text to screen")
    test.add_argument(
        "--source",
        choices=[s.value for s in Source],
        default=Source.USER.value,
        help="where the text sits in the request (default user)",
    )
    test.add_argument("--route", default=DEFAULT_ROUTE, help=f"request path (default {DEFAULT_ROUTE})")
    test.add_argument("--model", help="model name, for policy selection")
    test.add_argument("--key-id", help="key id, for policy selection")
    test.add_argument("--tenant", help="tenant, for policy selection")
    test.add_argument("--no-l1", action="store_true", help="skip the L1 model")
    from guardproxy.cli import add_config_argument

    add_config_argument(test)


def policy_run(args: argparse.Namespace) -> int:
    if args.policy_command == "check":
        return check(args.files, sys.stdout, sys.stderr)
    return run_test(args, sys.stdout)


def check(paths: list[Path], out: TextIO, err: TextIO) -> int:
    """OK or one error line per path; 2 when any failed, so scripts and CI can gate on it."""
    failed = False
    for path in paths:
        try:
            loaded = load_dir(path) if path.is_dir() else (load_file(path),)
        except PolicyError as e:
            print(f"guardproxy: error: {e}", file=err)
            failed = True
            continue
        ids = ", ".join(lp.policy.id for lp in loaded)
        print(f"OK {path} ({ids})", file=out)
    return 2 if failed else 0


def run_test(args: argparse.Namespace, out: TextIO) -> int:
    from guardproxy.cli import settings_from
    from guardproxy.logs import configure_logging
    from guardproxy.scan import Scanner, load_cascade

    configure_logging("warning")
    settings = settings_from(args, {"screening": {"l1_enabled": False}} if args.no_l1 else None)
    select = (args.route, args.model, args.key_id, args.tenant)
    if args.file.is_dir():
        loaded = PolicySet(load_dir(args.file)).select(*select)
    else:
        loaded = load_file(args.file)
        if not loaded.policy.match.matches(*select):
            print(f"note: policy {loaded.policy.id!r} would not be selected for this request", file=out)
    scanner = Scanner(load_cascade(settings), loaded)
    verdict, decision = scanner.decide(args.text, Source(args.source), decision_id="policy-test")
    print_decision(out, loaded, verdict, decision, args.text)
    return 0


def print_decision(
    out: TextIO, loaded: LoadedPolicy, verdict: Verdict, decision: Decision, text: str
) -> None:
    p = loaded.policy
    print(f"policy      {p.id} sha {loaded.sha[:12]} ({loaded.path})", file=out)
    families = ",".join(verdict.families) or "-"
    print(
        f"cascade     attack={str(verdict.attack).lower()} score={verdict.score:.4f} "
        f"stage={verdict.stage} families={families}",
        file=out,
    )
    shadow = f" (shadow: enforced {decision.enforced_action.label})" if decision.shadow else ""
    print(f"action      {decision.action.label}{shadow}", file=out)
    if decision.action is Action.BLOCK:
        print(f"block_style {decision.block_style}", file=out)
    print("reasons" + ("" if decision.reasons else "     none"), file=out)
    for r in decision.reasons:
        print("  " + format_reason(r), file=out)
    print("redactions" + ("" if decision.redactions else "  none"), file=out)
    for red in decision.redactions:
        print(f"  {red.entity} {red.start}..{red.end} {red.mode.value}", file=out)
    if decision.redactions:
        # a throwaway key: hash placeholders here only show the shape, not the proxy's values
        new, _ = redact_text(
            text, decision.redactions, key=secrets.token_bytes(16), counter=PlaceholderCounter()
        )
        print(f"redacted    {new}", file=out)
        print(f"restore     {str(decision.restore).lower()}", file=out)


def format_reason(r: Reason) -> str:
    score = f"{r.score:.4f}" if r.score is not None else "-"
    threshold = f"{r.threshold:.4f}" if r.threshold is not None else "-"
    return (
        f"{r.code} -> {r.action.label}  stage={r.stage} detail={r.detail or '-'} "
        f"score={score} threshold={threshold}"
    )
