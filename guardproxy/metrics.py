"""Prometheus metrics: one registry per app, served at /metrics.

Three instruments are fed on the request path (requests, decisions with their stage timings,
upstream time to headers). Everything another component already counts (verdict cache, fail
modes, policy reloads, the decision log's queue and spool) is read at scrape time by a
collector instead of being mirrored, so those counters keep one owner and their hot paths no
extra hook.

/metrics is open unless GUARDPROXY_METRICS_TOKEN is set, then it wants
``Authorization: Bearer <token>``. Nothing it exposes carries prompt text, PII or keys; the
token is for deployments that publish the port beyond their scraper.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator, Mapping
from typing import TypeVar

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.metrics import MetricWrapperBase

from guardproxy.decisions.log import LogStats
from guardproxy.decisions.service import DECISIONS
from guardproxy.detect.cascade import VerdictCache
from guardproxy.guard import StageStats
from guardproxy.policy.loader import PolicyStore
from guardproxy.server import state
from guardproxy.types import Decision

_M = TypeVar("_M", bound=MetricWrapperBase)

TOKEN_ENV = "GUARDPROXY_METRICS_TOKEN"
PATH = "/metrics"

# Screening stages run in tens of microseconds (rules on a short text) up to the stage budget.
STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
# An upstream's time to first byte: a local model in milliseconds, a large one in tens of seconds.
UPSTREAM_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class Metrics:
    def __init__(self, app: web.Application) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "guardproxy_requests",
            "Requests answered, by route, enforced verdict and HTTP status (499: client hung up).",
            ("route", "verdict", "status"),
            registry=self.registry,
        )
        self.decisions = Counter(
            "guardproxy_decisions",
            "Screened requests by the stage that decided and the policy's verdict (shadow included).",
            ("stage", "verdict"),
            registry=self.registry,
        )
        self.stage_seconds = Histogram(
            "guardproxy_stage_seconds",
            "Screening time per stage for one request, summed over its texts (cache hits run no stage).",
            ("stage",),
            buckets=STAGE_BUCKETS,
            registry=self.registry,
        )
        self.upstream_seconds = Histogram(
            "guardproxy_upstream_seconds",
            "Time from sending a request upstream to its response headers.",
            ("route",),
            buckets=UPSTREAM_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_Live(app))
        self._children: dict[tuple[int, tuple[str, ...]], MetricWrapperBase] = {}

    def _child(self, metric: _M, *values: str) -> _M:
        """``metric.labels(*values)``, remembered: labels() validates and locks on every call,
        and the label sets here are small and bounded (routes, stages, verdicts, statuses)."""
        key = (id(metric), values)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*values)
        return child  # type: ignore[return-value]  # stored by this method from metric.labels

    def observe_request(self, request: web.Request, status: int, verdict: str) -> None:
        self._child(self.requests, route_label(request), verdict, str(status)).inc()

    def observe_decision(self, decision: Decision) -> None:
        self._child(self.decisions, decision.stage or "none", decision.action.label).inc()
        for stage, ms in decision.timings_ms.items():
            self._child(self.stage_seconds, stage).observe(ms / 1000.0)

    def observe_upstream(self, request: web.Request, seconds: float) -> None:
        self._child(self.upstream_seconds, route_label(request)).observe(seconds)


METRICS = web.AppKey("metrics", Metrics)


def route_label(request: web.Request) -> str:
    """The matched route's pattern, never the raw path: /v1/{tail} keeps the label set bounded."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "unmatched"


def observe_decision(app: web.Application, decision: Decision) -> None:
    metrics = app.get(METRICS)
    if metrics is not None:
        metrics.observe_decision(decision)


def add_metrics(app: web.Application, environ: Mapping[str, str]) -> Metrics:
    """Create the app's registry and mount /metrics; call once in the app factory."""
    metrics = Metrics(app)
    app[METRICS] = metrics
    token = environ.get(TOKEN_ENV)
    expected = f"Bearer {token}".encode() if token else None

    async def scrape(request: web.Request) -> web.Response:
        if expected is not None:
            given = request.headers.get("Authorization", "").encode()
            if not hmac.compare_digest(expected, given):
                return web.Response(status=401, text=f"send Authorization: Bearer <{TOKEN_ENV}>\n")
        body = generate_latest(metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app.router.add_get(PATH, scrape)
    return metrics


class _Live:
    """Reads counters other components own, at scrape time (on the event loop, like their writers)."""

    def __init__(self, app: web.Application) -> None:
        self._app = app

    def collect(self) -> Iterator[Metric]:
        screener = self._app[state.SCREENER]
        stats = getattr(screener, "stats", None)
        if isinstance(stats, StageStats):
            yield _counter(
                "guardproxy_fail_mode_activations",
                "Requests decided under the policy's fail mode because a stage failed.",
                "mode",
                {"open": stats.fail_open, "closed": stats.fail_closed},
            )
            yield _counter(
                "guardproxy_stage_failures",
                "Screening jobs that ran past the stage budget or raised.",
                "kind",
                {"timeout": stats.timeouts, "error": stats.errors},
            )
        cache = getattr(getattr(screener, "cascade", None), "cache", None)
        if isinstance(cache, VerdictCache):
            yield _counter(
                "guardproxy_verdict_cache_lookups",
                "Verdict cache lookups by result (hit rate: hit / (hit + miss)).",
                "result",
                {"hit": cache.hits, "miss": cache.misses},
            )
        policies = getattr(screener, "policies", None)
        if isinstance(policies, PolicyStore):
            yield _counter(
                "guardproxy_policy_reloads",
                "Policy reloads; a rejected reload keeps the previous policy.",
                "result",
                {"ok": policies.reloads_ok, "rejected": policies.reloads_rejected},
            )
        service = self._app.get(DECISIONS)
        if service is not None and service.started:
            yield from _decision_log(service.log.stats)


def _counter(name: str, doc: str, label: str, values: Mapping[str, int]) -> CounterMetricFamily:
    family = CounterMetricFamily(name, doc, labels=(label,))
    for value, n in values.items():
        family.add_metric((value,), n)
    return family


def _gauge(name: str, doc: str, value: int) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, doc, value=value)


def _decision_log(stats: LogStats) -> Iterator[Metric]:
    yield _gauge(
        "guardproxy_decision_log_queue_depth", "Decisions waiting for the writer.", stats.queue_depth
    )
    yield _gauge(
        "guardproxy_decision_log_spool_bytes",
        "Spooled bytes waiting for Redis to come back.",
        stats.spool_bytes,
    )
    yield _counter(
        "guardproxy_decision_log_entries",
        "Decision log entries by outcome (dropped: queue or spool full, or unbuildable).",
        "outcome",
        {
            "written": stats.written,
            "spooled": stats.spooled,
            "replayed": stats.replayed,
            "dropped": stats.dropped,
        },
    )
