"""The chart rendered by a real helm: lint, every values file, manifests validated, security settings asserted.

helm comes from scripts/install-helm.sh (``scripts/setup.sh --test`` runs it); without helm these tests skip.
Built-in kinds are validated strictly by kubernetes-validate at the oldest and newest Kubernetes the chart
accepts; the RayService against the openAPIV3Schema of KubeRay v1.7.0's CRD (vendored, checked by sha256).
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import jsonschema
import pytest
import yaml
from chart_render import CHART, EXAMPLES, Doc, helm, helm_binary, pod_templates, rayservice_schema, render

pytestmark = pytest.mark.skipif(helm_binary() is None, reason="helm not found: run scripts/install-helm.sh")

CHART_META = yaml.safe_load((CHART / "Chart.yaml").read_text())
REQUIRED_SETS = [
    "apiKeys.sha256.ward-a=d3ca6c7f8974e8a1272ce60639558e54b20de572bc71c8af179b0463fd8a4659",
    "audit.existingSecret=medgate-audit",
    "models[0].name=medgate-llm",
    "models[0].path=medgate-llm",
    "models[0].sha256Manifest=0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0  config.json",
]
KUBE_VERSIONS = ["1.25.0", "1.37.0"]  # Chart.yaml's kubeVersion floor, and kubernetes-validate's newest
CASES = [("defaults+required", None), *[(p.name, p) for p in EXAMPLES]]
# issue 11's audit config (medgate/audit/config.py), as the chart writes it
AUDIT_FIELDS = {"key_file", "salt_file", "anchor_dir", "generate_secrets", "on_failure"}


@pytest.fixture(scope="module")
def helm_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("helm-home")


@pytest.fixture(scope="module", params=CASES, ids=[c[0] for c in CASES])
def rendered(request: pytest.FixtureRequest, helm_home: Path) -> list[Doc]:
    _, path = request.param
    if path is None:
        return render(helm_home, [], sets=REQUIRED_SETS)
    return render(helm_home, [path])


def one(docs: list[Doc], kind: str, suffix: str = "") -> Doc:
    (doc,) = [d for d in docs if d["kind"] == kind and d["metadata"]["name"].endswith(suffix)]
    return doc


def containers(rayservice: Doc) -> dict[str, Doc]:
    """Every container the chart defines, the autoscaler sidecar's settings included."""
    out = {}
    for group, template in pod_templates(rayservice).items():
        for container in template["spec"]["containers"]:
            out[f"{group}/{container['name']}"] = container
    out["head/autoscaler"] = rayservice["spec"]["rayClusterConfig"]["autoscalerOptions"]
    return out


# -- helm itself -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("values", EXAMPLES, ids=lambda p: p.name)
def test_helm_lint_strict(values: Path, helm_home: Path) -> None:
    result = helm(["lint", "--strict", str(CHART), "-f", str(values)], helm_home)
    assert result.returncode == 0, result.stdout + result.stderr


def test_defaults_alone_do_not_render(helm_home: Path) -> None:
    """No secret or manifest has a default: helm refuses, naming what is missing."""
    result = helm(["template", "medgate", str(CHART)], helm_home)
    assert result.returncode != 0
    assert "apiKeys.sha256" in result.stderr and "audit" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("sets", "message"),
    [
        (
            [
                "apiKeys.sha256.ward-b=d3ca6c7f8974e8a1272ce60639558e54b20de572bc71c8af179b0463fd8a4659",
            ],
            "have the same key",
        ),
        (["ray.gatewayWorkers.maxReplicas=1", "ray.gatewayWorkers.replicasPerPod=1"], "replicasPerPod"),
        (["models[0].sha256Manifest="], "sha256Manifest is required"),
    ],
)
def test_chart_refuses(sets: list[str], message: str, helm_home: Path) -> None:
    result = helm(
        ["template", "medgate", str(CHART), *sum((["--set", s] for s in [*REQUIRED_SETS, *sets]), [])], helm_home
    )
    assert result.returncode != 0 and message in result.stderr, result.stderr


# -- validation --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kube_version", KUBE_VERSIONS)
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_builtin_kinds_validate_strictly(case: tuple[str, Path | None], kube_version: str, helm_home: Path) -> None:
    import kubernetes_validate

    _, path = case
    docs = render(helm_home, [path] if path else [], kube_version=kube_version, sets=[] if path else REQUIRED_SETS)
    crd_kinds = {"RayService", "PodMonitor", "ServiceMonitor", "PrometheusRule"}
    builtin = [d for d in docs if d["kind"] not in crd_kinds]
    assert {"Secret", "ConfigMap", "NetworkPolicy", "PodDisruptionBudget"} <= {d["kind"] for d in builtin}
    for doc in builtin:
        kubernetes_validate.validate(doc, kube_version, strict=True)


