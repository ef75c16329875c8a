"""PII recognisers, the recogniser registry and the PII/secret detector.

Each recogniser is a small class: a cheap pre-filter (no '@', too few digits: skip), one
compiled regex and a validator (Luhn, mod-97, phonenumbers, octet ranges). Recognisers run on
the raw text, so offsets are the original's; zero-width characters pasted inside a value are
dropped first and offsets mapped back. Overlaps are settled once, highest score first, so a
span handed to redaction never overlaps another.
"""

from __future__ import annotations

import bisect
import ipaddress
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol

import phonenumbers

from guardproxy.detect import secrets
from guardproxy.detect.base import Variant
from guardproxy.types import Finding, FindingKind

STAGE = secrets.STAGE


class Recognizer(Protocol):
    """Finds one or more entity types in a text; sync and thread-safe."""

    @property
    def entities(self) -> tuple[str, ...]: ...

    def find(self, text: str) -> Iterable[Finding]: ...


def pii(entity: str, start: int, end: int, score: float) -> Finding:
    return Finding(kind=FindingKind.PII, type=entity, score=score, stage=STAGE, start=start, end=end)


_last_count: tuple[str, int] = ("", 0)


def digit_count(text: str) -> int:
    """Digits in text; five recognisers ask about the same text, so the last answer is kept."""
    global _last_count
    last = _last_count  # one read: another thread may swap the tuple, never half of it
    if last[0] is text:
        return last[1]
    # Ten C-level scans beat one Python-level loop by ~10x on prompt-sized text.
    count = sum(map(text.count, "0123456789"))
    _last_count = (text, count)
    return count


def _context(text: str, start: int, words: re.Pattern[str], window: int = 32) -> bool:
    return words.search(text, max(0, start - window), start) is not None


class Email:
    entities = ("EMAIL",)
    _pattern = re.compile(
        r"(?<![\w.%+-])[\w%+-](?:[\w.%+-]{0,62}[\w%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
        r"[A-Za-z]{2,24}(?![\w-])"
    )

    def find(self, text: str) -> Iterator[Finding]:
        if "@" not in text:
            return
        for m in self._pattern.finditer(text):
            if ".." in m.group() or _in_url_authority(text, m.start()) or _ssh_remote(text, m.end()):
                continue
            yield pii("EMAIL", m.start(), m.end(), 0.95)


def _ssh_remote(text: str, end: int) -> bool:
    """git@github.com:org/repo.git names a host account, not a mailbox."""
    return text[end : end + 1] == ":" and text[end + 1 : end + 2] not in ("", " ", "\n")


