"""The dashboard and rules without a server: PromQL parses (promtool), and every name read exists."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import ray.serve
import yaml
from promql import DASHBOARD, RULES, all_expressions, dashboard_expressions, recording_rule_names, rule_expressions
from ray.util import metrics as ray_metrics

from medgate.serving.metrics import GatewayMetrics

needs_promtool = pytest.mark.skipif(
    shutil.which("promtool") is None, reason="promtool not on PATH (apt-get install prometheus)"
)


def _promtool_rules(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["promtool", "check", "rules", str(path)], capture_output=True, text=True, timeout=60)


def gateway_exported_names() -> set[str]:
    """What Ray's agent exports for GatewayMetrics: ray_ prefix, _total for counters, histogram series."""
    gm = GatewayMetrics(tenants=[], models=[])
    gm.close()
    names = set()
    for metric in vars(gm).values():
        if isinstance(metric, ray_metrics.Histogram):
            names |= {f"ray_{metric.info['name']}{s}" for s in ("_bucket", "_sum", "_count")}
        elif isinstance(metric, ray_metrics.Counter):
            names.add(f"ray_{metric.info['name']}_total")
        elif isinstance(metric, ray_metrics.Gauge):
            names.add(f"ray_{metric.info['name']}")
    return names


def vllm_exported_names() -> set[str]:
    """vLLM's engine metrics as Ray exports them (':' -> '_', ray_ prefix, _total for counters)."""
    spec = importlib.util.find_spec("vllm")  # read, not imported: importing vLLM takes half a minute
    assert spec is not None and spec.submodule_search_locations
    source = (Path(spec.submodule_search_locations[0]) / "v1" / "metrics" / "loggers.py").read_text()
    names = set()
    for kind, name in re.findall(r"_(counter|gauge|histogram)_cls\(\s*name=\"vllm:(\w+)\"", source):
        base = f"ray_vllm_{name}"
        names |= (
            {base + "_total"}
            if kind == "counter"
            else ({base} if kind == "gauge" else {base + s for s in ("_bucket", "_sum", "_count")})
        )
    return names


def test_gateway_names_are_what_the_metrics_module_defines() -> None:
    names = gateway_exported_names()
    assert "ray_medgate_requests_total" in names and "ray_medgate_time_to_first_token_seconds_bucket" in names
    assert len(names) >= 20


def test_vllm_names_are_found_in_vllms_source() -> None:
    names = vllm_exported_names()
    assert {
        "ray_vllm_kv_cache_usage_perc",
        "ray_vllm_num_requests_waiting",
        "ray_vllm_generation_tokens_total",
        "ray_vllm_inter_token_latency_seconds_bucket",
    } <= names


def test_every_metric_an_expression_reads_exists() -> None:
    serve_source = "\n".join(
        p.read_text(errors="ignore") for p in (Path(ray.serve.__file__).parent / "_private").glob("*.py")
    )
    known = gateway_exported_names() | vllm_exported_names() | recording_rule_names()
    unknown = {}
    for expr in all_expressions():
        for name in expr.metrics:
            if name.startswith("ray_serve_"):
                if f'"{name.removeprefix("ray_")}"' not in serve_source:
                    unknown[name] = expr.origin
            elif name not in known:
                unknown[name] = expr.origin
    assert not unknown, unknown


def test_dashboard_covers_the_issue() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    titles = " | ".join(p["title"].lower() for p in dashboard["panels"])
    for topic in (
        "requests/s",
        "error",
        "time to first token",
        "inter-token",
        "end-to-end",
        "tokens/s",
        "kv-cache",
        "waiting",
        "guard blocks",
        "guard stage latency",
        "phi",
        "review",
        "429",
        "replicas",
    ):
        assert topic in titles, topic
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    exprs = " ".join(e.text for e in dashboard_expressions())
    for quantile in ("histogram_quantile(0.5,", "histogram_quantile(0.99,"):
        assert quantile in exprs


def test_rules_cover_the_issue() -> None:
    alerts = {e.origin.removeprefix("alert: ") for e in rule_expressions() if e.kind == "alert"}
    assert {
        "MedgateErrorBudgetBurnFast",
        "MedgateErrorBudgetBurnSlow",
        "MedgateTTFTp99OverSLO",
        "MedgateGuardFailClosedRising",
        "MedgateAuditWriteFailures",
        "MedgateReplicasDown",
        "MedgateQueueBacklog",
    } <= alerts


@needs_promtool
def test_promtool_accepts_the_rules_file() -> None:
    result = _promtool_rules(RULES)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_promtool_parses_every_dashboard_expression(tmp_path: Path) -> None:
    rules = [{"record": f"medgate_dashboard:expr_{i}", "expr": e.promql} for i, e in enumerate(dashboard_expressions())]
    path = tmp_path / "dashboard-rules.yaml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    result = _promtool_rules(path)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_promtool_rejects_a_broken_expression(tmp_path: Path) -> None:
    """The parse check above can fail: a broken expression is reported."""
    path = tmp_path / "broken.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "groups": [
                    {
                        "name": "g",
                        "rules": [{"record": "x:y", "expr": "sum by (model (rate(ray_medgate_requests_total[1m]))"}],
                    }
                ]
            }
        )
    )
    assert _promtool_rules(path).returncode != 0
