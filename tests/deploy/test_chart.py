"""The Helm chart without helm: values against values.schema.json, template consistency, example policies load."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from chart_render import CHART, EXAMPLES

TEMPLATES = sorted((CHART / "templates").glob("*"))
VALUES = yaml.safe_load((CHART / "values.yaml").read_text())
SCHEMA = json.loads((CHART / "values.schema.json").read_text())
HASH = "d3ca6c7f8974e8a1272ce60639558e54b20de572bc71c8af179b0463fd8a4659"
# The least a values file must add to the defaults (secrets and manifests have no defaults on purpose).
REQUIRED = {
    "apiKeys": {"sha256": {"ward-a": HASH}},
    "audit": {"existingSecret": "medgate-audit"},
}


def merged(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Helm's merge: maps deep-merge, everything else (lists included) is replaced."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        out[key] = merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def schema_errors(values: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.path))}: {e.message}" for e in jsonschema.Draft7Validator(SCHEMA).iter_errors(values)
    ]


def test_schema_is_valid_draft7() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_defaults_alone_are_refused_for_want_of_secrets() -> None:
    errors = schema_errors(VALUES)
    assert any("audit" in e and "existingSecret" in e for e in errors), errors
    assert any("apiKeys/sha256" in e for e in errors), errors


@pytest.mark.parametrize("example", [None, *EXAMPLES], ids=lambda p: p.name if p else "values.yaml+required")
def test_values_match_the_schema(example: Path | None) -> None:
    override = REQUIRED if example is None else yaml.safe_load(example.read_text())
    assert schema_errors(merged(VALUES, override)) == []


@pytest.mark.parametrize(
    ("override", "where"),
    [
        ({"podSecurityContext": {"runAsUser": 0}}, "runAsUser"),
        ({"podSecurityContext": {"runAsNonRoot": False}}, "runAsNonRoot"),
        ({"securityContext": {"readOnlyRootFilesystem": False}}, "securityContext"),
        ({"networkPolicy": {"extraEgressCidrs": ["169.254.0.0/16"]}}, "extraEgressCidrs"),
        ({"networkPolicy": {"clientNamespaces": ["Not_A_Namespace"]}}, "clientNamespaces"),
        ({"networkPolicy": {"ingressFrom": [{"namespaceSelector": {}}]}}, "ingressFrom"),
        ({"networkPolicy": {"kuberayOperator": {"podSelector": None}}}, "kuberayOperator/podSelector"),
        ({"models": []}, "models"),
        ({"modelz": []}, "modelz"),
        ({"config": {"audit": {"fsync": "sometimes"}}}, "fsync"),
        ({"config": {"audit": {"on_failure": "ignore"}}}, "on_failure"),
        ({"apiKeys": {"sha256": {"ward-a": "a-plaintext-key-of-more-than-32-characters"}}}, "ward-a"),
        ({"apiKeys": {"keys": {"ward-a": "a-plaintext-key-of-more-than-32-characters"}}}, "keys"),
        ({"audit": {"existingSecret": ""}}, "existingSecret"),
        ({"audit": {"salt": "inline"}}, "salt"),
        ({"config": {"audit": {"key_file": "/var/lib/medgate/audit/key"}}}, "key_file"),
        ({"ray": {"gatewayWorkers": {"rayStartParams": {"num-cpus": "8"}}}}, "rayStartParams"),
        ({"ray": {"head": {"rayStartParams": {"num-cpus": "8"}}}}, "rayStartParams"),
        ({"ray": {"engineWorkers": {"rayStartParams": {"resources": '{"medgate_gateway": 9}'}}}}, "rayStartParams"),
    ],
)
def test_schema_refuses_bad_values(override: dict[str, Any], where: str) -> None:
    errors = schema_errors(merged(merged(VALUES, REQUIRED), override))
    assert errors and any(where in e for e in errors), errors


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_guard_policies_load(example: Path, tmp_path: Path) -> None:
    """The policy a values file ships is the one the app loads at start: it must load (e.g. have its disclaimer)."""
    from medgate.guardrails import GuardPolicy

    text = merged(VALUES, yaml.safe_load(example.read_text()))["guardPolicy"]
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    assert GuardPolicy.load(path if text else None)


def test_templates_have_balanced_actions_and_known_helpers() -> None:
    helpers = (CHART / "templates" / "_helpers.tpl").read_text()
    defined = set(re.findall(r'{{-?\s*define\s+"([^"]+)"', helpers))
    for template in TEMPLATES:
        text = template.read_text()
        opened = len(re.findall(r"{{-?\s*(?:if|range|with|define)\b", text))
        closed = len(re.findall(r"{{-?\s*end\b", text))
        assert opened == closed, f"{template.name}: {opened} blocks opened, {closed} closed"
        for name in re.findall(r'include\s+"([^"]+)"', text):
            assert name in defined, f"{template.name}: include of undefined {name}"
        for path in re.findall(r'\.Files\.Get\s+"([^"]+)"', text):
            assert (CHART / path).is_file(), f"{template.name}: {path} missing"


def test_every_values_path_a_template_reads_exists() -> None:
    for template in TEMPLATES:
        for path in re.findall(r"\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)", template.read_text()):
            node: Any = VALUES
            for key in path.strip(".").split("."):
                assert isinstance(node, dict) and key in node, f"{template.name}: .Values{path} not in values.yaml"
                node = node[key]
