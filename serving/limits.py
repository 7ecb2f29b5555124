"""Per-request caps on what a client may ask of an engine."""

from __future__ import annotations

from typing import Any

from medgate.serving.config import LimitsConfig
from medgate.serving.errors import OpenAIError


class TenantLimiter:
    """Rejects requests beyond the configured caps before they reach the guards or an engine."""

    def __init__(self, limits: LimitsConfig) -> None:
        self.limits = limits

    def check_request(self, tenant: str, body: dict[str, Any]) -> None:
        for param in ("max_tokens", "max_completion_tokens"):
            value = body.get(param)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise OpenAIError(400, f"'{param}' must be a positive integer.", code="invalid_value", param=param)
            if value > self.limits.max_tokens_cap:
                raise OpenAIError(400, f"'{param}' may be at most {self.limits.max_tokens_cap}.",
                                  code="invalid_value", param=param)
        n = body.get("n")
        if n is not None and (isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= self.limits.max_n):
            raise OpenAIError(400, f"'n' must be an integer from 1 to {self.limits.max_n}.", code="invalid_value", param="n")