def test_rayservice_matches_the_kuberay_crd(rendered: list[Doc]) -> None:
    validator = jsonschema.Draft7Validator(rayservice_schema())
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(one(rendered, "RayService"))
    ]
    assert errors == []


def test_the_crd_check_can_fail(helm_home: Path) -> None:
    """A misspelt field and a wrong auth mode are caught (strict structural validation)."""
    rayservice = one(render(helm_home, [EXAMPLES[0]]), "RayService")
    rayservice["spec"]["rayClusterConfig"]["authOptions"]["mode"] = "tokens"
    rayservice["spec"]["rayClusterConfig"]["headGroupSpec"]["template"]["spec"]["containers"][0]["securityContxt"] = {}
    messages = [e.message for e in jsonschema.Draft7Validator(rayservice_schema()).iter_errors(rayservice)]
    assert any("tokens" in m for m in messages) and any("securityContxt" in m for m in messages)


# -- security ----------------------------------------------------------------------------------------------------
def test_every_container_is_locked_down(rendered: list[Doc]) -> None:
    rayservice = one(rendered, "RayService")
    for group, template in pod_templates(rayservice).items():
        pod = template["spec"]["securityContext"]
        assert pod["runAsNonRoot"] is True and pod["runAsUser"] > 0, group
        assert pod["seccompProfile"] == {"type": "RuntimeDefault"}, group
    for name, container in containers(rayservice).items():
        sc = container["securityContext"]
        assert sc["runAsNonRoot"] is True and sc["runAsUser"] > 0, name
        assert sc["readOnlyRootFilesystem"] is True, name
        assert sc["allowPrivilegeEscalation"] is False and sc["privileged"] is False, name
        assert sc["capabilities"] == {"drop": ["ALL"]}, name
        assert sc["seccompProfile"] == {"type": "RuntimeDefault"}, name


def test_no_secret_in_any_environment(rendered: list[Doc]) -> None:
    """No container gets a secret through its environment: no secretKeyRef, no envFrom, no key-like value."""
    rayservice = one(rendered, "RayService")
    for name, container in containers(rayservice).items():
        assert "envFrom" not in container, name
        for var in container.get("env", []):
            assert "valueFrom" not in var, f"{name}: {var['name']}"
            assert not any(word in var["name"].upper() for word in ("KEY", "SALT", "TOKEN", "SECRET")), name
            assert len(var.get("value", "")) < 32, f"{name}: {var['name']} looks like key material"


def test_gateway_config_holds_only_key_hashes(rendered: list[Doc]) -> None:
    secret = one(rendered, "Secret", "-config")
    config = yaml.safe_load(secret["stringData"]["config.yaml"])
    assert config["api_keys"], "no tenant keys"
    for entry in config["api_keys"]:
        assert set(entry) == {"tenant", "key_sha256"} and len(entry["key_sha256"]) == 64
    assert [d for d in rendered if d["kind"] == "Secret"] == [secret], "the chart creates no other Secret"
    audit = config["audit"]
    assert audit["key_file"].startswith("/var/run/secrets/medgate/audit/")
    assert audit["salt_file"].startswith("/var/run/secrets/medgate/audit/")
    assert "salt" not in audit and "key" not in audit, "the salt and key are never in the config"
    assert audit["generate_secrets"] is False, "a missing Secret must stop the start, not make a new key"
    assert audit["anchor_dir"] != audit["dir"]


def test_ray_token_authentication_is_on(rendered: list[Doc]) -> None:
    assert one(rendered, "RayService")["spec"]["rayClusterConfig"]["authOptions"]["mode"] == "token"


def test_service_account_token_only_in_the_autoscaler(rendered: list[Doc]) -> None:
    rayservice = one(rendered, "RayService")
    for group, template in pod_templates(rayservice).items():
        assert template["spec"]["automountServiceAccountToken"] is False, group
        for container in template["spec"]["containers"]:
            assert all(m["name"] != "kube-api-access" for m in container["volumeMounts"]), group
    mounts = rayservice["spec"]["rayClusterConfig"]["autoscalerOptions"]["volumeMounts"]
    assert {
        "name": "kube-api-access",
        "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount",
        "readOnly": True,
    } in mounts


