"""`guardproxy review ...`: the false-positive review loop from a terminal.

Registered in guardproxy/cli.py as ``"review": Command(HELP, review_args, review_run)``.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import orjson

from guardproxy.config import load_settings
from guardproxy.decisions.review import LABELS, Filters, Item, ReviewQueue, parse_since
from guardproxy.decisions.service import connect
from guardproxy.errors import ConfigError
from guardproxy.logs import configure_logging

HELP = "review flagged and blocked decisions; label false positives; export training rows"
SNIPPET = 80


def review_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, help="YAML settings file (env GUARDPROXY_* overrides it)")
    p.add_argument("--consumer", default=None, help="reviewer name in the consumer group (default: $USER)")
    sub = p.add_subparsers(dest="review_command", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="pending items, newest first")
    ls.add_argument("--verdict", choices=("flag", "block", "redact", "allow"))
    ls.add_argument("--family", help="attack family, e.g. PI, JB")
    ls.add_argument("--route", help="e.g. /v1/chat/completions")
    ls.add_argument("--since", help="30m, 24h, 7d or epoch milliseconds")
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    show = sub.add_parser("show", help="one item in full")
    show.add_argument("id", help="review id, as `list` prints it")
    label = sub.add_parser("label", help="fp (false positive), tp (true positive) or unsure")
    label.add_argument("id")
    label.add_argument("label", choices=LABELS)
    label.add_argument("--note", default="", help="why; kept with the label and exported")
    claim = sub.add_parser("claim", help="take over items another reviewer left idle")
    claim.add_argument("--min-idle", default="10m", help="idle at least this long (30s, 10m, 1h or ms)")
    sub.add_parser("stats", help="stream lengths, pending items, label counts")
    export = sub.add_parser("export", help="write labelled items as training CSV")
    export.add_argument("--since", help="labels given since: 30m, 24h, 7d or epoch milliseconds")
    export.add_argument("--out", type=Path, required=True, help="CSV file to write")


def review_run(args: argparse.Namespace) -> int:
    settings = load_settings(args.config).decisions
    # stdout carries the answer (maybe JSON lines); progress and warnings go to stderr
    configure_logging("warning")
    consumer = args.consumer or _user()
    action = _ACTIONS[args.review_command]

    async def main() -> int:
        client, embedded = await connect(settings)
        try:
            return await action(ReviewQueue(client, settings, consumer), args)
        finally:
            await client.aclose()
            if embedded is not None:
                await embedded.stop()

    try:
        return asyncio.run(main())
    except ValueError as e:  # a bad --since and the like: a usage error, not a crash
        raise ConfigError(str(e)) from None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


async def _list(q: ReviewQueue, args: argparse.Namespace) -> int:
    filters = Filters(args.verdict, args.family, args.route, parse_since(args.since))
    items = await q.pending_items(filters, limit=args.limit)
    if args.json:
        for item in items:
            print(orjson.dumps(item.to_dict()).decode())
        return 0
    if not items:
        print("nothing pending")
        return 0
    print(f"{'ID':<17} {'TIME':<19} {'VERDICT':<7} {'SCORE':>5}  {'ROUTE':<22} {'WHY':<30} TEXT")
    for item in items:
        print(_row(item))
    return 0


def _row(item: Item) -> str:
    d = item.to_dict()
    why = ",".join(d["families"] + d["rule_ids"] + d["pii_types"]) or "-"
    text = " ".join(d["text"].split())
    text = text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"
    return f"{item.id:<17} {_time(d['ts']):<19} {d['verdict']:<7} {d['score']:>5.2f}  {d['route']:<22} {why[:30]:<30} {text}"


def _time(ts: str) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(int(ts or 0) / 1000))


async def _show(q: ReviewQueue, args: argparse.Namespace) -> int:
    item = await q.get(args.id)
    if item is None:
        print(f"no review item {args.id}", file=sys.stderr)
        return 1
    d = item.to_dict()
    text = d.pop("text")
    for k, v in d.items():
        print(f"{k}: {orjson.dumps(v).decode() if isinstance(v, list | dict) else v}")
    print(f"time: {_time(str(d['ts']))}\ntext:\n{text}")
    return 0


async def _label(q: ReviewQueue, args: argparse.Namespace) -> int:
    if not await q.label(args.id, args.label, args.note):
        print(f"no review item {args.id}", file=sys.stderr)
        return 1
    print(f"{args.id} labelled {args.label}")
    return 0


async def _claim(q: ReviewQueue, args: argparse.Namespace) -> int:
    idle_ms = _duration_ms(args.min_idle)
    claimed = await q.claim(idle_ms)
    print(f"claimed {len(claimed)} item(s) for {q.consumer}")
    return 0


def _duration_ms(value: str) -> int:
    if value.isdigit():
        return int(value)
    now = int(time.time() * 1000)
    since = parse_since(value, now)
    return 0 if since is None else now - since


async def _stats(q: ReviewQueue, args: argparse.Namespace) -> int:
    for k, v in (await q.stats()).items():
        print(f"{k}: {orjson.dumps(v).decode() if isinstance(v, dict) else v}")
    return 0


async def _export(q: ReviewQueue, args: argparse.Namespace) -> int:
    rows = await q.export(args.out, parse_since(args.since))
    print(f"wrote {rows} row(s) to {args.out}")
    return 0


_ACTIONS: dict[str, Callable[[ReviewQueue, argparse.Namespace], Awaitable[int]]] = {
    "list": _list,
    "show": _show,
    "label": _label,
    "claim": _claim,
    "stats": _stats,
    "export": _export,
}
