"""The Grafana dashboard against the dashboard schema of Grafana 11.6 (grafana-foundation-sdk v0.0.18, vendored).

The PromQL inside it is checked by tests/observability (promtool, and a real Prometheus).
"""

from __future__ import annotations

import copy
import json

import jsonschema
from chart_render import CHART, dashboard_schema

DASHBOARD = json.loads((CHART / "files" / "grafana-dashboard.json").read_text())


def _errors(dashboard: dict[str, object]) -> list[str]:
    validator = jsonschema.Draft7Validator(dashboard_schema())
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(dashboard)]


def test_dashboard_matches_the_grafana_schema() -> None:
    assert _errors(DASHBOARD) == []


def test_the_schema_check_can_fail() -> None:
    """A misspelt panel field and a variable without its current value are refused."""
    broken = copy.deepcopy(DASHBOARD)
    broken["panels"][1]["gridpos"] = broken["panels"][1].pop("gridPos")
    broken["templating"]["list"][0]["current"] = {}
    errors = _errors(broken)
    assert any("gridpos" in e for e in errors) and any("templating/list/0/current" in e for e in errors), errors


def test_panels_have_unique_ids_and_queries() -> None:
    ids = [p["id"] for p in DASHBOARD["panels"]]
    assert len(ids) == len(set(ids))
    for panel in DASHBOARD["panels"]:
        if panel["type"] != "row":
            assert panel["targets"] and all(t["expr"] for t in panel["targets"]), panel["title"]
