"""Generated requests (schemathesis, from the gateway's /openapi.json): no 5xx, and every error is OpenAI-shaped."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

MAX_EXAMPLES = 50  # per operation; the schema has about ten operations


@pytest.fixture(scope="module")
def gateway_schema(gateway: Any) -> Any:
    return schemathesis.openapi.from_url(f"{gateway.base_url}/openapi.json")


schema = schemathesis.pytest.from_fixture("gateway_schema")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_generated_requests(case: Any, gateway: Any) -> None:
    response = case.call(headers=gateway.headers(), timeout=60)
    if case.path == "/ready":  # 503 is its answer while an engine is not ready
        assert response.status_code in (200, 503)
        return
    case.validate_response(response, checks=[not_a_server_error])
    if response.status_code >= 400:
        error = response.json().get("error")
        assert isinstance(error, dict) and error.get("message") and error.get("type"), response.text[:300]
