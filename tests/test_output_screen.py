"""The answer text filter: exact redaction at every split point, canary and prompt runs, shadow."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.detect.pii import PiiDetector
from guardproxy.output.screen import OutputFilter, is_tool_key
from guardproxy.policy.schema import OutputPolicy
from guardproxy.types import Finding, FindingKind

DETECTOR = PiiDetector()
IBAN_REDACTED = OutputPolicy.model_validate({"pii": {"IBAN": "redact", "default": "flag"}})
KEY = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv"
IBAN = "DE89 3704 0044 0532 0130 00"
_rng = random.Random(7)
PEM_BODY = "\n".join(
    "".join(_rng.choice("ABCDEFGHIJKLMNOPabcdefgh0123456789+/") for _ in range(64)) for _ in range(20)
)
SECRETS = {
    "openai": (f"Your key is {KEY} - keep it safe.", KEY),
    "aws": ("Use AKIAIOSFODNN7EXAMPLE for the bucket.", "AKIAIOSFODNN7EXAMPLE"),
    "password": ("Set password: hunter22! then log in.", "hunter22!"),
    "url": ("Clone https://bob:s3cr3tpw@git.example.com/x now", "s3cr3tpw"),
    "iban": (f"Pay to {IBAN} today.", IBAN),
    "pem": (
        f"Here:\n-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY-----\nDone.",
        PEM_BODY[:40],
    ),
}


def screen(policy: OutputPolicy = IBAN_REDACTED, **kw: object) -> OutputFilter:
    return OutputFilter(policy, detector=DETECTOR, key=b"k", **kw)  # type: ignore[arg-type]


def streamed(flt: OutputFilter, text: str, cuts: list[int], key: object = ("chat", 0, "content")) -> str:
    out, prev = [], 0
    for cut in [*sorted(cuts), len(text)]:
        out.append(flt.piece(key, text[prev:cut]))
        prev = cut
    return "".join(out) + flt.flush(key)


@pytest.mark.parametrize("name", sorted(SECRETS))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_stream_equals_whole_at_any_split(name: str, data: st.DataObject) -> None:
    text, secret = SECRETS[name]
    cuts = data.draw(st.lists(st.integers(0, len(text)), max_size=6))
    whole = screen(stream=False).whole(text)
    out = streamed(screen(), text, cuts)
    assert out == whole
    assert secret not in out
    assert secret[:12] not in out


@pytest.mark.parametrize("name", sorted(SECRETS))
def test_one_character_at_a_time(name: str) -> None:
    text, secret = SECRETS[name]
    out = streamed(screen(), text, list(range(1, len(text))))
    assert out == screen(stream=False).whole(text)
    assert secret[:12] not in out


PROSE = "The quick brown fox jumps over the lazy dog in 2024 by the window."


def test_prose_is_not_held() -> None:
    flt = screen(OutputPolicy())
    words = PROSE.split()
    assert [flt.piece("k", w + " ") for w in words] == [w + " " for w in words]


def test_key_prefix_is_held_only_while_it_could_grow() -> None:
    flt = screen(OutputPolicy())
    assert flt.piece("k", "Use s") == "Use "
    assert flt.piece("k", "k-") == ""
    assert flt.piece("k", "Ab3dEf6hIj9kLm2nOp5qRs8tUv") == ""
    assert flt.piece("k", " now") == "**** now"
    assert flt.piece("k", ". And sky") == ". And sky"


def test_hold_is_capped_and_still_leaks_nothing() -> None:
    flt = screen(OutputPolicy())
    key = "sk-" + "a1" * 400
    out = [flt.piece("k", "Key ")]
    for i in range(0, len(key), 10):
        out.append(flt.piece("k", key[i : i + 10]))
        assert len(flt._streams["k"].pending) <= 256 + 10
    rest = "".join(out) + flt.piece("k", " end") + flt.flush("k")
    assert rest == "Key **** end"


def test_flagged_entities_are_reported_across_pieces_without_text() -> None:
    found: list[Finding] = []
    flt = screen(OutputPolicy(), report=found.extend)
    out = streamed(flt, "Mail ann@exam" + "ple.com and AKIAIOSFODNN7EXAMPLE.", [13])
    assert out == "Mail ann@example.com and ****."
    assert sorted((f.type, f.rule_id) for f in found) == [
        ("AWS_ACCESS_KEY", "output.secret.redact"),
        ("EMAIL", "output.pii.flag"),
    ]
    assert all(f.stage == "output" for f in found)


def test_block_rule_cuts_and_drops_the_rest() -> None:
    policy = OutputPolicy.model_validate({"secrets": {"default": "block"}})
    flt = screen(policy)
    assert flt.piece("k", "ok ") == "ok "
    assert flt.piece("k", f"{KEY} more") == ""
    assert flt.cut == "output.secret.cut"
    assert flt.piece("k", "later") == ""
    assert flt.flush("k") == ""


@pytest.mark.parametrize(
    ("action", "expected"), [("redact", "Tag  done"), ("flag", "Tag [gp-1a2b3c4d] done")]
)
def test_canary_split_anywhere(action: str, expected: str) -> None:
    policy = OutputPolicy.model_validate({"leak": {"action": action}})
    text = "Tag [gp-1a2b3c4d] done"
    for cut in range(len(text) + 1):
        found: list[Finding] = []
        flt = screen(policy, canary="gp-1a2b3c4d", report=found.extend)
        assert streamed(flt, text, [cut]) == expected
        assert [f.kind for f in found] == [FindingKind.CANARY]


def test_canary_cut() -> None:
    flt = screen(OutputPolicy.model_validate({"leak": {"action": "cut"}}), canary="gp-1a2b3c4d")
    assert flt.piece("k", "Sure. My tag is gp-1a2") == "Sure. My tag is "
    assert flt.piece("k", "b3c4d.") == ""
    assert flt.cut == "output.canary.cut"


SYSTEM = (
    "You are the billing assistant for Acme. Never offer refunds above fifty dollars without "
    "a manager code, and always answer in formal English."
)


def test_verbatim_prompt_run_cuts_at_the_threshold() -> None:
    policy = OutputPolicy.model_validate({"leak": {"action": "cut", "min_words": 8}})
    flt = screen(policy, system_prompt=SYSTEM)
    said = "My instructions: never offer refunds above fifty dollars without a manager code."
    out = [flt.piece("k", w + " ") for w in said.split(" ")]
    assert flt.cut == "output.leak.cut"
    # the run is recognised at its 8th word ("a"); the words before it went out
    assert "".join(out) == "My instructions: never offer refunds above fifty dollars without "
    assert screen(policy, system_prompt=SYSTEM, stream=False).whole(said) == ""


def test_verbatim_redact_in_whole_text_removes_the_run() -> None:
    policy = OutputPolicy.model_validate({"leak": {"action": "redact", "min_words": 8}})
    flt = screen(policy, system_prompt=SYSTEM, stream=False)
    said = "Sure! Never offer refunds above fifty dollars without a manager code. Bye."
    assert flt.whole(said) == "Sure! . Bye."


def test_short_overlap_with_the_prompt_is_fine() -> None:
    policy = OutputPolicy.model_validate({"leak": {"action": "cut", "min_words": 8}})
    flt = screen(policy, system_prompt=SYSTEM)
    assert streamed(flt, "I am the billing assistant for Acme, how can I help?", [9]) == (
        "I am the billing assistant for Acme, how can I help?"
    )
    assert flt.cut is None


def test_shadow_changes_nothing_but_reports() -> None:
    found: list[Finding] = []
    policy = OutputPolicy.model_validate({"secrets": {"default": "block"}})
    flt = screen(policy, enforce=False, report=found.extend)
    text = f"key {KEY} here"
    assert streamed(flt, text, [6]) == text
    assert flt.cut is None
    assert [f.rule_id for f in found] == ["output.secret.cut"]


def test_tool_arguments_follow_the_tool_rule() -> None:
    key = ("chat", 0, "tool", 0)
    assert is_tool_key(key)
    assert not is_tool_key(("chat", 0, "content"))
    assert is_tool_key(("response", "response.function_call_arguments", "fc1", 0, None, None))
    args = '{"to": "ops", "token": "' + KEY + '"}'
    flt = screen(OutputPolicy.model_validate({"tool_calls": {"action": "block"}}))
    assert streamed(flt, args, [20], key=key) == args[:20]
    assert flt.cut == "output.tool.cut"
    flagged = screen(OutputPolicy.model_validate({"tool_calls": {"action": "flag"}}))
    assert streamed(flagged, args, [20], key=key) == args
    redacted = screen(OutputPolicy())
    assert streamed(redacted, args, [20], key=key) == '{"to": "ops", "token": "****"}'


def test_answer_placeholders_never_look_like_the_requests() -> None:
    policy = OutputPolicy.model_validate({"pii": {"IBAN": {"action": "redact", "mode": "placeholder"}}})
    assert screen(policy, stream=False).whole(f"to {IBAN}") == "to <REDACTED_IBAN_1>"


def test_answers_under_one_policy_share_the_recogniser_plan() -> None:
    text = f"Pay to {IBAN} today."
    first, second = screen(stream=False), screen(stream=False)
    assert first._acting is second._acting  # planned once per policy object
    assert second.whole(text) == first.whole(text)
    assert IBAN not in second.whole(text)
    # shadow mode acts on nothing: a plan of its own, not the enforcing one
    shadow = screen(stream=False, enforce=False)
    assert shadow._acting is not first._acting
    assert shadow.whole(text) == text
    # a policy reloaded with another rule is a new object: planned afresh
    allowed = OutputPolicy.model_validate({"pii": {"IBAN": "allow", "default": "allow"}})
    assert screen(allowed, stream=False).whole(text) == text
    # a canary belongs to one answer: never shared
    with_canary = screen(stream=False, canary="gp-canary-0123456789")
    assert with_canary._acting is not first._acting
