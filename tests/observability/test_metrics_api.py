"""GatewayMetrics in-process: bounded labels, balanced gauges, never raising."""

from __future__ import annotations

from typing import get_args

import pytest

from medgate.guardrails.policy import BuiltinStage
from medgate.serving.metrics import BUILTIN_STAGES, OTHER, GatewayMetrics, _Bounded, review_reason


@pytest.fixture()
def metrics() -> GatewayMetrics:
    gm = GatewayMetrics(tenants=["ward-a"], models=["m1"])
    yield gm
    gm.close()


def test_unknown_tenants_and_models_become_other(metrics: GatewayMetrics) -> None:
    assert metrics._tenant("ward-a") == "ward-a"
    assert metrics._tenant("ward-zz") == OTHER
    assert metrics._model("gpt-evil") == OTHER


def test_free_form_labels_are_capped_and_must_be_identifiers() -> None:
    bounded = _Bounded()
    assert bounded("prompt_injection") == "prompt_injection"
    assert bounded("Patient John Doe, DOB 1970") == OTHER  # spaces and commas: not an identifier
    values = {bounded(f"stage_{i}") for i in range(100)}
    assert OTHER in values and len(values) <= 33


@pytest.mark.parametrize(
    ("reason", "label"),
    [("clinical_advice: dosing (en)", "dosing"), ("diagnosis", "diagnosis"), ("free text about a patient", OTHER)],
)
def test_review_reasons_come_from_a_fixed_set(reason: str, label: str) -> None:
    assert review_reason(reason) == label


def test_ongoing_gauge_is_balanced_and_never_negative(metrics: GatewayMetrics) -> None:
    metrics.request_started(model="m1", tenant="ward-a")
    metrics.request_started(model="m1", tenant="ward-a")
    assert metrics._ongoing[("m1", "ward-a")] == 2
    for _ in range(3):
        metrics.request_finished(
            model="m1",
            tenant="ward-a",
            endpoint="chat",
            status=200,
            e2e_s=0.2,
            ttft_s=0.05,
            itl_s=[0.01, 0.02],
            prompt_tokens=5,
            completion_tokens=2,
            stream=True,
        )
    assert metrics._ongoing[("m1", "ward-a")] == 0
    metrics.queued(model="m1", delta=2)
    metrics.queued(model="m1", delta=-5)
    assert metrics._queued["m1"] == 0


def test_methods_never_raise_on_bad_input(metrics: GatewayMetrics) -> None:
    metrics.request_finished(
        model=None,
        tenant=3,
        endpoint="x y",
        status="bad",
        e2e_s=float("nan"),  # type: ignore[arg-type]
        ttft_s=-1.0,
        itl_s=[None],
        prompt_tokens=-4,
        completion_tokens=0,
        stream=False,
    )
    metrics.guard_stage(stage="phi", direction="sideways", latency_s="slow")  # type: ignore[arg-type]
    metrics.guard_decision(stage="phi", direction="input", category="phi", action="explode")
    metrics.phi_redacted({"PERSON": 2, "bad type!": 1})
    metrics.phi_redacted(None)  # type: ignore[arg-type]
    metrics.review_flagged(model="m1", reason="dosing")
    metrics.rate_limited(tenant="ward-a", limit="rpm")
    metrics.fail_closed(stage="safety")
    metrics.audit_write_failed()


def test_close_stops_the_gauge_refresher(metrics: GatewayMetrics) -> None:
    assert metrics._refresher.is_alive()
    metrics.close()
    assert not metrics._refresher.is_alive()


def test_stages_started_at_zero_are_the_pipelines_builtin_stages() -> None:
    assert set(BUILTIN_STAGES) == set(get_args(BuiltinStage))
