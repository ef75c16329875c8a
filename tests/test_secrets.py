from __future__ import annotations

import base64
import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.detect import secrets
from guardproxy.detect.pii import Recognizer
from guardproxy.types import FindingKind


def b64url(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


JWT = f"{b64url({'alg': 'HS256', 'typ': 'JWT'})}.{b64url({'sub': '1234567890'})}.dozjgNryP4J3jVmNHl0w5N_XgL0"
NO_ALG_JWT = f"{b64url({'typ': 'JWT', 'x': 1})}.{b64url({'sub': '1'})}.abc"
OPENAI_LEGACY = "sk-" + "Ab3dEf6hIj9kLm2nOp5qRs8tT3BlbkFJuV1wXy4zAb7cDe0fGh"
OPENAI_PROJECT = "sk-proj-" + "a1B2c3D4e5F6g7H8i9J0_kLmNoPqRsTuVwXyZ-12345678"
GITHUB_PAT = "github_pat_11ABCDEFG0" + "x1Y2z3" * 12
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq+Zq0=\nAbCdEf/+gh==\n-----END RSA PRIVATE KEY-----"
PEM_TRUNCATED = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nAAAA"


def hits(recognizer: Recognizer, text: str) -> list[str]:
    out = []
    for f in recognizer.find(text):
        assert f.kind is FindingKind.SECRET
        assert f.type in recognizer.entities
        assert f.start is not None
        assert f.end is not None
        out.append(text[f.start : f.end])
    return out


HITS: list[tuple[Recognizer, str, str | None]] = [
    (secrets.OpenAIKey(), f"OPENAI_API_KEY={OPENAI_LEGACY}", OPENAI_LEGACY),
    (secrets.OpenAIKey(), f'client = OpenAI(api_key="{OPENAI_PROJECT}")', OPENAI_PROJECT),
    (secrets.OpenAIKey(), "key sk-svcacct-Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2", "sk-svcacct-Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2"),
    (secrets.AwsAccessKey(), "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    (secrets.AwsAccessKey(), "temp creds ASIAY34FZKBOKMUTVV7A.", "ASIAY34FZKBOKMUTVV7A"),
    (
        secrets.AwsSecretKey(),
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    (
        secrets.AwsSecretKey(),
        '"SecretAccessKey": "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"',
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    ),
    (secrets.GitHubToken(), "token ghp_" + "a1B2" * 9, "ghp_" + "a1B2" * 9),
    (secrets.GitHubToken(), "GH_TOKEN=gho_" + "Z9y8" * 9, "gho_" + "Z9y8" * 9),
    (secrets.GitHubToken(), f"pat: {GITHUB_PAT}", GITHUB_PAT),
    (secrets.SlackToken(), "SLACK=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp", None),
    (secrets.SlackToken(), "xoxp-1111-2222-3333-abcdef123456", "xoxp-1111-2222-3333-abcdef123456"),
    (
        secrets.GoogleApiKey(),
        "maps key AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe",
        "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe",
    ),
    (secrets.Jwt(), f"Authorization: Bearer {JWT}", JWT),
    (secrets.PrivateKey(), f"key:\n{PEM}\nthanks", PEM),
    (secrets.PrivateKey(), f"here {PEM_TRUNCATED}", PEM_TRUNCATED),
    (secrets.Password(), "DB_PASSWORD=Sup3r$ecret", "Sup3r$ecret"),
    (secrets.Password(), '{"user": "bob", "password": "hunter2"}', "hunter2"),
    (secrets.Password(), "password: Summer2024!", "Summer2024!"),
    (secrets.Password(), "passwd = 'letmein'", "letmein"),
    (secrets.Password(), "mysql -u root --password=t0psecret", "t0psecret"),
    (secrets.Password(), "pwd=abc123;user=sa", "abc123"),
    (secrets.Password(), "  smtp_password: 'Tr0ub4dor&3'", "Tr0ub4dor&3"),
    (secrets.Password(), 'userPassword = "correct horse"', "correct horse"),
    (secrets.UrlCredentials(), "postgres://admin:pw123@db.local:5432/app", "admin:pw123"),
    (secrets.UrlCredentials(), "clone https://bob:ghp_x1y2z3@github.com/a/b.git", "bob:ghp_x1y2z3"),
    (secrets.UrlCredentials(), "amqp://guest:g0od-Pass@rabbit/vhost", "guest:g0od-Pass"),
]


@pytest.mark.parametrize(("recognizer", "text", "value"), HITS)
def test_secret_hits(recognizer: Recognizer, text: str, value: str | None) -> None:
    expected = value if value is not None else text.split("=", 1)[1]
    assert hits(recognizer, text) == [expected]


DECOYS: list[tuple[Recognizer, str]] = [
    (secrets.OpenAIKey(), "install sk-learn-extras-for-the-notebook"),  # no digits: a slug
    (secrets.OpenAIKey(), "sk-12345"),
    (secrets.OpenAIKey(), "task-" + "a1" * 20),
    (secrets.AwsAccessKey(), "AKIA is the prefix of an AWS key"),
    (secrets.AwsAccessKey(), "XAKIAIOSFODNN7EXAMPLE1"),
    (secrets.AwsSecretKey(), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),  # no name assigned to it
    (secrets.GitHubToken(), "ghp_short123"),
    (secrets.GitHubToken(), "the ghp_ prefix marks personal tokens"),
    (secrets.SlackToken(), "xoxb-"),
    (secrets.GoogleApiKey(), "AIza is how Google keys start"),
    (secrets.Jwt(), f"{NO_ALG_JWT}"),
    (secrets.Jwt(), "eyJhbGciOiJIUzI1NiJ9"),  # one part only
    (secrets.Jwt(), "eyJubyBqc29uIGhlcmU.eyJzdWIiOiIxIn0.sig"),  # header is not JSON
    (secrets.PrivateKey(), "-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----"),
    (secrets.PrivateKey(), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"),
    (secrets.Password(), "Reset password: click the link below"),
    (secrets.Password(), "password: ********"),
    (secrets.Password(), "DB_PASSWORD=${DB_PASSWORD}"),
    (secrets.Password(), 'password: "<your password>"'),
    (secrets.Password(), "password_min_length = 12"),
    (secrets.Password(), "password_reset_url: https://example.com/reset"),
    (secrets.Password(), "I forgot my password yesterday"),
    (secrets.Password(), "password = os.environ['DB_PASSWORD']"),
    (secrets.UrlCredentials(), "https://example.com/user@host"),
    (secrets.UrlCredentials(), "https://user@example.com/path"),
    (secrets.UrlCredentials(), "https://user:****@example.com"),
    (secrets.UrlCredentials(), "mailto:someone@example.com"),
]


@pytest.mark.parametrize(("recognizer", "text"), DECOYS)
def test_secret_decoys(recognizer: Recognizer, text: str) -> None:
    assert hits(recognizer, text) == []


def test_two_pem_blocks_are_two_findings() -> None:
    assert hits(secrets.PrivateKey(), f"{PEM}\n\n{PEM}") == [PEM, PEM]


def test_password_span_is_the_value_only() -> None:
    text = "export PGPASSWORD='n0t-in-logs'"
    [f] = secrets.Password().find(text)
    assert (text[: f.start], text[f.end :]) == ("export PGPASSWORD='", "'")


ALL: list[Recognizer] = [
    secrets.OpenAIKey(),
    secrets.AwsAccessKey(),
    secrets.AwsSecretKey(),
    secrets.GitHubToken(),
]
ALL += [secrets.SlackToken(), secrets.GoogleApiKey(), secrets.Jwt(), secrets.PrivateKey()]
ALL += [secrets.Password(), secrets.UrlCredentials()]
SECRET_PARTS = ["sk-", "AKIA", "ghp_", "xoxb-", "AIza", "eyJ", ".", "-----BEGIN ", "PRIVATE KEY-----"]
SECRET_PARTS += ["password", "=", ":", "://", "@", "'", '"', " ", "\n", "a", "Z", "7", "/", "+", "_", "-"]
SECRET_ALPHABET = st.sampled_from(SECRET_PARTS)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(SECRET_ALPHABET, max_size=60).map("".join)))
def test_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    for recognizer in ALL:
        spans = sorted((f.start or 0, f.end or 0) for f in recognizer.find(text))
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start
        assert all(0 <= s < e <= len(text) for s, e in spans)