def _in_url_authority(text: str, start: int) -> bool:
    """scheme://user:pass@host is URL_CREDENTIALS, not an email at pass@host."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    return "://" in text[token_start:start]


_PHONE_WORDS = re.compile(
    r"(?i)\b(?:phone|tel|telephone|mobile|cell|call|fax|whatsapp|sms|text me|number|ring)\b"
)
# Numbers after these words are identifiers that happen to look like phones.
_ID_WORDS = re.compile(
    r"(?i)\b(?:invoice|order|ref|reference|ticket|tracking|part|pn|p/n|sku|serial|account|acct|case|po|isbn|id|"
    r"no\.|#)\W{0,3}$"
)


class Phone:
    """phonenumbers' matcher at VALID leniency over a few default regions, first region wins.

    The matcher is slow (pure Python, ~0.1 ms a region), so it only reads short windows
    around phone-shaped runs of at least seven digits, never the whole text.
    """

    entities = ("PHONE",)
    regions: tuple[str, ...] = ("US", "GB", "DE", "FR", "NL", "ES", "IT")
    _candidate = re.compile(r"(?:\+|\b00|\()?\d[\d ()./\-]{5,22}\d")

    # Matcher runs per text; past this, a whole-run parse stands in for the matcher so that a
    # pasted list of numbers stays cheap. Past max_candidates phone-shaped runs the rest of the
    # text is not searched for phones: the cost of a digit flood stays bounded (~0.25 s).
    matcher_budget = 24
    max_candidates = 1000

    def find(self, text: str) -> Iterator[Finding]:
        if digit_count(text) < 7:
            return
        budget = self.matcher_budget
        for seen, cand in enumerate(self._candidate.finditer(text)):
            value = cand.group()
            digits = sum(c.isdigit() for c in value)
            if seen >= self.max_candidates:
                break
            if digits < 7 or (budget <= 0 and digits > 17):  # no number has more than 17 digits
                continue
            if _dated(value):
                continue
            regions, valid_in = self._regions(value.lstrip("("), digits)
            if budget > 0:
                budget -= 1
                lo, hi = max(0, cand.start() - 2), min(len(text), cand.end() + 2)
                # no region: a run of other scripts' digits, which no trunk prefix starts
                if regions and not _too_short(text[lo:hi], regions[0]):
                    yield from self._in_window(text, lo, hi, regions)
            elif valid_in and self._accept(text, value, valid_in, cand.start(), cand.end()):
                yield pii("PHONE", cand.start(), cand.end(), 0.75)

    def _regions(self, value: str, digits: int) -> tuple[tuple[str, ...], str | None]:
        """The regions worth a matcher run (~0.2 ms each), and the region where the whole run
        parses as a valid number if any (a parse costs a tenth of a matcher run)."""
        if value.startswith(("+", "00")):
            region = self.regions[0]  # international: any region parses it the same
            return (region,), region if _parses(value, region) else None
        plausible = [r for r in self.regions if value.startswith(_TRUNK[r])]
        for region in plausible:
            if digits >= _MIN_DIGITS[region] and _parses(value, region):
                return (region,), region
        return tuple(plausible[:1]), None

    def _in_window(self, text: str, lo: int, hi: int, regions: Sequence[str]) -> Iterator[Finding]:
        window = text[lo:hi]
        taken: list[tuple[int, int]] = []
        for region in regions:
            for m in phonenumbers.PhoneNumberMatcher(window, region, leniency=phonenumbers.Leniency.VALID):
                start, end = lo + m.start, lo + m.end
                if any(s < end and start < e for s, e in taken) or not self._accept(
                    text, m.raw_string, region, start, end
                ):
                    continue
                taken.append((start, end))
                score = (
                    0.9
                    if m.raw_string.startswith(("+", "00")) or _context(text, start, _PHONE_WORDS, 40)
                    else 0.75
                )
                yield pii("PHONE", start, end, score)

    @staticmethod
    def _accept(text: str, raw: str, region: str, start: int, end: int) -> bool:
        if _glued(text, start, end) or _DATE.fullmatch(raw):
            return False
        if raw.startswith(("+", "00")):
            return True
        # A national number is only read in a region where it looks national: a leading
        # trunk 0 (GB, DE, FR, NL, IT), a 6-9 start (ES), no 0 (US).
        if not raw.lstrip("(").startswith(_TRUNK[region]):
            return False
        return not _ID_WORDS.search(text, max(0, start - 16), start)


def _parses(value: str, region: str) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(value, region)))
    except phonenumbers.NumberParseException:
        return False


_DATE = re.compile(r"\d{1,2}([-/.])\d{1,2}\1\d{2,4}|\d{4}([-/.])\d{1,2}\2\d{1,2}")


# A calendar date with a four-digit year: 2024-05-02, 02.05.2024, 5/2/2024. Two-digit years
# are left out: "06.12.34.56.78" is a French phone number, not the 6th of December 1934.
_FULL_DATE = re.compile(
    r"(?:(?:19|20)\d\d([-/.])(?:1[0-2]|0?[1-9])\1(?:[12]\d|3[01]|0?[1-9])"
    r"|(?:[12]\d|3[01]|0?[1-9])([-/.])(?:[12]\d|3[01]|0?[1-9])\2(?:19|20)\d\d)(?!\d)"
)


def _dated(run: str) -> bool:
    """A date, or a date and the hour after it ("2024-05-02 09"): no phone to find, and
    the matcher would spend ~0.1 ms a region on each of the dates a pasted log is full of.
    The date must end where a number would (not "2012-10-1234", not "2024-05-02-17"), and a
    phone glued to its end is refused by _glued, so only seven more digits can still hold one."""
    m = _FULL_DATE.match(run)
    if m is None:
        return False
    rest = run[m.end() :]  # the pattern already refuses a digit right after the date
    if rest[:1] in ("-", "/", ".") and rest[1:2].isdigit():
        return False
    return sum(c.isdigit() for c in rest) < 7


def _glued(text: str, start: int, end: int) -> bool:
    """Digits run on from a time, decimal or longer number: 00:40:03.359268 holds no phone."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if before[-1:] in (":", ".", "-", "/") or (before[-1:] == "," and before[:1].isdigit()):
        return True
    return len(after) == 2 and after[0] in ".:," and after[1].isdigit()


