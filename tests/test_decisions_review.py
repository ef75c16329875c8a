"""The review queue over a real Redis consumer group, fed by the real decision log writer."""

from __future__ import annotations

import asyncio
import csv
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis
from test_decisions_entry import ATTACK, EMAIL, screened

from guardproxy.config import DecisionLogSettings
from guardproxy.decisions.log import DecisionLog
from guardproxy.decisions.redis_server import EmbeddedRedis
from guardproxy.decisions.review import EXPORT_COLUMNS, Filters, ReviewQueue, parse_since
from guardproxy.policy.schema import Policy
from guardproxy.training.data import review_rows

KEY = b"k" * 32
BENIGN_FLAGGED = "How do I tell my assistant to ignore all previous instructions in a prompt? " + EMAIL


@pytest.fixture
def short_dir() -> Iterator[Path]:
    d = Path(tempfile.mkdtemp(prefix="gp-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
async def world(short_dir: Path) -> AsyncIterator[tuple[DecisionLogSettings, aioredis.Redis]]:
    """A Redis holding 6 decisions: 4 need review (d0, d2 blocked; d4 flagged in shadow; d5 on /v1/completions)."""
    s = DecisionLogSettings(redis_dir=short_dir / "redis", spool_dir=short_dir / "spool")
    srv = EmbeddedRedis(s.redis_dir)
    await srv.start()
    client = aioredis.Redis.from_url(srv.url)
    dlog = DecisionLog(s, KEY)
    await dlog.start(client)
    flag_rules = Policy.model_validate({"id": "flagging", "rules": {"high": "flag"}, "shadow": True})
    for i, (text, policy) in enumerate(
        [
            (ATTACK, None),
            ("hi", None),
            (BENIGN_FLAGGED, None),
            ("ok", None),
            (ATTACK, flag_rules),
            (ATTACK, None),
        ]
    ):
        req, dec, loaded = screened(text, request_id=f"d{i}", policy=policy)
        if i == 5:
            req = type(req)(
                req.request_id, "/v1/completions", req.model, req.key_id, req.tenant, req.segments
            )
        dlog.record(req, dec, loaded)
    await dlog.close()
    yield s, client
    await client.aclose()
    await srv.stop()


def ids(items: Any) -> list[str]:
    return [i.fields["id"] for i in items]


async def test_list_is_newest_first_and_filters(world: tuple[DecisionLogSettings, aioredis.Redis]) -> None:
    s, client = world
    q = ReviewQueue(client, s, "alice")
    assert ids(await q.pending_items()) == ["d5", "d4", "d2", "d0"]
    assert ids(await q.pending_items(Filters(verdict="flag"))) == ["d4"]
    assert ids(await q.pending_items(Filters(route="/v1/completions"))) == ["d5"]
    assert ids(await q.pending_items(Filters(family="JB"))) == []
    assert ids(await q.pending_items(limit=2)) == ["d5", "d4"]
    assert ids(await q.pending_items(Filters(since_ms=parse_since("1h")))) == ["d5", "d4", "d2", "d0"]
    assert ids(await q.pending_items(Filters(since_ms=parse_since("1h", now_ms=10**15)))) == []
    item = (await q.pending_items(Filters(verdict="flag")))[0]
    d = item.to_dict()
    assert d["enforced"] is False
    assert d["consumer"] == "alice"
    assert d["rule_ids"]


async def test_label_acks_and_lands_on_the_labels_stream(
    world: tuple[DecisionLogSettings, aioredis.Redis],
) -> None:
    s, client = world
    q = ReviewQueue(client, s, "alice")
    items = await q.pending_items()
    assert await q.label(items[0].id, "tp", note="real attack")
    assert await q.label(items[1].id, "fp")
    assert not await q.label("1-0", "fp")  # no such entry
    with pytest.raises(ValueError, match="label must be one of"):
        await q.label(items[2].id, "maybe")  # type: ignore[arg-type]
    assert ids(await q.pending_items()) == ["d2", "d0"]
    got: Any = await client.xrange(s.labels_stream)
    assert [(f[b"decision_id"], f[b"label"], f[b"reviewer"]) for _, f in got] == [
        (b"d5", b"tp", b"alice"),
        (b"d4", b"fp", b"alice"),
    ]
    stats = await q.stats()
    assert stats["pending"] == 2
    assert stats["labels"] == {"fp": 1, "tp": 1, "unsure": 0}
    assert (stats["decisions"], stats["review"]) == (6, 4)
    assert stats["pending_by_consumer"] == {"alice": 2}


async def test_claim_takes_over_idle_items(world: tuple[DecisionLogSettings, aioredis.Redis]) -> None:
    s, client = world
    await ReviewQueue(client, s, "alice").pending_items()  # delivered to alice
    bob = ReviewQueue(client, s, "bob")
    assert await bob.claim(min_idle_ms=60_000) == []
    await asyncio.sleep(0.05)
    assert len(await bob.claim(min_idle_ms=20)) == 4
    assert (await bob.stats())["pending_by_consumer"] == {"bob": 4}


async def test_export_round_trips_through_review_rows(
    world: tuple[DecisionLogSettings, aioredis.Redis], tmp_path: Path
) -> None:
    s, client = world
    q = ReviewQueue(client, s, "alice")
    by_id = {i.fields["id"]: i for i in await q.pending_items()}
    await q.label(by_id["d0"].id, "tp")
    await q.label(by_id["d2"].id, "tp")
    await q.label(by_id["d2"].id, "fp", note="asks about prompts")  # relabel: last wins
    await q.label(by_id["d4"].id, "unsure")
    out = tmp_path / "review.csv"
    assert await q.export(out) == 2
    assert out.read_text().splitlines()[0] == ",".join(EXPORT_COLUMNS)
    rows = {r.label: r for r in review_rows(out)}
    assert rows[1].text == ATTACK
    with out.open() as fh:
        severities = {r["label"]: r["severity"] for r in csv.DictReader(fh)}
    assert severities["1"] == "high"  # the rule's score counts when no model scored
    assert rows[1].family == "PI"
    assert rows[1].category.startswith("rule:")
    assert rows[0].family == "BENIGN"
    assert rows[0].notes == "asks about prompts"
    assert EMAIL not in rows[0].text
    assert "<EMAIL_1>" in rows[0].text
    assert all(r.source == "review" for r in rows.values())
    assert await q.export(out, since_ms=parse_since("1h", now_ms=10**15)) == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("30s", 970_000),
        ("2m", 880_000),
        ("1h", -2_600_000),
        ("1d", -85_400_000),
        ("12345", 12345),
    ],
)
def test_parse_since(value: str | None, expected: int | None) -> None:
    assert parse_since(value, now_ms=1_000_000) == expected


def test_parse_since_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="--since"):
        parse_since("yesterday")
