"""Gateway metrics (``medgate_*``), recorded through Ray's metrics API.

Why Ray's API and not prometheus-client (checked in Ray 2.60's source and on a live cluster):

* Every process of a Ray node sends its metrics to that node's metrics agent
  (``dashboard/modules/reporter/reporter_agent.py`` -> ``OpenTelemetryMetricRecorder``),
  which serves them all on one port (``ray start --metrics-export-port`` /
  ``ray.init(_metrics_export_port=...)``). vLLM's engine metrics take the same path
  (``LLMConfig(log_engine_metrics=True)`` -> ``vllm.v1.metrics.ray_wrappers``), so one
  scrape per node collects gateway and engine metrics of every replica alike; with
  prometheus-client each replica process would need a port of its own.
* ``ray.serve.metrics`` (used here, rather than ``ray.util.metrics``) adds the labels
  ``deployment``, ``replica`` and ``application`` inside a Serve replica, so the
  series of two ingress replicas never collide.
* Exported names get the prefix ``ray_``; counters also get ``_total``
  (``medgate_requests`` -> ``ray_medgate_requests_total``); histograms come out as
  ``_bucket``/``_sum``/``_count`` with the buckets below. The agent rebuilds
  histograms from bucket counts at bucket midpoints, so ``_sum`` is approximate;
  quantiles (from buckets) are not affected. Ray adds ``Component``, ``NodeAddress``,
  ``SessionName``, ``Version`` and ``WorkerId`` labels: aggregate with ``sum by``.
* Processes export every ``RAY_metrics_report_interval_ms`` (default 10 s). A gauge is
  exported only in an interval in which it was set, and the agent drops a gauge value
  not refreshed for two intervals. So this class re-sets its gauges from a daemon
  thread twice per interval (``close()`` stops it).

Counters whose label sets are known up front (audit write failures, fail-closed stages per
built-in stage, review flags per model and reason, rate limits per tenant and limit) are exported
at 0 from the start: a series born at 1 hides its first increment from ``rate()``/``increase()``,
so an alert on the first audit write failure could not fire and panels would say "No data".

Label values are bounded: tenants and models come from the configuration (anything
else is ``other``); stages, categories, PHI types and endpoints must be short
identifiers and at most ``_MAX_VALUES`` distinct ones are kept per label; actions,
directions, limits and review reasons come from fixed sets. No text, no identifiers.

GatewayMetrics must be created inside the replica (e.g. in the deployment's
``__init__``) so the Serve labels are attached. No method raises.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections import Counter as Tally
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import ParamSpec, get_args

import ray
from ray.serve import metrics as serve_metrics

from medgate.guardrails.guard_model import STAGE as GUARD_MODEL_STAGE
from medgate.guardrails.policy import BuiltinStage

logger = logging.getLogger(__name__)

OTHER = "other"
DIRECTIONS = frozenset({"input", "output"})
ACTIONS = frozenset({"block", "redact", "review", "monitor", "allow"})
LIMITS = frozenset({"rpm", "tpm", "queue", "body", "concurrency", "deadline"})
REVIEW_REASONS = frozenset({"diagnosis", "dosing", "treatment", "classifier", "unspecified"})
# The guard pipeline's built-in stages (medgate.guardrails.policy.BuiltinStage; a test keeps them equal).
BUILTIN_STAGES: tuple[str, ...] = get_args(BuiltinStage)

E2E_BUCKETS_S = [0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0, 300.0]
TTFT_BUCKETS_S = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.0, 5.0, 10.0, 20.0, 60.0]
ITL_BUCKETS_S = [0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 2.5]
GUARD_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5]

_MAX_VALUES = 32
_IDENTIFIER = re.compile(r"[A-Za-z0-9_.:/-]{1,48}")
_WORD = re.compile(r"[a-z_]+")

P = ParamSpec("P")


def _never_raises(method: Callable[P, None]) -> Callable[P, None]:
    """Metrics must never break a request: log the exception type once per method and go on."""
    warned = False

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        nonlocal warned
        try:
            method(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - metrics are best effort by contract
            if not warned:
                warned = True
                logger.warning("metrics: %s failed with %s", method.__name__, type(exc).__name__)

    return wrapper


class _Bounded:
    """Maps a free-form label value to itself while it is a short identifier among the first few seen."""

    def __init__(self, allowed: Collection[str] = (), *, open_ended: bool = True) -> None:
        self._seen: set[str] = set(allowed)
        self._open = open_ended
        self._lock = threading.Lock()

    def __call__(self, value: object) -> str:
        text = str(value)
        if text in self._seen:
            return text
        if not self._open or not _IDENTIFIER.fullmatch(text):
            return OTHER
        with self._lock:
            if len(self._seen) >= _MAX_VALUES:
                return OTHER
            self._seen.add(text)
        return text


def review_reason(reason: str) -> str:
    """The fixed-set label for a review reason such as ``"clinical_advice: dosing (en)"``."""
    words: list[str] = _WORD.findall(str(reason).lower())
    return next((word for word in words if word in REVIEW_REASONS), OTHER)


def _status_code(status: int) -> str:
    return str(status) if isinstance(status, int) and 100 <= status <= 599 else OTHER


def gauge_refresh_interval_s() -> float:
    """Half of Ray's effective export interval, so every export carries each gauge."""
    interval_ms: int = ray._config.metrics_report_interval_ms()
    return max(interval_ms, 1000) / 2000


