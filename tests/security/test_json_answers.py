"""JSON-mode answers stay valid JSON after redaction, and valid against the client's schema, or end content_filter."""

from __future__ import annotations

import json

import pytest

from medgate.testing.fake_engine import FakeEngine
from medgate.testing.in_process import InProcessGateway
from tests.security.attack import PHONE, chat, sse_events

CHAT = "/v1/chat/completions"
ANSWER = f'{{"level": 2, "phone": {PHONE}, "note": "call {PHONE} today"}}'
LOOSE = {"type": "object", "properties": {"level": {"type": "integer"}}}
STRICT = {"type": "object", "properties": {"level": {"type": "integer"}, "phone": {"type": "integer"}}}


def _json_mode(schema: dict[str, object] | None) -> dict[str, object]:
    if schema is None:
        return {"response_format": {"type": "json_object"}}
    return {"response_format": {"type": "json_schema", "json_schema": {"name": "triage", "schema": schema}}}


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("schema", [None, LOOSE], ids=["json_object", "json_schema"])
async def test_a_redacted_json_answer_is_still_valid_json(
    gw: InProcessGateway, engine: FakeEngine, stream: bool, schema: dict[str, object] | None
) -> None:
    engine.reply = lambda _: ANSWER
    engine.chunk_chars = 3
    response = await gw.client.post(CHAT, json=chat("Hello", stream=stream, **_json_mode(schema)), headers=gw.headers())
    if stream:
        events = sse_events(response.text)
        content = "".join(str(c["delta"].get("content") or "") for e in events for c in e["choices"])  # type: ignore[union-attr, index]
    else:
        content = response.json()["choices"][0]["message"]["content"]
    document = json.loads(content)  # must parse
    assert document == {"level": 2, "phone": "[PHONE_1]", "note": "call [PHONE_1] today"}


async def test_no_valid_redaction_for_the_schema_ends_with_content_filter(
    gw: InProcessGateway, engine: FakeEngine
) -> None:
    engine.reply = lambda _: ANSWER
    response = await gw.client.post(CHAT, json=chat("Hello", **_json_mode(STRICT)), headers=gw.headers())
    choice = response.json()["choices"][0]
    assert choice["finish_reason"] == "content_filter" and PHONE not in json.dumps(choice)
