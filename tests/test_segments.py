from __future__ import annotations

import copy
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from guardproxy.errors import RequestError
from guardproxy.types import Segment, Source
from guardproxy.wire.segments import MAX_SEGMENTS, extract_segments, param_name, replace_texts

CHAT = "/v1/chat/completions"
COMPLETIONS = "/v1/completions"
RESPONSES = "/v1/responses"
EMBEDDINGS = "/v1/embeddings"


def _rows(route: str, body: dict[str, Any]) -> list[tuple[str, str, str, Source]]:
    return [(s.text, param_name(s.path), s.role, s.source) for s in extract_segments(route, body)]


@pytest.mark.parametrize(
    ("route", "body", "expected"),
    [
        pytest.param(
            CHAT,
            {
                "model": "m",
                "messages": [
                    {"role": "system", "content": "sys"},
                    {"role": "developer", "content": "dev"},
                    {"role": "user", "content": "hi", "name": "alice"},
                ],
            },
            [
                ("sys", "messages[0].content", "system", Source.SYSTEM),
                ("dev", "messages[1].content", "developer", Source.SYSTEM),
                ("hi", "messages[2].content", "user", Source.USER),
            ],
            id="chat-strings-name-not-scanned",
        ),
        pytest.param(
            CHAT,
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": "a"},
                            {"type": "image_url", "image_url": {"url": "data:..."}},
                            {"type": "input_text", "text": "b"},
                        ],
                    }
                ]
            },
            [
                ("a", "messages[0].content[0].text", "user", Source.USER),
                ("b", "messages[0].content[2].text", "user", Source.USER),
            ],
            id="chat-content-parts",
        ),
        pytest.param(
            CHAT,
            {
                "messages": [
                    {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "c1",
                                "type": "function",
                                "function": {"name": "f", "arguments": '{"q":1}'},
                            },
                            {"id": "c2", "type": "custom", "custom": {"name": "g", "input": "raw"}},
                        ],
                    },
                    {"role": "tool", "tool_call_id": "c1", "content": "result"},
                    {"role": "function", "name": "f", "content": "old result"},
                    {"role": "assistant", "function_call": {"name": "f", "arguments": "{}"}},
                ]
            },
            [
                ('{"q":1}', "messages[0].tool_calls[0].function.arguments", "tool_call", Source.ASSISTANT),
                ("raw", "messages[0].tool_calls[1].custom.input", "tool_call", Source.ASSISTANT),
                ("result", "messages[1].content", "tool", Source.TOOL),
                ("old result", "messages[2].content", "function", Source.TOOL),
                ("{}", "messages[3].function_call.arguments", "tool_call", Source.ASSISTANT),
            ],
            id="chat-tools",
        ),
        pytest.param(
            CHAT,
            {"messages": [{"role": "critic", "content": "x"}]},
            [("x", "messages[0].content", "critic", Source.USER)],
            id="chat-unknown-role-gets-user-trust",
        ),
        pytest.param(
            COMPLETIONS,
            {"prompt": "p", "suffix": "s"},
            [("p", "prompt", "user", Source.PROMPT), ("s", "suffix", "user", Source.PROMPT)],
            id="completions-string-and-suffix",
        ),
        pytest.param(
            COMPLETIONS,
            {"prompt": ["a", "b"]},
            [("a", "prompt[0]", "user", Source.PROMPT), ("b", "prompt[1]", "user", Source.PROMPT)],
            id="completions-list",
        ),
        pytest.param(COMPLETIONS, {"prompt": [1, 2, 3]}, [], id="completions-tokens"),
        pytest.param(COMPLETIONS, {"prompt": [[1, 2], [3]]}, [], id="completions-token-batches"),
        pytest.param(COMPLETIONS, {"prompt": []}, [], id="completions-empty-list"),
        pytest.param(
            RESPONSES,
            {"instructions": "be nice", "input": "hello"},
            [("be nice", "instructions", "system", Source.SYSTEM), ("hello", "input", "user", Source.USER)],
            id="responses-string",
        ),
        pytest.param(
            RESPONSES,
            {
                "input": [
                    {"role": "user", "content": "short form"},
                    {
                        "type": "message",
                        "role": "assistant",
                        "content": [
                            {"type": "output_text", "text": "earlier"},
                            {"type": "refusal", "refusal": "no"},
                        ],
                    },
                    {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "q"}]},
                    {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"},
                    {"type": "function_call_output", "call_id": "c", "output": "tool said"},
                    {
                        "type": "function_call_output",
                        "call_id": "d",
                        "output": [{"type": "input_text", "text": "t"}],
                    },
                    {"type": "reasoning", "summary": []},
                    {"type": "item_reference", "id": "x"},
                ]
            },
            [
                ("short form", "input[0].content", "user", Source.USER),
                ("earlier", "input[1].content[0].text", "assistant", Source.ASSISTANT),
                ("q", "input[2].content[0].text", "user", Source.USER),
                ("{}", "input[3].arguments", "tool_call", Source.ASSISTANT),
                ("tool said", "input[4].output", "tool", Source.TOOL),
                ("t", "input[5].output[0].text", "tool", Source.TOOL),
            ],
            id="responses-items",
        ),
        pytest.param(RESPONSES, {"previous_response_id": "r"}, [], id="responses-no-input"),
        pytest.param(
            EMBEDDINGS,
            {"input": ["x", "y"]},
            [("x", "input[0]", "user", Source.PROMPT), ("y", "input[1]", "user", Source.PROMPT)],
            id="embeddings-list",
        ),
        pytest.param(
            EMBEDDINGS, {"input": "x"}, [("x", "input", "user", Source.PROMPT)], id="embeddings-string"
        ),
        pytest.param(EMBEDDINGS, {"input": [[1, 2]]}, [], id="embeddings-tokens"),
        pytest.param("/v1/models", {"anything": 1}, [], id="other-route"),
        pytest.param(
            CHAT + "/",
            {"messages": [{"role": "user", "content": "x"}]},
            [("x", "messages[0].content", "user", Source.USER)],
            id="trailing-slash",
        ),
    ],
)
def test_extracts(route: str, body: dict[str, Any], expected: list[tuple[str, str, str, Source]]) -> None:
    assert _rows(route, body) == expected


