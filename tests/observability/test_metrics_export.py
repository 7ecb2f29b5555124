"""GatewayMetrics inside a real Serve replica, read back from Ray's metrics agent.

Pins what the dashboard and rules rely on: exported names (ray_ prefix, _total, histogram
series), the Serve labels, bounded label values, and gauges that stay exported while idle.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import ray
from prometheus_client.parser import text_string_to_metric_families
from ray import serve
from test_promql_static import gateway_exported_names

from medgate.serving.local import free_port
from medgate.serving.metrics import GatewayMetrics

EXPORT_INTERVAL_MS = 1000
SYSTEM_CONFIG = {"metrics_report_interval_ms": EXPORT_INTERVAL_MS}


def ray_process_env() -> dict[str, str]:
    """The environment for Ray's own processes, as `ray start` in a pod has it.

    Importing medgate sets OTEL_SDK_DISABLED=true; Ray's metrics agent exports through the
    OpenTelemetry Python SDK, whose MeterProvider that variable turns into a no-op (nothing
    would be exported). Ray's workers record through C++ and are not affected.
    """
    env = {k: v for k, v in os.environ.items() if k != "OTEL_SDK_DISABLED"}
    # Ray's C++ core reads RAY_AUTH_MODE when ray is imported, before a test could set it for the driver;
    # this short-lived test cluster therefore runs without token auth (GCS port picked at random).
    return env | {"RAY_AUTH_MODE": "disabled"}


@serve.deployment(ray_actor_options={"num_cpus": 0})
class Recorder:
    """Calls every GatewayMetrics method once per request, as the ingress does."""

    def __init__(self) -> None:
        self.metrics = GatewayMetrics(tenants=["ward-a"], models=["m1"])

    async def __call__(self, request: object) -> str:
        m = self.metrics
        m.request_started(model="m1", tenant="ward-a")
        m.request_started(model="m1", tenant="ward-a")  # one stays ongoing
        m.request_finished(
            model="m1",
            tenant="ward-a",
            endpoint="chat",
            status=200,
            e2e_s=0.4,
            ttft_s=0.05,
            itl_s=[0.01, 0.03],
            prompt_tokens=11,
            completion_tokens=3,
            stream=True,
        )
        m.request_started(model="unknown-model", tenant="John Smith")
        m.request_finished(
            model="unknown-model",
            tenant="John Smith",
            endpoint="chat",
            status=429,
            e2e_s=0.01,
            ttft_s=None,
            itl_s=[],
            prompt_tokens=0,
            completion_tokens=0,
            stream=False,
        )
        m.queued(model="m1", delta=1)
        m.guard_stage(stage="phi", direction="input", latency_s=0.004)
        m.guard_decision(stage="safety", direction="input", category="self_harm", action="block")
        m.phi_redacted({"PERSON": 2, "PHONE_NUMBER": 1})
        m.review_flagged(model="m1", reason="clinical_advice: dosing (en)")
        m.rate_limited(tenant="ward-a", limit="rpm")
        m.fail_closed(stage="safety")
        m.audit_write_failed()
        return "ok"


@serve.deployment(ray_actor_options={"num_cpus": 0})
class Idle:
    """A gateway that has seen no request: its event counters must already be exported, at 0."""

    def __init__(self) -> None:
        self.metrics = GatewayMetrics(tenants=["ward-b"], models=["m2"])

    async def __call__(self, request: object) -> str:
        return "idle"


@pytest.fixture(scope="module")
def agent(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private one-node Ray (own temp dir, every port free-picked: other Ray instances may run here)."""
    gcs, metrics, agent_port, client, http = (free_port() for _ in range(5))
    temp_dir = tmp_path_factory.mktemp("ray")
    log = (temp_dir / "ray-start.log").open("wb")
    head = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("ray")),
            "start",
            "--head",
            "--block",
            "--disable-usage-stats",
            f"--port={gcs}",
            f"--temp-dir={temp_dir}",
            "--num-cpus=1",
            "--include-dashboard=false",
            f"--metrics-export-port={metrics}",
            f"--dashboard-agent-listen-port={agent_port}",
            f"--ray-client-server-port={client}",
            f"--system-config={json.dumps(SYSTEM_CONFIG)}",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env=ray_process_env(),
    )
    try:
        ray.init(address=f"127.0.0.1:{gcs}", configure_logging=False)
        serve.start(http_options={"host": "127.0.0.1", "port": http})
        serve.run(Recorder.bind(), name="obs", route_prefix="/")
        serve.run(Idle.bind(), name="idle", route_prefix="/idle")
        httpx.get(f"http://127.0.0.1:{http}/", timeout=60).raise_for_status()
        yield f"http://127.0.0.1:{metrics}/metrics"
    finally:
        if ray.is_initialized():
            serve.shutdown()
            ray.shutdown()
        head.terminate()  # `ray start --block` stops its own processes on SIGTERM
        try:
            head.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)
            head.wait()
        log.close()


