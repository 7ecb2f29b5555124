"""The gateway's parts, built once per ingress replica; the small endpoints beside the request path; and the
bookkeeping every request ends with (metrics, limits released, one audit record)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from fastapi import Request

from medgate.audit import AuditUnavailable, AuditWriter, open_audit_writer
from medgate.guardrails import GuardPipeline, GuardPolicy, GuardVerdict
from medgate.serving.auth import ApiKeyAuth
from medgate.serving.config import Settings
from medgate.serving.engine_client import EngineClient
from medgate.serving.errors import OpenAIError
from medgate.serving.guard_engine import guard_models
from medgate.serving.limits import TenantLimiter
from medgate.serving.metrics import GatewayMetrics
from medgate.serving.moderations import moderation_response
from medgate.serving.openai_wire import Endpoint, JsonObject, read_json_body
from medgate.serving.rate_bank import BankClient
from medgate.serving.request import RequestRecord

logger = logging.getLogger("medgate.gateway")

MAX_MODERATION_INPUTS = 64
_HEALTH_TIMEOUT_S = 5
_MAX_CLIENT_ID = 128


def audit_unavailable(retry_after_s: int) -> OpenAIError:
    """The answer while the audit log cannot be written (block mode): nothing is served without its record."""
    return OpenAIError(
        503,
        "The audit log cannot be written right now, so no request is served; retry later.",
        code="audit_unavailable",
        type="service_unavailable_error",
        headers={"retry-after": str(retry_after_s)},
    )


def tenant_salt(key: bytes, tenant: str) -> str:
    """The tenant's prefix-cache salt: no tenant's cached prefixes (and their timing) serve another."""
    return hmac.new(key, tenant.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


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
    audit: AuditWriter
    metrics: GatewayMetrics
    salt_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    created: int = field(default_factory=lambda: int(time.time()))
    guard_engines: Mapping[str, EngineClient] = field(default_factory=dict)  # guard models: readiness only

    @classmethod
    def build(
        cls,
        settings: Settings,
        engines: Mapping[str, EngineClient],
        *,
        replica_id: str,
        bank: BankClient | None = None,
        guard_engines: Mapping[str, EngineClient] | None = None,
    ) -> Gateway:
        metrics = GatewayMetrics(tenants=settings.tenants, models=list(engines))
        salt_key = (
            settings.cache_salt_key.get_secret_value().encode("utf-8")
            if settings.cache_salt_key is not None
            else secrets.token_bytes(32)
        )
        guard_engines = guard_engines or {}
        models = guard_models(settings.guard_models, guard_engines, lambda tenant: tenant_salt(salt_key, tenant))
        return cls(
            settings=settings,
            engines=engines,
            auth=ApiKeyAuth(settings.api_keys),
            guards=GuardPipeline.from_policy(GuardPolicy.load(settings.guard_policy), guard_models=models),
            limiter=TenantLimiter(
                settings.limits,
                on_reject=lambda tenant, limit: metrics.rate_limited(tenant=tenant, limit=limit),
                bank=bank,
            ),
            audit=open_audit_writer(
                settings.audit,
                replica_id,
                on_write_failure=metrics.audit_write_failed,
                on_health_change=metrics.audit_health,
            ),
            metrics=metrics,
            salt_key=salt_key,
            guard_engines=guard_engines,
        )

    def close(self) -> None:
        self.metrics.close()
        self.audit.close()

    # -- the endpoints beside the request path -------------------------------------------------------------------
    async def readiness(self) -> tuple[bool, dict[str, bool]]:
        """Whether every engine (guard models included: without them every check fails closed) answers its
        health check, per model."""

        async def probe(engine: EngineClient) -> bool:
            try:
                await asyncio.wait_for(engine.check_health(), timeout=_HEALTH_TIMEOUT_S)
                return True
            except Exception:  # noqa: BLE001 - any failure means "not ready"
                return False

        engines = {**self.engines, **self.guard_engines}
        results = await asyncio.gather(*(probe(engine) for engine in engines.values()))
        return all(results), dict(zip(engines, results, strict=True))

    def model_card(self, model_id: str) -> JsonObject:
        if model_id not in self.engines:
            raise OpenAIError(404, f"The model '{model_id}' does not exist.", code="model_not_found", param="model")
        return {"id": model_id, "object": "model", "created": self.created, "owned_by": "medgate"}

    def model_list(self) -> JsonObject:
        return {"object": "list", "data": [self.model_card(name) for name in self.engines]}

    def cache_salt(self, tenant: str) -> str:
        """The tenant's prefix-cache salt (see ``tenant_salt``)."""
        return tenant_salt(self.salt_key, tenant)

    def new_record(self, endpoint: Endpoint, http: Request) -> RequestRecord:
        """A request's record with a server-made id; the client's own x-request-id is kept apart, capped."""
        client_id = http.headers.get("x-request-id")
        return RequestRecord(
            endpoint=endpoint,
            request_id=new_request_id(),
            client_request_id=client_id[:_MAX_CLIENT_ID] if client_id else None,
            client_host=http.client.host if http.client else "unknown",
        )

    def ensure_auditable(self) -> None:
        """In ``audit.on_failure: block`` mode nothing is served while the audit log cannot be written."""
        if self.audit.blocking and not self.audit.healthy:
            raise audit_unavailable(self.audit.retry_after_s)

    async def finish_quietly(self, record: RequestRecord) -> None:
        """``finish`` where nothing can be told to the client any more (a stream's end, a failure's answer)."""
        try:
            await self.finish(record)
        except AuditUnavailable:
            logger.error("audit record of %s lost: the audit log is unavailable", record.request_id)

    async def moderate(self, record: RequestRecord, http: Request) -> JsonObject:
        """``/v1/moderations``: the input guards' verdict on each text, in OpenAI's format; limited and audited."""
        self.ensure_auditable()
        record.tenant = self.auth.tenant_for(http.headers.get("authorization"))
        self.limiter.enter(record.tenant)
        record.entered = True
        body = await read_json_body(http, self.settings.limits.max_body_bytes)
        inputs = body.get("input")
        texts = [inputs] if isinstance(inputs, str) else inputs
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            raise OpenAIError(
                400, "'input' must be a string or a non-empty list of strings.", code="invalid_value", param="input"
            )
        strings = [str(text) for text in texts]
        limits = self.settings.limits
        if len(strings) > MAX_MODERATION_INPUTS:
            raise OpenAIError(
                400, f"'input' may hold at most {MAX_MODERATION_INPUTS} texts.", code="invalid_value", param="input"
            )
        if sum(map(len, strings)) > limits.max_moderation_chars:
            raise OpenAIError(
                400,
                f"'input' may hold at most {limits.max_moderation_chars} characters in all.",
                code="invalid_value",
                param="input",
            )
        record.admission = self.limiter.admit(
            record.tenant, max_tokens=1, n=1, prompt_texts=strings, prompt_param="input"
        )
        verdicts = [await self.guards.new_request(record.tenant).acheck_input([text]) for text in strings]
        record.input_verdict = GuardVerdict.merged(verdicts)
        self.count_verdict(record.input_verdict, "input")
        record.prompt_text = "\n".join(v.redacted_texts[0] for v in verdicts if v.redacted_texts)
        model = body.get("model")
        return moderation_response(strings, verdicts, model=model if isinstance(model, str) else "medgate-guard")

    # -- bookkeeping ------------------------------------------------------------------------------------------------
    def count_verdict(self, verdict: GuardVerdict, direction: str) -> None:
        metrics = self.metrics
        for stage in verdict.stages:
            metrics.guard_stage(stage=stage.name, direction=direction, latency_s=stage.latency_ms / 1000)
            for category in stage.categories or ["none"]:
                metrics.guard_decision(stage=stage.name, direction=direction, category=category, action=stage.decision)
            if stage.error is not None:
                metrics.fail_closed(stage=stage.name)
        if verdict.phi_counts:
            metrics.phi_redacted(verdict.phi_counts)

    async def finish(self, record: RequestRecord) -> None:
        """Write the audit record and the request metrics, and release its limits, exactly once per request.

        Failed authentications are aggregated (one record per source and interval), not written one by one.
        Raises ``AuditUnavailable`` in block mode when the record could not be made durable.
        """
        if record.finished:
            return
        record.finished = True
        e2e = time.perf_counter() - record.started
        ttft = (record.first_token_at - record.started) if record.first_token_at else None
        itl = [b - a for a, b in zip(record.token_times, record.token_times[1:], strict=False)]
        metrics = self.metrics
        if not record.counted:  # rejected before it reached a model: count it, keeping the gauge balanced
            metrics.request_started(model=record.model, tenant=record.tenant)
        metrics.request_finished(
            model=record.model,
            tenant=record.tenant,
            endpoint=record.endpoint,
            status=record.status,
            e2e_s=e2e,
            ttft_s=ttft,
            itl_s=itl,
            prompt_tokens=record.prompt_tokens,
            completion_tokens=record.completion_tokens,
            stream=record.stream,
        )
        if record.entered:
            self.limiter.leave(record.tenant)
        if record.admission is not None:
            self.limiter.settle(record.admission, record.charged_tokens())
        outcome = record.outcome()
        if outcome.review_required:
            metrics.review_flagged(model=record.model, reason=(outcome.review_reasons or ["unspecified"])[0])
        if record.status == 401:
            self.audit.record_auth_failure(record.client_host, record.error_code or "invalid_api_key")
            return
        try:
            await self.audit.write(record.audit_record(self.audit.hash_text, e2e_s=e2e, ttft_s=ttft))
        except AuditUnavailable:
            raise
        except Exception:  # noqa: BLE001 - an unwritable record must not crash the replica; counted and logged
            logger.exception("audit record of %s could not be built", record.request_id)
            metrics.audit_write_failed(1)
