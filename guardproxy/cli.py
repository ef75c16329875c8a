"""The `guardproxy` command: a registry of subcommands, name -> (add_arguments, run).

To add one, write ``_x_args(parser)`` and ``_x_run(args) -> int`` (or import them from the
module that owns the feature) and add an entry to COMMANDS. ConfigError and PolicyError from
any subcommand become one ``guardproxy: error: ...`` line and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guardproxy import __version__
from guardproxy.config import Settings, load_settings
from guardproxy.decisions.cli import HELP as REVIEW_HELP
from guardproxy.decisions.cli import review_args, review_run
from guardproxy.errors import ConfigError, ModelError, PolicyError
from guardproxy.policy.cli import policy_args, policy_run
from guardproxy.scan import scan_args, scan_run
from guardproxy.training.cli import eval_args, eval_run, train_args, train_run


@dataclass(frozen=True)
class Command:
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def add_config_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, help="YAML settings file (env GUARDPROXY_* overrides it)")


def settings_from(args: argparse.Namespace, overrides: dict[str, Any] | None = None) -> Settings:
    return load_settings(getattr(args, "config", None), overrides=overrides)


def _serve_args(p: argparse.ArgumentParser) -> None:
    add_config_argument(p)
    p.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port to listen on (default 8080)")
    p.add_argument(
        "--upstream", metavar="URL", help="OpenAI-compatible base URL, e.g. https://api.openai.com/v1"
    )
    p.add_argument("--demo", action="store_true", help="answer from the built-in demo upstream")
    p.add_argument("--workers", type=int, help="processes sharing the port (SO_REUSEPORT)")


def _serve_run(args: argparse.Namespace) -> int:
    from guardproxy.logs import configure_logging
    from guardproxy.server.run import serve

    overrides: dict[str, Any] = {
        k: v
        for k, v in {"host": args.host, "port": args.port, "workers": args.workers}.items()
        if v is not None
    }
    if args.demo:
        overrides["demo"] = True
    if args.upstream is not None:
        overrides["upstream"] = {"url": args.upstream}
    settings = settings_from(args, overrides)
    configure_logging(settings.log_level, settings.log_format)
    serve(settings)
    return 0


def _hash_key_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "key", nargs="?", help="the proxy key; read from stdin when omitted (keeps it out of history)"
    )


def _hash_key_run(args: argparse.Namespace) -> int:
    from guardproxy.server.auth import key_digest

    key = args.key if args.key is not None else sys.stdin.readline().strip()
    if not key:
        raise ConfigError("no key given")
    print(key_digest(key))
    return 0


COMMANDS: dict[str, Command] = {
    "serve": Command("run the proxy", _serve_args, _serve_run),
    "train": Command(
        "build training data and train the models (needs the [train] extra)", train_args, train_run
    ),
    "eval": Command("evaluation report on the test split and extra CSVs", eval_args, eval_run),
    "hash-key": Command(
        "print the sha256 to list under auth.proxy_key_sha256", _hash_key_args, _hash_key_run
    ),
    "scan": Command("screen JSON Lines from stdin (or one text) and print verdicts", scan_args, scan_run),
    "policy": Command("check policy files, or test one on a text", policy_args, policy_run),
    "review": Command(REVIEW_HELP, review_args, review_run),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guardproxy", description="A fast guard for LLM traffic.")
    parser.add_argument("--version", action="version", version=f"guardproxy {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, cmd in COMMANDS.items():
        cmd.add_arguments(sub.add_parser(name, help=cmd.help, description=cmd.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command].run(args)
    except (ConfigError, PolicyError, ModelError) as e:
        print(f"guardproxy: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