def test_audit_volume_and_secret_only_on_gateway_pods(rendered: list[Doc]) -> None:
    rayservice = one(rendered, "RayService")
    for group, template in pod_templates(rayservice).items():
        volumes = {v["name"]: v for v in template["spec"]["volumes"]}
        mounts = {m["name"]: m for c in template["spec"]["containers"] for m in c["volumeMounts"]}
        assert mounts["models"]["readOnly"] is True and volumes["models"]["persistentVolumeClaim"]["readOnly"] is True
        assert mounts["config"]["readOnly"] is True
        if group == "gateway":
            assert "readOnly" not in mounts["audit"], "the gateway writes the audit log"
            assert "readOnly" not in mounts["audit-anchors"]
            assert volumes["audit"]["persistentVolumeClaim"] != volumes["audit-anchors"]["persistentVolumeClaim"]
            assert mounts["audit-secret"]["readOnly"] is True
            assert {i["key"] for i in volumes["audit-secret"]["secret"]["items"]} == {"chain-key", "salt"}
        else:
            assert not {"audit", "audit-anchors", "audit-secret"} & set(volumes), group


def test_network_policy_denies_by_default(rendered: list[Doc]) -> None:
    policy = one(rendered, "NetworkPolicy")["spec"]
    assert policy["policyTypes"] == ["Ingress", "Egress"]
    own = {"app.kubernetes.io/name": "medgate", "app.kubernetes.io/instance": "medgate"}
    assert policy["podSelector"] == {"matchLabels": own}
    for rule in policy["ingress"]:
        peers = rule["from"]
        if peers == [{"podSelector": {"matchLabels": own}}]:
            continue  # the release's own pods: Ray's ports
        ports = {p["port"] for p in rule["ports"]}  # every other rule names its ports
        assert not ports & {6379, 10001}, "GCS and Ray client stay inside the release"
        for peer in peers:
            assert peer.get("namespaceSelector") != {}, "never every namespace"
            assert "ipBlock" not in peer
        if ports & {8265, 52365}:
            assert ports == {8265, 52365}
            assert all(p["podSelector"]["matchLabels"] and p["namespaceSelector"]["matchLabels"] for p in peers)
    for rule in policy["egress"]:
        for peer in rule["to"]:
            block = peer.get("ipBlock")
            if block and block["cidr"] == "0.0.0.0/0":
                assert "169.254.169.254/32" in block["except"]


def test_api_clients_are_the_named_namespaces(rendered: list[Doc]) -> None:
    policy = one(rendered, "NetworkPolicy")["spec"]
    (rule,) = [r for r in policy["ingress"] if {"protocol": "TCP", "port": 8000} in r.get("ports", [])]
    (peer,) = rule["from"]
    if "namespaceSelector" in peer:
        (expr,) = peer["namespaceSelector"]["matchExpressions"]
        assert expr["key"] == "kubernetes.io/metadata.name" and expr["operator"] == "In" and expr["values"]
    else:
        assert set(peer) == {"podSelector"}, "no namespaceSelector: the release's namespace only"


# -- the Serve application ---------------------------------------------------------------------------------------
def _builder_source() -> ast.Module:
    spec = importlib.util.find_spec("medgate.serving.builder")  # read, not imported: that starts the whole stack
    assert spec is not None and spec.origin
    return ast.parse(Path(spec.origin).read_text())


