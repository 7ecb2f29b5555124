"""The guard-model stage end to end: ``medgate serve`` with a guard model deployment (Ray Serve LLM, vLLM CPU
engine) beside the chat model, in one application, called by the gateway on input and on streamed windows.

The tiny random-weight model stands in for the guard model: each tenant's policy pins the verdict text
(``guard_model.pinned_verdicts``, the test seam), so vLLM's structured outputs make the stand-in emit it.
These prove the plumbing (deployment, request, grammar, parsing, policy, fail closed), not a guard model's
quality. One gateway for the module (two engines start, a minute or two); the replica kill runs last.
"""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Iterator

import httpx
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from medgate.testing.servers import LiveGateway, forced, forced_repeating, free_port, medgate_config, start_medgate
from tests.conftest import DEFAULT_POLICY, STARTUP_TIMEOUT_S, STOP_GRACE_S

SAFE = "Safety: Safe\nCategories: None"
SAFE_ANSWER = SAFE + "\nRefusal: No"
TENANTS: dict[str, dict[str, object]] = {  # tenant -> its guard_model policy
    "g-safe": {"pinned_verdicts": {"input": SAFE, "output": SAFE_ANSWER}, "timeout_ms": 3000},
    "g-unsafe": {"pinned_verdicts": {"input": "Safety: Unsafe\nCategories: Suicide & Self-Harm"}},
    "g-controversial-block": {
        "pinned_verdicts": {"input": "Safety: Controversial\nCategories: Politically Sensitive Topics"},
        "controversial": "block",
    },
    "g-controversial-review": {
        "pinned_verdicts": {
            "input": "Safety: Controversial\nCategories: Politically Sensitive Topics",
            "output": SAFE_ANSWER,
        },
        "controversial": "review",
    },
    "g-unsafe-answer": {
        "pinned_verdicts": {"input": SAFE, "output": "Safety: Unsafe\nCategories: Violent\nRefusal: No"}
    },
    "g-timeout": {"pinned_verdicts": {"input": SAFE}, "timeout_ms": 1},
}
KEYS = {tenant: f"test-key-{tenant}-0123456789abcdef0123" for tenant in TENANTS}
QUESTION = "What is a normal resting heart rate?"
FAIL_CLOSED = "ray_medgate_guard_fail_closed_total"


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveGateway]:
    root = tmp_path_factory.mktemp("guard-model")
    policy = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
    policy["guard_model"] = {"mode": "off"}  # tenants without a pinned verdict never ask the random model
    policy["tenants"] = {tenant: {"guard_model": {"mode": "both", **gm}} for tenant, gm in TENANTS.items()}
    policy_path = root / "policy.yaml"
    policy_path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    config = medgate_config(root, port=free_port(), max_num_seqs=16, guard_policy=policy_path)
    config["limits"] = {"drain_timeout_s": 5}  # the module ends with a killed replica: no long drain
    config["ray"]["num_cpus"] = 6  # logical CPUs: a second engine deployment needs its own bundles
    config["guard_models"] = [
        {
            "adapter": "qwen3guard",
            "max_model_len": 1024,
            "max_input_chars": 600,  # the stand-in's byte-level tokens: a call stays within its context
            "kv_cache_gib": 1,
            "max_num_seqs": 16,
            "dtype": "float32",
        }
    ]
    keys = ",".join(f"{tenant}:{key}" for tenant, key in KEYS.items())
    server = start_medgate(config, root, api_keys=keys, api_key=KEYS["g-safe"])
    try:
        server.wait_ready(STARTUP_TIMEOUT_S)
        yield LiveGateway(
            server, api_key=KEYS["g-safe"], tenant="g-safe", other_api_key=KEYS["g-unsafe"], other_tenant="g-unsafe"
        )
    finally:
        server.stop(grace_s=STOP_GRACE_S)


def _chat(gw: LiveGateway, tenant: str, *, stream: bool = False, **extra: object) -> httpx.Response:
    body = {
        "model": gw.model,
        "messages": [{"role": "user", "content": QUESTION}],
        "max_tokens": 64,
        "stream": stream,
        **(extra or forced()),
    }
    return httpx.post(f"{gw.v1}/chat/completions", json=body, headers=gw.headers(KEYS[tenant]), timeout=180)


def _streamed(response: httpx.Response) -> tuple[str, dict[str, object]]:
    events = [json.loads(line[6:]) for line in response.text.split("\n\n") if line.startswith("data: {")]
    text = "".join(c["delta"].get("content") or "" for e in events for c in e.get("choices", []))
    return text, events[-1]["choices"][0]


