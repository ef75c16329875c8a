from __future__ import annotations

import random
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.detect.base import Variant
from guardproxy.detect.pii import (
    DEFAULT_RECOGNIZERS,
    RECOGNIZERS,
    PiiDetector,
    build_recognizers,
    card_brand,
    digit_count,
    iban_ok,
    luhn_ok,
    resolve_overlaps,
)
from guardproxy.types import Finding, FindingKind

DETECTOR = PiiDetector()


def found(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in DETECTOR.detect(text, [Variant("raw", text)])]


def values(text: str, entity: str) -> list[str]:
    return [v for t, v in found(text) if t == entity]


EMAIL_HITS = [
    ("write to john.doe@example.com today", "john.doe@example.com"),
    ("Mail: anna+news@mail.example.co.uk.", "anna+news@mail.example.co.uk"),
    ("<b.mueller@firma.de>", "b.mueller@firma.de"),
    ("cc: x_y-z@sub-domain.example.org, thanks", "x_y-z@sub-domain.example.org"),
    ("contact:jean.dupont@orange.fr", "jean.dupont@orange.fr"),
    ("mailto:support@company.io", "support@company.io"),
    ("EMAIL=ADMIN@EXAMPLE.NET", "ADMIN@EXAMPLE.NET"),
    ("josé.garcía@correo.es escribió", "josé.garcía@correo.es"),
    ("(maria.rossi92@libero.it)", "maria.rossi92@libero.it"),
]
EMAIL_DECOYS = [
    "ping me @john on slack",
    "the decorator @app.route('/x') is wrong",
    "git@github.com:org/repo.git",  # an SSH remote, not a mailbox
    "user@localhost",
    "a..b@example.com",
    "price is 3 @ 5 dollars",
    "@@@@ example.com",
    "postgres://admin:s3cret@db.example.com/app",  # URL credentials, not an email
    "npm i @types/node@20.1.0",
]


@pytest.mark.parametrize(("text", "value"), EMAIL_HITS)
def test_email_hits(text: str, value: str) -> None:
    assert values(text, "EMAIL") == [value]


@pytest.mark.parametrize("text", EMAIL_DECOYS)
def test_email_decoys(text: str) -> None:
    assert values(text, "EMAIL") == []


PHONE_HITS = [
    ("call me on +44 20 7946 0958 tomorrow", "+44 20 7946 0958"),
    ("my number is (415) 555-2671", "(415) 555-2671"),
    ("US office: 212-555-0199? no, 650-253-0000", "650-253-0000"),
    ("Tel. 030 12345678", "030 12345678"),
    ("+49 30 901820 ist die Zentrale", "+49 30 901820"),
    ("mobile 07911 123456", "07911 123456"),
    ("appelez le 06 12 34 56 78", "06 12 34 56 78"),
    ("ring +33 1 42 68 53 00", "+33 1 42 68 53 00"),
    ("bel 020-555 1234 voor info", "020-555 1234"),
    ("WhatsApp +34 612 34 56 78", "+34 612 34 56 78"),
    # pairs that start like a two-digit-year date must not be taken for one
    ("appelez le 06.12.34.56.78", "06.12.34.56.78"),
    ("tél. 01-23-45-67-89", "01-23-45-67-89"),
]
PHONE_DECOYS = [
    "the meeting is on 2024-05-12 at 14:30",
    "version 10.2.3.4567 was released",
    "ISBN 978-3-16-148410-0",
    "invoice 415-555-2671 is overdue",
    "order #2125550199 shipped",
    "timestamp 1700000000123",
    "the total was 1,234,567.89 EUR",
    "part no. 4412-7781-02",
    "coordinates 48.858844, 2.294351",
    "logged at 00:40:03.359268",
    "dated 04-15-1996",
    "replace P/N 7304-3038-35",
    "we sold 1234567 units",
]


@pytest.mark.parametrize(("text", "value"), PHONE_HITS)
def test_phone_hits(text: str, value: str) -> None:
    assert value in values(text, "PHONE")


@pytest.mark.parametrize("text", PHONE_DECOYS)
def test_phone_decoys(text: str) -> None:
    assert values(text, "PHONE") == []