def _fewest_digits(region: str) -> int:
    """The shortest valid national number of ``region``, in digits (phonenumbers' metadata)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = meta.general_desc if meta is not None else None
    lengths = desc.possible_length if desc is not None else None
    return min((n for n in lengths or () if n > 0), default=1)  # unknown: no run is too short


# Where a number written with the international prefix 00 could start: the matcher only
# starts a number at the start of a digit group.
_GROUP_00 = re.compile(r"(?<!\d)00")


def _too_short(window: str, region: str) -> bool:
    """True when the matcher cannot find a number ``Phone`` would keep in ``window``: too few
    digits for any valid national number of ``region`` (a US run needs ten), and no "+" or
    group-leading "00" to start an international one. Most such runs in answers are IP
    addresses, decimals, table columns and ids, where the matcher costs ~0.3 ms and finds
    nothing."""
    if "+" in window or sum(c.isdigit() for c in window) >= _MIN_DIGITS[region]:
        return False
    return _GROUP_00.search(window) is None


_TRUNK = {
    "US": ("2", "3", "4", "5", "6", "7", "8", "9", "1"),
    "GB": ("0",),
    "DE": ("0",),
    "FR": ("0",),
    "NL": ("0",),
    "IT": ("0", "3"),
    "ES": tuple("6789"),
}
_MIN_DIGITS = {r: _fewest_digits(r) for r in _TRUNK}

_SSN_WORDS = re.compile(r"(?i)\b(?:ssn|ss#|social security|social-security|soc sec|taxpayer|tin)\b")


class UsSsn:
    """Valid area/group/serial; a bare 9-digit number also needs an SSN word before it."""

    entities = ("US_SSN",)
    _pattern = re.compile(r"(?<![\w\-./])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w\-]|\.\d)")

    def find(self, text: str) -> Iterator[Finding]:
        if digit_count(text) < 9:
            return
        for m in self._pattern.finditer(text):
            area, sep, group, serial = m.groups()
            if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
                continue
            if len(set(area + group + serial)) == 1 or area + group + serial in ("123456789", "012345678"):
                continue
            context = _context(text, m.start(), _SSN_WORDS, 48)
            if not sep and not context:
                continue
            if sep == " " and not context:
                continue  # "123 45 6789" without context is as often a reference number
            yield pii("US_SSN", m.start(), m.end(), 0.95 if context else 0.85)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_brand(digits: str) -> str | None:
    """The issuer for a known IIN prefix and a length that issuer uses; ISBN-13s (978/979) fail."""
    n = len(digits)
    p2, p3, p4, p6 = int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if (3528 <= p4 <= 3589 and 16 <= n <= 19) or (p4 in (2131, 1800) and n == 15):
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return "diners"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


_CARD_WORDS = re.compile(r"(?i)\b(?:card|cc|credit|debit|maestro|visa|mastercard|amex)\b")


class CreditCard:
    """13-19 digits (12 for Maestro beside a card word), plain or grouped by one separator,
    Luhn-valid, known issuer."""

    entities = ("CREDIT_CARD",)
    # Printed cards group digits in 3-6s (4-4-4-4, 4-6-5, 4-4-4-4-3); shorter groups end a run.
    _run = re.compile(r"(?<![\w.,\-/])(?:\d{3,}(?:[ -]\d{3,})*)(?![\w\-/]|[.,]\d)")
    _group = re.compile(r"\d+")

    def find(self, text: str) -> Iterator[Finding]:
        if digit_count(text) < 12:
            return
        for run in self._run.finditer(text):
            if len(run.group()) >= 12:
                yield from self._windows(text, run)

    def _windows(self, text: str, run: re.Match[str]) -> Iterator[Finding]:
        groups = list(self._group.finditer(text, run.start(), run.end()))
        lengths = [g.end() - g.start() for g in groups]
        i = 0
        while i < len(groups):
            hit = None
            # Windows of at most 19 digits, longest first: a run of thousands of short groups
            # ("1 1 1 ...") costs at most 19 windows per start, not a quadratic scan.
            last, total = i, lengths[i]
            while last + 1 < len(groups) and total + lengths[last + 1] <= 19:
                last += 1
                total += lengths[last]
            for j in range(last, i - 1, -1):
                start, end = groups[i].start(), groups[j].end()
                chunk = text[start:end]
                digits = chunk.replace(" ", "").replace("-", "")
                if len(digits) < 12:
                    break
                if len({c for c in chunk if not c.isdigit()}) > 1:
                    continue
                brand = card_brand(digits) if luhn_ok(digits) and len(set(digits)) > 1 else None
                # Only Maestro issues 12-digit cards; a bare 12-digit number needs a card word.
                if brand and (len(digits) > 12 or _context(text, start, _CARD_WORDS)):
                    hit = (start, end, j, 0.95 if len(chunk) > len(digits) else 0.9)
                    break
            if hit is None:
                i += 1
                continue
            yield pii("CREDIT_CARD", hit[0], hit[1], hit[3])
            i = hit[2] + 1


# ISO 13616 lengths (SWIFT IBAN registry).
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def iban_ok(compact: str) -> bool:
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


class Iban:
    """Country code, check digits, then the country's exact length, compact or in groups."""

    entities = ("IBAN",)
    _pattern = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,30})")

    def find(self, text: str) -> Iterator[Finding]:
        if digit_count(text) < 8:
            return
        for m in self._pattern.finditer(text):
            length = IBAN_LENGTHS.get(m.group(1))
            if length is None:
                continue
            end, count = m.start(3), 4
            while count < length and end < m.end():
                if text[end] != " ":
                    count += 1
                end += 1
            if count != length or (end < len(text) and text[end].isalnum()):
                continue
            if iban_ok(text[m.start() : end].replace(" ", "")):
                yield pii("IBAN", m.start(), end, 0.95)