@pytest.mark.parametrize(
    ("route", "body", "param"),
    [
        pytest.param(CHAT, {}, "messages", id="chat-missing"),
        pytest.param(CHAT, {"messages": []}, "messages", id="chat-empty"),
        pytest.param(CHAT, {"messages": "hi"}, "messages", id="chat-not-array"),
        pytest.param(CHAT, {"messages": ["hi"]}, "messages[0]", id="chat-message-not-object"),
        pytest.param(CHAT, {"messages": [{"content": "x"}]}, "messages[0].role", id="chat-no-role"),
        pytest.param(
            CHAT, {"messages": [{"role": 1, "content": "x"}]}, "messages[0].role", id="chat-role-type"
        ),
        pytest.param(
            CHAT,
            {"messages": [{"role": "user", "content": "a"}] * 3 + [{"role": "user", "content": 5}]},
            "messages[3].content",
            id="chat-content-type",
        ),
        pytest.param(
            CHAT, {"messages": [{"role": "user", "content": ["x"]}]}, "messages[0].content[0]", id="part-str"
        ),
        pytest.param(
            CHAT,
            {"messages": [{"role": "user", "content": [{"text": "x"}]}]},
            "messages[0].content[0].type",
            id="no-type",
        ),
        pytest.param(
            CHAT,
            {"messages": [{"role": "user", "content": [{"type": "text", "text": None}]}]},
            "messages[0].content[0].text",
            id="part-text-type",
        ),
        pytest.param(
            CHAT,
            {"messages": [{"role": "assistant", "tool_calls": {}}]},
            "messages[0].tool_calls",
            id="tool-calls-type",
        ),
        pytest.param(
            CHAT,
            {"messages": [{"role": "assistant", "tool_calls": [{"function": "f"}]}]},
            "messages[0].tool_calls[0].function",
            id="function-type",
        ),
        pytest.param(
            CHAT,
            {"messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": {}}}]}]},
            "messages[0].tool_calls[0].function.arguments",
            id="arguments-type",
        ),
        pytest.param(COMPLETIONS, {}, "prompt", id="prompt-missing"),
        pytest.param(COMPLETIONS, {"prompt": 3}, "prompt", id="prompt-type"),
        pytest.param(COMPLETIONS, {"prompt": ["a", 1]}, "prompt[1]", id="prompt-mixed"),
        pytest.param(COMPLETIONS, {"prompt": [1, "a"]}, "prompt[1]", id="prompt-mixed-tokens"),
        pytest.param(COMPLETIONS, {"prompt": [[1], 2]}, "prompt[1]", id="prompt-mixed-batches"),
        pytest.param(COMPLETIONS, {"prompt": [True]}, "prompt[0]", id="prompt-bool"),
        pytest.param(COMPLETIONS, {"prompt": "a", "suffix": 1}, "suffix", id="suffix-type"),
        pytest.param(EMBEDDINGS, {}, "input", id="embeddings-missing"),
        pytest.param(EMBEDDINGS, {"input": {"text": "a"}}, "input", id="embeddings-type"),
        pytest.param(EMBEDDINGS, {"input": [[1, "a"]]}, "input[0]", id="embeddings-bad-tokens"),
        pytest.param(RESPONSES, {"instructions": 1}, "instructions", id="instructions-type"),
        pytest.param(RESPONSES, {"input": 1}, "input", id="input-type"),
        pytest.param(RESPONSES, {"input": [1]}, "input[0]", id="item-type"),
        pytest.param(RESPONSES, {"input": [{"content": "x"}]}, "input[0].type", id="item-untyped"),
        pytest.param(
            RESPONSES, {"input": [{"type": "message", "content": "x"}]}, "input[0].role", id="msg-no-role"
        ),
        pytest.param(
            RESPONSES,
            {"input": [{"type": "function_call", "arguments": 1}]},
            "input[0].arguments",
            id="fc-args",
        ),
        pytest.param(
            RESPONSES,
            {"input": [{"type": "function_call_output", "output": 1}]},
            "input[0].output",
            id="fco-output",
        ),
    ],
)
def test_wrong_shapes_name_the_field(route: str, body: dict[str, Any], param: str) -> None:
    with pytest.raises(RequestError) as info:
        extract_segments(route, body)
    assert info.value.param == param
    assert info.value.status == 400
    assert param in str(info.value)


