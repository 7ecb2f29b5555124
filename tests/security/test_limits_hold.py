"""Limits an attacker would try to walk around: caps, reservations, concurrency, moderation, ids, salts, docs."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from medgate.testing.fake_engine import FakeEngine
from medgate.testing.in_process import InProcessGateway, in_process_gateway, settings_for_tests
from tests.security.attack import KEY, MODEL, OTHER_KEY, PHONE, audit_records, chat

CHAT = "/v1/chat/completions"


async def test_the_gateway_always_caps_max_tokens(gw: InProcessGateway, engine: FakeEngine) -> None:
    cap = gw.gateway.settings.limits.max_tokens_cap
    await gw.client.post(
        CHAT, json={"model": MODEL, "messages": [{"role": "user", "content": "Hi"}]}, headers=gw.headers()
    )
    assert engine.requests[-1].max_completion_tokens == cap
    await gw.client.post("/v1/completions", json={"model": MODEL, "prompt": "Hi"}, headers=gw.headers())
    assert engine.requests[-1].max_tokens == cap
    over = await gw.client.post(CHAT, json=chat("Hi", max_tokens=cap + 1), headers=gw.headers())
    assert over.status_code == 400 and over.json()["error"]["param"] == "max_tokens"


async def test_reservations_count_n_and_every_prompt(tmp_path: Path) -> None:
    limits = {"rates": {"tokens_per_minute": 500}, "max_tokens_cap": 100}
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY}, limits=limits)
    async with in_process_gateway(settings, {MODEL: FakeEngine()}, KEY) as gw:
        one = await gw.client.post("/v1/completions", json={"model": MODEL, "prompt": "Hi"}, headers=gw.headers())
        assert one.status_code == 200
        many = {"model": MODEL, "prompt": ["Hi"] * 4, "n": 2}  # 8 sequences x 100 tokens > 500 per minute
        refused = await gw.client.post("/v1/completions", json=many, headers=gw.headers())
        assert refused.status_code == 429 and refused.json()["error"]["type"] == "rate_limit_error"
        beyond_n = {"model": MODEL, "prompt": ["Hi"] * 4, "n": 4}  # 16 sequences: more than max_n
        assert (await gw.client.post("/v1/completions", json=beyond_n, headers=gw.headers())).status_code == 400


async def test_a_stream_cut_short_is_charged_what_it_streamed(tmp_path: Path) -> None:
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY}, limits={"rates": {"tokens_per_minute": 100000}})
    engine = FakeEngine(reply=lambda _: "The night was calm and the vital signs stayed normal. " * 6, fail_after=20)
    async with in_process_gateway(settings, {MODEL: engine}, KEY) as gw:
        gw.gateway.limiter.clock = lambda: 0.0  # no refill during the test: the bucket shows what was charged
        response = await gw.client.post(CHAT, json=chat("Hi", stream=True, max_tokens=100), headers=gw.headers())
        assert '"engine_failed"' in response.text
        bucket = gw.gateway.limiter._buckets[("ward-a", "tokens")]
        assert 100000 - bucket.level >= 20  # the 20 deltas it streamed (plus the prompt), not 0


async def test_concurrent_requests_per_tenant_are_capped(tmp_path: Path) -> None:
    settings = settings_for_tests(
        tmp_path / "audit", {"ward-a": KEY, "ward-b": OTHER_KEY}, limits={"max_concurrent_per_tenant": 2}
    )
    async with in_process_gateway(settings, {MODEL: FakeEngine(delay_s=0.5)}, KEY) as gw:
        flood = [gw.client.post(CHAT, json=chat("Hi"), headers=gw.headers()) for _ in range(4)]
        other = gw.client.post(CHAT, json=chat("Hi"), headers=gw.headers(OTHER_KEY))
        *answers, other_answer = await asyncio.gather(*flood, other)
    codes = sorted(a.status_code for a in answers)
    assert codes == [200, 200, 429, 429] and other_answer.status_code == 200
    refused = next(a for a in answers if a.status_code == 429)
    assert refused.json()["error"]["code"] == "concurrency_limit_exceeded" and int(refused.headers["retry-after"]) >= 1


async def test_moderations_are_limited_capped_and_audited(tmp_path: Path) -> None:
    limits = {"rates": {"requests_per_minute": 2}, "max_moderation_chars": 100}
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY}, limits=limits)
    async with in_process_gateway(settings, {MODEL: FakeEngine()}, KEY) as gw:
        too_long = await gw.client.post("/v1/moderations", json={"input": "x" * 101}, headers=gw.headers())
        assert too_long.status_code == 400 and too_long.json()["error"]["param"] == "input"
        first = await gw.client.post("/v1/moderations", json={"input": f"Call {PHONE}"}, headers=gw.headers())
        second = await gw.client.post("/v1/moderations", json={"input": "Hello"}, headers=gw.headers())
        third = await gw.client.post("/v1/moderations", json={"input": "Hello"}, headers=gw.headers())
        assert [first.status_code, second.status_code, third.status_code] == [200, 200, 429]
        records = [r for r in audit_records(gw) if r["endpoint"] == "moderations"]
        assert [r["status"] for r in records] == [400, 200, 200, 429]
        assert PHONE not in json.dumps(records) and records[1]["phi_counts"] == {"PHONE": 1}


async def test_request_ids_are_the_gateways_own(gw: InProcessGateway) -> None:
    forged = "req-" + "a" * 500
    response = await gw.client.post(CHAT, json=chat("Hi"), headers={**gw.headers(), "x-request-id": forged})
    request_id = response.json()["medgate"]["request_id"]
    assert request_id != forged and response.headers["x-medgate-request-id"] == request_id
    record = audit_records(gw)[-1]
    assert record["request_id"] == request_id and record["client_request_id"] == forged[:128]


async def test_each_tenant_gets_its_own_prefix_cache_salt(gw: InProcessGateway, engine: FakeEngine) -> None:
    await gw.client.post(CHAT, json=chat("Hi"), headers=gw.headers())
    await gw.client.post(CHAT, json=chat("Hi"), headers=gw.headers(OTHER_KEY))
    await gw.client.post(CHAT, json=chat("Hello"), headers=gw.headers())
    salts = [request.cache_salt for request in engine.requests]
    assert salts[0] == salts[2] != salts[1] and all(salts)


async def test_guard_score_cache_is_per_tenant(gw: InProcessGateway) -> None:
    scores = gw.gateway.guards._resources.classifier()
    text = "What is a normal resting heart rate for adults?"
    await gw.client.post(CHAT, json=chat(text), headers=gw.headers())
    await gw.client.post(CHAT, json=chat(text), headers=gw.headers(OTHER_KEY))
    assert {scope for scope, cached in scores._rows if cached == text} == {"ward-a", "ward-b"}


async def test_api_description_and_model_list_are_not_public(gw: InProcessGateway) -> None:
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert (await gw.client.get(path)).status_code == 404
    anonymous = await gw.client.get("/ready")
    assert anonymous.json() == {"ready": True}
    assert (await gw.client.get("/ready", headers=gw.headers())).json()["models"] == {MODEL: True}


async def test_a_body_declared_too_large_is_refused_before_it_is_read(gw: InProcessGateway) -> None:
    limit = gw.gateway.settings.limits.max_body_bytes
    headers = {**gw.headers(), "content-type": "application/json", "content-length": str(limit + 1)}
    response = await gw.client.post(CHAT, content=b"{}" + b" " * (limit - 1), headers=headers)
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"