@pytest.fixture
def matcher_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The windows phonenumbers' matcher is run on (~0.1 ms a region each)."""
    import phonenumbers

    calls: list[str] = []
    real = phonenumbers.PhoneNumberMatcher

    def counted(text: str, *a: Any, **k: Any) -> Any:
        calls.append(text)
        return real(text, *a, **k)

    monkeypatch.setattr(phonenumbers, "PhoneNumberMatcher", counted)
    return calls


def test_dates_never_reach_the_phone_matcher(matcher_runs: list[str]) -> None:
    # a pasted log or JSON repeats dates
    log = "\n".join(f'{{"date":"2024-04-{d:02}","at":"2024-04-{d:02} 09"}}' for d in range(1, 9))
    assert values(log + " and 03/04/2024, 4.5.2023", "PHONE") == []
    assert matcher_runs == []
    # seven more digits after a date can still be a number
    assert values("on 2024-05-02 650-253-0000", "PHONE") == ["650-253-0000"]


def test_runs_too_short_for_a_number_never_reach_the_phone_matcher(matcher_runs: list[str]) -> None:
    # answers are full of IP addresses, decimals and table columns: fewer digits than any
    # valid US number, with no + or 00 to start an international one
    table = "203.0.113.42 - -\n  14   1843.6 MiB\n  2.3  52.8 210:1\nid s=1840221 done"
    assert values(table, "PHONE") == []
    assert matcher_runs == []
    # ten digits, or a + or group-leading 00, and the matcher still looks
    assert values("call 650 253 0000 today", "PHONE") == ["650 253 0000"]
    assert values("ring +44 20 7946 0958", "PHONE") == ["+44 20 7946 0958"]
    assert len(matcher_runs) == 2
    # a run of Arabic-Indic digits starts no region's numbers: nothing to run, nothing to fail
    assert values("order 1234567 and ٠١٢٣٤٥٦٧٨٩ here", "PHONE") == []


SSN_HITS = [
    ("SSN 536-22-1234", "536-22-1234"),
    ("my social security number is 078-05-1120.", "078-05-1120"),
    ("ssn: 536221234", "536221234"),
    ("SSN: 123 45 6780", "123 45 6780"),
    ("taxpayer id 001-01-0001", "001-01-0001"),
    ("(772-01-9988)", "772-01-9988"),
    ("employee 665-12-4321 joined", "665-12-4321"),
    ("soc sec 899 99 9999", "899 99 9999"),
]
SSN_DECOYS = [
    "SSN 000-12-3456",
    "SSN 666-12-3456",
    "SSN 912-12-3456",
    "SSN 536-00-1234",
    "SSN 536-22-0000",
    "order 536221234 shipped",  # bare nine digits need an SSN word
    "ref 536 22 1234",
    "2024-05-1234",
    "SSN 111-11-1111",
]


@pytest.mark.parametrize(("text", "value"), SSN_HITS)
def test_ssn_hits(text: str, value: str) -> None:
    assert values(text, "US_SSN") == [value]


@pytest.mark.parametrize("text", SSN_DECOYS)
def test_ssn_decoys(text: str) -> None:
    assert values(text, "US_SSN") == []


CARD_HITS = [
    ("card 4111 1111 1111 1111 exp 12/28", "4111 1111 1111 1111"),
    ("visa 4012888888881881", "4012888888881881"),
    ("mc 5555-5555-5555-4444", "5555-5555-5555-4444"),
    ("amex 3782 822463 10005", "3782 822463 10005"),
    ("discover 6011111111111117", "6011111111111117"),
    ("jcb 3530111333300000", "3530111333300000"),
    ("diners 30569309025904", "30569309025904"),
    ("new mastercard 2223003122003222.", "2223003122003222"),
    ("unionpay 6200000000000005", "6200000000000005"),
    ("maestro card 560824628195", "560824628195"),
    ("old JCB 213146281948210", "213146281948210"),
]
CARD_DECOYS = [
    "4111 1111 1111 1112",  # Luhn fails
    "1234567890123456",
    "ISBN 9780306406157",  # Luhn-valid by chance is possible; 978 is no issuer
    "0000 0000 0000 0000",
    "tracking 1Z999AA10123456784",
    "build 20231105142201",
    "id 4111-1111 1111-1111",  # mixed separators
    "3.14159265358979323846",
    "order 7992739871300004",  # Luhn-valid, but 79 is no card issuer
    "order 560824628195",  # a Maestro-shaped 12-digit number needs a card word
]


