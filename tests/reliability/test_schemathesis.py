"""Generated requests (schemathesis, from the gateway's /openapi.json): no 5xx, and every error is OpenAI-shaped.

Valid (positive) and invalid (negative) cases for every operation, driven by Hypothesis directly:
schemathesis' pytest plugin does not work with pytest 9 (it reads ``Function._nodeid``).
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode

MAX_EXAMPLES = 25  # per operation and mode: about 400 cases for the gateway's operations


@pytest.fixture(scope="module")
def operations(gateway: Any) -> list[Any]:
    schema = schemathesis.openapi.from_url(f"{gateway.base_url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def _check(case: Any, headers: dict[str, str]) -> None:
    response = case.call(headers=headers, timeout=60)
    if case.path == "/ready":  # 503 is its answer while an engine is not ready
        assert response.status_code in (200, 503)
        return
    case.validate_response(response, checks=[not_a_server_error])
    if response.status_code >= 400:
        error = response.json().get("error")
        assert isinstance(error, dict) and error.get("message") and error.get("type"), response.text[:300]


@pytest.mark.parametrize("mode", list(GenerationMode), ids=lambda mode: mode.value)
def test_generated_requests(operations: list[Any], gateway: Any, mode: GenerationMode) -> None:
    assert len(operations) >= 5, [op.label for op in operations]
    sent: list[str] = []
    for operation in operations:
        try:
            _drive(operation, mode, gateway.headers(), sent)
        except Unsatisfiable:  # nothing can be invalid about an operation without parameters (GET /health)
            assert mode is GenerationMode.NEGATIVE, operation.label
    operations_hit = 4 if mode is GenerationMode.POSITIVE else 2  # invalid inputs exist for the POST bodies
    assert len(set(sent)) >= operations_hit and len(sent) >= 50, (len(sent), sorted(set(sent)))


def _drive(operation: Any, mode: GenerationMode, headers: dict[str, str], sent: list[str]) -> None:
    """Send Hypothesis' cases for one operation, recording its label once per case."""

    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: Any) -> None:
        sent.append(operation.label)
        _check(case, headers)

    check()
