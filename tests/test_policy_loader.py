"""Policy loading: errors name file, line and field; selection; hot reload that fails safe."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import shutil
from pathlib import Path

import pytest

from guardproxy.errors import PolicyError
from guardproxy.policy.loader import PolicySet, PolicyStore, load_dir, load_file, parse_policy
from guardproxy.tasks import cancel, spawn

POLICIES = Path(__file__).resolve().parent.parent / "policies"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: x\nattack:\n  action: [block\n", "p.yaml:4: not valid YAML"),
        ("id: x\n\tpriority: 1\n", "p.yaml:2: not valid YAML"),
        (
            "id: x\nattack:\n  action: block\n  bogus: 1\n",
            "p.yaml:4: field attack.bogus: Extra inputs are not permitted",
        ),
        ("id: x\npriority: high\n", "p.yaml:2: field priority: Input should be a valid integer"),
        ("id: x\npii:\n  EMAIL:\n    action: redact\n    mode: shred\n", "p.yaml:5: field pii.EMAIL.mode"),
        ("id: x\nrules:\n  ids:\n    pi.a: nuke\n", "p.yaml:4: field rules.ids.pi.a"),
        (
            "id: x\nattack:\n  block_threshold: 0.4\n  flag_threshold: 0.6\n",
            "p.yaml:3: field attack: Value error, flag_threshold must not exceed block_threshold",
        ),
        ("id: x\nmatch:\n  routes: /v1/*\n", "p.yaml:3: field match.routes"),
        ("description: no id\n", "p.yaml:1: field id: Field required"),
        ("- id: x\n", "p.yaml:1: a policy file must hold a mapping"),
        ("", "p.yaml:1: a policy file must hold a mapping"),
    ],
)
def test_parse_errors_name_file_line_and_field(text: str, expected: str) -> None:
    with pytest.raises(PolicyError) as e:
        parse_policy(text, "p.yaml")
    assert str(e.value).startswith(expected)
    assert "\n" not in str(e.value)


def test_load_file_records_sha_of_the_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", "id: a\n")
    lp = load_file(path)
    assert lp.sha == hashlib.sha256(b"id: a\n").hexdigest()
    assert (lp.policy.id, lp.path) == ("a", str(path))


def test_load_file_refuses_unreadable_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_file(tmp_path / "missing.yaml")
    bad = tmp_path / "latin.yaml"
    bad.write_bytes(b"id: caf\xe9\n")
    with pytest.raises(PolicyError, match=r"latin\.yaml: not UTF-8"):
        load_file(bad)


def test_load_dir_needs_files_a_default_and_unique_ids(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no policy files"):
        load_dir(tmp_path)
    write(tmp_path, "a.yaml", "id: a\n")
    with pytest.raises(PolicyError, match="needs a policy with id 'default'"):
        load_dir(tmp_path)
    write(tmp_path, "b.yml", "id: a\n")
    with pytest.raises(PolicyError, match=r"b\.yml: policy id 'a' is already used by .*a\.yaml"):
        load_dir(tmp_path)
    (tmp_path / "b.yml").unlink()
    write(tmp_path, "default.yaml", "id: default\n")
    write(tmp_path, "notes.txt", "id: ignored\n")
    assert [lp.policy.id for lp in load_dir(tmp_path)] == ["a", "default"]


def test_one_bad_file_fails_the_whole_set(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", "id: default\n")
    write(tmp_path, "z.yaml", "id: z\nshadow: maybe\n")
    with pytest.raises(PolicyError, match=r"z\.yaml:2: field shadow"):
        load_dir(tmp_path)


def test_shipped_policies_load_as_a_set(tmp_path: Path) -> None:
    for p in [POLICIES / "default.yaml", *sorted((POLICIES / "examples").glob("*.yaml"))]:
        shutil.copy(p, tmp_path)
    ids = {lp.policy.id for lp in load_dir(tmp_path)}
    assert ids == {"default", "strict", "monitor"}


SELECT_SET = {
    "default.yaml": "id: default\n",
    "chat.yaml": "id: chat\nmatch: {routes: ['/v1/chat/*']}\n",
    "mini.yaml": "id: mini\nmatch: {models: ['gpt-4o-mini*']}\n",
    "chat-mini.yaml": "id: chat-mini\nmatch: {routes: ['/v1/chat/*'], models: ['gpt-4o-mini*']}\n",
    "key.yaml": "id: key\nmatch: {keys: ['k1']}\n",
    "acme.yaml": "id: acme\nmatch: {tenants: [acme]}\n",
    "acme-urgent.yaml": "id: acme-urgent\nmatch: {tenants: [acme]}\npriority: 5\n",
    "broad-high.yaml": "id: broad-high\nmatch: {routes: ['/v1/embeddings']}\npriority: 100\n",
    "emb-mini.yaml": "id: emb-mini\nmatch: {routes: ['/v1/embeddings'], models: ['gpt-4o-mini*']}\n",
}


@pytest.mark.parametrize(
    ("route", "model", "key_id", "tenant", "expected"),
    [
        ("/v1/responses", None, None, None, "default"),
        ("/v1/chat/completions", "gpt-4o", None, None, "chat"),
        ("/v1/completions", "gpt-4o-mini-2024", None, None, "mini"),
        ("/v1/chat/completions", "gpt-4o-mini", None, None, "chat-mini"),  # two fields beat one
        ("/v1/responses", None, "k1", None, "key"),
        ("/v1/responses", None, "k2", None, "default"),
        ("/v1/responses", None, None, "acme", "acme-urgent"),  # same specificity: priority
        ("/v1/embeddings", None, None, "acme", "broad-high"),  # equal specificity: priority
        ("/v1/embeddings", None, None, None, "broad-high"),
        ("/v1/embeddings", "gpt-4o-mini", None, None, "emb-mini"),  # priority never beats specificity
        ("/v1/chat/completions", "gpt-4o-mini", "k1", None, "chat-mini"),
    ],
)
def test_selection(
    tmp_path: Path, route: str, model: str | None, key_id: str | None, tenant: str | None, expected: str
) -> None:
    for name, text in SELECT_SET.items():
        write(tmp_path, name, text)
    assert PolicySet(load_dir(tmp_path)).select(route, model, key_id, tenant).policy.id == expected


def test_a_default_with_a_match_is_still_only_the_fallback(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", "id: default\nmatch: {tenants: [nobody]}\n")
    write(tmp_path, "all.yaml", "id: all\n")
    assert PolicySet(load_dir(tmp_path)).select("/v1/x", None, None, None).policy.id == "all"


def test_by_id_unknown_raises(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", "id: default\n")
    with pytest.raises(KeyError):
        PolicySet(load_dir(tmp_path)).by_id("nope")


def default_high(store: PolicyStore) -> str:
    return store.current.by_id("default").policy.rules.high


def test_hot_reload_applies_an_edit(tmp_path: Path) -> None:
    path = write(tmp_path, "default.yaml", "id: default\nrules: {high: block}\n")
    store = PolicyStore(tmp_path)
    assert store.check() is False  # nothing changed
    write(tmp_path, "default.yaml", "id: default\nrules: {high: flag}\n")
    assert store.check() is True
    assert default_high(store) == "flag"
    assert store.current.by_id("default").sha == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (store.reloads_ok, store.reloads_rejected) == (1, 0)


def test_same_size_edit_is_seen(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", "id: default\nrules: {high: block}\n")
    store = PolicyStore(tmp_path)
    write(tmp_path, "default.yaml", "id: default\nrules: {high: allow}\n")  # same length
    assert store.check() is True
    assert default_high(store) == "allow"


def test_new_and_removed_files_reload(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", "id: default\n")
    store = PolicyStore(tmp_path)
    extra = write(tmp_path, "acme.yaml", "id: acme\nmatch: {tenants: [acme]}\n")
    assert store.check() is True
    assert store.current.select("/v1/x", None, None, "acme").policy.id == "acme"
    extra.unlink()
    assert store.check() is True
    assert store.current.select("/v1/x", None, None, "acme").policy.id == "default"


def test_invalid_edit_is_rejected_once_and_old_set_keeps_serving(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "default.yaml", "id: default\nrules: {high: block}\n")
    store = PolicyStore(tmp_path)
    before = store.current
    write(tmp_path, "default.yaml", "id: default\nrules: {high: explode}\n")
    with caplog.at_level(logging.INFO):
        assert store.check() is False
        assert store.check() is False  # the same bad bytes are not re-reported every tick
    assert store.current is before
    assert default_high(store) == "block"
    assert (store.reloads_ok, store.reloads_rejected) == (0, 1)
    cap = capsys.readouterr()
    lines = [x for x in (cap.out + cap.err + caplog.text).splitlines() if "policy_reload_rejected" in x]
    assert len(lines) == 1
    assert "default.yaml:2: field rules.high" in lines[0]
    write(tmp_path, "default.yaml", "id: default\nrules: {high: flag}\n")
    assert store.check() is True
    assert default_high(store) == "flag"


def test_removing_the_default_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", "id: default\n")
    write(tmp_path, "a.yaml", "id: a\n")
    store = PolicyStore(tmp_path)
    (tmp_path / "default.yaml").unlink()
    assert store.check() is False
    assert store.current.by_id("default").policy.id == "default"


def test_start_fails_closed_on_a_bad_file(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", "id: default\nfail_mode: ajar\n")
    with pytest.raises(PolicyError, match=r"default\.yaml:2: field fail_mode"):
        PolicyStore(tmp_path)


async def test_watch_reloads_in_the_background(tmp_path: Path) -> None:
    write(tmp_path, "default.yaml", "id: default\nrules: {high: block}\n")
    store = PolicyStore(tmp_path)
    task = spawn(store.watch(0.01), name="test-policy-watch")
    try:
        write(tmp_path, "default.yaml", "id: default\nrules: {high: flag}\n")
        for _ in range(200):
            if store.reloads_ok:
                break
            await asyncio.sleep(0.01)
        assert default_high(store) == "flag"
    finally:
        await cancel(task)
