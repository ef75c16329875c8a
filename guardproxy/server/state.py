"""Typed application state: the one-time resources every handler shares."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import aiohttp
from aiohttp import web

from guardproxy.config import Settings
from guardproxy.output.guard import OutputGuard
from guardproxy.screening import Screener
from guardproxy.server.auth import Authenticator
from guardproxy.server.transform import TransformerFactory
from guardproxy.server.upstream import Upstream

SETTINGS = web.AppKey("settings", Settings)
SCREENER: web.AppKey[Screener] = web.AppKey("screener")
AUTH = web.AppKey("auth", Authenticator)
# One pool for all upstream traffic; one executor for the CPU-bound screening stages.
HTTP = web.AppKey("http", aiohttp.ClientSession)
UPSTREAM = web.AppKey("upstream", Upstream)
EXECUTOR = web.AppKey("executor", ThreadPoolExecutor)
# Resolved at start-up: the configured upstream, or the demo upstream's loopback address.
UPSTREAM_URL = web.AppKey("upstream_url", str)
TRANSFORMER_FACTORIES: web.AppKey[list[TransformerFactory]] = web.AppKey("transformer_factories")
HMAC_KEY = web.AppKey("hmac_key", bytes)
# Optional: answer screening (guardproxy/output); absent means answers pass unscreened.
OUTPUT_GUARD = web.AppKey("output_guard", OutputGuard)
