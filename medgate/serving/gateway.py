"""The gateway's parts, built once per ingress replica, and the small endpoints beside the request path."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from medgate.audit import AuditLog
from medgate.guardrails import GuardPipeline, GuardPolicy
from medgate.serving.audit_records import audit_log_for_replica
from medgate.serving.auth import ApiKeyAuth
from medgate.serving.config import Settings
from medgate.serving.engine_client import EngineClient
from medgate.serving.errors import OpenAIError
from medgate.serving.limits import TenantLimiter
from medgate.serving.metrics import GatewayMetrics
from medgate.serving.moderations import moderation_response
from medgate.serving.openai_wire import JsonObject

MAX_MODERATION_INPUTS = 64
_HEALTH_TIMEOUT_S = 5


def new_request_id() -> str:
    return f"req-{uuid.uuid4().hex}"


@dataclass
class Gateway:
    """Everything the request path needs: auth, limits, guards, engines, audit and metrics."""

    settings: Settings
    engines: Mapping[str, EngineClient]
    auth: ApiKeyAuth
    guards: GuardPipeline
    limiter: TenantLimiter
    audit: AuditLog
    metrics: GatewayMetrics
    request_id: Callable[[], str] = new_request_id
    created: int = field(default_factory=lambda: int(time.time()))

    @classmethod
    def build(
        cls,
        settings: Settings,
        engines: Mapping[str, EngineClient],
        *,
        replica_id: str,
        request_id: Callable[[], str] = new_request_id,
    ) -> Gateway:
        metrics = GatewayMetrics(tenants=settings.tenants, models=list(engines))
        return cls(
            settings=settings,
            engines=engines,
            auth=ApiKeyAuth(settings.api_keys),
            guards=GuardPipeline.from_policy(GuardPolicy.load(settings.guard_policy)),
            limiter=TenantLimiter(
                settings.limits, on_reject=lambda tenant, limit: metrics.rate_limited(tenant=tenant, limit=limit)
            ),
            audit=audit_log_for_replica(settings.audit, replica_id),
            metrics=metrics,
            request_id=request_id,
        )

    def close(self) -> None:
        self.metrics.close()
        self.audit.close()

    # -- the endpoints beside the request path -------------------------------------------------------------------
    async def readiness(self) -> tuple[bool, dict[str, bool]]:
        """Whether every engine answers its health check, per model."""

        async def probe(engine: EngineClient) -> bool:
            try:
                await asyncio.wait_for(engine.check_health(), timeout=_HEALTH_TIMEOUT_S)
                return True
            except Exception:  # noqa: BLE001 - any failure means "not ready"
                return False

        results = await asyncio.gather(*(probe(engine) for engine in self.engines.values()))
        return all(results), dict(zip(self.engines, results, strict=True))

    def model_card(self, model_id: str) -> JsonObject:
        if model_id not in self.engines:
            raise OpenAIError(404, f"The model '{model_id}' does not exist.", code="model_not_found", param="model")
        return {"id": model_id, "object": "model", "created": self.created, "owned_by": "medgate"}

    def model_list(self) -> JsonObject:
        return {"object": "list", "data": [self.model_card(name) for name in self.engines]}

    async def moderate(self, tenant: str, body: JsonObject) -> JsonObject:
        """``/v1/moderations``: the input guards' verdict on each text, in OpenAI's format."""
        inputs = body.get("input")
        texts = [inputs] if isinstance(inputs, str) else inputs
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            raise OpenAIError(
                400, "'input' must be a string or a non-empty list of strings.", code="invalid_value", param="input"
            )
        if len(texts) > MAX_MODERATION_INPUTS:
            raise OpenAIError(
                400, f"'input' may hold at most {MAX_MODERATION_INPUTS} texts.", code="invalid_value", param="input"
            )
        strings: list[str] = [str(text) for text in texts]
        verdicts = [await self.guards.new_request(tenant).acheck_input([text]) for text in strings]
        return moderation_response(strings, verdicts, model=str(body.get("model") or "medgate-guard"))
