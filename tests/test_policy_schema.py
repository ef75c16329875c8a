"""The policy schema: shorthands, defaults, per-source trust, and what it refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from guardproxy.policy.schema import AttackRule, EntityRule, Match, Policy
from guardproxy.types import RedactMode, Source

POLICIES = Path(__file__).resolve().parent.parent / "policies"
SHIPPED = sorted(POLICIES.glob("**/*.yaml"))


def make(**fields: Any) -> Policy:
    return Policy.model_validate({"id": "t", **fields})


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_policies_validate(path: Path) -> None:
    Policy.model_validate(yaml.safe_load(path.read_text()))


def test_shipped_set_has_default_strict_and_monitor() -> None:
    assert {p.stem for p in SHIPPED} >= {"default", "strict", "monitor"}


def test_minimal_policy_defaults_are_safe() -> None:
    p = make()
    assert (p.fail_mode, p.block_style, p.shadow, p.log_raw_text) == ("closed", "error", False, False)
    assert (p.attack.action, p.attack.grey_action) == ("block", "flag")
    assert (p.rules.high, p.rules.medium, p.rules.low) == ("block", "flag", "allow")


def test_entity_shorthand_is_an_action() -> None:
    p = make(pii={"EMAIL": "redact"}, secrets={"default": "block"})
    assert p.pii["EMAIL"] == EntityRule(action="redact")
    assert p.secrets["default"].action == "block"


def test_entity_rule_falls_back_to_default_then_allow() -> None:
    p = make(pii={"EMAIL": {"action": "redact", "mode": "hash"}, "default": "flag"})
    assert p.entity_rule("pii", "EMAIL").mode is RedactMode.HASH
    assert p.entity_rule("pii", "PHONE").action == "flag"
    assert p.entity_rule("secrets", "AWS_KEY") == EntityRule()
    assert EntityRule().action == "allow"


def test_attack_rule_per_source() -> None:
    p = make(
        attack={"action": "block", "families": {"HARM": "flag"}},
        sources={"system": {"attack": "flag"}, "tool": {"screen": False}, "document": {}},
    )
    assert p.attack_rule(Source.USER) is p.attack
    assert p.attack_rule(Source.DOCUMENT) is p.attack  # a source entry without attack inherits
    system = p.attack_rule(Source.SYSTEM)
    assert system is not None
    assert system.action == "flag"
    assert p.attack_rule(Source.TOOL) is None


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"attack": {"block_threshold": 0.5, "flag_threshold": 0.7}}, "flag_threshold must not exceed"),
        ({"attack": {"block_threshold": 1.5}}, "attack.block_threshold"),
        ({"attack": {"action": "explode"}}, "attack.action"),
        ({"attack": {"families": {"PI": "maybe"}}}, "attack.families.PI"),
        ({"pii": {"EMAIL": {"action": "redact", "mode": "shred"}}}, "pii.EMAIL.mode"),
        ({"pii": {"EMAIL": {"min_score": -1}}}, "pii.EMAIL.min_score"),
        ({"sources": {"robot": {"screen": False}}}, "sources.robot"),
        ({"fail_mode": "sideways"}, "fail_mode"),
        ({"block_style": "teapot"}, "block_style"),
        ({"priority": "high"}, "priority"),
        ({"colour": "red"}, "colour"),
        ({"match": {"route": ["/v1/*"]}}, "match.route"),
        ({"rules": {"critical": "block"}}, "rules.critical"),
    ],
)
def test_invalid_fields_are_refused(fields: dict[str, Any], where: str) -> None:
    with pytest.raises(ValidationError) as e:
        make(**fields)
    assert where in str(e.value)


@pytest.mark.parametrize("bad_id", ["", "has space", "x" * 65, "slash/id"])
def test_policy_id_is_a_safe_name(bad_id: str) -> None:
    with pytest.raises(ValidationError, match="id"):
        Policy.model_validate({"id": bad_id})


def test_policy_is_frozen() -> None:
    p = make()
    with pytest.raises(ValidationError):
        p.shadow = True


def test_equal_thresholds_are_allowed() -> None:
    assert AttackRule(block_threshold=0.7, flag_threshold=0.7).flag_threshold == 0.7


@pytest.mark.parametrize(
    ("match", "request_", "hit"),
    [
        ({}, ("/v1/embeddings", None, None, None), True),
        ({"routes": ["/v1/chat/*"]}, ("/v1/chat/completions", None, None, None), True),
        ({"routes": ["/v1/chat/*"]}, ("/v1/completions", None, None, None), False),
        ({"models": ["gpt-4o*"]}, ("/v1/x", "gpt-4o-mini", None, None), True),
        ({"models": ["gpt-4o*"]}, ("/v1/x", "GPT-4o", None, None), False),  # globs are case-sensitive
        ({"models": ["gpt-4o*"]}, ("/v1/x", None, None, None), False),  # no model never matches a glob
        ({"keys": ["abc123"]}, ("/v1/x", None, "abc123", None), True),
        ({"keys": ["abc123"]}, ("/v1/x", None, "abc12", None), False),
        ({"tenants": ["acme"]}, ("/v1/x", None, None, "acme"), True),
        ({"tenants": ["acme"]}, ("/v1/x", None, None, None), False),
        ({"routes": ["/v1/*"], "tenants": ["acme"]}, ("/v1/x", None, None, "other"), False),
    ],
)
def test_match(
    match: dict[str, Any], request_: tuple[str, str | None, str | None, str | None], hit: bool
) -> None:
    assert Match.model_validate(match).matches(*request_) is hit


def test_specificity_counts_non_empty_fields() -> None:
    assert Match().specificity == 0
    assert Match(routes=("/v1/*",), tenants=("a",)).specificity == 2
