"""The official ``openai`` SDK against the real gateway (Ray Serve + vLLM CPU engine + guards)."""

from __future__ import annotations

import asyncio

import httpx
import openai
import pytest

from medgate.testing.servers import FORCED_ANSWER as ANSWER
from medgate.testing.servers import FORCED_MAX_TOKENS, LiveGateway, forced

FORCED = forced()


@pytest.fixture(scope="module")
def client(gateway: LiveGateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.v1, api_key=gateway.api_key, max_retries=0, timeout=120)


@pytest.fixture()
def aclient(gateway: LiveGateway) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=gateway.v1, api_key=gateway.api_key, max_retries=0, timeout=120)


def test_models_lists_the_configured_model(client: openai.OpenAI, gateway: LiveGateway) -> None:
    models = client.models.list()
    assert [m.id for m in models.data] == [gateway.model]
    assert client.models.retrieve(gateway.model).id == gateway.model


def test_chat_returns_choices_and_usage(client: openai.OpenAI, gateway: LiveGateway) -> None:
    reply = client.chat.completions.create(
        model=gateway.model,
        messages=[{"role": "user", "content": "Hello, what can you do?"}],
        max_tokens=FORCED_MAX_TOKENS,
        extra_body=FORCED,
    )
    assert reply.object == "chat.completion"
    assert len(reply.choices) == 1
    choice = reply.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content == ANSWER
    assert choice.finish_reason == "stop"
    assert reply.usage.prompt_tokens > 0
    assert 0 < reply.usage.completion_tokens <= FORCED_MAX_TOKENS
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens


def test_chat_sampling_parameters_are_honoured(client: openai.OpenAI, gateway: LiveGateway) -> None:
    kwargs = dict(
        model=gateway.model,
        messages=[{"role": "user", "content": "List three causes of anaemia."}],
        temperature=0.8,
        top_p=0.9,
        seed=1234,
        max_completion_tokens=10,
    )
    first = client.chat.completions.create(**kwargs)
    second = client.chat.completions.create(**kwargs)
    assert first.choices[0].message.content == second.choices[0].message.content  # same seed, same answer
    several = client.chat.completions.create(**{**kwargs, "n": 3, "seed": None})
    assert sorted(c.index for c in several.choices) == [0, 1, 2]
    assert several.usage.completion_tokens <= 30


def test_chat_stream_with_usage(client: openai.OpenAI, gateway: LiveGateway) -> None:
    stream = client.chat.completions.create(
        model=gateway.model,
        messages=[{"role": "user", "content": "Tell me about sleep hygiene."}],
        max_tokens=FORCED_MAX_TOKENS,
        stream=True,
        stream_options={"include_usage": True},
        extra_body=FORCED,
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    assert text == ANSWER


def test_chat_stream_without_usage_has_no_usage_chunk(client: openai.OpenAI, gateway: LiveGateway) -> None:
    stream = client.chat.completions.create(
        model=gateway.model,
        messages=[{"role": "user", "content": "How much water should an adult drink per day?"}],
        max_tokens=8,
        stream=True,
    )
    chunks = list(stream)
    assert chunks and all(c.usage is None for c in chunks)


def test_completions_plain_and_streamed(client: openai.OpenAI, gateway: LiveGateway) -> None:
    reply = client.completions.create(
        model=gateway.model, prompt="The patient reports a mild headache and", max_tokens=8, stop=["\n"]
    )
    assert reply.object == "text_completion"
    assert reply.usage.completion_tokens <= 8
    stream = client.completions.create(
        model=gateway.model,
        prompt="Normal adult blood pressure is",
        max_tokens=FORCED_MAX_TOKENS,
        stream=True,
        stream_options={"include_usage": True},
        extra_body=FORCED,
    )
    chunks = list(stream)
    assert chunks[-1].usage is not None
    assert "".join(c.choices[0].text for c in chunks if c.choices) == ANSWER
    assert [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason] == ["stop"]


async def test_async_client_chat_and_stream(aclient: openai.AsyncOpenAI, gateway: LiveGateway) -> None:
    async def one(i: int) -> str:
        reply = await aclient.chat.completions.create(
            model=gateway.model,
            messages=[{"role": "user", "content": f"What are common side effects of drug number {i}?"}],
            max_tokens=FORCED_MAX_TOKENS,
            extra_body=FORCED,
        )
        return f"{reply.choices[0].finish_reason}: {reply.choices[0].message.content}"

    assert await asyncio.gather(*(one(i) for i in range(4))) == [f"stop: {ANSWER}"] * 4
    stream = await aclient.chat.completions.create(
        model=gateway.model,
        messages=[{"role": "user", "content": "How is asthma diagnosed?"}],
        max_tokens=FORCED_MAX_TOKENS,
        stream=True,
        extra_body=FORCED,
    )
    finishes = [c.choices[0].finish_reason async for c in stream if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]


def test_wrong_or_missing_key_is_401(gateway: LiveGateway) -> None:
    bad = openai.OpenAI(base_url=gateway.v1, api_key="not-a-key", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as err:
        bad.models.list()
    assert err.value.status_code == 401
    assert err.value.body["code"] == "invalid_api_key"
    for path, method in [
        ("/v1/models", "GET"),
        ("/v1/chat/completions", "POST"),
        ("/v1/completions", "POST"),
        ("/v1/moderations", "POST"),
    ]:
        response = httpx.request(method, gateway.base_url + path, json={})
        assert response.status_code == 401, path
        assert response.json()["error"]["type"] == "authentication_error"


def test_health_and_ready_need_no_key(gateway: LiveGateway) -> None:
    assert httpx.get(gateway.base_url + "/health").json() == {"status": "ok"}
    ready = httpx.get(gateway.base_url + "/ready", timeout=30)
    assert ready.status_code == 200 and ready.json() == {"ready": True}  # nothing more without a key
    detailed = httpx.get(gateway.base_url + "/ready", headers=gateway.headers(), timeout=30)
    assert detailed.json()["models"] == {gateway.model: True}


def _error(response: httpx.Response) -> dict:
    body = response.json()
    assert set(body) == {"error"}
    assert {"message", "type", "param", "code"} <= set(body["error"])
    return body["error"]


def test_malformed_json_is_400(gateway: LiveGateway) -> None:
    response = httpx.post(
        gateway.v1 + "/chat/completions",
        content=b'{"model": "x", "messages": [',
        headers={**gateway.headers(), "content-type": "application/json"},
    )
    assert response.status_code == 400
    assert _error(response)["code"] == "invalid_json"


def test_unknown_model_is_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "hi"}])
    assert err.value.body["code"] == "model_not_found"
    assert err.value.body["param"] == "model"


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"temperature": -1}, "temperature"),
        ({"top_p": 7}, "top_p"),
        ({"max_tokens": -3}, "max_tokens"),
        ({"max_tokens": 10**9}, "max_tokens"),
        ({"n": 1000}, "n"),
        ({"messages": []}, "messages"),
        ({"messages": "hello"}, "messages"),
    ],
)
def test_invalid_parameters_are_400(client: openai.OpenAI, gateway: LiveGateway, params: dict, param: str) -> None:
    kwargs = {
        "model": gateway.model,
        "messages": [{"role": "user", "content": "What is a normal resting heart rate?"}],
        "max_tokens": 4,
        **params,
    }
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(**kwargs)
    assert err.value.status_code == 400
    assert err.value.body["type"] == "invalid_request_error"
    assert param in (err.value.body["param"] or "") or param in err.value.body["message"]


