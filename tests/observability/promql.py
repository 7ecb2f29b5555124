"""Every PromQL expression the chart ships: the Grafana dashboard's and the rules file's.

Dashboard expressions use Grafana variables; ``to_promql`` substitutes values
Prometheus accepts, so the same text can be parsed by promtool and queried.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CHART = Path(__file__).resolve().parents[2] / "deploy" / "helm" / "medgate"
DASHBOARD = CHART / "files" / "grafana-dashboard.json"
RULES = CHART / "files" / "prometheus-rules.yaml"

GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$__range": "5m", "$model": ".*"}
_METRIC = re.compile(r"\b(ray_[A-Za-z0-9_]+|medgate:[a-z0-9_:]+)")


@dataclass(frozen=True)
class Expression:
    """One PromQL expression and where it comes from."""

    origin: str  # "dashboard: <panel> [refId]", "record: <name>" or "alert: <name>"
    kind: str  # "dashboard", "record" or "alert"
    text: str

    @property
    def promql(self) -> str:
        return to_promql(self.text)

    @property
    def metrics(self) -> set[str]:
        """Metric and recording-rule names it reads (``ray_*`` and ``medgate:*``)."""
        return set(_METRIC.findall(self.text))


def to_promql(expr: str) -> str:
    """Replace Grafana's variables (longest first) with values Prometheus accepts."""
    for name in sorted(GRAFANA_VARIABLES, key=len, reverse=True):
        expr = expr.replace(name, GRAFANA_VARIABLES[name])
    return expr


def _panels(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in panels:
        yield panel
        yield from _panels(panel.get("panels", []))


def dashboard_expressions(path: Path = DASHBOARD) -> list[Expression]:
    dashboard = json.loads(path.read_text(encoding="utf-8"))
    return [
        Expression(f"dashboard: {panel['title']} [{target['refId']}]", "dashboard", target["expr"])
        for panel in _panels(dashboard["panels"])
        for target in panel.get("targets", [])
    ]


def rule_expressions(path: Path = RULES) -> list[Expression]:
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]
    out = []
    for group in groups:
        for rule in group["rules"]:
            kind = "record" if "record" in rule else "alert"
            out.append(Expression(f"{kind}: {rule[kind]}", kind, rule["expr"].strip()))
    return out


def all_expressions() -> list[Expression]:
    return dashboard_expressions() + rule_expressions()


def recording_rule_names(path: Path = RULES) -> set[str]:
    return {e.origin.removeprefix("record: ") for e in rule_expressions(path) if e.kind == "record"}
