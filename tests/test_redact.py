from __future__ import annotations

import hashlib
import hmac
import itertools
import re
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.redact import MASK, PlaceholderCounter, apply_redactions, merge_spans, redact_text
from guardproxy.types import Redaction, RedactMode
from guardproxy.wire.restore import PlaceholderFilter
from guardproxy.wire.segments import extract_segments

KEY = b"k" * 32
TEXT = "mail ann@example.com or call +1 202 555 0101"
EMAIL = (5, 20)
PHONE = (29, len(TEXT))


def span(start: int, end: int, entity: str = "EMAIL", mode: RedactMode = RedactMode.PLACEHOLDER) -> Redaction:
    return Redaction(segment=0, start=start, end=end, entity=entity, mode=mode)


def redact(
    text: str, spans: list[Redaction], counter: PlaceholderCounter | None = None
) -> tuple[str, dict[str, str]]:
    return redact_text(text, spans, key=KEY, counter=counter or PlaceholderCounter())


def _hmac8(value: str) -> str:
    return hmac.new(KEY, value.encode(), hashlib.sha256).hexdigest()[:8]


@pytest.mark.parametrize(
    ("mode", "expected", "mapping"),
    [
        (RedactMode.PLACEHOLDER, "mail <EMAIL_1> or call <PHONE_1>", {"<EMAIL_1>": "ann@example.com"}),
        (RedactMode.MASK, f"mail {MASK} or call {MASK}", {}),
        (
            RedactMode.HASH,
            f"mail <EMAIL_{_hmac8('ann@example.com')}> or call <PHONE_{_hmac8('+1 202 555 0101')}>",
            {},
        ),
        (RedactMode.REMOVE, "mail  or call ", {}),
    ],
)
def test_modes(mode: RedactMode, expected: str, mapping: dict[str, str]) -> None:
    text, found = redact(TEXT, [span(*PHONE, "PHONE", mode), span(*EMAIL, "EMAIL", mode)])
    assert text == expected
    if mode is RedactMode.PLACEHOLDER:
        mapping = {**mapping, "<PHONE_1>": "+1 202 555 0101"}
    assert found == mapping


def test_modes_mix_per_span() -> None:
    text, found = redact(TEXT, [span(*EMAIL, mode=RedactMode.MASK), span(*PHONE, "PHONE")])
    assert text == f"mail {MASK} or call <PHONE_1>"
    assert found == {"<PHONE_1>": "+1 202 555 0101"}


def test_placeholders_are_stable_and_numbered_in_reading_order() -> None:
    counter = PlaceholderCounter()
    text = "a@x.io b@x.io a@x.io"
    first, m1 = redact(text, [span(14, 20), span(0, 6), span(7, 13)], counter)
    second, m2 = redact("again a@x.io, c@x.io", [span(6, 12), span(14, 20)], counter)
    assert first == "<EMAIL_1> <EMAIL_2> <EMAIL_1>"
    assert second == "again <EMAIL_1>, <EMAIL_3>"
    assert m1 == {"<EMAIL_1>": "a@x.io", "<EMAIL_2>": "b@x.io"}
    assert m2 == {"<EMAIL_1>": "a@x.io", "<EMAIL_3>": "c@x.io"}


def test_counter_skips_placeholders_already_in_the_request() -> None:
    counter = PlaceholderCounter.for_texts(["literal <EMAIL_1> here", "and <PHONE_2>"])
    assert counter.placeholder("email", "a@x.io") == "<EMAIL_2>"
    assert counter.placeholder("PHONE", "1") == "<PHONE_1>"
    assert counter.placeholder("PHONE", "2") == "<PHONE_3>"


def test_entity_names_are_made_safe() -> None:
    assert PlaceholderCounter().placeholder("credit card<x>", "4") == "<CREDIT_CARD_X__1>"


