"""Canary insertion into the forwarded request, and leak recognisers for the answer."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from guardproxy.output.canary import (
    CanaryRecognizer,
    Shingles,
    canary_line,
    hold_rule,
    insert_canary,
    new_canary,
    system_text,
)
from guardproxy.types import Segment, Source


def test_new_canary_is_random_and_shaped() -> None:
    a, b = new_canary(), new_canary()
    assert a != b
    assert re.fullmatch(r"gp-[0-9a-f]{8}", a)


@pytest.mark.parametrize(
    ("route", "body", "where"),
    [
        (
            "/v1/chat/completions",
            {"messages": [{"role": "system", "content": "S"}]},
            ("messages", 0, "content"),
        ),
        (
            "/v1/chat/completions",
            {"messages": [{"role": "user", "content": "u"}, {"role": "developer", "content": "D"}]},
            ("messages", 1, "content"),
        ),
        ("/v1/responses", {"instructions": "I", "input": "x"}, ("instructions",)),
        ("/v1/responses", {"input": [{"role": "system", "content": "S"}]}, ("input", 0, "content")),
    ],
)
def test_insert_appends_to_the_system_prompt(
    route: str, body: dict[str, Any], where: tuple[Any, ...]
) -> None:
    assert insert_canary(route, body, "gp-00000000")
    node: Any = body
    for step in where:
        node = node[step]
    assert node.endswith(canary_line("gp-00000000"))


def test_insert_into_content_parts() -> None:
    body = {"messages": [{"role": "system", "content": [{"type": "text", "text": "S"}]}]}
    assert insert_canary("/v1/chat/completions", body, "gp-00000000")
    assert body["messages"][0]["content"][-1] == {"type": "text", "text": canary_line("gp-00000000").lstrip()}


@pytest.mark.parametrize(
    ("route", "body"),
    [
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": "u"}]}),
        ("/v1/completions", {"prompt": "p"}),
        ("/v1/responses", {"input": "just user text"}),
    ],
)
def test_no_system_prompt_no_canary(route: str, body: dict[str, Any]) -> None:
    before = repr(body)
    assert not insert_canary(route, body, "gp-00000000")
    assert repr(body) == before


def test_recognizer_takes_brackets_when_present() -> None:
    rec = CanaryRecognizer("gp-1a2b3c4d")
    text = "a [gp-1a2b3c4d] b gp-1a2b3c4d c"
    assert [text[f.start or 0 : f.end] for f in rec.find(text)] == ["[gp-1a2b3c4d]", "gp-1a2b3c4d"]
    assert list(rec.find("gp-1a2b3c4e")) == []


def test_hold_rule_prefixes() -> None:
    rule = hold_rule("gp-1a2b3c4d")
    assert rule("tag [gp-1a") == 4
    assert rule("tag gp-1") == 4
    assert rule("tag [") == 4
    assert rule("tag gp-9") is None
    assert rule("plain") is None


def test_system_text_joins_system_segments_only() -> None:
    segs = (
        Segment("S1", ("messages", 0, "content"), "system", Source.SYSTEM),
        Segment("U", ("messages", 1, "content"), "user", Source.USER),
        Segment("S2", ("messages", 2, "content"), "developer", Source.SYSTEM),
    )
    assert system_text(segs) == "S1\nS2"


PROMPT = "Always answer as Captain Byte, the cheerful pirate assistant of the Harbour Bank help desk."


def test_shingles_find_runs_case_and_punctuation_blind() -> None:
    sh = Shingles(PROMPT, 6)
    said = "Well: I ALWAYS answer as captain byte, the cheerful pirate! Arr."
    spans = sh.spans(said)
    assert [said[s:e] for s, e in spans] == ["ALWAYS answer as captain byte, the cheerful pirate"]
    assert sh.spans("the cheerful pirate assistant") == []


def test_tracker_follows_words_across_pieces() -> None:
    tracker = Shingles(PROMPT, 6).tracker()
    hits = [tracker.feed(p) for p in ["I alw", "ays answer as Cap", "tain By", "te, the", " end"]]
    # a word counts once it is complete: "the" ends only when " end" arrives
    assert hits == [False, False, False, False, True]
    assert Shingles(PROMPT, 0).spans(PROMPT) == []


def _every_run(sh: Shingles, text: str) -> list[tuple[int, int]]:
    """spans() by brute force: every n-word window of the text looked up, merged."""
    words = list(re.finditer(r"\w+", text))
    out: list[tuple[int, int]] = []
    for i in range(len(words) - sh.n + 1):
        if tuple(w.group().lower() for w in words[i : i + sh.n]) in sh:
            start, end = words[i].start(), words[i + sh.n - 1].end()
            out = [*out[:-1], (out[-1][0], end)] if out and start <= out[-1][1] else [*out, (start, end)]
    return out


def test_shingles_skip_only_windows_that_cannot_match() -> None:
    # answers that recite the prompt in pieces, with other words and cases between
    rng = random.Random(5)
    prompt_words, other = PROMPT.split(), ["Arr", "matey", "the", "Help", "desk", "bank", "is", "open"]
    sh = Shingles(PROMPT, 4)
    for _ in range(300):
        said: list[str] = []
        while len(said) < 40:
            if rng.random() < 0.5:
                i = rng.randrange(len(prompt_words))
                said += [
                    w.upper() if rng.random() < 0.2 else w for w in prompt_words[i : i + rng.randint(1, 8)]
                ]
            else:
                said.append(rng.choice(other))
        text = " ".join(said)
        assert sh.spans(text) == _every_run(sh, text)
        tracker, hits = sh.tracker(), 0
        for k in range(0, len(text), 7):
            hits += tracker.feed(text[k : k + 7])
        hits += tracker.feed("", final=True)
        assert (hits > 0) == bool(_every_run(sh, text))
    # a word from outside the prompt breaks a run: the words either side never join up
    tracker = Shingles(PROMPT, 6).tracker()
    assert not tracker.feed("Always answer as, arr, Captain Byte, the cheerful pirate", final=True)


def test_shingles_of_a_prompt_are_shared() -> None:
    assert Shingles.of(PROMPT, 6) is Shingles.of(PROMPT, 6)
    assert Shingles.of(PROMPT, 6) is not Shingles.of(PROMPT, 5)
