"""The real screener: cascade per segment in the shared executor, then the policy engine.

This is the object behind the Screener seam in production: detection (detect/), policy
(policy/) and the decision log (decisions/) meet here and nowhere else.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Protocol

from guardproxy.config import Settings
from guardproxy.detect.cascade import Cascade, Thresholds
from guardproxy.detect.registry import default_detectors
from guardproxy.logs import get_logger
from guardproxy.policy.engine import LoadedPolicy, ModelThresholds, decide
from guardproxy.policy.loader import PolicyStore
from guardproxy.screening import ScreenRequest
from guardproxy.tasks import cancel, spawn
from guardproxy.types import Decision, Segment, Verdict

log = get_logger(__name__)
_EMPTY = Verdict(False, 0.0, "none")


class DecisionSink(Protocol):
    """Where decisions go after the fact (the decision log). Must never block."""

    def record(self, request: ScreenRequest, decision: Decision, policy: LoadedPolicy) -> None: ...


@dataclass
class StageStats:
    """Counters the metrics endpoint reads."""

    fail_open: int = 0
    fail_closed: int = 0
    timeouts: int = 0
    errors: int = 0


class GuardScreener:
    def __init__(
        self,
        cascade: Cascade,
        policies: PolicyStore,
        executor: Executor | None = None,
        *,
        budget_ms: float,
        reload_interval_s: float = 1.0,
        sink: DecisionSink | None = None,
    ) -> None:
        self.cascade = cascade
        self.policies = policies
        self.executor = executor
        self.budget_s = budget_ms / 1000.0
        self.reload_interval_s = reload_interval_s
        self.sink = sink
        self.stats = StageStats()
        th = cascade.thresholds
        self.model_thresholds = ModelThresholds(block=th.block, flag=th.flag)
        self._watch: asyncio.Task[None] | None = None

    def use_executor(self, pool: Executor) -> None:
        self.executor = pool

    def ready(self) -> bool:
        return self.executor is not None

    async def start(self) -> None:
        self._watch = spawn(self.policies.watch(self.reload_interval_s), name="guardproxy-policy-watch")

    async def close(self) -> None:
        await cancel(self._watch)

    async def screen(self, request: ScreenRequest) -> Decision:
        loaded = self.policies.current.select(request.route, request.model, request.key_id, request.tenant)
        verdicts, errors = await self._scan(request.segments)
        decision = decide(
            request.request_id, request.segments, verdicts, loaded, self.model_thresholds, errors=errors
        )
        if errors:
            if loaded.policy.fail_mode == "closed":
                self.stats.fail_closed += 1
            else:
                self.stats.fail_open += 1
            log.warning(
                "screen.stage_failed", stages=sorted(set(errors.values())), fail_mode=loaded.policy.fail_mode
            )
        if self.sink is not None:
            self.sink.record(request, decision, loaded)
        return decision

    async def _scan(self, segments: Sequence[Segment]) -> tuple[list[Verdict], dict[int, str]]:
        if not segments:
            return [], {}
        if self.executor is None:
            raise RuntimeError("GuardScreener used before the app handed it an executor")
        # Cached verdicts are answered here: a conversation resends its system prompt and
        # earlier turns with every request, and a hit costs less than the hop to a thread.
        found = [self.cascade.cached(s.text) for s in segments]
        verdicts: list[Verdict] = [v if v is not None else _EMPTY for v in found]
        todo = [i for i, v in enumerate(found) if v is None]
        errors: dict[int, str] = {}
        if not todo:
            await asyncio.sleep(0)  # still a suspension point: a caller's loop must not starve others
            return verdicts, errors
        loop = asyncio.get_running_loop()
        # One executor job per text would cost more in hand-offs than a short text costs to
        # scan; a few chunks keep every core busy without that overhead.
        n = max(1, min(len(todo), getattr(self.executor, "_max_workers", 2)))
        chunks = [todo[i::n] for i in range(n)]
        futs = [
            loop.run_in_executor(self.executor, self._scan_many, [segments[i].text for i in c])
            for c in chunks
        ]
        _, pending = await asyncio.wait(futs, timeout=self.budget_s)
        for fut, idx in zip(futs, chunks, strict=True):
            if fut in pending:
                fut.cancel()
                self.stats.timeouts += 1
                errors.update({i: "timeout" for i in idx})
                continue
            exc = fut.exception()
            if exc is not None:
                self.stats.errors += 1
                log.error("screen.stage_error", error=type(exc).__name__)
                errors.update({i: "error" for i in idx})
                continue
            for i, v in zip(idx, fut.result(), strict=True):
                verdicts[i] = v
        return verdicts, errors

    def _scan_many(self, texts: list[str]) -> list[Verdict]:
        return [self.cascade.scan(t) for t in texts]


def build_cascade(settings: Settings) -> Cascade:
    """Load the verified models (or run rules-only when none are shipped) and detectors."""
    from guardproxy.detect.onnx import Models

    sc = settings.screening
    t = time.perf_counter()
    models = Models.load(sc.models_dir, l1=sc.l1_enabled)
    th = Thresholds.from_models(models)
    cascade = Cascade(
        default_detectors(sc.rules_file),
        models,
        thresholds=th.with_fast_gate() if sc.l0_gate == "fast" else th,
        use_l1=sc.l1_enabled,
        cache_size=sc.cache_size,
    )
    log.info("screen.models_loaded", version=cascade.version, ms=round((time.perf_counter() - t) * 1000, 1))
    return cascade


def build_screener(settings: Settings, sink: DecisionSink | None = None) -> GuardScreener:
    """Everything `serve` screens with; a bad model or policy file stops start-up here."""
    return GuardScreener(
        build_cascade(settings),
        PolicyStore(settings.policy.dir),
        budget_ms=settings.screening.stage_budget_ms,
        reload_interval_s=settings.policy.reload_interval_s,
        sink=sink,
    )