# Dotted quads after these words are versions or OIDs, not addresses (see docs/pii_eval.md).
_VERSION_WORDS = re.compile(
    r"(?i)(?:\bv|\bversion|\bver\.?|\brelease|\bbuild|\bfirmware|\bpatch|\bsdk|\bupgrade[sd]? to|"
    r"\bupdate[sd]? to|\boid|==|>=|<=|~=)\s*$"
)
_IP_WORDS = re.compile(r"(?i)\b(?:ip|ipv[46]|address|addr|host|server|gateway|dns|subnet|ping|ssh)\b")


class IpAddress:
    entities = ("IP_ADDRESS",)
    _v4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\w)")
    _v6 = re.compile(
        r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?![\w:]|\.\d)"
    )

    # Held by every match of _v4 and _v6. A pattern that opens with a literal is found by the
    # regex engine's fast search (~0.4 us over 300 characters), while _v4 and _v6 are tried at
    # every position (~10-17 us): prose with full stops and numbers, and code or JSON with
    # colons, skip those scans.
    _v4_hint = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d")
    _v6_hint = re.compile(r":[0-9A-Fa-f]{0,4}:")

    def find(self, text: str) -> Iterator[Finding]:
        if text.count(".") >= 3 and digit_count(text) >= 4 and self._v4_hint.search(text):
            yield from self._find_v4(text)
        if text.count(":") >= 2 and self._v6_hint.search(text):
            yield from self._find_v6(text)

    def _find_v4(self, text: str) -> Iterator[Finding]:
        for m in self._v4.finditer(text):
            octets = m.group().split(".")
            if any(int(o) > 255 or (len(o) > 1 and o[0] == "0") for o in octets):
                continue
            if _VERSION_WORDS.search(text, max(0, m.start() - 24), m.start()):
                continue
            yield pii(
                "IP_ADDRESS", m.start(), m.end(), 0.95 if _context(text, m.start(), _IP_WORDS) else 0.85
            )

    def _find_v6(self, text: str) -> Iterator[Finding]:
        for m in self._v6.finditer(text):
            value = m.group()
            groups = [g for g in value.split(":") if g]
            # "::" alone, times (12:30:45) and MACs fail the parser or the group count.
            if len(groups) < 2 or sum(len(g) for g in groups) < 4 or ("::" not in value and len(groups) < 8):
                continue
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                continue
            yield pii("IP_ADDRESS", m.start(), m.end(), 0.9)


def _ner() -> Recognizer:
    from guardproxy.detect.ner import SpacyNer

    return SpacyNer()


