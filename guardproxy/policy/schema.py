"""The policy file schema. One YAML file holds one policy; unknown keys are errors.

Every field is documented here because this module IS the reference; the README's policy
reference links to it.
"""

from __future__ import annotations

import fnmatch
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from guardproxy.types import Action, RedactMode, Source

ActionName = Literal["allow", "flag", "redact", "block"]
Severity = Literal["low", "medium", "high"]


def _action_shorthand(v: object) -> object:
    """`EMAIL: redact` is short for `EMAIL: {action: redact}`."""
    return {"action": v} if isinstance(v, str) else v


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Match(_Strict):
    """Which requests a policy applies to. Empty lists match everything.

    The most specific matching policy wins (more non-empty fields), then `priority`.
    """

    routes: tuple[str, ...] = ()  # globs, e.g. /v1/chat/*
    models: tuple[str, ...] = ()  # globs, e.g. gpt-4o*
    keys: tuple[str, ...] = ()  # key ids: first 12 hex of sha256(api key)
    tenants: tuple[str, ...] = ()

    def matches(self, route: str, model: str | None, key_id: str | None, tenant: str | None) -> bool:
        return (
            _any_glob(self.routes, route)
            and _any_glob(self.models, model)
            and (not self.keys or key_id in self.keys)
            and (not self.tenants or tenant in self.tenants)
        )

    @property
    def specificity(self) -> int:
        return sum(bool(x) for x in (self.routes, self.models, self.keys, self.tenants))


def _any_glob(patterns: tuple[str, ...], value: str | None) -> bool:
    if not patterns:
        return True
    return value is not None and any(fnmatch.fnmatchcase(value, p) for p in patterns)


class AttackRule(_Strict):
    """What to do with model-detected attacks. Thresholds default to the model manifest's
    calibrated values (block at 1% benign false positives, flag band below)."""

    action: ActionName = "block"  # at or above block_threshold
    grey_action: ActionName = "flag"  # between flag_threshold and block_threshold
    block_threshold: float | None = Field(default=None, ge=0, le=1)
    flag_threshold: float | None = Field(default=None, ge=0, le=1)
    families: dict[str, ActionName] = Field(default_factory=dict)  # per family override, e.g. HARM: flag

    @model_validator(mode="after")
    def _ordered(self) -> AttackRule:
        block, flag = self.block_threshold, self.flag_threshold
        if block is not None and flag is not None and flag > block:
            raise ValueError("flag_threshold must not exceed block_threshold")
        return self


class SourceRule(_Strict):
    """Trust per segment source: an app's own system prompt is not a user attack; a tool
    result or retrieved document is untrusted input (indirect injection)."""

    attack: Annotated[AttackRule, BeforeValidator(_action_shorthand)] | None = None
    screen: bool = True  # false: skip attack screening for this source (PII still applies)


class RuleHits(_Strict):
    """Signature rule hits, by severity, with per-rule-id overrides."""

    high: ActionName = "block"
    medium: ActionName = "flag"
    low: ActionName = "allow"
    ids: dict[str, ActionName] = Field(default_factory=dict)


class EntityRule(_Strict):
    action: ActionName = "allow"
    mode: RedactMode = RedactMode.PLACEHOLDER
    restore: bool = False  # put the original back into the answer
    min_score: float = Field(default=0.0, ge=0, le=1)


Entity = Annotated[EntityRule, BeforeValidator(_action_shorthand)]


def _output_secrets() -> dict[str, EntityRule]:
    return {"default": EntityRule(action="redact", mode=RedactMode.MASK)}


def _output_pii() -> dict[str, EntityRule]:
    # Names come from the optional NER stage and are too noisy to act on in answers.
    ignored = {name: EntityRule(action="allow") for name in ("PERSON", "LOCATION", "ADDRESS")}
    return {"default": EntityRule(action="flag"), **ignored}


class LeakRule(_Strict):
    """System-prompt leaks in answers: the canary token, or a long verbatim run of the prompt."""

    action: Literal["cut", "redact", "flag"] = "flag"  # cut ends the stream (finish content_filter)
    min_words: int = Field(default=12, ge=0)  # a run of this many system-prompt words in a row; 0: off


class ToolCallRule(_Strict):
    """Tool calls the model makes: arguments carrying a secret or PII whose output rule is
    redact or block, and function names on the deny list."""

    action: Literal["block", "redact", "flag"] = "redact"  # block replaces the call by a refusal
    deny: tuple[str, ...] = ()  # function name globs that are always blocked


class OutputPolicy(_Strict):
    """Screening of the answer. Entity rules read like the request's; `block` ends the answer."""

    enabled: bool = True
    secrets: dict[str, Entity] = Field(default_factory=_output_secrets)
    pii: dict[str, Entity] = Field(default_factory=_output_pii)
    canary: bool = False  # add a per-request canary to the forwarded system prompt
    leak: LeakRule = LeakRule()
    tool_calls: ToolCallRule = ToolCallRule()

    def entity_rule(self, kind: Literal["pii", "secrets"], entity: str) -> EntityRule:
        table = self.pii if kind == "pii" else self.secrets
        return table.get(entity) or table.get("default") or EntityRule()


class Policy(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    description: str = ""
    match: Match = Match()
    priority: int = 0
    shadow: bool = False  # monitor only: decide and log, change nothing on the wire
    fail_mode: Literal["open", "closed"] = "closed"  # a stage that errors or overruns
    block_style: Literal["error", "refusal"] = "error"
    refusal_message: str = "I can't help with that request."
    log_raw_text: bool = False  # store unredacted prompt text in the decision log
    attack: AttackRule = AttackRule()
    sources: dict[Source, SourceRule] = Field(default_factory=dict)
    rules: RuleHits = RuleHits()
    pii: dict[str, Entity] = Field(default_factory=dict)  # entity type or "default"
    secrets: dict[str, Entity] = Field(default_factory=dict)
    output: OutputPolicy = OutputPolicy()

    def entity_rule(self, kind: Literal["pii", "secrets"], entity: str) -> EntityRule:
        table = self.pii if kind == "pii" else self.secrets
        return table.get(entity) or table.get("default") or EntityRule()

    def attack_rule(self, source: Source) -> AttackRule | None:
        """None when this source is not screened for attacks."""
        rule = self.sources.get(source)
        if rule is None:
            return self.attack
        if not rule.screen:
            return None
        return rule.attack or self.attack


def action_of(name: str) -> Action:
    return Action.parse(name)