def _scrape(url: str) -> dict[str, list]:
    samples: dict[str, list] = {}
    for family in text_string_to_metric_families(httpx.get(url, timeout=30).text):
        for sample in family.samples:
            samples.setdefault(sample.name, []).append(sample)
    return samples


def _medgate(samples: dict[str, list]) -> set[str]:
    return {name for name in samples if name.startswith("ray_medgate_")}


def test_every_gateway_metric_is_exported_with_serve_labels(agent: str) -> None:
    expected = gateway_exported_names()
    deadline = time.monotonic() + 60
    samples = _scrape(agent)
    while not expected <= _medgate(samples) and time.monotonic() < deadline:
        time.sleep(1)
        samples = _scrape(agent)
    assert expected - _medgate(samples) == set()
    (done,) = [s for s in samples["ray_medgate_requests_total"] if s.labels["code"] == "200"]
    assert done.value == 1
    assert {"deployment", "replica", "application"} <= set(done.labels)
    assert done.labels["application"] == "obs"
    tenants = {s.labels.get("tenant") for s in samples["ray_medgate_requests_total"]}
    assert tenants == {"ward-a", "other"}  # "John Smith" never becomes a label
    reasons = {s.labels["reason"] for s in samples["ray_medgate_review_flags_total"] if s.value > 0}
    assert reasons == {"dosing"}  # the other reasons are exported at 0 (test_event_counters_start_at_zero)
    buckets = [s for s in samples["ray_medgate_time_to_first_token_seconds_bucket"] if s.labels["le"] == "0.05"]
    assert buckets and buckets[0].value == 1


def test_gauges_stay_exported_while_idle(agent: str) -> None:
    """Ray drops a gauge not re-set for two export intervals; the refresher keeps re-setting it."""
    time.sleep(4 * EXPORT_INTERVAL_MS / 1000)
    samples = _scrape(agent)
    ongoing = {s.labels["model"]: s.value for s in samples.get("ray_medgate_ongoing_requests", [])}
    assert ongoing.get("m1") == 1
    assert [s.value for s in samples.get("ray_medgate_queued_requests", [])] == [1]
    # Serve's own gauges the replicas panel and alerts read are refreshed by the controller
    assert any(s.value == 1 for s in samples.get("ray_serve_deployment_replica_healthy", []))
    assert any(s.value == 6 for s in samples.get("ray_serve_deployment_status", []))


def test_event_counters_start_at_zero(agent: str) -> None:
    """Before any event, the counters the alerts and panels read exist at 0 for every known label set."""
    expected = {
        "ray_medgate_audit_write_failures_total": 1,
        "ray_medgate_guard_fail_closed_total": 5,  # phi, injection, safety, clinical_advice, guard_model
        "ray_medgate_review_flags_total": 5,  # model m2 x 5 reasons
        "ray_medgate_rate_limited_total": 12,  # (ward-b, other) x (rpm, tpm, queue, body, concurrency, deadline)
    }
    deadline = time.monotonic() + 60
    while True:
        samples = _scrape(agent)
        idle = {name: [s for s in samples.get(name, []) if s.labels.get("application") == "idle"] for name in expected}
        if all(len(idle[name]) == count for name, count in expected.items()) or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert {name: len(found) for name, found in idle.items()} == expected
    assert all(s.value == 0 for found in idle.values() for s in found)
    assert {s.labels["tenant"] for s in idle["ray_medgate_rate_limited_total"]} == {"ward-b", "other"}
