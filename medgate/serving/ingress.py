"""The gateway's ingress deployment: the OpenAI API in front of the engine deployments.

Every completion request takes one path, read top to bottom in
:meth:`Gateway._complete`: auth -> limits -> input guards -> engine -> output
guards (per stream window) -> audit record and metrics. The engines are Ray
Serve LLM ``LLMServer`` deployments (vLLM); this deployment holds one Serve
handle per model name.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import ValidationError
from ray import serve
from ray.serve.exceptions import BackPressureError
from ray.serve.handle import DeploymentHandle
from ray.serve.llm.openai_api_models import ChatCompletionRequest, CompletionRequest

from medgate.audit.log import AuditLog
from medgate.guardrails import GuardPipeline, GuardPolicy, GuardVerdict
from medgate.serving.audit_records import audit_log_for_replica, build_record
from medgate.serving.auth import ApiKeyAuth
from medgate.serving.config import Settings
from medgate.serving.errors import OpenAIError, from_engine_error, from_validation_errors
from medgate.serving.limits import Admission, TenantLimiter, overload_error
from medgate.serving.messages import TextSlots
from medgate.serving.metrics import GatewayMetrics
from medgate.serving.moderations import moderation_response

logger = logging.getLogger("medgate.gateway")

app = FastAPI(title="medgate", version="0.1.0", description="OpenAI-compatible gateway with medical safety guards.")

_REVIEW_HEADER = "x-medgate-review-required"
_MAX_MODERATION_INPUTS = 64
_MAX_CHARS_PER_TOKEN = 32  # no tokenizer packs more characters than this into a token on real text


@app.exception_handler(OpenAIError)
async def _openai_error(_: Request, exc: OpenAIError) -> JSONResponse:
    return exc.response()


@app.exception_handler(RequestValidationError)
async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    return from_validation_errors(list(exc.errors())).response()


@app.exception_handler(404)
async def _not_found(request: Request, _: Exception) -> JSONResponse:
    return OpenAIError(404, f"Unknown route {request.method} {request.url.path}.", code="unknown_route").response()


@app.exception_handler(405)
async def _method_not_allowed(request: Request, _: Exception) -> JSONResponse:
    return OpenAIError(
        405,
        f"Method {request.method} is not allowed on {request.url.path}.",
        code="method_not_allowed",
        type="invalid_request_error",
    ).response()


def _body_schema(model: type) -> dict[str, Any]:
    """Publish the request model in the OpenAPI document (the body is parsed by hand for precise errors)."""
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "title": model.__name__,
                        "required": ["model"],
                        "properties": {
                            "model": {"type": "string"},
                            "stream": {"type": "boolean"},
                            "max_tokens": {"type": "integer"},
                            "temperature": {"type": "number"},
                        },
                    }
                }
            },
        }
    }


@dataclass
class Call:
    """What the gateway knows about one request while it runs; becomes the audit record."""

    endpoint: str
    tenant: str = "-"
    model: str = "-"
    stream: bool = False
    request_id: str = field(default_factory=lambda: _serve_request_id() or f"req-{uuid.uuid4().hex}")
    started: float = field(default_factory=time.perf_counter)
    status: int = 200
    error_code: str | None = None
    prompt_text: str = ""
    answer_text: str = ""
    input_verdict: GuardVerdict | None = None
    output_verdicts: list[GuardVerdict] = field(default_factory=list)
    first_token_at: float | None = None
    token_times: list[float] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reasons: list[str] = field(default_factory=list)
    finished: bool = False
    ongoing: bool = False  # counted in the ongoing-requests gauge
    admission: Admission | None = None  # rate-limit reservation and headers

    def mark_released(self) -> None:
        now = time.perf_counter()
        if self.first_token_at is None:
            self.first_token_at = now
        self.token_times.append(now)

    @property
    def rate_headers(self) -> dict[str, str]:
        return self.admission.headers if self.admission is not None else {}

    @property
    def review_required(self) -> bool:
        verdicts = [self.input_verdict, *self.output_verdicts]
        return any(v is not None and v.review_required for v in verdicts)

    @property
    def review_reasons(self) -> list[str]:
        reasons: list[str] = []
        for verdict in [self.input_verdict, *self.output_verdicts]:
            if verdict is not None and verdict.review_required:
                reasons += [r for r in verdict.reasons if r not in reasons]
        return reasons


class Gateway:
    """Ingress replica: authenticates, guards, routes to an engine, audits.

    Deployed as ``serve.ingress(app)(Gateway)`` (see builder.py), so this class stays
    importable by name and Ray pickles it by reference.
    """

    def __init__(self, settings: Settings, engines: dict[str, DeploymentHandle]) -> None:
        self.settings = settings
        self.auth = ApiKeyAuth(settings.api_keys)
        self.engines = {name: handle.options(stream=True) for name, handle in engines.items()}
        self.health_handles = engines
        self.context_tokens = {m.name: m.max_model_len for m in settings.models}
        self.guards = GuardPipeline.from_policy(GuardPolicy.load(settings.guard_policy))
        self.audit: AuditLog = audit_log_for_replica(settings.audit, serve.get_replica_context().replica_id.unique_id)
        self.metrics = GatewayMetrics(tenants=settings.tenants, models=list(engines))
        self.limiter = TenantLimiter(
            settings.limits, on_reject=lambda tenant, limit: self.metrics.rate_limited(tenant=tenant, limit=limit)
        )
        self.created = int(time.time())

    # -- probes -------------------------------------------------------------------------------------------------
    @app.get("/health")
    async def health(self) -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready")
    async def ready(self) -> JSONResponse:
        async def probe(handle: DeploymentHandle) -> bool:
            try:
                await asyncio.wait_for(handle.check_health.remote(), timeout=5)
                return True
            except Exception:  # noqa: BLE001 - any failure means "not ready"
                return False

        results = await asyncio.gather(*(probe(h) for h in self.health_handles.values()))
        models = dict(zip(self.health_handles, results, strict=True))
        return JSONResponse({"ready": all(results), "models": models}, status_code=200 if all(results) else 503)

    # -- OpenAI API ---------------------------------------------------------------------------------------------
    @app.get("/v1/models")
    async def models(self, request: Request) -> dict[str, Any]:
        self.auth.tenant_for(request.headers.get("authorization"))
        data = [
            {"id": name, "object": "model", "created": self.created, "owned_by": "medgate"} for name in self.engines
        ]
        return {"object": "list", "data": data}

    @app.get("/v1/models/{model_id:path}")
    async def model(self, model_id: str, request: Request) -> dict[str, Any]:
        self.auth.tenant_for(request.headers.get("authorization"))
        if model_id not in self.engines:
            raise OpenAIError(404, f"The model '{model_id}' does not exist.", code="model_not_found", param="model")
        return {"id": model_id, "object": "model", "created": self.created, "owned_by": "medgate"}

    @app.post("/v1/chat/completions", openapi_extra=_body_schema(ChatCompletionRequest))
    async def chat_completions(self, request: Request) -> Response:
        return await self._complete(request, Call(endpoint="chat"))

    @app.post("/v1/completions", openapi_extra=_body_schema(CompletionRequest))
    async def completions(self, request: Request) -> Response:
        return await self._complete(request, Call(endpoint="completions"))

    @app.post("/v1/moderations")
    async def moderations(self, request: Request) -> JSONResponse:
        tenant = self.auth.tenant_for(request.headers.get("authorization"))
        body = await self._json_body(request)
        inputs = body.get("input")
        texts = [inputs] if isinstance(inputs, str) else inputs
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            raise OpenAIError(
                400, "'input' must be a string or a non-empty list of strings.", code="invalid_value", param="input"
            )
        if len(texts) > _MAX_MODERATION_INPUTS:
            raise OpenAIError(
                400, f"'input' may hold at most {_MAX_MODERATION_INPUTS} texts.", code="invalid_value", param="input"
            )
        verdicts = [await self.guards.new_request(tenant).acheck_input([text]) for text in texts]
        return JSONResponse(moderation_response(texts, verdicts, model=str(body.get("model") or "medgate-guard")))

    # -- the request path ---------------------------------------------------------------------------------------
    async def _complete(self, request: Request, call: Call) -> Response:
        try:
            call.tenant = self.auth.tenant_for(request.headers.get("authorization"))
            body = await self._json_body(request)
            call.model = self._model_name(body)
            call.stream = bool(body.get("stream"))
            self.metrics.request_started(model=call.model, tenant=call.tenant)
            call.ongoing = True

            guard = self.guards.new_request(call.tenant)
            texts = TextSlots.from_chat(body) if call.endpoint == "chat" else TextSlots.from_completion(body)
            call.admission = self.limiter.admit(call.tenant, body, texts.values())
            self._check_context(call.model, texts.values())
            call.prompt_text = "\n".join(texts.values())
            verdict = await guard.acheck_input(texts.values())
            call.input_verdict = verdict
            self._record_guard(verdict, "input")
            if verdict.blocked:
                raise _blocked_error(verdict)
            texts.replace(verdict.redacted_texts)

            engine_request = self._engine_request(call, body)
            engine = self.engines[call.model]
            stream = getattr(engine, "chat" if call.endpoint == "chat" else "completions").remote(engine_request, None)
            if call.stream:
                first = _check_engine_item(await _first_item(stream))  # errors before the stream starts are plain 4xx
                return StreamingResponse(
                    self._stream(call, guard, first, stream, include_usage=_wants_usage(body)),
                    media_type="text/event-stream",
                    headers=call.rate_headers,
                )
            return await self._respond(call, guard, stream)
        except Exception as exc:  # noqa: BLE001 - every failure leaves as an OpenAI-shaped error
            if isinstance(exc, BackPressureError):  # the engine deployment's Serve queue is full
                self.metrics.rate_limited(tenant=call.tenant, limit="queue")
                exc = overload_error(self.settings.limits.retry_after_s)
            error = exc if isinstance(exc, OpenAIError) else _unexpected(call, exc)
            call.status, call.error_code = error.status, error.code
            self._finish(call)
            return error.response()

    async def _respond(self, call: Call, guard: Any, stream: Any) -> JSONResponse:
        """Non-streamed answer: check every choice, then release it whole."""
        try:
            async with asyncio.timeout(self.settings.limits.request_timeout_s):
                response = _check_engine_item(await _first_item(stream))
            body = response.model_dump(mode="json", exclude_none=False)
            for choice in body["choices"]:
                text = _choice_text(call.endpoint, choice) or ""
                verdict = await guard.acheck_output(text)
                call.output_verdicts.append(verdict)
                self._record_guard(verdict, "output")
                if verdict.blocked:
                    _set_choice_text(call.endpoint, choice, "")
                    choice["finish_reason"] = "content_filter"
                else:
                    _set_choice_text(call.endpoint, choice, verdict.redacted_texts[0])
                call.answer_text += _choice_text(call.endpoint, choice) or ""
                call.finish_reasons.append(choice["finish_reason"])
            call.mark_released()
            usage = body.get("usage") or {}
            call.prompt_tokens, call.completion_tokens = (
                usage.get("prompt_tokens", 0),
                usage.get("completion_tokens", 0),
            )
            body["medgate"] = self._summary(call)
            headers = {_REVIEW_HEADER: str(call.review_required).lower(), **call.rate_headers}
            if call.review_required:
                headers["x-medgate-review-reasons"] = ",".join(call.review_reasons)[:512]
        except TimeoutError:
            raise OpenAIError(504, "The engine did not answer in time.", code="timeout") from None
        self._finish(call)  # failures are finished by _complete, with their status
        return JSONResponse(body, headers=headers)

    async def _stream(
        self, call: Call, guard: Any, first: Any, stream: Any, *, include_usage: bool
    ) -> AsyncIterator[str]:
        """Streamed answer: each choice's text passes its own StreamGuard before any of it is sent."""
        stream_guards: dict[int, Any] = {}
        closed: set[int] = set()
        try:
            async for item in _chain(first, stream):
                for packet in item if isinstance(item, list) else [item]:
                    chunk = _parse_packet(packet)
                    if chunk is None:
                        continue
                    if chunk.get("usage"):
                        call.prompt_tokens = chunk["usage"].get("prompt_tokens", 0)
                        call.completion_tokens = chunk["usage"].get("completion_tokens", 0)
                    choices = []
                    for choice in chunk.get("choices") or []:
                        index = choice.get("index", 0)
                        if index in closed:
                            continue
                        sg = stream_guards.setdefault(index, guard.stream())
                        released = sg.feed(_choice_text(call.endpoint, choice) or "")
                        if choice.get("finish_reason"):
                            released += sg.finish()
                        verdict = sg.verdict
                        if verdict.blocked:
                            closed.add(index)
                            choice["finish_reason"] = "content_filter"
                            choice["medgate"] = {
                                "blocked": True,
                                "categories": _true_keys(verdict.categories),
                                "reasons": verdict.reasons,
                            }
                            released = ""
                        _set_choice_text(call.endpoint, choice, released)
                        if released:
                            call.answer_text += released
                            call.mark_released()
                        if choice.get("finish_reason"):
                            closed.add(index)
                            call.finish_reasons.append(choice["finish_reason"])
                            call.output_verdicts.append(verdict)
                            self._record_guard(verdict, "output")
                            chunk["medgate"] = self._summary(call)
                        if (
                            released
                            or choice.get("finish_reason")
                            or (call.endpoint == "chat" and choice["delta"].get("role"))
                        ):
                            choices.append(choice)
                    if chunk.get("usage") and not chunk.get("choices"):
                        if include_usage:
                            chunk["medgate"] = self._summary(call)
                            yield _sse(chunk)
                        continue
                    if choices:
                        chunk["choices"] = choices
                        chunk.pop("usage", None)
                        yield _sse(chunk)
                if stream_guards and len(closed) == len(stream_guards) and all(v.blocked for v in call.output_verdicts):
                    break  # every choice was stopped by the guard: cancel the engine request
            self._finish(call)  # audit record first: a client that saw [DONE] has its record even if we crash now
            yield "data: [DONE]\n\n"
        except asyncio.CancelledError:
            call.status, call.error_code = 499, "client_closed_request"  # the engine request is cancelled with us
            raise
        except OpenAIError as exc:
            call.status, call.error_code = exc.status, exc.code
            yield _sse(exc.body())
            yield "data: [DONE]\n\n"
        except Exception:  # noqa: BLE001 - a dead replica must end the stream with an error, never hang it
            logger.exception("stream %s failed", call.request_id)
            call.status, call.error_code = 502, "engine_failed"
            yield _sse(
                OpenAIError(
                    502,
                    "The engine failed while streaming; retry the request.",
                    code="engine_failed",
                    type="server_error",
                ).body()
            )
            yield "data: [DONE]\n\n"
        finally:
            self._finish(call)

    # -- helpers ------------------------------------------------------------------------------------------------
    async def _json_body(self, request: Request) -> dict[str, Any]:
        raw = await request.body()
        if len(raw) > self.settings.limits.max_body_bytes:
            self.metrics.rate_limited(tenant="other", limit="body")
            raise OpenAIError(
                413, f"The request body exceeds {self.settings.limits.max_body_bytes} bytes.", code="request_too_large"
            )
        content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if content_type not in ("application/json", ""):
            raise OpenAIError(415, "Send the request body as application/json.", code="unsupported_media_type")
        try:
            body = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise OpenAIError(400, "The request body is not valid UTF-8.", code="invalid_encoding") from None
        except (json.JSONDecodeError, RecursionError):
            raise OpenAIError(400, "The request body is not valid JSON.", code="invalid_json") from None
        if not isinstance(body, dict):
            raise OpenAIError(400, "The request body must be a JSON object.", code="invalid_json")
        return body

    def _model_name(self, body: dict[str, Any]) -> str:
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise OpenAIError(400, "You must provide a model parameter.", code="missing_model", param="model")
        if model not in self.engines:
            raise OpenAIError(404, f"The model '{model}' does not exist.", code="model_not_found", param="model")
        return model

    def _engine_request(self, call: Call, body: dict[str, Any]) -> ChatCompletionRequest | CompletionRequest:
        """Validate the (redacted) body as vLLM's request model; usage is always requested for metering."""
        engine_body = {**body, "request_id": call.request_id}
        if call.stream:
            engine_body["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
        model_cls = ChatCompletionRequest if call.endpoint == "chat" else CompletionRequest
        try:
            return model_cls.model_validate(engine_body)
        except ValidationError as exc:
            raise from_validation_errors(list(exc.errors())) from None
        except ValueError as exc:  # vLLM's own parameter checks
            raise OpenAIError(400, str(exc), code="invalid_value", param=getattr(exc, "parameter", None)) from None

    def _check_context(self, model: str, texts: list[str]) -> None:
        """Refuse, before the guards read it, a prompt that cannot fit the model's context under any tokenizer."""
        context = self.context_tokens[model]
        if sum(map(len, texts)) > _MAX_CHARS_PER_TOKEN * context:
            raise OpenAIError(
                400,
                f"This model's maximum context length is {context} tokens; the prompt is far longer.",
                code="context_length_exceeded",
                param="messages",
            )

    def _record_guard(self, verdict: GuardVerdict, direction: str) -> None:
        for stage in verdict.stages:
            self.metrics.guard_stage(stage=stage.name, direction=direction, latency_s=stage.latency_ms / 1000)
            action = "block" if stage.decision == "block" else stage.decision
            for category in stage.categories or ["none"]:
                self.metrics.guard_decision(stage=stage.name, direction=direction, category=category, action=action)
            if stage.error is not None:
                self.metrics.fail_closed(stage=stage.name)
        if verdict.phi_counts:
            self.metrics.phi_redacted(verdict.phi_counts)

    def _summary(self, call: Call) -> dict[str, Any]:
        """The ``medgate`` field clients see: guard outcome and physician-review flag."""
        return {
            "request_id": call.request_id,
            "review_required": call.review_required,
            "review_reasons": call.review_reasons,
            "input_decision": call.input_verdict.decision if call.input_verdict else None,
            "output_decisions": [v.decision for v in call.output_verdicts],
            "phi_redacted": dict(call.input_verdict.phi_counts) if call.input_verdict else {},
        }

    def _finish(self, call: Call) -> None:
        """Write the audit record and the request metrics, exactly once per request."""
        if call.finished:
            return
        call.finished = True
        e2e = time.perf_counter() - call.started
        ttft = (call.first_token_at - call.started) if call.first_token_at else None
        itl = [b - a for a, b in zip(call.token_times, call.token_times[1:], strict=False)]
        if not call.ongoing:  # rejected before it reached a model: count it, keeping the gauge balanced
            self.metrics.request_started(model=call.model, tenant=call.tenant)
        self.metrics.request_finished(
            model=call.model,
            tenant=call.tenant,
            endpoint=call.endpoint,
            status=call.status,
            e2e_s=e2e,
            ttft_s=ttft,
            itl_s=itl,
            prompt_tokens=call.prompt_tokens,
            completion_tokens=call.completion_tokens,
            stream=call.stream,
        )
        if call.admission is not None:
            self.limiter.settle(call.admission, call.prompt_tokens + call.completion_tokens)
        if call.review_required:
            self.metrics.review_flagged(model=call.model, reason=(call.review_reasons or ["unspecified"])[0])
        try:
            self.audit.append(build_record(call, self.audit, e2e_s=e2e, ttft_s=ttft))
        except Exception:  # noqa: BLE001 - counted and alerted on; the answer itself was already decided
            logger.exception("audit write failed for %s", call.request_id)
            self.metrics.audit_write_failed()


def _serve_request_id() -> str:
    """Serve's id for the current HTTP request: the one in its ``x-request-id`` response header."""
    from ray.serve.context import _get_serve_request_context  # no public accessor in Ray 2.60

    return _get_serve_request_context().request_id


def _blocked_error(verdict: GuardVerdict) -> OpenAIError:
    """What a blocked input gets: 400 when the guards flagged it; 503 (retry later) when one could not decide.

    Either way nothing reaches the engine (fail closed). A failed stage is named, but its
    internal error stays in the server log.
    """
    categories = _true_keys(verdict.categories)
    if verdict.failed_closed:
        failed = [stage.name for stage in verdict.stages if stage.error is not None] or ["guard"]
        logger.warning("guard failed closed: %s", "; ".join(s.error or "" for s in verdict.stages if s.error))
        return OpenAIError(
            503,
            "A medgate guard stage could not decide in time, so the request was blocked (fail closed); retry later.",
            code="guard_unavailable",
            type="service_unavailable_error",
            headers={"retry-after": "2"},
            extra={
                "categories": categories,
                "reasons": [f"stage '{name}' failed" for name in failed],
                "failed_closed": True,
            },
        )
    why = ", ".join(categories) or "policy"
    return OpenAIError(
        400,
        f"The request was blocked by medgate's input guard: it was flagged for: {why}.",
        code="content_policy_violation",
        param="messages",
        extra={"categories": categories, "reasons": verdict.reasons, "failed_closed": False},
    )


def _unexpected(call: Call, exc: Exception) -> OpenAIError:
    logger.error("request %s failed: %s", call.request_id, type(exc).__name__, exc_info=exc)
    return OpenAIError(
        503,
        "The model is temporarily unavailable; retry the request.",
        code="engine_unavailable",
        type="server_error",
        headers={"retry-after": "5"},
    )


def _true_keys(flags: dict[str, bool]) -> list[str]:
    return [name for name, on in flags.items() if on]


def _wants_usage(body: dict[str, Any]) -> bool:
    options = body.get("stream_options")
    return isinstance(options, dict) and bool(options.get("include_usage"))


async def _first_item(stream: Any) -> Any:
    try:
        return await stream.__anext__()
    except StopAsyncIteration:
        raise OpenAIError(502, "The engine returned no answer.", code="engine_failed", type="server_error") from None


async def _chain(first: Any, stream: Any) -> AsyncIterator[Any]:
    yield first
    async for item in stream:
        yield item


def _check_engine_item(item: Any) -> Any:
    """Raise engine errors (vLLM's parameter and context-length errors) as OpenAI errors; else return the item."""
    for packet in item if isinstance(item, list) else [item]:
        if isinstance(packet, str):
            _parse_packet(packet)  # raises on an error event
        elif (error := getattr(packet, "error", None)) is not None and hasattr(error, "message"):
            raise from_engine_error(int(error.code), error.message, getattr(error, "param", None))
    return item


def _parse_packet(packet: Any) -> dict[str, Any] | None:
    if not isinstance(packet, str):
        return packet.model_dump(mode="json") if hasattr(packet, "model_dump") else None
    payload = packet.strip().removeprefix("data:").strip()
    if not payload or payload == "[DONE]":
        return None
    data = json.loads(payload)
    if "error" in data:
        error = data["error"]
        raise from_engine_error(int(error.get("code", 500)), str(error.get("message", "")), error.get("param"))
    return data


def _choice_text(endpoint: str, choice: dict[str, Any]) -> str | None:
    if endpoint == "chat":
        holder = choice.get("delta") if "delta" in choice else choice.get("message")
        return (holder or {}).get("content")
    return choice.get("text")


def _set_choice_text(endpoint: str, choice: dict[str, Any], text: str) -> None:
    if endpoint == "chat":
        key = "delta" if "delta" in choice else "message"
        choice.setdefault(key, {})["content"] = text
    else:
        choice["text"] = text


def _sse(data: dict[str, Any]) -> str:
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"