def test_hash_needs_a_key() -> None:
    with pytest.raises(ValueError, match="non-empty key"):
        redact_text(TEXT, [span(*EMAIL, mode=RedactMode.HASH)], key=b"", counter=PlaceholderCounter())


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([span(5, 20), span(10, 14, "DOMAIN")], "mail <EMAIL_1> or call +1 202 555 0101"),  # inner dropped
        ([span(10, 14, "DOMAIN"), span(5, 20)], "mail <EMAIL_1> or call +1 202 555 0101"),  # order irrelevant
        ([span(0, 9, "X"), span(5, 20)], "<EMAIL_1> or call +1 202 555 0101"),  # union, longer wins
        ([span(5, 20), span(5, 20, "URL", RedactMode.MASK)], "mail <EMAIL_1> or call +1 202 555 0101"),
        (
            [span(5, 20), span(20, 24, "X", RedactMode.REMOVE)],
            "mail <EMAIL_1>call +1 202 555 0101",
        ),  # adjacent
        ([span(3, 3)], TEXT),  # empty span: nothing to do
    ],
)
def test_overlaps_merge(spans: list[Redaction], expected: str) -> None:
    assert redact(TEXT, spans)[0] == expected


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4), (0, len(TEXT) + 1)])
def test_bad_offsets_raise(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside text"):
        redact(TEXT, [span(start, end)])


_spans = st.lists(
    st.tuples(
        st.integers(0, 60), st.integers(0, 12), st.sampled_from(list(RedactMode)), st.sampled_from(["A", "B"])
    ),
    max_size=6,
)


def _draw_spans(text: str, raw: list[tuple[int, int, RedactMode, str]]) -> list[Redaction]:
    out = []
    for start, length, mode, entity in raw:
        s = min(start, len(text))
        out.append(span(s, min(s + length, len(text)), entity, mode))
    return out


_REPLACEMENT = {
    RedactMode.MASK: re.escape(MASK),
    RedactMode.REMOVE: "",
    RedactMode.PLACEHOLDER: r"<[AB]_\d+>",
    RedactMode.HASH: r"<[AB]_[0-9a-f]{8}>",
}


@settings(max_examples=200)
@given(text=st.text(max_size=60), raw=_spans)
def test_text_outside_spans_never_changes(text: str, raw: list[tuple[int, int, RedactMode, str]]) -> None:
    spans = _draw_spans(text, raw)
    out, _ = redact(text, spans)
    merged = merge_spans(spans, len(text))
    for a, b in itertools.pairwise(merged):
        assert a.end <= b.start  # merged spans never overlap
    assert all(0 <= m.start < m.end <= len(text) for m in merged)
    # The output is exactly: kept gap, replacement of that span's mode, kept gap, ...
    pattern, pos = "", 0
    for m in merged:
        pattern += re.escape(text[pos : m.start]) + _REPLACEMENT[m.mode]
        pos = m.end
    assert re.fullmatch(pattern + re.escape(text[pos:]), out, re.DOTALL)


@settings(max_examples=200)
@given(text=st.text(max_size=60), raw=_spans)
def test_restore_of_placeholder_redaction_is_identity(
    text: str, raw: list[tuple[int, int, RedactMode, str]]
) -> None:
    spans = [span(s.start, s.end, s.entity) for s in _draw_spans(text, raw)]
    counter = PlaceholderCounter.for_texts([text])
    out, mapping = redact(text, spans, counter)
    assert PlaceholderFilter(mapping).whole(out) == text


# --- whole requests

BODY: dict[str, Any] = {
    "model": "m",
    "messages": [
        {"role": "system", "content": "You help ann@example.com."},
        {"role": "user", "content": [{"type": "text", "text": "Email ann@example.com and bob@example.org"}]},
    ],
    "stream": True,
}


def test_apply_redactions_rewrites_only_the_spans() -> None:
    segs = extract_segments("/v1/chat/completions", BODY)
    reds = [
        Redaction(segment=0, start=9, end=24, entity="EMAIL", restore=True),
        Redaction(segment=1, start=6, end=21, entity="EMAIL", restore=True),
        Redaction(segment=1, start=26, end=41, entity="EMAIL", mode=RedactMode.MASK),
    ]
    result = apply_redactions(BODY, segs, reds, key=KEY)
    assert result.body["messages"][0]["content"] == "You help <EMAIL_1>."
    assert result.body["messages"][1]["content"][0]["text"] == f"Email <EMAIL_1> and {MASK}"
    assert result.mapping == {"<EMAIL_1>": "ann@example.com"}
    assert result.body["stream"] is True
    assert list(result.body) == list(BODY)  # key order kept
    assert BODY["messages"][0]["content"] == "You help ann@example.com."  # input untouched
    orjson.loads(orjson.dumps(result.body))  # valid JSON


def test_apply_redactions_restorer_round_trip() -> None:
    segs = extract_segments("/v1/chat/completions", BODY)
    result = apply_redactions(
        BODY, segs, [Redaction(segment=0, start=9, end=24, entity="EMAIL", restore=True)], key=KEY
    )
    answer = orjson.dumps({"choices": [{"message": {"content": "Hi <EMAIL_1>!"}}]})
    restorer = result.restorer()
    out = restorer.feed(answer) + restorer.finish()
    assert orjson.loads(out)["choices"][0]["message"]["content"] == "Hi ann@example.com!"
    assert result.restorer() is not restorer  # one per answer: restorers keep stream state


def test_apply_redactions_rejects_unknown_segment() -> None:
    segs = extract_segments("/v1/chat/completions", BODY)
    with pytest.raises(ValueError, match="segment 7"):
        apply_redactions(BODY, segs, [Redaction(segment=7, start=0, end=1, entity="X")], key=KEY)


def test_no_redactions_gives_the_same_body() -> None:
    segs = extract_segments("/v1/chat/completions", BODY)
    result = apply_redactions(BODY, segs, [], key=KEY)
    assert result.body == BODY
    assert result.mapping == {}


def test_literal_placeholder_text_survives_the_round_trip() -> None:
    text = "I typed <EMAIL_1> myself; mine is a@x.io"
    out, mapping = redact(text, [span(34, 40)], PlaceholderCounter.for_texts([text]))
    assert out == "I typed <EMAIL_1> myself; mine is <EMAIL_2>"
    assert PlaceholderFilter(mapping).whole(out) == text


def test_unknown_mode_raises_instead_of_passing_text() -> None:
    with pytest.raises(ValueError, match="shred"):
        redact(TEXT, [span(*EMAIL, mode="shred")])  # type: ignore[arg-type]


def test_repr_carries_no_pii() -> None:
    segs = extract_segments("/v1/chat/completions", BODY)
    result = apply_redactions(
        BODY, segs, [Redaction(segment=0, start=9, end=24, entity="EMAIL", restore=True)], key=KEY
    )
    assert "example" not in repr(result)


def test_only_restorable_values_come_back() -> None:
    # One restorable e-mail must not bring back a card number whose rule does not restore.
    text = "Mail ann@example.com, card 4111 1111 1111 1111"
    body = {"model": "m", "messages": [{"role": "user", "content": text}]}
    segs = extract_segments("/v1/chat/completions", body)
    reds = [
        Redaction(segment=0, start=5, end=20, entity="EMAIL", restore=True),
        Redaction(segment=0, start=27, end=46, entity="CREDIT_CARD"),
    ]
    result = apply_redactions(body, segs, reds, key=KEY)
    assert result.body["messages"][0]["content"] == "Mail <EMAIL_1>, card <CREDIT_CARD_1>"
    assert result.mapping == {"<EMAIL_1>": "ann@example.com"}
    answer = orjson.dumps({"choices": [{"message": {"content": "<EMAIL_1> <CREDIT_CARD_1>"}}]})
    restorer = result.restorer()
    out = orjson.loads(restorer.feed(answer) + restorer.finish())
    assert out["choices"][0]["message"]["content"] == "ann@example.com <CREDIT_CARD_1>"