def test_prompt_longer_than_context_is_400(client: openai.OpenAI, gateway: LiveGateway) -> None:
    long_prompt = "blood pressure normal " * 600  # far beyond the test model's 1024-token context
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(
            model=gateway.model, messages=[{"role": "user", "content": long_prompt}], max_tokens=4
        )
    assert err.value.body["code"] == "context_length_exceeded"
    with pytest.raises(openai.BadRequestError) as err:
        client.completions.create(model=gateway.model, prompt=long_prompt, max_tokens=4, stream=True)
    assert err.value.body["code"] == "context_length_exceeded"


def _engine_counter(gateway: LiveGateway, name: str, **labels: str) -> float:
    """Sum of one engine metric over every Ray metrics agent (vLLM metrics are exported through Ray)."""
    from prometheus_client.parser import text_string_to_metric_families

    total = 0.0
    for target in gateway.metrics_targets:
        text = httpx.get(f"http://{target}/metrics", timeout=10).text
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                    total += sample.value
    return total


def test_client_disconnect_aborts_the_engine_request(gateway: LiveGateway) -> None:
    """Closing a stream early stops generation: the engine produces far fewer tokens than were asked for.

    (vLLM 0.32 does not count aborts in ``request_success{finished_reason="abort"}``, so the
    generated-token counter is what shows it; unaborted, 900 tokens take ~3 s here.)
    """
    import time

    tokens = "ray_vllm_generation_tokens_total"  # vLLM's vllm:generation_tokens, as Ray exports it

    def settled(previous: float) -> float:
        deadline, last = time.monotonic() + 60, None
        while time.monotonic() < deadline:  # Ray exports every 10 s: wait until the counter stops moving
            value = _engine_counter(gateway, tokens)
            if last is not None and value == last and value != previous:
                return value
            last = value
            time.sleep(12)
        return _engine_counter(gateway, tokens)

    before = settled(previous=-1)
    body = {
        "model": gateway.model,
        "messages": [{"role": "user", "content": "Tell me about the history of medicine."}],
        "max_tokens": 900,
        "ignore_eos": True,
        "stream": True,
    }
    with httpx.stream("POST", gateway.v1 + "/chat/completions", json=body, headers=gateway.headers(), timeout=60) as r:
        assert r.status_code == 200
        for i, _ in enumerate(r.iter_lines()):
            if i >= 2:
                break  # leave with ~900 tokens still to generate
    generated = settled(previous=before) - before
    assert 0 < generated < 450, f"{generated} tokens were generated after the client left"
