"""Every way text can reach the model: each is refused at the edge, or guarded and audited as what it was."""

from __future__ import annotations

import pytest

from medgate.testing.fake_engine import FakeEngine
from medgate.testing.in_process import InProcessGateway
from tests.security.attack import INJECTION, MODEL, PHONE, SSN, audit_records, chat

CHAT = "/v1/chat/completions"


@pytest.mark.parametrize(
    "part",
    [
        {"type": "refusal", "refusal": f"call {PHONE}"},
        {"type": "thinking", "thinking": INJECTION},
        {"type": "input_text", "text": INJECTION},
        {"type": "output_text", "text": f"SSN {SSN}"},
        {"type": "image_url", "image_url": {"url": "http://127.0.0.1:9/x.png"}},
        {"text": INJECTION},
    ],
    ids=["refusal", "thinking", "input_text", "output_text", "image_url", "untyped"],
)
async def test_content_parts_other_than_text_are_refused(
    gw: InProcessGateway, engine: FakeEngine, part: dict[str, object]
) -> None:
    body = chat([{"type": "text", "text": "Summarise this."}, part])
    response = await gw.client.post(CHAT, json=body, headers=gw.headers())
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "unsupported_content_type" and error["param"] == "messages.0.content.1.type"
    assert engine.requests == []


@pytest.mark.parametrize("role", ["function", "wizard", "ipython", "tool_result"])
async def test_roles_outside_the_openai_set_are_refused(gw: InProcessGateway, engine: FakeEngine, role: str) -> None:
    body = {"model": MODEL, "messages": [{"role": role, "content": INJECTION, "name": "x"}]}
    response = await gw.client.post(CHAT, json=body, headers=gw.headers())
    assert response.status_code == 400 and response.json()["error"]["param"].startswith("messages.0"), response.text
    assert engine.requests == []


@pytest.mark.parametrize(
    "field",
    [
        "chat_template",
        "chat_template_kwargs",
        "documents",
        "mm_processor_kwargs",
        "prompt_logprobs",
        "return_token_ids",
        "return_tokens_as_token_ids",
        "add_generation_prompt",
        "continue_final_message",
        "cache_salt",
        "request_id",
        "vllm_xargs",
    ],
)
async def test_fields_no_guard_covers_are_refused_by_name(gw: InProcessGateway, engine: FakeEngine, field: str) -> None:
    values: dict[str, object] = {
        "documents": [{"title": "note", "text": INJECTION}],
        "chat_template_kwargs": {"enable_thinking": True},
        "mm_processor_kwargs": {},
        "vllm_xargs": {"a": 1},
    }
    body = chat("Hello", **{field: values.get(field, "x" if "template" in field or "id" in field else True)})
    response = await gw.client.post(CHAT, json=body, headers=gw.headers())
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "unsupported_parameter" and error["param"] == field
    assert engine.requests == []


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("top level", None),
        ("message", {"role": "user", "content": "hi", "reasoning": INJECTION}),
        ("message", {"role": "assistant", "content": "ok", "reasoning_content": INJECTION}),
    ],
)
async def test_unknown_fields_are_refused(gw: InProcessGateway, where: str, message: dict[str, object] | None) -> None:
    body = chat("Hello", frobnicate=True) if message is None else {"model": MODEL, "messages": [message]}
    response = await gw.client.post(CHAT, json=body, headers=gw.headers())
    assert response.status_code == 400, response.text
    assert response.json()["error"]["param"], response.text


async def test_phi_in_a_message_name_is_redacted_before_the_engine(gw: InProcessGateway, engine: FakeEngine) -> None:
    body = {"model": MODEL, "messages": [{"role": "user", "name": f"caller {PHONE}", "content": "Hello"}]}
    response = await gw.client.post(CHAT, json=body, headers=gw.headers())
    assert response.status_code == 200, response.text
    sent = engine.requests[-1].messages[0]
    assert PHONE not in str(sent) and "[PHONE_1]" in str(sent.get("name"))


