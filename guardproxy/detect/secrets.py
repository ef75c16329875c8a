"""Secret recognisers: API keys, tokens, private keys, passwords and URL credentials.

Each class is a cheap substring pre-filter, one compiled regex and a validator. They satisfy
``guardproxy.detect.pii.Recognizer`` structurally; the registry and the detector live there.
Offsets are characters in the text given; spans cover the secret value only, so a redacted
``password=<PASSWORD_1>`` keeps the key name readable.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from typing import ClassVar

from guardproxy.types import Finding, FindingKind

STAGE = "pii"


def secret(entity: str, start: int, end: int, score: float) -> Finding:
    return Finding(kind=FindingKind.SECRET, type=entity, score=score, stage=STAGE, start=start, end=end)


def _mixed(value: str) -> bool:
    """Real keys mix letters and digits; prose words and slugs rarely do both."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


class PatternSecret:
    """A fixed-prefix token: pre-filter on the prefixes, then one regex."""

    entities: ClassVar[tuple[str, ...]]
    prefixes: ClassVar[tuple[str, ...]]
    pattern: ClassVar[re.Pattern[str]]
    score: ClassVar[float] = 0.95
    needs_mixed: ClassVar[bool] = True

    def find(self, text: str) -> Iterator[Finding]:
        for p in self.prefixes:
            if p in text:
                break
        else:
            return
        for m in self.pattern.finditer(text):
            if self.needs_mixed and not _mixed(m.group()):
                continue
            yield secret(self.entities[0], m.start(), m.end(), self.score)


_TAIL = r"(?![A-Za-z0-9_-])"


class OpenAIKey(PatternSecret):
    # Legacy keys are sk- plus 48 characters; project/service keys add a segment and use - and _.
    entities = ("OPENAI_KEY",)
    prefixes = ("sk-",)
    pattern = re.compile(r"(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,}" + _TAIL)


class AwsAccessKey(PatternSecret):
    entities = ("AWS_ACCESS_KEY",)
    prefixes = ("AKIA", "ASIA")
    pattern = re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")
    needs_mixed = False  # the prefix alone is distinctive; the body may be all letters


class GitHubToken(PatternSecret):
    entities = ("GITHUB_TOKEN",)
    prefixes = ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")
    pattern = re.compile(
        r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{50,250})" + _TAIL
    )


class SlackToken(PatternSecret):
    entities = ("SLACK_TOKEN",)
    prefixes = ("xox",)
    pattern = re.compile(r"(?<![A-Za-z0-9-])xox[abprs]-(?:[A-Za-z0-9]+-){1,4}[A-Za-z0-9]{6,}" + _TAIL)


class GoogleApiKey(PatternSecret):
    entities = ("GOOGLE_API_KEY",)
    prefixes = ("AIza",)
    pattern = re.compile(r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}" + _TAIL)
    needs_mixed = False


_ASSIGN_QUOTED = r"""(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>\$\{[^}\s]{1,64}\}|[^\s"',;}{\]\[]{1,256}))"""


def _value_span(m: re.Match[str]) -> tuple[int, int, bool]:
    for group in ("dq", "sq", "bare"):
        if m.group(group) is not None:
            return m.start(group), m.end(group), group != "bare"
    raise AssertionError("pattern guarantees one value group")


class AwsSecretKey:
    """A 40-character AWS secret only counts when assigned to a name that says so."""

    entities = ("AWS_SECRET_KEY",)
    _pattern = re.compile(
        r"(?i)(?:aws_?secret_?(?:access_?)?key|secret_?access_?key)[\"']?\s*[:=]\s*[\"']?"
        r"(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"
    )

    def find(self, text: str) -> Iterator[Finding]:
        lowered = text.lower()
        if "secret" not in lowered:
            return
        for m in self._pattern.finditer(text):
            yield secret("AWS_SECRET_KEY", m.start("v"), m.end("v"), 0.95)


class Jwt:
    entities = ("JWT",)
    # '{"' base64url-encodes to eyJ, so every JSON header starts with it.
    _pattern = re.compile(
        r"(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,})\.([A-Za-z0-9_-]{2,})\.([A-Za-z0-9_-]*)" + _TAIL
    )

    def find(self, text: str) -> Iterator[Finding]:
        if "eyJ" not in text:
            return
        for m in self._pattern.finditer(text):
            if _jwt_header_ok(m.group(1)):
                yield secret("JWT", m.start(), m.end(), 0.95)