def test_message_wording_matches_openai() -> None:
    with pytest.raises(
        RequestError, match=r"Invalid type for 'messages\[0\].content': expected a string or an array"
    ):
        extract_segments(CHAT, {"messages": [{"role": "user", "content": 5}]})


def test_body_must_be_an_object() -> None:
    with pytest.raises(RequestError, match="JSON object"):
        extract_segments(CHAT, [1, 2])  # type: ignore[arg-type]


def test_segment_limit() -> None:
    body = {"input": ["x"] * (MAX_SEGMENTS + 1)}
    with pytest.raises(RequestError) as info:
        extract_segments(EMBEDDINGS, body)
    assert info.value.code == "too_many_segments"
    assert len(extract_segments(EMBEDDINGS, {"input": ["x"] * MAX_SEGMENTS})) == MAX_SEGMENTS


def test_ten_thousand_messages_are_fine() -> None:
    body = {"messages": [{"role": "user", "content": f"m{i}"} for i in range(10_000)]}
    segs = extract_segments(CHAT, body)
    assert len(segs) == 10_000
    assert segs[-1].text == "m9999"


def test_deep_nesting_in_unread_fields_costs_nothing() -> None:
    deep: Any = "leaf"
    for _ in range(100_000):
        deep = [deep]
    body = {"messages": [{"role": "user", "content": "x", "extra": deep}], "metadata": deep}
    assert [s.text for s in extract_segments(CHAT, body)] == ["x"]


CHAT_BODY: dict[str, Any] = {
    "model": "m",
    "messages": [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "image_url", "image_url": {}}]},
        {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "content": "r"},
    ],
    "temperature": 0.2,
}


def test_replace_texts_copy_on_write() -> None:
    original = copy.deepcopy(CHAT_BODY)
    segs = extract_segments(CHAT, CHAT_BODY)
    out = replace_texts(CHAT_BODY, segs, {1: "A", 2: '{"x":1}'})
    assert original == CHAT_BODY  # input untouched
    assert [s.text for s in extract_segments(CHAT, out)] == ["sys", "A", '{"x":1}', "r"]
    assert out["messages"][0] is CHAT_BODY["messages"][0]  # untouched branches shared
    assert out["messages"][1]["content"][1] is CHAT_BODY["messages"][1]["content"][1]
    assert orjson.dumps(out) == orjson.dumps(CHAT_BODY).replace(b'"text":"a"', b'"text":"A"').replace(
        b'"arguments":"{}"', b'"arguments":"{\\"x\\":1}"'
    )


def test_replace_texts_rejects_foreign_segments() -> None:
    segs = extract_segments(CHAT, CHAT_BODY)
    with pytest.raises(ValueError, match="out of range"):
        replace_texts(CHAT_BODY, segs, {9: "x"})
    other = (Segment("zzz", ("messages", 0, "content"), "system", Source.SYSTEM),)
    with pytest.raises(ValueError, match="does not match"):
        replace_texts(CHAT_BODY, other, {0: "x"})


_text = st.text(max_size=20)
_part = st.one_of(
    st.builds(lambda t: {"type": "text", "text": t}, _text),
    st.just({"type": "image_url", "image_url": {"url": "u"}}),
)
_message = st.builds(
    lambda role, content, extra: {"role": role, "content": content, **extra},
    st.sampled_from(["system", "user", "assistant", "tool", "developer"]),
    st.one_of(st.none(), _text, st.lists(_part, max_size=4)),
    st.dictionaries(st.sampled_from(["name", "x_meta"]), _text, max_size=2),
)


@given(messages=st.lists(_message, min_size=1, max_size=6), data=st.data())
def test_replace_then_extract_roundtrip(messages: list[dict[str, Any]], data: st.DataObject) -> None:
    body = {"model": "m", "messages": messages, "stream": True}
    before = orjson.dumps(body)
    segs = extract_segments(CHAT, body)
    picks = data.draw(st.dictionaries(st.integers(0, max(len(segs) - 1, 0)), _text)) if segs else {}
    out = replace_texts(body, segs, picks)
    assert orjson.dumps(body) == before
    again = extract_segments(CHAT, out)
    assert [s.text for s in again] == [picks.get(i, s.text) for i, s in enumerate(segs)]
    assert [s.path for s in again] == [s.path for s in segs]
    # Identical elsewhere: putting the old texts back gives the original bytes, key order included.
    restored = replace_texts(out, again, {i: s.text for i, s in enumerate(segs)})
    assert orjson.dumps(restored) == before
