"""Every field of an answer the client reads passes the output guards: streamed and not, every choice."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import yaml

from medgate.guardrails.stream import unfinished_tail_start
from medgate.serving.openai_wire import EngineItem, EngineRequest
from medgate.testing.fake_engine import FakeEngine
from medgate.testing.in_process import InProcessGateway, in_process_gateway, settings_for_tests
from tests.security.attack import EMAIL, KEY, MODEL, PHONE, SSN, chat, sse_events

CHAT = "/v1/chat/completions"
ARGS = f'{{"to": "{PHONE}"}}'
POLICY = Path(__file__).resolve().parents[2] / "medgate" / "guardrails" / "policies" / "default.yaml"


class FieldEngine(FakeEngine):
    """Answers in the fields a reasoning or tool parser would fill: reasoning, refusal, tool calls."""

    async def _whole(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        async for item in super()._whole(request):
            assert not isinstance(item, (list, str))
            body = item.model_dump(mode="json")
            for choice in body["choices"]:
                choice["message"] |= {
                    "reasoning_content": f"The number is {PHONE}.",
                    "refusal": f"I cannot share {SSN}.",
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "sms", "arguments": f'{{"to": "{PHONE}"}}'},
                        }
                    ],
                }
            yield type(item).model_validate(body)

    async def _stream(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        base = {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "fake"}
        deltas: list[dict[str, object]] = [{"role": "assistant", "content": ""}]
        deltas += [{"reasoning_content": c} for c in f"Think: {PHONE} ok. "]
        deltas += [{"content": c} for c in f"Mail {EMAIL} now."]
        deltas += [
            {"tool_calls": [{"index": 0, "id": "c1", "type": "function", "function": {"name": "sms", "arguments": ""}}]}
        ]
        deltas += [{"tool_calls": [{"index": 0, "function": {"arguments": c}}]} for c in f'{{"to": "{PHONE}"}}']
        for delta in deltas:
            yield [
                f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': delta, 'finish_reason': None}]})}\n\n"
            ]
        yield [f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {}, 'finish_reason': 'stop'}]})}\n\n"]


def _event(base: dict[str, object], delta: dict[str, object], finish: str | None) -> str:
    return f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': delta, 'finish_reason': finish}]})}\n\n"


def _raw_values_in(text: str) -> list[str]:
    return [value for value in (PHONE, SSN, EMAIL) if value in text]


async def test_reasoning_refusal_and_tool_calls_of_a_whole_answer_are_guarded(tmp_path: Path) -> None:
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY})
    async with in_process_gateway(settings, {MODEL: FieldEngine(reply=lambda _: "Done.")}, KEY) as gw:
        response = await gw.client.post(CHAT, json=chat("Hello", n=2), headers=gw.headers())
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["choices"]) == 2
        assert _raw_values_in(json.dumps(body)) == [], body
        assert "[PHONE_1]" in body["choices"][1]["message"]["tool_calls"][0]["function"]["arguments"]


async def test_reasoning_content_and_tool_calls_of_a_stream_are_guarded(tmp_path: Path) -> None:
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY})
    async with in_process_gateway(settings, {MODEL: FieldEngine()}, KEY) as gw:
        response = await gw.client.post(CHAT, json=chat("Hello", stream=True), headers=gw.headers())
        events = sse_events(response.text)
        assert _raw_values_in(json.dumps(events)) == [], events
        streamed = json.dumps(events)
        assert "[PHONE_1]" in streamed and "[EMAIL_1]" in streamed
        calls = [c for e in events for ch in e["choices"] for c in ch["delta"].get("tool_calls") or []]  # type: ignore[union-attr, index]
        assert calls and json.loads(calls[0]["function"]["arguments"]) == {"to": "[PHONE_1]"}


async def test_logprobs_are_refused_by_default(gw: InProcessGateway, engine: FakeEngine) -> None:
    for body in (chat("Hi", logprobs=True), chat("Hi", logprobs=True, top_logprobs=5)):
        response = await gw.client.post(CHAT, json=body, headers=gw.headers())
        assert response.status_code == 400 and response.json()["error"]["param"] == "logprobs"
    completion = {"model": MODEL, "prompt": "Hi", "logprobs": 3}
    response = await gw.client.post("/v1/completions", json=completion, headers=gw.headers())
    assert response.status_code == 400 and engine.requests == []


async def test_allowed_logprobs_are_withheld_where_the_guards_changed_the_answer(tmp_path: Path) -> None:
    policy = yaml.safe_load(POLICY.read_text(encoding="utf-8")) | {"allow_logprobs": True}
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY}, guard_policy=str(tmp_path / "policy.yaml"))
    engine = FakeEngine(reply=lambda _: f"Call {PHONE}.", logprobs=True)
    async with in_process_gateway(settings, {MODEL: engine}, KEY) as gw:
        redacted = await gw.client.post(CHAT, json=chat("Hi", logprobs=True), headers=gw.headers())
        assert redacted.status_code == 200 and redacted.json()["choices"][0]["logprobs"] is None
        engine.reply = lambda _: "All is well."
        clean = await gw.client.post(CHAT, json=chat("Hi", logprobs=True), headers=gw.headers())
        assert clean.json()["choices"][0]["logprobs"] is not None
        streamed = await gw.client.post(CHAT, json=chat("Hi", logprobs=True, stream=True), headers=gw.headers())
        assert streamed.status_code == 400


PLANTED = [
    ("phone", f"Please call {PHONE} tomorrow morning.", PHONE),
    ("phone with separators", "Please call 138 0013 8000 tomorrow morning.", "138 0013 8000"),
    ("us phone", "Reach the clinic at (415) 555-0132 before noon.", "(415) 555-0132"),
    ("email", f"Write to {EMAIL} for the report.", EMAIL),
    ("ssn", f"Her SSN is {SSN} on file.", SSN),
    ("cn resident id", "患者身份证号11010519491231002X，复诊时请携带。", "11010519491231002X"),
]


@pytest.mark.parametrize(("kind", "answer", "raw"), PLANTED, ids=[p[0] for p in PLANTED])
async def test_one_character_per_delta_never_leaks_an_identifier(
    gw: InProcessGateway, engine: FakeEngine, kind: str, answer: str, raw: str
) -> None:
    engine.reply = lambda _: answer
    engine.chunk_chars = 1
    response = await gw.client.post(CHAT, json=chat("Tell me", stream=True), headers=gw.headers())
    events = sse_events(response.text)
    text = "".join(str(c["delta"].get("content") or "") for e in events for c in e["choices"])  # type: ignore[union-attr, index]
    finish = [c["finish_reason"] for e in events for c in e["choices"] if c.get("finish_reason")]  # type: ignore[union-attr]
    assert raw not in text, text
    assert "[" in text or finish == ["content_filter"], (text, finish)  # redacted, or the answer was stopped


@pytest.mark.parametrize(("kind", "answer", "raw"), PLANTED, ids=[p[0] for p in PLANTED])
def test_a_split_at_every_position_never_releases_part_of_an_identifier(kind: str, answer: str, raw: str) -> None:
    start = answer.index(raw)
    for cut in range(start + 1, start + len(raw)):
        held_from = unfinished_tail_start(answer[:cut])
        assert held_from <= start, (cut, answer[:cut], answer[:held_from])


async def test_stream_deadline_ends_with_an_error_event(tmp_path: Path) -> None:
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY}, limits={"stream_timeout_s": 1})
    engine = FakeEngine(reply=lambda _: "slow answer " * 20, chunk_chars=4, delay_s=0.2)
    async with in_process_gateway(settings, {MODEL: engine}, KEY) as gw:
        started = time.monotonic()
        response = await gw.client.post(CHAT, json=chat("Hi", stream=True), headers=gw.headers())
        events = sse_events(response.text)
    assert events[-1]["error"]["code"] == "timeout" and time.monotonic() - started < 5  # type: ignore[index]


class ExtraFieldEngine(FakeEngine):
    """Puts text where no output guard reads: keys the OpenAI API has but medgate does not guard, and engine keys."""

    EXTRA_MESSAGE = {
        "audio": {"id": "a1", "data": "", "expires_at": 0, "transcript": PHONE},
        "function_call": {"name": "sms", "arguments": PHONE},
    }
    EXTRA_CHOICE = {"stop_reason": PHONE, "token_ids": [1, 2]}
    EXTRA_BODY = {"prompt_text": PHONE, "kv_transfer_params": {"x": PHONE}, "system_fingerprint": "vllm-0.32.0"}

    async def _whole(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        async for item in super()._whole(request):
            assert not isinstance(item, (list, str))
            body = item.model_dump(mode="json") | self.EXTRA_BODY
            body["usage"] |= {"note": PHONE}
            for choice in body["choices"]:
                choice |= self.EXTRA_CHOICE
                choice["message"] |= self.EXTRA_MESSAGE
            yield type(item).model_validate(body)

    async def _stream(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        base = {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "fake", **self.EXTRA_BODY}
        for delta, finish in (({"role": "assistant", "content": "Hi", **self.EXTRA_MESSAGE}, None), ({}, "stop")):
            choice = {"index": 0, "delta": delta, "finish_reason": finish, **self.EXTRA_CHOICE}
            yield [f"data: {json.dumps({**base, 'choices': [choice]})}\n\n"]


@pytest.mark.parametrize("stream", [False, True])
async def test_keys_no_guard_reads_never_reach_the_client(tmp_path: Path, stream: bool) -> None:
    settings = settings_for_tests(tmp_path / "audit", {"ward-a": KEY})
    async with in_process_gateway(settings, {MODEL: ExtraFieldEngine(reply=lambda _: "Hi")}, KEY) as gw:
        response = await gw.client.post(CHAT, json=chat("Hello", stream=stream), headers=gw.headers())
        assert response.status_code == 200, response.text
        answers = sse_events(response.text) if stream else [response.json()]
        assert _raw_values_in(json.dumps(answers)) == [], answers
        for answer in answers:
            assert set(answer) <= {"id", "object", "created", "model", "choices", "usage", "service_tier", "medgate"}
            for choice in answer["choices"]:  # type: ignore[union-attr]
                assert "stop_reason" not in choice and "token_ids" not in choice
                held = choice.get("delta") or choice.get("message") or {}
                assert not {"audio", "function_call"} & set(held), held