async def test_tool_call_arguments_and_tool_results_are_guarded(gw: InProcessGateway, engine: FakeEngine) -> None:
    call = {"id": "call_1", "type": "function", "function": {"name": "book", "arguments": f'{{"ssn": "{SSN}"}}'}}
    messages = [
        {"role": "user", "content": "Book my follow-up appointment, please."},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": f"Booked. We will call {PHONE}."},
    ]
    response = await gw.client.post(CHAT, json={"model": MODEL, "messages": messages}, headers=gw.headers())
    record = audit_records(gw)[-1]
    assert record["categories"] and "phi" in record["categories"]  # seen and audited, whatever the decision
    if response.status_code == 200:  # guarded: the engine got placeholders
        sent = str(engine.requests[-1].messages)
        assert SSN not in sent and PHONE not in sent and "[PHONE_1]" in sent
    else:  # refused: nothing reached the engine
        assert response.status_code == 400 and engine.requests == []


async def test_an_injection_in_a_tool_result_is_blocked(gw: InProcessGateway, engine: FakeEngine) -> None:
    messages = [
        {"role": "user", "content": "What does the lab system say?"},
        {"role": "tool", "tool_call_id": "call_1", "content": f"Result: normal.\n{INJECTION}"},
    ]
    response = await gw.client.post(CHAT, json={"model": MODEL, "messages": messages}, headers=gw.headers())
    assert response.status_code == 400 and "prompt_injection" in response.json()["error"]["categories"]
    assert engine.requests == []
    assert audit_records(gw)[-1]["input_decision"] == "block"


async def test_tool_descriptions_and_schemas_are_guarded(gw: InProcessGateway, engine: FakeEngine) -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "notify",
            "description": "Send a message to the ward.",
            "parameters": {"type": "object", "properties": {"to": {"type": "string", "default": PHONE}}},
        },
    }
    response = await gw.client.post(CHAT, json=chat("Notify the ward.", tools=[tool]), headers=gw.headers())
    assert "phi" in audit_records(gw)[-1]["categories"]  # the schema was read by the guards
    if response.status_code == 200:  # guarded: the engine got the placeholder
        sent = engine.requests[-1].tools[0].function
        assert PHONE not in str(sent.parameters) and "[PHONE_1]" in str(sent.parameters)
    else:  # refused: nothing reached the engine
        assert response.status_code == 400 and engine.requests == []

    tool["function"]["description"] = INJECTION  # type: ignore[index]
    blocked = await gw.client.post(CHAT, json=chat("Notify the ward.", tools=[tool]), headers=gw.headers())
    assert blocked.status_code == 400 and "prompt_injection" in blocked.json()["error"]["categories"]


async def test_completion_prompt_lists_are_capped_and_guarded_item_by_item(
    gw: InProcessGateway, engine: FakeEngine
) -> None:
    cap = gw.gateway.settings.limits.max_prompts
    too_many = {"model": MODEL, "prompt": ["hello"] * (cap + 1), "max_tokens": 4}
    response = await gw.client.post("/v1/completions", json=too_many, headers=gw.headers())
    assert response.status_code == 400 and response.json()["error"]["param"] == "prompt"

    prompts = ["The weather is fine.", f"Call {PHONE} about the results."]
    ok = await gw.client.post("/v1/completions", json={"model": MODEL, "prompt": prompts}, headers=gw.headers())
    assert ok.status_code == 200, ok.text
    assert engine.requests[-1].prompt[0] == prompts[0] and PHONE not in engine.requests[-1].prompt[1]

    hidden = await gw.client.post(
        "/v1/completions", json={"model": MODEL, "prompt": ["hello", INJECTION]}, headers=gw.headers()
    )
    assert hidden.status_code == 400


async def test_echo_returns_the_redacted_prompt(gw: InProcessGateway, engine: FakeEngine) -> None:
    engine.reply = lambda request: f"{request.prompt} fine."
    body = {"model": MODEL, "prompt": f"Phone {PHONE}.", "echo": True}
    response = await gw.client.post("/v1/completions", json=body, headers=gw.headers())
    text = response.json()["choices"][0]["text"]
    assert PHONE not in text and "[PHONE_1]" in text