@pytest.mark.parametrize(("text", "value"), CARD_HITS)
def test_card_hits(text: str, value: str) -> None:
    assert values(text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize("text", CARD_DECOYS)
def test_card_decoys(text: str) -> None:
    assert values(text, "CREDIT_CARD") == []


IBAN_HITS = [
    "DE89370400440532013000",
    "DE89 3704 0044 0532 0130 00",
    "GB82 WEST 1234 5698 7654 32",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
    "ES9121000418450200051332",
    "IT60X0542811101000000123456",
    "BE68539007547034",
    "CH9300762011623852957",
    "AT61 1904 3002 3457 3201",
]
IBAN_DECOYS = [
    "DE89370400440532013001",  # check digits fail
    "DE8937040044053201300",  # one short for DE
    "XX89370400440532013000",  # no such country
    "GB82WEST1234569876543299",  # too long for GB
    "ORDER12 3456 7890 1234",
    "NL91ABNA041716430",
    "ab12cd34ef56gh78ij90",
    "SKU DE12-4455-1200",
]


@pytest.mark.parametrize("iban", IBAN_HITS)
def test_iban_hits(iban: str) -> None:
    assert values(f"pay to {iban}, thanks", "IBAN") == [iban]


@pytest.mark.parametrize("text", IBAN_DECOYS)
def test_iban_decoys(text: str) -> None:
    assert values(f"ref {text} ok", "IBAN") == []


IP_HITS = [
    ("server 192.168.1.20 is down", "192.168.1.20"),
    ("ssh root@10.0.0.1", "10.0.0.1"),
    ("from 8.8.8.8.", "8.8.8.8"),
    ("host=172.16.254.1:8080", "172.16.254.1"),
    ("v6 2001:db8::8a2e:370:7334 here", "2001:db8::8a2e:370:7334"),
    ("link-local fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a"),
    ("full 2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
    ("mapped ::ffff:192.0.2.128 ok", "::ffff:192.0.2.128"),
]
IP_DECOYS = [
    "version 1.2.3.4",
    "upgrade to 10.0.0.1",
    "v1.2.3.4",
    "python==3.11.4.1",
    "999.1.1.1",
    "1.2.3.4.5",
    "01.02.03.04",
    "at 12:30:45 today",
    "mac 00:1A:2B:3C:4D:5E",
    "std::vector<int>",
]


@pytest.mark.parametrize(("text", "value"), IP_HITS)
def test_ip_hits(text: str, value: str) -> None:
    assert values(text, "IP_ADDRESS") == [value]


@pytest.mark.parametrize("text", IP_DECOYS)
def test_ip_decoys(text: str) -> None:
    assert values(text, "IP_ADDRESS") == []


MIXED_DECOYS = [
    "order #A-2024-00017 ships 2024-05-12T14:22:01Z",
    "uuid 123e4567-e89b-12d3-a456-426614174000",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b",
    "part 1234-5678-9012 and SKU 88-4412-0091",
    "we shipped 16 units for $1,299.00 on 12/05/2024",
    "see RFC 7231 section 6.5.1 and ISO 8601",
]


@pytest.mark.parametrize("text", MIXED_DECOYS)
def test_mixed_decoys_find_nothing(text: str) -> None:
    assert found(text) == []


def test_zero_width_characters_do_not_hide_a_value_and_offsets_stay_original() -> None:
    text = "mail john\u200b.doe@exam\u200cple.com now"
    [finding] = DETECTOR.detect(text, ())
    assert finding.type == "EMAIL"
    assert text[finding.start : finding.end] == "john\u200b.doe@exam\u200cple.com"


def test_findings_carry_kind_stage_and_score() -> None:
    [email, key] = DETECTOR.detect("a@example.com AKIAIOSFODNN7EXAMPLE", ())
    assert (email.kind, email.stage) == (FindingKind.PII, "pii")
    assert (key.kind, key.type) == (FindingKind.SECRET, "AWS_ACCESS_KEY")
    assert 0 < email.score <= 1


def test_overlaps_keep_the_higher_score_then_the_longer_span() -> None:
    def f(entity: str, start: int, end: int, score: float) -> Finding:
        return Finding(FindingKind.PII, entity, score, "pii", start, end)

    kept = resolve_overlaps([f("A", 0, 10, 0.5), f("B", 5, 12, 0.9), f("C", 12, 14, 0.1), f("D", 0, 4, 0.5)])
    assert [x.type for x in kept] == ["D", "B", "C"]


def _pairwise(findings: list[Finding]) -> list[Finding]:
    """resolve_overlaps by its definition: each span in rank order against every kept one."""
    spans = [(f.start or 0, f.end or 0, f) for f in findings]
    ranked = sorted(enumerate(spans), key=lambda p: (-p[1][2].score, p[1][0] - p[1][1], p[0]))
    kept: list[tuple[int, int, Finding]] = []
    for _, (start, end, f) in ranked:
        if all(end <= s or e <= start for s, e, _ in kept):
            kept.append((start, end, f))
    return [f for _, _, f in sorted(kept, key=lambda k: (k[0], k[1]))]


@pytest.mark.parametrize("seed", range(20))
def test_overlaps_resolve_as_their_pairwise_definition(seed: int) -> None:
    rng = random.Random(seed)
    findings = []
    for i in range(rng.randint(1, 60)):
        start = rng.randint(0, 80)
        end = start + rng.choice([0, 1, 2, 3, 5, 8, 13, 30])  # empty spans too
        findings.append(Finding(FindingKind.PII, f"T{i}", rng.choice([0.5, 0.75, 0.95]), "pii", start, end))
    assert resolve_overlaps(findings) == _pairwise(findings)


def test_registry_builds_every_default_and_rejects_unknown_names() -> None:
    assert set(DEFAULT_RECOGNIZERS) <= set(RECOGNIZERS)
    assert len(build_recognizers(DEFAULT_RECOGNIZERS)) == len(DEFAULT_RECOGNIZERS)
    with pytest.raises(ValueError, match="unknown recogniser 'NOPE'"):
        build_recognizers(["NOPE"])


def test_a_detector_with_chosen_recognizers_finds_only_those() -> None:
    only_email = PiiDetector(build_recognizers(["EMAIL"]))
    assert [f.type for f in only_email.detect("a@example.com 4111111111111111", ())] == ["EMAIL"]


@pytest.mark.parametrize(
    ("number", "ok"), [("79927398713", True), ("79927398710", False), ("4111111111111111", True), ("0", True)]
)
def test_luhn(number: str, ok: bool) -> None:
    assert luhn_ok(number) is ok


def test_card_brand_and_iban_checksum() -> None:
    assert card_brand("4111111111111111") == "visa"
    assert card_brand("9780306406157") is None
    assert iban_ok("GB82WEST12345698765432")
    assert not iban_ok("GB82WEST12345698765433")


def test_digit_count_is_right_for_new_texts() -> None:
    assert digit_count("a1b22") == 3
    assert digit_count("no digits") == 0


PII_ALPHABET = st.sampled_from([*"0123456789 -.:@+()/_=\"'abcXYZ\n\u200bskAIKxogh", "sk-", "AKIA", "@a.com"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(PII_ALPHABET, max_size=80).map("".join)))
def test_never_raises_spans_in_bounds_and_disjoint(text: str) -> None:
    findings = DETECTOR.detect(text, ())
    last_end = 0
    for f in findings:
        assert f.start is not None
        assert f.end is not None
        assert last_end <= f.start < f.end <= len(text)
        last_end = f.end


FLOODS = {
    "digits": "1" * 20_000,
    "digit groups": "1 " * 10_000,
    "card-like groups": "4111 " * 4_000,
    "phone list": "0612345678 " * 2_000,
    "dotted": "1." * 10_000,
    "colons": "ab:" * 7_000,
    "password keys": "password: " * 2_000,
    "pem headers": "-----BEGIN PRIVATE KEY-----" * 800,
    "long local part": "a" * 20_000 + "@example.com",
}


@pytest.mark.parametrize("text", FLOODS.values(), ids=FLOODS.keys())
def test_floods_stay_linear(text: str) -> None:
    # A quadratic regex or window scan takes minutes here; linear work takes well under a second.
    start = time.perf_counter()
    DETECTOR.detect(text, ())
    assert time.perf_counter() - start < 3.0
