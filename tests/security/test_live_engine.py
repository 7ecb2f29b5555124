"""Against the real gateway and vLLM engine: the tiny model is made to say planted identifiers (structured
outputs), and no raw value reaches the client in any field, streamed or not, with n = 2."""

from __future__ import annotations

import json

import httpx
import pytest

from medgate.testing.servers import FORCED_MAX_TOKENS, LiveGateway, forced

PLANTED = "Call 13800138000 or write to zhang.wei@example.com about the results."
RAW = ("13800138000", "zhang.wei@example.com")


def _post(gateway: LiveGateway, path: str, body: dict[str, object]) -> httpx.Response:
    return httpx.post(gateway.v1 + path, json=body, headers=gateway.headers(), timeout=180)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_planted_identifiers_never_reach_the_client(gateway: LiveGateway, stream: bool) -> None:
    body = {
        "model": gateway.model,
        "messages": [{"role": "user", "content": "How do I reach the clinic?"}],
        "max_tokens": FORCED_MAX_TOKENS * 2,
        "n": 2,
        "stream": stream,
        **forced(PLANTED),
    }
    response = _post(gateway, "/chat/completions", body)
    assert response.status_code == 200, response.text
    assert not [value for value in RAW if value in response.text], response.text[:2000]
    if stream:
        events = [json.loads(line[6:]) for line in response.text.split("\n\n") if line.startswith("data: {")]
        texts = {c["index"]: "" for e in events for c in e["choices"]}
        for event in events:
            for choice in event["choices"]:
                texts[choice["index"]] += choice["delta"].get("content") or ""
        answers = list(texts.values())
    else:
        answers = [c["message"]["content"] for c in response.json()["choices"]]
    assert len(answers) == 2
    for answer in answers:  # redacted where the guards found them, or the choice was stopped
        assert "[PHONE_1]" in answer or answer == "", answer


@pytest.mark.parametrize(
    ("path", "extra"),
    [
        ("/chat/completions", {"logprobs": True, "top_logprobs": 3}),
        ("/chat/completions", {"return_token_ids": True}),
        ("/completions", {"logprobs": 2}),
        ("/completions", {"return_tokens_as_token_ids": True}),
    ],
)
def test_token_level_fields_are_refused(gateway: LiveGateway, path: str, extra: dict[str, object]) -> None:
    base: dict[str, object] = {"model": gateway.model, "max_tokens": 8}
    base |= {"messages": [{"role": "user", "content": "Hello"}]} if path == "/chat/completions" else {"prompt": "Hello"}
    response = _post(gateway, path, {**base, **extra, **forced(PLANTED)})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["param"] in {"logprobs", "return_token_ids", "return_tokens_as_token_ids"}
