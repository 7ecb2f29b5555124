"""Prometheus metrics of the guard stages (labels carry stage names only, never text)."""

from prometheus_client import Counter, Histogram

STAGE_SECONDS = Histogram(
    "medgate_guard_stage_seconds",
    "Latency of one guard stage over the texts of one check.",
    ["stage", "direction"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
)
FAILED_CLOSED = Counter(
    "medgate_guard_failed_closed_total",
    "Checks blocked because a guard stage errored, was unavailable or timed out.",
    ["stage", "direction", "kind"],
)
DECISIONS = Counter(
    "medgate_guard_decisions_total",
    "Guard verdicts by decision.",
    ["direction", "decision"],
)
