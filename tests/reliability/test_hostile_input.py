"""Hostile input against the running gateway: no 5xx, no hang, an OpenAI-shaped error every time.

Hand-written cases here; generated ones (schemathesis, from /openapi.json) in test_schemathesis.py.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

CHAT = "/v1/chat/completions"
TIMEOUT = httpx.Timeout(120, connect=10)


def _valid(model_name: str, **extra: Any) -> dict[str, Any]:
    return {
        "model": model_name,
        "messages": [{"role": "user", "content": "What is a normal heart rate?"}],
        "max_tokens": 8,
        **extra,
    }


def _nested(depth: int) -> bytes:
    return b'{"model": "medgate-tiny", "messages": ' + b"[" * depth + b"]" * depth + b"}"


def _assert_openai_error(response: httpx.Response, status: int | tuple[int, ...]) -> dict[str, Any]:
    allowed = status if isinstance(status, tuple) else (status,)
    assert response.status_code in allowed, (response.status_code, response.text[:300])
    if response.status_code < 400:
        return {}
    error = response.json()["error"]
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["type"], str) and "code" in error and "param" in error
    return error


# (name, raw body bytes or JSON-able object, content type, expected status(es), expected error code or None)
CASES: list[tuple[str, Any, str, int | tuple[int, ...], str | None]] = [
    (
        "invalid utf-8",
        b'{"model": "medgate-tiny", "messages": [{"role": "user", "content": "\xff\xfe\xfa"}]}',
        "application/json",
        400,
        "invalid_encoding",
    ),
    ("truncated json", b'{"model": "medgate-tiny", "messages": [{"role": "us', "application/json", 400, "invalid_json"),
    ("deeply nested json", _nested(100_000), "application/json", 400, "invalid_json"),
    ("nested but parseable", _nested(500), "application/json", 400, None),
    ("top-level array", b"[1, 2, 3]", "application/json", 400, "invalid_json"),
    ("null body", b"null", "application/json", 400, "invalid_json"),
    ("empty body", b"", "application/json", 400, "invalid_json"),
    ("messages is a string", {"model": "medgate-tiny", "messages": "hi"}, "application/json", 400, None),
    (
        "model is a number",
        {"model": 5, "messages": [{"role": "user", "content": "hi"}]},
        "application/json",
        400,
        "missing_model",
    ),
    (
        "content is a number",
        {"model": "medgate-tiny", "messages": [{"role": "user", "content": 5}]},
        "application/json",
        400,
        None,
    ),
    ("message is a list", {"model": "medgate-tiny", "messages": [["user", "hi"]]}, "application/json", 400, None),
    (
        "unknown role",
        {"model": "medgate-tiny", "messages": [{"role": "robot", "content": "hi"}], "max_tokens": 4},
        "application/json",
        (200, 400),
        None,
    ),  # vLLM accepts custom roles
    ("empty message list", {"model": "medgate-tiny", "messages": []}, "application/json", 400, None),
    ("negative max_tokens", {"max_tokens": -1}, "application/json", 400, "invalid_value"),
    ("zero max_tokens", {"max_tokens": 0}, "application/json", 400, "invalid_value"),
    ("huge max_tokens", {"max_tokens": 10**12}, "application/json", 400, "invalid_value"),
    ("string max_tokens", {"max_tokens": "8"}, "application/json", 400, "invalid_value"),
    ("n = 1000", {"n": 1000}, "application/json", 400, "invalid_value"),
    ("temperature as text", {"temperature": "hot"}, "application/json", 400, None),
    ("negative temperature", {"temperature": -3}, "application/json", 400, None),
    ("stream is an object", {"stream": {"yes": True}}, "application/json", 400, None),
    ("unknown model", {"model": "gpt-9"}, "application/json", 404, "model_not_found"),
    ("text/plain", b'{"model": "medgate-tiny"}', "text/plain", 415, "unsupported_media_type"),
    ("form data", b"model=medgate-tiny", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ("body over the size limit", {"pad": "x" * (3 * 1024 * 1024)}, "application/json", 413, "request_too_large"),
]


@pytest.mark.parametrize(("name", "body", "content_type", "status", "code"), CASES, ids=[c[0] for c in CASES])
def test_bad_request_gets_a_clean_openai_error(
    gateway: Any, name: str, body: Any, content_type: str, status: int | tuple[int, ...], code: str | None
) -> None:
    if isinstance(body, dict) and "messages" not in body:  # a change to an otherwise valid request
        body = _valid(gateway.model, **body)
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {**gateway.headers(), "Content-Type": content_type}
    response = httpx.post(gateway.base_url + CHAT, content=raw, headers=headers, timeout=TIMEOUT)
    error = _assert_openai_error(response, status)
    if code is not None:
        assert error.get("code") == code, error


def test_one_megabyte_message_is_answered_without_a_server_error(gateway: Any) -> None:
    body = _valid(gateway.model)
    body["messages"][0]["content"] = "Patient reports headache. " * 40_000  # ~1 MB
    response = httpx.post(gateway.v1 + "/chat/completions", json=body, headers=gateway.headers(), timeout=TIMEOUT)
    _assert_openai_error(response, 400)  # blocked by a guard or longer than the model's context


def test_unknown_fields_do_not_break_the_request(gateway: Any) -> None:
    response = httpx.post(
        gateway.v1 + "/chat/completions",
        json=_valid(gateway.model, medgate_debug=True, foo=[1, 2]),
        headers=gateway.headers(),
        timeout=TIMEOUT,
    )
    assert response.status_code < 500, response.text[:300]
    if response.status_code != 200:
        _assert_openai_error(response, response.status_code)


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", CHAT, 405),
        ("PUT", "/v1/completions", 405),
        ("POST", "/v1/nothing-here", 404),
        ("GET", "/v2/models", 404),
    ],
)
def test_wrong_routes_and_methods(gateway: Any, method: str, path: str, status: int) -> None:
    response = httpx.request(method, gateway.base_url + path, headers=gateway.headers(), timeout=TIMEOUT)
    _assert_openai_error(response, status)


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-key", "Basic dXNlcjpwYXNz", "Bearer", "\u00e9\u00e9"])
def test_bad_credentials_get_401(gateway: Any, authorization: str | None) -> None:
    headers = {"Authorization": authorization.encode("utf-8")} if authorization else {}
    response = httpx.post(
        gateway.v1 + "/chat/completions", json=_valid(gateway.model), headers=headers, timeout=TIMEOUT
    )
    _assert_openai_error(response, 401)