class GatewayMetrics:
    """The ingress's metrics; every method is cheap and never raises."""

    def __init__(self, tenants: Collection[str], models: Collection[str]) -> None:
        self._tenant = _Bounded(tenants, open_ended=False)
        self._model = _Bounded(models, open_ended=False)
        self._stage = _Bounded()
        self._category = _Bounded()
        self._phi_type = _Bounded()
        self._endpoint = _Bounded()
        self._lock = threading.Lock()
        self._ongoing: Tally[tuple[str, str]] = Tally()
        self._queued: Tally[str] = Tally()

        self.requests = serve_metrics.Counter(
            "medgate_requests", "Finished requests by HTTP status code.", ("model", "tenant", "endpoint", "code")
        )
        self.ongoing = serve_metrics.Gauge(
            "medgate_ongoing_requests", "Requests in the gateway now.", ("model", "tenant")
        )
        self.queue = serve_metrics.Gauge(
            "medgate_queued_requests", "Requests waiting in the gateway for an engine.", ("model",)
        )
        self.e2e = serve_metrics.Histogram(
            "medgate_request_duration_seconds",
            "End-to-end request latency.",
            E2E_BUCKETS_S,
            ("model", "endpoint", "stream"),
        )
        self.ttft = serve_metrics.Histogram(
            "medgate_time_to_first_token_seconds", "Time to the first released token.", TTFT_BUCKETS_S, ("model",)
        )
        self.itl = serve_metrics.Histogram(
            "medgate_inter_token_latency_seconds", "Time between released tokens.", ITL_BUCKETS_S, ("model",)
        )
        self.prompt_tokens = serve_metrics.Counter(
            "medgate_prompt_tokens", "Prompt tokens of finished requests.", ("model", "tenant")
        )
        self.completion_tokens = serve_metrics.Counter(
            "medgate_completion_tokens", "Completion tokens of finished requests.", ("model", "tenant")
        )
        self.guard_latency = serve_metrics.Histogram(
            "medgate_guard_stage_duration_seconds",
            "Latency of one guard stage.",
            GUARD_BUCKETS_S,
            ("stage", "direction"),
        )
        self.guard_decisions = serve_metrics.Counter(
            "medgate_guard_decisions",
            "Guard stage outcomes by category and action.",
            ("stage", "direction", "category", "action"),
        )
        self.phi = serve_metrics.Counter("medgate_phi_redactions", "PHI spans redacted, by type.", ("phi_type",))
        self.reviews = serve_metrics.Counter(
            "medgate_review_flags", "Answers flagged for physician review.", ("model", "reason")
        )
        self.limited = serve_metrics.Counter(
            "medgate_rate_limited", "Requests refused by a limit.", ("tenant", "limit")
        )
        self.failed_closed = serve_metrics.Counter(
            "medgate_guard_fail_closed", "Guard stages that errored or timed out (the request was blocked).", ("stage",)
        )
        self.audit_failures = serve_metrics.Counter(
            "medgate_audit_write_failures", "Audit records that could not be written."
        )
        self.audit_healthy = serve_metrics.Gauge(
            "medgate_audit_healthy", "1 while this replica can write audit records, 0 while it cannot."
        )
        self._audit_ok = 1

        self._stop = threading.Event()
        self._refresher = threading.Thread(target=self._refresh_gauges, name="medgate-metrics", daemon=True)
        self._refresher.start()
        self._start_counters_at_zero(tenants, models)

    @_never_raises
    def _start_counters_at_zero(self, tenants: Collection[str], models: Collection[str]) -> None:
        """Export every known series of the event counters at 0 before its first event.

        Ray's ``Counter.inc`` refuses 0, so this records through ``_record``, the call ``inc`` ends in (a
        Serve counter adds nothing else: its Serve labels are default tags set when it was created).
        """
        tenant_labels = sorted({self._tenant(t) for t in tenants} | {OTHER})
        model_labels = sorted({self._model(m) for m in models})
        zero: list[tuple[serve_metrics.Counter, dict[str, str]]] = [(self.audit_failures, {})]
        zero += [(self.failed_closed, {"stage": self._stage(s)}) for s in (*BUILTIN_STAGES, GUARD_MODEL_STAGE)]
        zero += [(self.reviews, {"model": m, "reason": r}) for m in model_labels for r in sorted(REVIEW_REASONS)]
        zero += [(self.limited, {"tenant": t, "limit": lim}) for t in tenant_labels for lim in sorted(LIMITS)]
        for counter, tags in zero:
            counter._record(0, tags=tags)

    # -- requests ---------------------------------------------------------------------------------------------
    @_never_raises
    def request_started(self, *, model: str, tenant: str) -> None:
        """One more request in the gateway."""
        key = (self._model(model), self._tenant(tenant))
        with self._lock:
            self._ongoing[key] += 1
            value = self._ongoing[key]
        self.ongoing.set(value, tags={"model": key[0], "tenant": key[1]})

    @_never_raises
    def request_finished(
        self,
        *,
        model: str,
        tenant: str,
        endpoint: str,
        status: int,
        e2e_s: float,
        ttft_s: float | None,
        itl_s: Sequence[float],
        prompt_tokens: int,
        completion_tokens: int,
        stream: bool,
    ) -> None:
        """A request left the gateway: count it, record its latencies and tokens."""
        model_l, tenant_l, endpoint_l = self._model(model), self._tenant(tenant), self._endpoint(endpoint)
        key = (model_l, tenant_l)
        with self._lock:
            self._ongoing[key] = max(self._ongoing[key] - 1, 0)
            value = self._ongoing[key]
        self.ongoing.set(value, tags={"model": model_l, "tenant": tenant_l})
        self.requests.inc(
            tags={"model": model_l, "tenant": tenant_l, "endpoint": endpoint_l, "code": _status_code(status)}
        )
        self.e2e.observe(
            max(e2e_s, 0.0), tags={"model": model_l, "endpoint": endpoint_l, "stream": "true" if stream else "false"}
        )
        if ttft_s is not None:
            self.ttft.observe(max(ttft_s, 0.0), tags={"model": model_l})
        for gap in itl_s:
            self.itl.observe(max(gap, 0.0), tags={"model": model_l})
        if prompt_tokens > 0:
            self.prompt_tokens.inc(prompt_tokens, tags={"model": model_l, "tenant": tenant_l})
        if completion_tokens > 0:
            self.completion_tokens.inc(completion_tokens, tags={"model": model_l, "tenant": tenant_l})

    @_never_raises
    def queued(self, *, model: str, delta: int) -> None:
        """Requests waiting for an engine changed by ``delta``."""
        model_l = self._model(model)
        with self._lock:
            self._queued[model_l] = max(self._queued[model_l] + delta, 0)
            value = self._queued[model_l]
        self.queue.set(value, tags={"model": model_l})

    # -- guards -----------------------------------------------------------------------------------------------
    @_never_raises
    def guard_stage(self, *, stage: str, direction: str, latency_s: float) -> None:
        """One guard stage ran."""
        self.guard_latency.observe(
            max(latency_s, 0.0), tags={"stage": self._stage(stage), "direction": _member(direction, DIRECTIONS)}
        )

    @_never_raises
    def guard_decision(self, *, stage: str, direction: str, category: str, action: str) -> None:
        """A guard stage decided ``action`` for ``category``."""
        self.guard_decisions.inc(
            tags={
                "stage": self._stage(stage),
                "direction": _member(direction, DIRECTIONS),
                "category": self._category(category),
                "action": _member(action, ACTIONS),
            }
        )

    @_never_raises
    def phi_redacted(self, counts: Mapping[str, int]) -> None:
        """PHI spans redacted in one text, by PHI type."""
        for phi_type, count in counts.items():
            if count > 0:
                self.phi.inc(count, tags={"phi_type": self._phi_type(phi_type)})

    @_never_raises
    def review_flagged(self, *, model: str, reason: str) -> None:
        """An answer was flagged for physician review."""
        self.reviews.inc(tags={"model": self._model(model), "reason": review_reason(reason)})

    @_never_raises
    def rate_limited(self, *, tenant: str, limit: str) -> None:
        """A request was refused by a limit (rpm, tpm, queue or body)."""
        self.limited.inc(tags={"tenant": self._tenant(tenant), "limit": _member(limit, LIMITS)})

    @_never_raises
    def fail_closed(self, *, stage: str) -> None:
        """A guard stage errored or timed out, so the request was blocked."""
        self.failed_closed.inc(tags={"stage": self._stage(stage)})

    @_never_raises
    def audit_write_failed(self, records: int = 1) -> None:
        """Audit records could not be written (or their fsync failed)."""
        if records > 0:
            self.audit_failures.inc(records)

    @_never_raises
    def audit_health(self, healthy: bool) -> None:
        """Whether the audit writer can write (block mode refuses requests while it cannot)."""
        self._audit_ok = int(healthy)
        self.audit_healthy.set(self._audit_ok)

    # -- gauges -----------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Stop re-exporting the gauges."""
        self._stop.set()
        self._refresher.join(timeout=5)

    def _refresh_gauges(self) -> None:
        while not self._stop.wait(gauge_refresh_interval_s()):
            try:
                with self._lock:
                    ongoing, queued = dict(self._ongoing), dict(self._queued)
                for (model, tenant), value in ongoing.items():
                    self.ongoing.set(value, tags={"model": model, "tenant": tenant})
                for model, value in queued.items():
                    self.queue.set(value, tags={"model": model})
                self.audit_healthy.set(self._audit_ok)
            except Exception as exc:  # noqa: BLE001 - keep refreshing whatever happened once
                logger.warning("metrics: gauge refresh failed with %s", type(exc).__name__)


def _member(value: str, allowed: frozenset[str]) -> str:
    return value if value in allowed else OTHER
