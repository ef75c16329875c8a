"""Hold-back rules: a tail is held only while it could still become a watched match."""

from __future__ import annotations

import pytest

from guardproxy.output.holdback import CAP, RULES, hold_from, rule_for

ALL = rule_for(RULES)
TOKENS = ["OPENAI_KEY", "AWS_ACCESS_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "GOOGLE_API_KEY", "JWT"]
SECRETS_ONLY = rule_for([*TOKENS, "PASSWORD", "AWS_SECRET_KEY", "URL_CREDENTIALS", "PRIVATE_KEY"])


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Plain words here ", ""),
        ("Plain words here", ""),
        ("Use s", "s"),
        ("Use sk-", "sk-"),
        ("Use sk-proj-abc", "sk-proj-abc"),
        ("run x_AKIA12", "AKIA12"),  # AWS keys may follow an underscore
        ("token ghp_abc", "ghp_abc"),
        ("jwt eyJhbGciOi", "eyJhbGciOi"),
        ("slack xo", "xo"),
        ("the password", "password"),
        ("password: hun", "password: hun"),
        ('password = "two words', 'password = "two words'),
        ("password is ", ""),
        ("aws_secret_access_key=AbC", "aws_secret_access_key=AbC"),
        ("clone https:", "s:"),
        ("clone https://bob:pa", "s://bob:pa"),
        ("key\n-----BEG", "-----BEG"),
        ("key\n-----BEGIN RSA PRIVATE KEY-----\nMIIE", "-----BEGIN RSA PRIVATE KEY-----\nMIIE"),
        ("call 2024", ""),  # digits are not watched when only secrets are acted on
    ],
)
def test_secret_tails(text: str, held: str) -> None:
    assert text[hold_from(text, SECRETS_ONLY) :] == held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("call +44 20 79", "+44 20 79"),
        ("pay DE89 3704 ", "DE89 3704 "),
        ("pay D", "D"),
        ("mail ann.lee@exa", "ann.lee@exa"),
        ("card 4111 1111", "4111 1111"),
        ("host 10.0.", "10.0."),
    ],
)
def test_pii_tails_when_watched(text: str, held: str) -> None:
    assert text[hold_from(text, ALL) :] == held


def test_floor_and_cap() -> None:
    text = "https:" + "//bob:pw"
    assert hold_from(text, SECRETS_ONLY, floor=6) == 6  # the match began in emitted text
    long = "x " + "sk-" + "a" * 1000
    assert len(long) - hold_from(long, SECRETS_ONLY) <= CAP


def test_nothing_watched_holds_nothing() -> None:
    assert hold_from("sk-abc", rule_for([])) == len("sk-abc")
    assert hold_from("a person named Jo", rule_for(["PERSON"])) == len("a person named Jo")
