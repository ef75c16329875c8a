"""Auth: passthrough, proxy keys (hashed, swapped for the upstream key), key ids and tenants."""

from __future__ import annotations

import hashlib

import pytest

from guardproxy.config import AuthSettings
from guardproxy.errors import ConfigError
from guardproxy.server.app import create_app
from guardproxy.server.auth import Authenticator, key_digest
from guardproxy.testing import FakeUpstream, MakeProxy, StaticScreener

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
PROXY_KEY = "gp-team-a-key"
DIGEST = hashlib.sha256(PROXY_KEY.encode()).hexdigest()
ENV = {"OPENAI_API_KEY": "sk-upstream"}
PROXY_KEYS = {"mode": "proxy_keys", "proxy_key_sha256": [DIGEST], "tenants": {DIGEST: "team-a"}}


async def test_passthrough_forwards_the_client_key(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    screener = StaticScreener()
    client = await make_proxy(screener)
    await client.post("/v1/chat/completions", json=CHAT, headers={"Authorization": "Bearer sk-client"})
    assert upstream.received[-1].headers["Authorization"] == "Bearer sk-client"
    assert screener.requests[0].key_id == key_digest("sk-client")[:12]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": PROXY_KEY}])
async def test_proxy_keys_refuse_a_bad_or_missing_key(
    make_proxy: MakeProxy, upstream: FakeUpstream, headers: dict[str, str]
) -> None:
    client = await make_proxy(environ=ENV, auth=PROXY_KEYS)
    for path in ("/v1/chat/completions", "/v1/models"):
        resp = await client.post(path, json=CHAT, headers=headers)
        assert resp.status == 401
        err = (await resp.json())["error"]
        assert (err["type"], err["code"]) == ("authentication_error", "invalid_api_key")
        assert "wrong" not in err["message"]
    assert upstream.received == []


async def test_proxy_keys_swap_in_the_upstream_key(make_proxy: MakeProxy, upstream: FakeUpstream) -> None:
    screener = StaticScreener()
    client = await make_proxy(screener, environ=ENV, auth=PROXY_KEYS)
    resp = await client.post(
        "/v1/chat/completions",
        json=CHAT,
        headers={"Authorization": f"Bearer {PROXY_KEY}", "api-key": PROXY_KEY},
    )
    assert resp.status == 200
    got = upstream.received[-1].headers
    assert got["Authorization"] == "Bearer sk-upstream"
    assert "api-key" not in got
    req = screener.requests[0]
    assert (req.key_id, req.tenant) == (DIGEST[:12], "team-a")


def test_proxy_keys_need_the_upstream_key_at_start(upstream: FakeUpstream) -> None:
    from guardproxy.config import load_settings

    settings = load_settings(environ={}, overrides={"upstream": {"url": upstream.url}, "auth": PROXY_KEYS})
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        create_app(settings, environ={})


def test_authenticator_accepts_any_listed_digest() -> None:
    other = key_digest("second")
    auth = Authenticator(AuthSettings(mode="proxy_keys", proxy_key_sha256=(DIGEST, other)), "sk-up")
    assert auth.authenticate({"Authorization": "Bearer second"}).authorization == "Bearer sk-up"
