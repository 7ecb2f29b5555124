"""The guard-model stage on the request path, in-process: real auth, guards, audit and metrics objects;
scripted stand-ins for the chat engine and for the guard model's deployment.

What the guard deployment is asked and how the gateway answers each of its verdicts; the real
deployment (Ray Serve LLM + vLLM with structured outputs) is in test_guard_model_e2e.py.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
import yaml
from pydantic import ValidationError

from medgate.guardrails.guard_model.adapters import Qwen3GuardAdapter
from medgate.serving.config import Settings
from medgate.serving.gateway import tenant_salt
from medgate.testing.fake_engine import FakeEngine, prompt_text
from medgate.testing.in_process import InProcessGateway, in_process_gateway, settings_for_tests
from tests.conftest import DEFAULT_POLICY

KEY = "in-process-key-ward-a-0123456789abcdef"
MODEL = "fake-model"
GUARD = "fake-guard"
CHAT = "/v1/chat/completions"
SAFE = "Safety: Safe\nCategories: None"
SAFE_ANSWER = SAFE + "\nRefusal: No"
QUESTION = "What is a normal resting heart rate?"
ANSWER = "A normal resting heart rate for adults is sixty to one hundred beats per minute. " * 2


def _verdicts(prompt: str, answer: str) -> FakeEngine:
    """A guard stand-in answering ``prompt`` to prompt moderation and ``answer`` to answer moderation."""
    return FakeEngine(reply=lambda request: prompt if len(request.messages) == 1 else answer)  # type: ignore[union-attr]


@pytest.fixture()
def engine() -> FakeEngine:
    return FakeEngine(reply=lambda _: ANSWER, chunk_chars=5)


@pytest.fixture()
def guard_engine() -> FakeEngine:
    return _verdicts(SAFE, SAFE_ANSWER)


@pytest_asyncio.fixture()
async def gw(tmp_path: Path, engine: FakeEngine, guard_engine: FakeEngine) -> AsyncIterator[InProcessGateway]:
    policy = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
    policy["stage_timeout_ms"] = policy["stage_wall_timeout_ms"] = (
        20_000  # the classifier's timeout is not under test here
    )
    policy["guard_model"] = {"mode": "both", "controversial": "review", "timeout_ms": 2000}
    policy_path = tmp_path / "policy.yaml"
    policy_path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    settings = settings_for_tests(
        tmp_path / "audit",
        {"ward-a": KEY},
        limits={"retry_after_s": 7},
        guard_policy=str(policy_path),
        guard_models=[{"name": GUARD, "adapter": "qwen3guard", "max_tokens": 48}],
    )
    async with in_process_gateway(settings, {MODEL: engine}, KEY, guard_engines={GUARD: guard_engine}) as gateway:
        yield gateway


def _chat(content: str, **extra: object) -> dict[str, object]:
    return {"model": MODEL, "messages": [{"role": "user", "content": content}], "max_tokens": 64, **extra}


def _events(body: str) -> list[dict[str, object]]:
    lines = [line.removeprefix("data: ") for line in body.split("\n\n") if line.startswith("data: ")]
    assert lines[-1] == "[DONE]", body[-300:]
    return [json.loads(line) for line in lines[:-1]]


async def test_safe_passes_and_the_guard_request_is_greedy_constrained_and_tenant_salted(
    gw: InProcessGateway, guard_engine: FakeEngine
) -> None:
    response = await gw.client.post(CHAT, json=_chat(QUESTION), headers=gw.headers())
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == ANSWER
    prompt_check, answer_check = guard_engine.requests
    assert prompt_text(prompt_check) == QUESTION and prompt_text(answer_check) == f"{QUESTION}\n{ANSWER}"
    assert prompt_check.temperature == 0.0 and prompt_check.max_completion_tokens == 48  # type: ignore[union-attr]
    assert prompt_check.structured_outputs.regex == Qwen3GuardAdapter().grammar("input")  # type: ignore[union-attr]
    assert answer_check.structured_outputs.regex == Qwen3GuardAdapter().grammar("output")  # type: ignore[union-attr]
    assert prompt_check.cache_salt == tenant_salt(gw.gateway.salt_key, "ward-a")


async def test_unsafe_prompt_is_refused_with_the_mapped_category_before_the_engine(
    gw: InProcessGateway, engine: FakeEngine, guard_engine: FakeEngine
) -> None:
    guard_engine.reply = lambda _: "Safety: Unsafe\nCategories: PII"
    response = await gw.client.post(CHAT, json=_chat(QUESTION), headers=gw.headers())
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "content_policy_violation" and error["categories"] == ["patient_data_extraction"]
    assert engine.requests == []


async def test_controversial_prompt_is_flagged_for_review_by_this_policy(
    gw: InProcessGateway, guard_engine: FakeEngine
) -> None:
    guard_engine.reply = _verdicts("Safety: Controversial\nCategories: Politically Sensitive Topics", SAFE_ANSWER).reply
    response = await gw.client.post(CHAT, json=_chat(QUESTION), headers=gw.headers())
    assert response.status_code == 200 and response.headers["x-medgate-review-required"] == "true"
    assert "not been reviewed by a physician" not in response.json()["choices"][0]["message"]["content"]


@pytest.mark.parametrize("failure", ["error", "timeout", "garbage"])
async def test_a_guard_deployment_that_cannot_answer_fails_closed_with_503_and_retry_after(
    gw: InProcessGateway, engine: FakeEngine, guard_engine: FakeEngine, failure: str
) -> None:
    if failure == "error":
        guard_engine.error = (500, "EngineDeadError")
    elif failure == "timeout":
        guard_engine.delay_s = 5  # past the policy's timeout_ms: 2000
    else:
        guard_engine.reply = lambda _: "I think it is fine."
    counted: list[str] = []
    gw.gateway.metrics.fail_closed = lambda *, stage: counted.append(stage)  # type: ignore[method-assign]
    response = await gw.client.post(CHAT, json=_chat(QUESTION), headers=gw.headers())
    assert response.status_code == 503, response.text
    assert counted == ["guard_model"]  # medgate_guard_fail_closed_total{stage="guard_model"}
    assert response.headers["retry-after"] == "7"
    error = response.json()["error"]
    assert error["code"] == "guard_unavailable" and error["type"] == "service_unavailable_error"
    assert error["reasons"] == ["stage 'guard_model' failed"] and engine.requests == []


async def test_an_unsafe_streamed_answer_ends_with_content_filter_and_its_category(
    gw: InProcessGateway, guard_engine: FakeEngine
) -> None:
    guard_engine.reply = _verdicts(SAFE, "Safety: Unsafe\nCategories: Violent\nRefusal: No").reply
    response = await gw.client.post(CHAT, json=_chat(QUESTION, stream=True), headers=gw.headers())
    events = _events(response.text)
    last = events[-1]["choices"][0]  # type: ignore[index]
    assert last["finish_reason"] == "content_filter" and last["medgate"]["categories"] == ["general_harm"]
    released = "".join(str(c["delta"].get("content") or "") for e in events for c in e["choices"])  # type: ignore[union-attr, index]
    assert released == ""  # the first window's call already said unsafe: nothing left


async def test_a_safe_stream_is_released_whole(gw: InProcessGateway, guard_engine: FakeEngine) -> None:
    response = await gw.client.post(CHAT, json=_chat(QUESTION, stream=True), headers=gw.headers())
    events = _events(response.text)
    released = "".join(str(c["delta"].get("content") or "") for e in events for c in e["choices"])  # type: ignore[union-attr, index]
    assert released == ANSWER and events[-1]["choices"][0]["finish_reason"] == "stop"  # type: ignore[index]
    assert len(guard_engine.requests) >= 3  # the prompt, then the answer window by window


async def test_the_guard_model_is_not_a_chat_model_but_is_part_of_readiness(
    gw: InProcessGateway, guard_engine: FakeEngine
) -> None:
    response = await gw.client.post(CHAT, json={**_chat(QUESTION), "model": GUARD}, headers=gw.headers())
    assert response.status_code == 404 and response.json()["error"]["code"] == "model_not_found"
    listed = (await gw.client.get("/v1/models", headers=gw.headers())).json()
    assert [m["id"] for m in listed["data"]] == [MODEL]
    guard_engine.healthy = False
    ready = await gw.client.get("/ready", headers=gw.headers())
    assert ready.status_code == 503 and ready.json()["models"] == {MODEL: True, GUARD: False}


def test_guard_model_config_is_typed_and_strict(tmp_path: Path) -> None:
    base = {"api_keys": f"ward-a:{KEY}", "audit": {"dir": str(tmp_path)}}
    with pytest.raises(ValidationError, match="temperatur"):
        Settings.model_validate({**base, "guard_models": [{"name": "g", "temperatur": 0}]})
    with pytest.raises(ValidationError, match="adapter"):
        Settings.model_validate({**base, "guard_models": [{"name": "g", "adapter": "shieldgemma"}]})
    with pytest.raises(ValidationError, match="none of them also a name in models"):
        Settings.model_validate({**base, "guard_models": [{"name": "medgate-tiny"}]})
    settings = Settings.model_validate({**base, "guard_models": [{}]})
    assert settings.guard_models[0].embedded and settings.guard_models[0].name == "medgate-guard-tiny-stand-in"
