"""Settings: precedence, and one clear ConfigError line naming the field and its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardproxy.config import load_settings
from guardproxy.errors import ConfigError

DIGEST = "a" * 64


def test_defaults_mean_demo_mode_on_loopback() -> None:
    s = load_settings(environ={})
    assert (s.host, s.port, s.max_body_bytes) == ("127.0.0.1", 8080, 4 * 1024 * 1024)
    assert s.demo_mode
    assert s.auth.mode == "passthrough"


def test_precedence_defaults_file_env_flags(tmp_path: Path) -> None:
    cfg = tmp_path / "gp.yaml"
    cfg.write_text(
        "port: 9000\nhost: 0.0.0.0\nupstream:\n  url: https://file.example/v1/\n  read_timeout_s: 5\n"
    )
    env = {"GUARDPROXY_PORT": "9100", "GUARDPROXY_UPSTREAM__READ_TIMEOUT_S": "7"}
    s = load_settings(cfg, environ=env, overrides={"port": 9200})
    assert (s.host, s.port) == ("0.0.0.0", 9200)
    assert s.upstream.url == "https://file.example/v1"  # trailing slash dropped
    assert s.upstream.read_timeout_s == 7
    assert not s.demo_mode


def test_short_env_alias_and_secrets_are_not_settings() -> None:
    env = {"GUARDPROXY_UPSTREAM": "https://api.openai.com/v1", "GUARDPROXY_HMAC_KEY": "not-a-setting"}
    assert load_settings(environ=env).upstream.url == "https://api.openai.com/v1"


@pytest.mark.parametrize(
    ("yaml_text", "env", "overrides", "expected"),
    [
        ("port: 70000\n", {}, {}, r"^invalid setting port in .*gp\.yaml: "),
        ("", {"GUARDPROXY_PORT": "abc"}, {}, r"^invalid setting port in environment \(GUARDPROXY_PORT\): "),
        ("", {"GUARDPROXY_UPSTREAM": "ftp://x"}, {}, r"upstream\.url in environment .*http:// or https://"),
        ("", {}, {"workers": 0}, r"^invalid setting workers in command line: "),
        ("bogus: 1\n", {}, {}, r"^invalid setting bogus in .*gp\.yaml: Extra inputs"),
        ("auth:\n  mode: proxy_keys\n", {}, {}, r"^invalid setting auth in .*proxy_key_sha256"),
        ("auth:\n  proxy_key_sha256: [sk-raw-key]\n", {}, {}, r"auth\.proxy_key_sha256 in .*hash-key"),
        ("", {"GUARDPROXY_PORT": "[unclosed"}, {}, r"GUARDPROXY_PORT.*not a valid value"),
        ("- a list\n", {}, {}, r"must hold a mapping"),
        ("port: [\n", {}, {}, r"is not valid YAML"),
    ],
)
def test_bad_setting_is_one_line_naming_field_and_source(
    tmp_path: Path, yaml_text: str, env: dict[str, str], overrides: dict[str, object], expected: str
) -> None:
    cfg = tmp_path / "gp.yaml"
    cfg.write_text(yaml_text)
    with pytest.raises(ConfigError, match=expected) as info:
        load_settings(cfg, environ=env, overrides=overrides)
    assert "\n" not in str(info.value)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_settings(tmp_path / "absent.yaml", environ={})


def test_valid_proxy_keys_are_normalised() -> None:
    s = load_settings(
        environ={}, overrides={"auth": {"mode": "proxy_keys", "proxy_key_sha256": [DIGEST.upper()]}}
    )
    assert s.auth.proxy_key_sha256 == (DIGEST,)


def test_settings_are_frozen() -> None:
    s = load_settings(environ={})
    with pytest.raises(ValueError, match="frozen"):
        s.port = 1