def test_serve_config_matches_the_application_builder(rendered: list[Doc]) -> None:
    serve = yaml.safe_load(one(rendered, "RayService")["spec"]["serveConfigV2"])
    (app,) = serve["applications"]
    module, _, function = app["import_path"].partition(":")
    assert module == "medgate.serving.builder"
    tree = _builder_source()
    assert function in {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert app["args"] == {"config": "/etc/medgate/config.yaml"}
    deployment_names = {
        kw.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "deployment"
        for kw in node.keywords
        if kw.arg == "name" and isinstance(kw.value, ast.Constant)
    }
    for override in app["deployments"]:
        assert override["name"] in deployment_names, f"override of unknown deployment {override['name']}"
    (gateway,) = app["deployments"]
    assert gateway["ray_actor_options"] == {"num_cpus": 0, "resources": {"medgate_gateway": 1}}
    cluster = one(rendered, "RayService")["spec"]["rayClusterConfig"]
    groups = {g["groupName"]: g for g in cluster["workerGroupSpecs"]}
    assert groups["gateway"]["resources"]["medgate_gateway"] and groups["gateway"]["rayStartParams"]["num-cpus"] == "0"
    assert "medgate_gateway" not in groups["engine"].get("resources", {})
    assert cluster["headGroupSpec"]["rayStartParams"]["num-cpus"] == "0"


def test_config_mount_holds_the_config_file(rendered: list[Doc]) -> None:
    """/etc/medgate/config.yaml exists in every pod: the config Secret's key, projected at /etc/medgate."""
    rayservice = one(rendered, "RayService")
    secret_name = one(rendered, "Secret", "-config")["metadata"]["name"]
    for group, template in pod_templates(rayservice).items():
        (config,) = [v for v in template["spec"]["volumes"] if v["name"] == "config"]
        assert {"secret": {"name": secret_name}} in config["projected"]["sources"], group
        mounts = {m["name"]: m["mountPath"] for c in template["spec"]["containers"] for m in c["volumeMounts"]}
        assert mounts["config"] == "/etc/medgate", group


def test_rendered_config_loads_as_settings(rendered: list[Doc]) -> None:
    from medgate.serving.config import AuditConfig, Settings

    config = yaml.safe_load(one(rendered, "Secret", "-config")["stringData"]["config.yaml"])
    known = AUDIT_FIELDS & set(AuditConfig.model_fields)
    if not known:
        pytest.skip(f"AuditConfig has none of {sorted(AUDIT_FIELDS)} yet (issue 11's audit work)")
    assert known == AUDIT_FIELDS, f"AuditConfig lacks {sorted(AUDIT_FIELDS - known)}, which the chart writes"
    settings = Settings(**config)
    assert settings.models and all(m.sha256_manifest for m in settings.models)
    assert settings.api_keys


def test_kube_version_floor_is_the_charts() -> None:
    assert CHART_META["kubeVersion"] == ">=1.25.0-0" and KUBE_VERSIONS[0] == "1.25.0"


@pytest.mark.parametrize(("frontend", "switched_on"), [("haproxy", True), ("proxy", False)])
def test_http_frontend_switches_reach_every_ray_container(frontend: str, switched_on: bool, helm_home: Path) -> None:
    """Ray Serve reads its HAProxy switches in every process (medgate/serving/frontend.py): all pods get them."""
    docs = render(helm_home, [], sets=[*REQUIRED_SETS, f"config.gateway.http_frontend={frontend}"])
    for group, template in pod_templates(one(docs, "RayService")).items():
        for container in template["spec"]["containers"]:
            env = {var["name"]: var.get("value") for var in container.get("env", [])}
            has = env.get("RAY_SERVE_THROUGHPUT_OPTIMIZED") == "1" and env.get("RAY_SERVE_ENABLE_HA_PROXY") == "1"
            assert has is switched_on, f"{group}/{container['name']}"
            assert ("RAY_SERVE_ENABLE_HA_PROXY" in env) is switched_on


def test_guard_model_values_serve_qwen3guard_on_a_gpu_of_its_own(helm_home: Path) -> None:
    """ci/guard-qwen3guard-values.yaml: the guard model reaches the gateway's config with its manifest, gets a
    GPU bundle, and the chart's guard policy builds a pipeline with it (policy and model agree)."""
    from medgate.guardrails import GuardPipeline, GuardPolicy
    from medgate.serving.config import Settings
    from medgate.serving.engine import engine_config
    from medgate.serving.guard_engine import guard_models
    from medgate.testing.fake_engine import FakeEngine

    docs = render(helm_home, [CHART / "ci" / "guard-qwen3guard-values.yaml"])
    config = yaml.safe_load(one(docs, "Secret", "-config")["stringData"]["config.yaml"])
    data = one(docs, "ConfigMap", "-policy")["data"]
    [guard] = config["guard_models"]
    assert guard["sha256_manifest"] == "/etc/medgate/guard-model-0.sha256" and "guard-model-0.sha256" in data
    settings = Settings(**config)
    [model] = settings.guard_models
    assert model.adapter == "qwen3guard" and str(model.path) == "/models/qwen3guard-gen-4b"
    assert engine_config(model, model.path).placement_group_config == {"bundles": [{"GPU": 1, "CPU": 1}]}
    policy = GuardPolicy.model_validate(yaml.safe_load(data["guard-policy.yaml"]))
    pipeline = GuardPipeline.from_policy(policy, guard_models=guard_models([model], {model.name: FakeEngine()}, str))
    assert pipeline.guard_model(policy, "input") is not None and pipeline.guard_model(policy, "output") is not None
