"""Shared by the chart tests: where helm is, rendering the chart, and the vendored schemas they check against."""

from __future__ import annotations

import copy
import functools
import gzip
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
CHART = REPO / "deploy" / "helm" / "medgate"
EXAMPLES = sorted((CHART / "ci").glob("*.yaml"))
SCHEMAS = Path(__file__).resolve().parent / "schemas"
CRD_FILE = SCHEMAS / "kuberay-v1.7.0" / "ray.io_rayservices.yaml.gz"
# sha256 of ray-operator/config/crd/bases/ray.io_rayservices.yaml at kuberay tag v1.7.0 (uncompressed).
CRD_SHA256 = "0a8fc325e6e22b9231c1f282b309555e2ecf94227ca20a03df3d1d9a403907ab"
DASHBOARD_SCHEMA_FILE = SCHEMAS / "grafana-foundation-sdk-v0.0.18" / "dashboard.jsonschema.json"
DASHBOARD_SCHEMA_SHA256 = "67451cd5b288f97e3f68eccd52ffa4f75151fc87c669b8cd93c051056b294265"

Doc = dict[str, Any]


def helm_binary() -> str | None:
    """scripts/install-helm.sh's project-local helm first, then one on PATH."""
    local = REPO / ".tools" / "bin" / "helm"
    return str(local) if os.access(local, os.X_OK) else shutil.which("helm")


def helm(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """Run helm offline with a private, writable HOME (helm writes its config and cache there)."""
    binary = helm_binary()
    assert binary is not None
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=120, env=env, check=False)


def render(home: Path, values: list[Path], *, kube_version: str | None = None, sets: list[str] = ()) -> list[Doc]:
    """``helm template`` the chart; every non-empty document, parsed."""
    args = ["template", "medgate", str(CHART), "--namespace", "medgate"]
    for path in values:
        args += ["-f", str(path)]
    for item in sets:
        args += ["--set", item]
    if kube_version:
        args += ["--kube-version", kube_version]
    result = helm(args, home)
    assert result.returncode == 0, result.stderr
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


def strict_structural(schema: Any) -> Any:
    """A CRD's schema as the API server applies it with strict field validation (kubectl's default):
    an object with declared properties admits no other field unless it preserves unknown fields."""
    if isinstance(schema, list):
        return [strict_structural(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: strict_structural(v) for k, v in schema.items()}
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not out.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    if out.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    return out


@functools.cache
def rayservice_schema() -> Doc:
    """The v1 openAPIV3Schema of the vendored KubeRay RayService CRD, after checking it is the upstream file."""
    raw = gzip.decompress(CRD_FILE.read_bytes())
    assert hashlib.sha256(raw).hexdigest() == CRD_SHA256, "vendored CRD differs from kuberay v1.7.0's"
    crd = yaml.safe_load(raw)
    (version,) = [v for v in crd["spec"]["versions"] if v["name"] == "v1"]
    return strict_structural(copy.deepcopy(version["schema"]["openAPIV3Schema"]))


def dashboard_schema() -> Doc:
    raw = DASHBOARD_SCHEMA_FILE.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == DASHBOARD_SCHEMA_SHA256, "vendored dashboard schema was changed"
    return json.loads(raw)


def pod_templates(rayservice: Doc) -> dict[str, Doc]:
    """Pod template per Ray group: 'head' and each worker group's name."""
    cluster = rayservice["spec"]["rayClusterConfig"]
    out = {"head": cluster["headGroupSpec"]["template"]}
    out |= {group["groupName"]: group["template"] for group in cluster["workerGroupSpecs"]}
    return out
