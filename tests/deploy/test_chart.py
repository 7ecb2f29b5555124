"""The Helm chart: values against values.schema.json, template consistency, and (with helm) render + validate."""

from __future__ import annotations

import ast
import copy
import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from medgate.serving.config import Settings

CHART = Path(__file__).resolve().parents[2] / "deploy" / "helm" / "medgate"
TEMPLATES = sorted((CHART / "templates").glob("*"))
VALUES = yaml.safe_load((CHART / "values.yaml").read_text())
SCHEMA = json.loads((CHART / "values.schema.json").read_text())
EXAMPLES = sorted((CHART / "ci").glob("*.yaml"))
HELM = shutil.which("helm")
needs_helm = pytest.mark.skipif(HELM is None, reason="helm not on PATH: no package registry reachable here ships it")


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


@pytest.mark.parametrize("example", [None, *EXAMPLES], ids=lambda p: p.name if p else "values.yaml")
def test_values_match_the_schema(example: Path | None) -> None:
    values = VALUES if example is None else merged(VALUES, yaml.safe_load(example.read_text()))
    assert schema_errors(values) == []


@pytest.mark.parametrize(
    ("override", "where"),
    [
        ({"podSecurityContext": {"runAsNonRoot": False}}, "runAsNonRoot"),
        ({"securityContext": {"allowPrivilegeEscalation": True}}, "allowPrivilegeEscalation"),
        ({"networkPolicy": {"extraEgressCidrs": ["169.254.0.0/16"]}}, "extraEgressCidrs"),
        ({"models": []}, "models"),
        ({"modelz": []}, "modelz"),
        ({"config": {"audit": {"fsync": "sometimes"}}}, "fsync"),
        ({"apiKeys": {"existingSecret": "", "keys": {"ward-a": "short"}}}, "ward-a"),
    ],
)
def test_schema_refuses_bad_values(override: dict[str, Any], where: str) -> None:
    errors = schema_errors(merged(VALUES, override))
    assert errors and any(where in e for e in errors), errors


def test_config_values_are_medgate_settings() -> None:
    """What configmap.yaml renders from values (same keys, models' manifest replaced by its path) loads."""
    values = merged(VALUES, yaml.safe_load(EXAMPLES[0].read_text()))
    models = []
    for i, model in enumerate(values["models"]):
        entry = {k: v for k, v in model.items() if k != "sha256Manifest"}
        entry |= {
            "path": f"{values['modelVolume']['mountPath']}/{model['path']}",
            "sha256_manifest": f"/etc/medgate/model-{i}.sha256",
        }
        models.append(entry)
    config = {
        "host": "0.0.0.0",
        "port": values["ray"]["serveHttpPort"],
        "models": models,
        "limits": values["config"]["limits"],
        "gateway": values["config"]["gateway"],
        "audit": {"dir": values["auditVolume"]["mountPath"], **values["config"]["audit"]},
    }
    settings = Settings(**config)
    assert settings.models[0].sha256_manifest == Path("/etc/medgate/model-0.sha256")


def test_templates_have_balanced_actions_and_known_helpers() -> None:
    helpers = (CHART / "templates" / "_helpers.tpl").read_text()
    defined = set(re.findall(r'{{-?\s*define\s+"([^"]+)"', helpers))
    for template in TEMPLATES:
        text = template.read_text()
        assert text.count("{{") == text.count("}}"), template.name
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


def test_serve_config_points_at_the_application_builder() -> None:
    text = (CHART / "templates" / "rayservice.yaml").read_text()
    assert "import_path: medgate.serving.builder:app_builder" in text
    assert "config: /etc/medgate/config.yaml" in text
    spec = importlib.util.find_spec("medgate.serving.builder")  # not imported: that starts the whole stack
    assert spec is not None and spec.origin
    functions = {n.name for n in ast.parse(Path(spec.origin).read_text()).body if isinstance(n, ast.FunctionDef)}
    assert "app_builder" in functions


# -- with helm ------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def rendered() -> list[dict[str, Any]]:
    result = subprocess.run(
        [HELM, "template", "medgate", str(CHART), "-f", str(EXAMPLES[0])], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


@needs_helm
def test_helm_lint() -> None:
    result = subprocess.run(
        [HELM, "lint", str(CHART), "-f", str(EXAMPLES[0])], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


@needs_helm
def test_rendered_manifests_validate(rendered: list[dict[str, Any]]) -> None:
    import kubernetes_validate

    crd_kinds = {"RayService", "PodMonitor", "ServiceMonitor", "PrometheusRule"}
    for doc in rendered:
        if doc["kind"] not in crd_kinds:
            kubernetes_validate.validate(doc, "1.30", strict=True)
    assert crd_kinds - {"ServiceMonitor"} <= {doc["kind"] for doc in rendered}


@needs_helm
def test_rendered_config_loads_as_settings(rendered: list[dict[str, Any]]) -> None:
    (config_map,) = [d for d in rendered if d["kind"] == "ConfigMap" and d["metadata"]["name"].endswith("-config")]
    settings = Settings(**yaml.safe_load(config_map["data"]["config.yaml"]))
    assert settings.models and all(m.sha256_manifest for m in settings.models)