# name -> factory, presidio style; DEFAULT_RECOGNIZERS is the order the detector runs them.
RECOGNIZERS: dict[str, Callable[[], Recognizer]] = {
    "EMAIL": Email,
    "PHONE": Phone,
    "US_SSN": UsSsn,
    "CREDIT_CARD": CreditCard,
    "IBAN": Iban,
    "IP_ADDRESS": IpAddress,
    "OPENAI_KEY": secrets.OpenAIKey,
    "AWS_ACCESS_KEY": secrets.AwsAccessKey,
    "AWS_SECRET_KEY": secrets.AwsSecretKey,
    "GITHUB_TOKEN": secrets.GitHubToken,
    "SLACK_TOKEN": secrets.SlackToken,
    "GOOGLE_API_KEY": secrets.GoogleApiKey,
    "JWT": secrets.Jwt,
    "PRIVATE_KEY": secrets.PrivateKey,
    "PASSWORD": secrets.Password,
    "URL_CREDENTIALS": secrets.UrlCredentials,
    "NER": _ner,  # PERSON, LOCATION, ADDRESS; optional (extra [ner]), ~10-40 ms a prompt
}
# Secrets first: when spans tie on score, the earlier recogniser wins the overlap.
DEFAULT_RECOGNIZERS: tuple[str, ...] = (
    "PRIVATE_KEY", "URL_CREDENTIALS", "OPENAI_KEY", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN",
    "SLACK_TOKEN", "GOOGLE_API_KEY", "JWT", "PASSWORD",
    "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "PHONE", "IP_ADDRESS",
)  # fmt: skip


def build_recognizers(names: Iterable[str]) -> list[Recognizer]:
    out = []
    for name in names:
        try:
            factory = RECOGNIZERS[name]
        except KeyError:
            raise ValueError(
                f"unknown recogniser {name!r}; known: {', '.join(sorted(RECOGNIZERS))}"
            ) from None
        out.append(factory())
    return out


# Zero-width and soft-hyphen characters hide nothing from a reader but split a regex match.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep the best span where spans overlap: higher score, then longer, then earlier recogniser."""
    ranked = sorted(enumerate(findings), key=lambda p: (-p[1].score, _span(p[1])[0] - _span(p[1])[1], p[0]))
    # The kept spans never overlap, so in (start, end) order their ends never decrease: a span
    # overlaps a kept one iff it overlaps the last kept span starting before its end. One
    # bisection per finding, not a pass over every kept span (a text of thousands of emails
    # cost the square of their number: 80 KB of them took 2.7 s). The rank breaks ties between
    # empty spans at one offset, as the order they were kept in.
    kept: list[tuple[int, int, int]] = []
    for rank, (_, f) in enumerate(ranked):
        start, end = _span(f)
        i = bisect.bisect_left(kept, (end, -1))  # the first kept span starting at or after end
        if i and kept[i - 1][1] > start:
            continue
        bisect.insort(kept, (start, end, rank))
    return [ranked[rank][1] for _, _, rank in kept]


def _span(f: Finding) -> tuple[int, int]:
    if f.start is None or f.end is None:
        raise ValueError(f"recogniser finding {f.type} has no span")
    return f.start, f.end


class PiiDetector:
    """The PII/secret stage: every recogniser over the raw text, overlaps resolved."""

    stage = STAGE

    def __init__(self, recognizers: Sequence[Recognizer] | None = None) -> None:
        self.recognizers = (
            tuple(recognizers) if recognizers is not None else tuple(build_recognizers(DEFAULT_RECOGNIZERS))
        )

    def detect(self, text: str, variants: Sequence[Variant] = ()) -> Sequence[Finding]:
        scan, offsets = _strip_invisible(text)
        found = [f for r in self.recognizers for f in r.find(scan)]
        if offsets is not None:
            found = [_remap(f, offsets) for f in found]
        return resolve_overlaps(found)


def _strip_invisible(text: str) -> tuple[str, list[int] | None]:
    if text.isascii() or _INVISIBLE.search(text) is None:
        return text, None
    keep = [i for i, c in enumerate(text) if not _INVISIBLE.match(c)]
    keep.append(len(text))
    return "".join(text[i] for i in keep[:-1]), keep


def _remap(f: Finding, offsets: list[int]) -> Finding:
    start, end = _span(f)
    start, end = offsets[start], offsets[end - 1] + 1
    return Finding(kind=f.kind, type=f.type, score=f.score, stage=f.stage, start=start, end=end)
