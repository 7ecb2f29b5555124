"""The FastAPI application: routes, the published request schema and OpenAI-shaped error handlers.

Built per ingress replica over that replica's :class:`Gateway` (``create_app``), so the same
app runs under Ray Serve and in-process in tests (httpx's ASGI transport).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from ray.serve.llm.openai_api_models import ChatCompletionRequest, CompletionRequest

from medgate.audit import AuditUnavailable
from medgate.serving.completions import CompletionPath
from medgate.serving.errors import OpenAIError, from_validation_errors
from medgate.serving.gateway import Gateway, audit_unavailable
from medgate.serving.openai_wire import JsonObject


def _body_schema(model: type[BaseModel]) -> JsonObject:
    """Publish the request model in the OpenAPI document (the body is parsed by hand for precise errors)."""
    schema = {
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
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def create_app(gateway: Gateway) -> FastAPI:
    docs = gateway.settings.openapi_docs  # off unless configured: the API's shape is not for anonymous callers
    app = FastAPI(
        title="medgate",
        version="0.1.0",
        description="OpenAI-compatible gateway with medical safety guards.",
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
    )
    complete = CompletionPath(gateway)
    _install_error_handlers(app)

    @app.get("/health")
    async def health() -> JsonObject:
        return {"status": "ok"}

    @app.get("/ready")
    async def ready(request: Request) -> JSONResponse:
        """Ready or not for anyone (probes carry no key); the per-model detail only for a valid key."""
        ok, models = await gateway.readiness()
        body: JsonObject = {"ready": ok}
        if gateway.auth.is_valid(request.headers.get("authorization")):
            body["models"] = models
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/v1/models")
    async def models(request: Request) -> JsonObject:
        gateway.auth.tenant_for(request.headers.get("authorization"))
        return gateway.model_list()

    @app.get("/v1/models/{model_id:path}")
    async def model(model_id: str, request: Request) -> JsonObject:
        gateway.auth.tenant_for(request.headers.get("authorization"))
        return gateway.model_card(model_id)

    @app.post("/v1/chat/completions", openapi_extra=_body_schema(ChatCompletionRequest))
    async def chat_completions(request: Request) -> Response:
        return await complete(request, "chat")

    @app.post("/v1/completions", openapi_extra=_body_schema(CompletionRequest))
    async def completions(request: Request) -> Response:
        return await complete(request, "completions")

    @app.post("/v1/moderations")
    async def moderations(request: Request) -> Response:
        record = gateway.new_record("moderations", request)
        try:
            body = await gateway.moderate(record, request)
            await gateway.finish(record)  # block mode: no verdict without its record
            return JSONResponse(body)
        except (OpenAIError, AuditUnavailable) as exc:
            error = exc if isinstance(exc, OpenAIError) else audit_unavailable(gateway.audit.retry_after_s)
            record.fail(error)
            await gateway.finish_quietly(record)
            return error.response()

    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(OpenAIError)
    async def openai_error(_: Request, exc: OpenAIError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return from_validation_errors(list(exc.errors())).response()

    @app.exception_handler(404)
    async def not_found(request: Request, _: Exception) -> JSONResponse:
        message = f"Unknown route {request.method} {request.url.path}."
        return OpenAIError(404, message, code="unknown_route").response()

    @app.exception_handler(405)
    async def method_not_allowed(request: Request, _: Exception) -> JSONResponse:
        message = f"Method {request.method} is not allowed on {request.url.path}."
        return OpenAIError(405, message, code="method_not_allowed", type="invalid_request_error").response()