def _jwt_header_ok(part: str) -> bool:
    try:
        header = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (binascii.Error, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return False
    return isinstance(header, dict) and "alg" in header


class PrivateKey:
    """A PEM private key block; a paste cut before its END line still counts up to the body's end."""

    entities = ("PRIVATE_KEY",)
    _begin = re.compile(r"-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----")
    _body = re.compile(r"[A-Za-z0-9+/=\s:,.-]{0,16384}")

    def find(self, text: str) -> Iterator[Finding]:
        if "-----BEGIN" not in text:
            return
        pos = 0
        while (m := self._begin.search(text, pos)) is not None:
            end_marker = f"-----END {m.group(1)}-----"
            stop = text.find(end_marker, m.end(), m.end() + 20000)
            if stop >= 0:
                end = stop + len(end_marker)
            else:
                body = self._body.match(text, m.end())
                end = body.end() if body else m.end()
                end = len(text[:end].rstrip())
            yield secret("PRIVATE_KEY", m.start(), end, 0.99)
            pos = end


_PLACEHOLDER = re.compile(
    r"(?i)^(?:\*+|x+|\.+|<[^>]*>|\$\{?[A-Za-z_][\w.]*\}?|\{\{.*\}\}|%\(.*\)s|null|none|nil|true|false"
    r"|undefined|redacted|password|passwd|secret|your[_-]?password|\?+|-+|env\(.*\)|os\.environ.*|getenv.*)$"
)


# password_reset_url, password_min_length ...: settings about passwords, not passwords.
_NOT_A_PASSWORD = re.compile(
    r"(?i)url|len|policy|reset|field|label|hint|prompt|min|max|expir|strength|file|path|type|rule"
)


class Password:
    """password=/passwd:/pwd= assignments in env, YAML, JSON, INI, code and CLI flag styles."""

    entities = ("PASSWORD",)
    # Anchored on the keyword (no open-ended key prefix) so a long identifier cannot make
    # the regex backtrack quadratically.
    _pattern = re.compile(
        r"(?i)(?:password|passwd|passphrase|pwd)(?P<suffix>[A-Za-z0-9_]{0,40})"
        r"[\"']?(?P<sep>\s*[:=]\s*)" + _ASSIGN_QUOTED
    )
    _flag = re.compile(r"(?i)(?<![\w-])--?(?:password|passwd|pwd)(?:\s+|=)" + _ASSIGN_QUOTED)

    def find(self, text: str) -> Iterator[Finding]:
        if not _mentions_password(text):
            return
        seen: set[int] = set()
        for pattern in (self._pattern, self._flag):
            for m in pattern.finditer(text):
                start, end, quoted = _value_span(m)
                value = text[start:end]
                if start in seen or _PLACEHOLDER.match(value):
                    continue
                if _NOT_A_PASSWORD.search(m.groupdict().get("suffix") or ""):
                    continue
                # Prose such as "Reset password: click here" uses ': ' too; unquoted values
                # after ': ' must look like a password (digit, symbol or mixed case).
                sep = m.groupdict().get("sep") or ""
                if not quoted and ":" in sep and not _password_like(value):
                    continue
                seen.add(start)
                yield secret("PASSWORD", start, end, 0.85 if quoted or "=" in sep else 0.7)


def _mentions_password(text: str) -> bool:
    # Plain substring tests: a tenth of the cost of lower() plus one test, or of a regex.
    return (
        "pass" in text or "pwd" in text or "PASS" in text or "Pass" in text or "PWD" in text or "Pwd" in text
    )


def _password_like(value: str) -> bool:
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(not c.isalnum() for c in value)
    mixed_case = value != value.lower() and value != value.upper()
    return len(value) >= 4 and (has_digit or has_symbol or mixed_case)


class UrlCredentials:
    """scheme://user:pass@host; the span is user:pass so the host stays readable."""

    entities = ("URL_CREDENTIALS",)
    _pattern = re.compile(
        r"(?i)\b[a-z][a-z0-9+.-]{1,15}://(?P<cred>[^\s:/@?#]+:[^\s/@?#]+)@[A-Za-z0-9[\]_.-]+"
    )

    def find(self, text: str) -> Iterator[Finding]:
        if "://" not in text or "@" not in text:
            return
        for m in self._pattern.finditer(text):
            password = m.group("cred").split(":", 1)[1]
            if _PLACEHOLDER.match(password):
                continue
            yield secret("URL_CREDENTIALS", m.start("cred"), m.end("cred"), 0.97)
