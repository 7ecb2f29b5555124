"""TenantLimiter: caps, per-tenant request and token rates, OpenAI's rate-limit headers (no server needed)."""

from __future__ import annotations

import pytest

from medgate.serving.config import LimitsConfig, RateLimits
from medgate.serving.errors import OpenAIError
from medgate.serving.limits import TenantLimiter, estimate_tokens, format_duration


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def limiter(rejections: list[tuple[str, str]] | None = None, **limits: object) -> tuple[TenantLimiter, Clock]:
    clock = Clock()
    on_reject = (lambda tenant, kind: rejections.append((tenant, kind))) if rejections is not None else None
    return TenantLimiter(LimitsConfig(**limits), on_reject=on_reject, clock=clock), clock


BODY = {"max_tokens": 10, "n": 1, "prompt_param": "messages"}


def test_requests_per_minute_rejects_with_openai_headers_and_refills() -> None:
    rejections: list[tuple[str, str]] = []
    lim, clock = limiter(rejections, rates=RateLimits(requests_per_minute=3))
    remaining = [
        lim.admit("a", **BODY, prompt_texts=["hi"]).headers["x-ratelimit-remaining-requests"] for _ in range(3)
    ]
    assert remaining == ["2", "1", "0"]
    with pytest.raises(OpenAIError) as caught:
        lim.admit("a", **BODY, prompt_texts=["hi"])
    error = caught.value
    assert error.status == 429 and error.code == "rate_limit_exceeded" and error.type == "rate_limit_error"
    assert error.headers["retry-after"] == "20"  # one request refills in 60/3 s
    assert error.headers["x-ratelimit-limit-requests"] == "3"
    assert error.headers["x-ratelimit-remaining-requests"] == "0"
    assert error.headers["x-ratelimit-reset-requests"] == "1m0s"
    assert rejections == [("a", "rpm")]
    lim.admit("b", **BODY, prompt_texts=["hi"])  # other tenants have their own buckets
    clock.now += 20
    assert lim.admit("a", **BODY, prompt_texts=["hi"]).headers["x-ratelimit-remaining-requests"] == "0"


def test_tokens_per_minute_reserves_estimate_and_settles_on_usage() -> None:
    rejections: list[tuple[str, str]] = []
    lim, clock = limiter(rejections, rates=RateLimits(tokens_per_minute=100))
    body = {**BODY, "max_tokens": 40}
    first = lim.admit("a", **body, prompt_texts=["hi"])  # 1 prompt token (estimate) + 40
    assert first.reserved_tokens == 41 and first.headers["x-ratelimit-remaining-tokens"] == "59"
    second = lim.admit("a", **body, prompt_texts=["hi"])
    with pytest.raises(OpenAIError) as caught:
        lim.admit("a", **body, prompt_texts=["hi"])
    assert caught.value.status == 429 and rejections == [("a", "tpm")]
    lim.settle(first, used_tokens=5)  # the answer was short: 36 tokens come back
    lim.settle(first, used_tokens=5)  # settling twice changes nothing
    third = lim.admit("a", **body, prompt_texts=["hi"])
    assert third.headers["x-ratelimit-remaining-tokens"] == "13"  # 100 - 5 - 41 - 41
    lim.settle(second, used_tokens=60)  # used more than reserved: the 19 extra tokens are taken (level -6)
    small = {**body, "max_tokens": 1}
    with pytest.raises(OpenAIError):
        lim.admit("a", **small, prompt_texts=["hi"])
    clock.now += 6  # refills 10 tokens
    assert lim.admit("a", **small, prompt_texts=["hi"]).headers["x-ratelimit-remaining-tokens"] == "2"


def test_request_larger_than_the_token_rate_is_refused_for_good() -> None:
    lim, _ = limiter(rates=RateLimits(tokens_per_minute=50))
    with pytest.raises(OpenAIError) as caught:
        lim.admit("a", **{**BODY, "max_tokens": 100}, prompt_texts=["hi"])
    assert caught.value.status == 429 and "too large" in caught.value.message


def test_tenant_override_and_no_headers_when_unlimited() -> None:
    lim, _ = limiter(rates=RateLimits(requests_per_minute=1), tenants={"vip": RateLimits()})
    assert lim.admit("vip", **BODY, prompt_texts=["hi"]).headers == {}
    assert lim.admit("vip", **BODY, prompt_texts=["hi"]).headers == {}
    lim.admit("a", **BODY, prompt_texts=["hi"])
    with pytest.raises(OpenAIError):
        lim.admit("a", **BODY, prompt_texts=["hi"])


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"max_tokens": 0}, "max_tokens"),
        ({"max_tokens": -5}, "max_tokens"),
        ({"max_tokens": 10**9}, "max_tokens"),
        ({"max_tokens": 5000, "max_tokens_param": "max_completion_tokens"}, "max_completion_tokens"),
        ({"n": 1000}, "n"),
        ({"n": 0}, "n"),
    ],
)
def test_caps_give_400_naming_the_parameter(body: dict, param: str) -> None:
    lim, _ = limiter()
    with pytest.raises(OpenAIError) as caught:
        lim.admit("a", **{**BODY, "max_tokens": None, **body}, prompt_texts=["hi"])
    assert caught.value.status == 400 and caught.value.param == param


def test_prompt_token_cap_uses_the_estimate() -> None:
    lim, _ = limiter(max_prompt_tokens=10)
    lim.admit("a", **BODY, prompt_texts=["x" * 40])  # 10 tokens
    with pytest.raises(OpenAIError) as caught:
        lim.admit("a", **BODY, prompt_texts=["x" * 40, "头痛"])
    assert caught.value.status == 400 and caught.value.code == "context_length_exceeded"


def test_estimate_and_duration_format() -> None:
    assert estimate_tokens("abcd" * 10) == 10
    assert estimate_tokens("头痛三天") == 4
    assert [format_duration(s) for s in (0.02, 1.5, 59.99, 360)] == ["20ms", "1.5s", "60s", "6m0s"]
