"""`guardproxy review ...` end to end: real Redis, data written by the real decision log."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
import redis.asyncio as aioredis
from test_decisions_entry import ATTACK, EMAIL, screened

from guardproxy.config import load_settings
from guardproxy.decisions.cli import review_args, review_run
from guardproxy.decisions.log import DecisionLog
from guardproxy.decisions.redis_server import EmbeddedRedis
from guardproxy.errors import ConfigError
from guardproxy.training.data import review_rows


@pytest.fixture
def config() -> Iterator[Path]:
    d = Path(tempfile.mkdtemp(prefix="gp-"))
    cfg = d / "guardproxy.yaml"
    cfg.write_text(f"decisions:\n  redis_dir: {d / 'redis'}\n  spool_dir: {d / 'spool'}\n")
    yield cfg
    shutil.rmtree(d, ignore_errors=True)


async def _populate(cfg: Path) -> None:
    s = load_settings(cfg, environ={}).decisions
    srv = EmbeddedRedis(s.redis_dir)
    await srv.start()
    client = aioredis.Redis.from_url(srv.url)
    dlog = DecisionLog(s, b"k" * 32)
    await dlog.start(client)
    for i, text in enumerate([ATTACK, "fine", f"{ATTACK} {EMAIL}"]):
        dlog.record(*screened(text, request_id=f"d{i}"))
    await dlog.close()
    await client.aclose()
    await srv.stop()  # the data stays in the directory for the CLI's own server


def run(cfg: Path, *argv: str) -> int:
    p = argparse.ArgumentParser()
    review_args(p)
    return review_run(p.parse_args(["--config", str(cfg), "--consumer", "carol", *argv]))


def test_list_label_stats_export(config: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    asyncio.run(_populate(config))
    capsys.readouterr()
    assert run(config, "list", "--json") == 0
    items = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [i["id"] for i in items] == ["d2", "d0"]
    assert all(EMAIL not in i["text"] for i in items)

    assert run(config, "list") == 0
    table = capsys.readouterr().out
    assert items[0]["review_id"] in table
    assert "block" in table

    assert run(config, "show", items[1]["review_id"]) == 0
    shown = capsys.readouterr().out
    assert "id: d0" in shown
    assert ATTACK in shown
    assert run(config, "show", "1-0") == 1

    assert run(config, "label", items[1]["review_id"], "tp", "--note", "yes really") == 0
    assert run(config, "label", items[0]["review_id"], "fp") == 0
    assert run(config, "label", "1-0", "fp") == 1
    capsys.readouterr()
    assert run(config, "list") == 0
    assert "nothing pending" in capsys.readouterr().out

    assert run(config, "stats") == 0
    stats = capsys.readouterr().out
    assert "pending: 0" in stats
    assert '"fp":1' in stats

    out = tmp_path / "labels.csv"
    assert run(config, "export", "--out", str(out)) == 0
    rows = sorted(review_rows(out), key=lambda r: r.label)
    assert [(r.label, r.family) for r in rows] == [(0, "BENIGN"), (1, "PI")]
    assert rows[1].notes == "yes really"
    assert EMAIL not in out.read_text()


async def test_cli_shares_a_running_server(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = load_settings(config, environ={}).decisions
    srv = EmbeddedRedis(s.redis_dir)
    await srv.start()
    client = aioredis.Redis.from_url(srv.url)
    dlog = DecisionLog(s, b"k" * 32)
    await dlog.start(client)
    dlog.record(*screened(ATTACK, request_id="live"))
    await dlog.flush()
    capsys.readouterr()
    assert await asyncio.to_thread(run, config, "list", "--json") == 0
    assert [orjson.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["live"]
    assert await asyncio.to_thread(run, config, "claim", "--min-idle", "0") == 0
    assert "claimed 1 item(s) for carol" in capsys.readouterr().out
    assert srv.running  # the CLI did not stop the proxy's server
    await dlog.close()
    await client.aclose()
    await srv.stop()


def test_bad_since_is_a_usage_error(config: Path) -> None:
    with pytest.raises(ConfigError, match="--since"):
        run(config, "list", "--since", "yesterday")