def test_the_guard_model_is_served_beside_the_chat_model_and_not_as_one(guarded: LiveGateway) -> None:
    ready = httpx.get(f"{guarded.base_url}/ready", headers=guarded.headers(), timeout=30).json()
    assert ready["models"] == {guarded.model: True, "medgate-guard-tiny-stand-in": True}
    response = _chat(guarded, "g-safe", model="medgate-guard-tiny-stand-in")
    assert response.status_code == 404 and response.json()["error"]["code"] == "model_not_found"
    assert guarded.server.processes("ServeReplica:medgate:Guard"), "no guard replica process"


def test_safe_verdicts_let_the_answer_through_whole_and_streamed(guarded: LiveGateway) -> None:
    response = _chat(guarded, "g-safe")
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == "Thank you for your question."
    stages = response.json()["medgate"]
    assert stages["input_decision"] == "allow" and stages["output_decisions"] == ["allow"]
    sentence = "The heart rate is normal."
    streamed = _chat(guarded, "g-safe", stream=True, max_tokens=600, **forced_repeating(sentence, times=8))
    text, last = _streamed(streamed)
    assert text == f"{sentence} " * 8 and last["finish_reason"] == "stop", (text, last)


def test_an_unsafe_prompt_is_refused_with_the_mapped_category(guarded: LiveGateway) -> None:
    response = _chat(guarded, "g-unsafe")
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "content_policy_violation" and error["categories"] == ["self_harm"]


@pytest.mark.parametrize(("tenant", "status"), [("g-controversial-block", 400), ("g-controversial-review", 200)])
def test_controversial_follows_the_tenant_policy(guarded: LiveGateway, tenant: str, status: int) -> None:
    response = _chat(guarded, tenant)
    assert response.status_code == status, response.text
    if status == 400:
        assert response.json()["error"]["categories"] == ["controversial"]
    else:
        assert response.headers["x-medgate-review-required"] == "true"


def test_an_unsafe_streamed_answer_is_stopped_with_content_filter(guarded: LiveGateway) -> None:
    response = _chat(guarded, "g-unsafe-answer", stream=True, max_tokens=600, **forced_repeating(times=8))
    assert response.status_code == 200
    text, last = _streamed(response)
    assert last["finish_reason"] == "content_filter" and last["medgate"]["categories"] == ["general_harm"], last
    assert text == ""


def _fail_closed_count(gw: LiveGateway) -> float:
    total = 0.0
    for target in gw.metrics_targets:
        for family in text_string_to_metric_families(httpx.get(f"http://{target}/metrics", timeout=10).text):
            total += sum(
                s.value for s in family.samples if s.name == FAIL_CLOSED and s.labels.get("stage") == "guard_model"
            )
    return total


def _counted_beyond(gw: LiveGateway, before: float, timeout_s: float = 60) -> float:
    """The fail-closed counter once Ray has exported a value above ``before`` (it exports every 10 s)."""
    deadline = time.monotonic() + timeout_s
    while (value := _fail_closed_count(gw)) <= before and time.monotonic() < deadline:
        time.sleep(3)
    return value


def _assert_fails_closed(response: httpx.Response, retry_after_s: int) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["retry-after"] == str(retry_after_s)
    error = response.json()["error"]
    assert error["code"] == "guard_unavailable" and error["type"] == "service_unavailable_error"
    assert error["reasons"] == ["stage 'guard_model' failed"]


def test_a_guard_call_past_its_timeout_fails_closed_and_is_counted(guarded: LiveGateway) -> None:
    before = _fail_closed_count(guarded)
    _assert_fails_closed(_chat(guarded, "g-timeout"), retry_after_s=2)
    assert _counted_beyond(guarded, before) > before


def test_a_killed_guard_replica_fails_closed_and_is_counted(guarded: LiveGateway) -> None:
    """Last in the module: the guard replica is killed, and every request that needs it gets 503 until
    Serve has started another (no request is let through unchecked meanwhile)."""
    replicas = guarded.server.processes("ServeReplica:medgate:Guard")
    assert replicas, "no guard replica process found"
    before = _fail_closed_count(guarded)
    for process in replicas:
        process.send_signal(signal.SIGKILL)
    time.sleep(1)
    _assert_fails_closed(_chat(guarded, "g-safe"), retry_after_s=2)
    assert _counted_beyond(guarded, before) > before
