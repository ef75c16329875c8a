"""The official openai SDK, sync and async, pointed at the proxy by base_url."""

from __future__ import annotations

import asyncio

import openai
import pytest

from guardproxy.testing import FakeUpstream, MakeProxy, ProxyClient, Reply, StaticScreener
from guardproxy.types import Action

MESSAGES: list[openai.types.chat.ChatCompletionMessageParam] = [{"role": "user", "content": "hello there"}]


def base_url(client: ProxyClient) -> str:
    return str(client.make_url("/v1"))


def sync_sdk(client: ProxyClient) -> openai.OpenAI:
    return openai.OpenAI(base_url=base_url(client), api_key="sk-test", max_retries=0)


def async_sdk(client: ProxyClient) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=base_url(client), api_key="sk-test", max_retries=0)


async def test_async_chat_and_stream(proxy: ProxyClient) -> None:
    async with async_sdk(proxy) as sdk:
        done = await sdk.chat.completions.create(model="m", messages=MESSAGES)
        assert done.choices[0].message.content == "Echo: hello there"
        stream = await sdk.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        parts = [c.choices[0].delta.content or "" async for c in stream if c.choices]
    assert "".join(parts) == "Echo: hello there"
    assert len(parts) > 2  # arrived as several chunks


async def test_sync_chat_stream_completions_responses_embeddings(proxy: ProxyClient) -> None:
    def run() -> None:
        with sync_sdk(proxy) as sdk:
            raw = sdk.chat.completions.with_raw_response.create(model="m", messages=MESSAGES)
            assert raw.headers["x-guardproxy-decision"] == "allow"
            assert raw.parse().choices[0].message.content == "Echo: hello there"
            stream = sdk.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            assert (
                "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "Echo: hello there"
            )
            assert sdk.completions.create(model="m", prompt="abc").choices[0].text == " Echo: abc"
            assert sdk.responses.create(model="m", input="yo").output_text == "Echo: yo"
            with sdk.responses.stream(model="m", input="yo") as events:
                assert events.get_final_response().output_text == "Echo: yo"
            vectors = sdk.embeddings.create(model="m", input=["a", "b"]).data
            assert len(vectors) == 2
            assert len(vectors[0].embedding) == 8
            assert [m.id for m in sdk.models.list()] == ["guardproxy-demo"]

    # the SDK blocks, so it runs in a thread while the proxy serves on this loop
    await asyncio.to_thread(run)


async def test_block_raises_permission_denied(make_proxy: MakeProxy) -> None:
    client = await make_proxy(StaticScreener(Action.BLOCK))
    async with async_sdk(client) as sdk:
        with pytest.raises(openai.PermissionDeniedError) as info:
            await sdk.chat.completions.create(model="m", messages=MESSAGES)
    assert info.value.code == "guardproxy_blocked"


async def test_refusal_style_streams_through_the_sdk(make_proxy: MakeProxy) -> None:
    client = await make_proxy(StaticScreener(Action.BLOCK, block_style="refusal", refusal_message="Sorry."))
    async with async_sdk(client) as sdk:
        stream = await sdk.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
        assert text == "Sorry."
        async with sdk.responses.stream(model="m", input="x") as events:
            assert (await events.get_final_response()).output_text == "Sorry."
        done = await sdk.completions.create(model="m", prompt="x", stream=True)
        assert "".join([c.choices[0].text async for c in done]) == "Sorry."


@pytest.mark.parametrize(
    ("settings", "reply", "status"),
    [
        ({"max_body_bytes": 1024}, None, 413),
        ({"upstream": {"read_timeout_s": 0.1}}, Reply(delay_s=0.5), 504),
        ({}, Reply(status=500, body={"error": {"message": "x", "type": "server_error"}}), 500),
    ],
)
async def test_errors_surface_as_sdk_exceptions(
    make_proxy: MakeProxy,
    upstream: FakeUpstream,
    settings: dict[str, object],
    reply: Reply | None,
    status: int,
) -> None:
    client = await make_proxy(**settings)
    if reply:
        upstream.script(reply)
    long: list[openai.types.chat.ChatCompletionMessageParam] = [{"role": "user", "content": "x" * 2000}]
    async with async_sdk(client) as sdk:
        with pytest.raises(openai.APIStatusError) as info:
            await sdk.chat.completions.create(model="m", messages=long)
    assert info.value.status_code == status


async def test_upstream_reset_mid_stream_raises_api_error(proxy: ProxyClient, upstream: FakeUpstream) -> None:
    first = b'data: {"id":"c","object":"chat.completion.chunk","created":0,"model":"m","choices":[]}\n\n'
    upstream.script(Reply(chunks=[(0, first)], reset=True))
    async with async_sdk(proxy) as sdk:
        stream = await sdk.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        with pytest.raises(openai.APIError, match="ended unexpectedly"):
            async for _ in stream:
                pass
