"""The `guardproxy` command: registry dispatch, one-line config errors, a real `serve`."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from guardproxy import cli


def test_bad_flag_value_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--port", "99999"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("guardproxy: error: invalid setting port in command line: ")


def test_bad_env_setting_names_the_variable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUARDPROXY_UPSTREAM", "not-a-url")
    assert cli.main(["serve"]) == 2
    assert "upstream.url in environment (GUARDPROXY_UPSTREAM__URL)" in capsys.readouterr().err


@pytest.mark.parametrize("share", ["1.5", "-0.1", "x"])
def test_a_pad_share_outside_0_to_1_is_refused_before_training(
    share: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["train", "l1", "--l1-pad-share", share])
    assert exc.value.code == 2
    assert f"--l1-pad-share: {share} is not a share between 0 and 1" in capsys.readouterr().err


def test_hash_key_prints_the_digest(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["hash-key", "gp-secret"]) == 0
    assert capsys.readouterr().out.strip() == hashlib.sha256(b"gp-secret").hexdigest()


def test_registry_takes_new_subcommands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def add(p: argparse.ArgumentParser) -> None:
        p.add_argument("--n", type=int, default=1)

    def run(args: argparse.Namespace) -> int:
        print("n", args.n)
        return 3

    monkeypatch.setitem(cli.COMMANDS, "echo", cli.Command("test command", add, run))
    assert cli.main(["echo", "--n", "4"]) == 3
    assert capsys.readouterr().out == "n 4\n"


def test_serve_runs_and_stops_on_sigterm(decisions_root: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUARDPROXY_")}
    own = decisions_root / "serve"  # not the checkout's .guardproxy/
    env |= {
        "GUARDPROXY_DECISIONS__REDIS_DIR": str(own),
        "GUARDPROXY_DECISIONS__SPOOL_DIR": str(own / "spool"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "guardproxy", "serve", "--port", "0", "--demo"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stderr is not None
        port = None
        printed = []
        for line in proc.stderr:
            printed.append(line)
            if m := re.search(r"listening on http://127\.0\.0\.1:(\d+)/v1", line):
                port = int(m.group(1))
            if "GUARDPROXY_UPSTREAM=https://api.openai.com/v1" in line:
                break
        assert port is not None, printed
        body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode()
        req = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/chat/completions",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert json.load(resp)["choices"][0]["message"]["content"] == "Echo: hi"
            assert resp.headers["X-GuardProxy-Decision"] == "allow"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
