"""Who is calling: pass the client's key through, or require a proxy key and swap in ours.

Keys are only ever hashed; the key_id that reaches logs and decisions is a 12-hex prefix
of the sha256, enough to tell keys apart and useless for recovering one.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass

from guardproxy.config import AuthSettings
from guardproxy.errors import AuthError, ConfigError


@dataclass(frozen=True, slots=True)
class Principal:
    key_id: str | None
    tenant: str | None
    authorization: str | None  # the Authorization header to send upstream


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def presented_key(headers: Mapping[str, str]) -> str | None:
    value = headers.get("Authorization", "")
    scheme, _, token = value.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    # Azure-style clients send the key in api-key instead
    return headers.get("api-key") or None


class Authenticator:
    def __init__(self, settings: AuthSettings, upstream_key: str | None) -> None:
        self._settings = settings
        self._digests = tuple(d.lower() for d in settings.proxy_key_sha256)
        self._tenants = {k.lower(): v for k, v in settings.tenants.items()}
        self._upstream_auth = f"Bearer {upstream_key}" if upstream_key else None

    @classmethod
    def from_settings(
        cls, settings: AuthSettings, api_key_env: str, environ: Mapping[str, str]
    ) -> Authenticator:
        key = environ.get(api_key_env)
        if settings.mode == "proxy_keys" and not key:
            raise ConfigError(
                f"invalid setting auth.mode in environment: proxy_keys needs the upstream key in ${api_key_env}"
            )
        return cls(settings, key)

    @property
    def mode(self) -> str:
        return self._settings.mode

    def authenticate(self, headers: Mapping[str, str]) -> Principal:
        key = presented_key(headers)
        digest = key_digest(key) if key else None
        tenant = self._tenants.get(digest) if digest else None
        key_id = digest[:12] if digest else None
        if self._settings.mode == "passthrough":
            return Principal(key_id, tenant, headers.get("Authorization"))
        if digest is None:
            raise AuthError("Missing API key. Send 'Authorization: Bearer <proxy key>'.")
        # Compare against every digest so the time taken does not say which one matched.
        matched = False
        for known in self._digests:
            matched |= hmac.compare_digest(digest, known)
        if not matched:
            raise AuthError("Incorrect API key provided.")
        return Principal(key_id, tenant, self._upstream_auth)
