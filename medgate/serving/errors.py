"""OpenAI-shaped errors: ``{"error": {"message", "type", "param", "code"}}`` with the right status."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    408: "timeout_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
    503: "service_unavailable_error",
    504: "timeout_error",
}


class OpenAIError(Exception):
    """An error a client should see, as OpenAI would shape it."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        type: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.type = type or _TYPE_BY_STATUS.get(status, "server_error" if status >= 500 else "invalid_request_error")
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        error = {"message": self.message, "type": self.type, "param": self.param, "code": self.code, **self.extra}
        return {"error": error}

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def from_validation_errors(errors: list[dict[str, Any]]) -> OpenAIError:
    """Turn pydantic/FastAPI validation errors into one 400 naming the first bad parameter."""
    first = errors[0] if errors else {"loc": (), "msg": "invalid request", "type": "value_error"}
    loc = [str(part) for part in first.get("loc", ()) if part not in ("body",)]
    param = ".".join(loc) or None
    if first.get("type") == "json_invalid":
        return OpenAIError(400, "The request body is not valid JSON.", code="invalid_json")
    message = str(first.get("msg", "invalid value"))
    if param:
        message = f"Invalid value for '{param}': {message}"
    return OpenAIError(400, message, code="invalid_value", param=param)


def from_engine_error(status: int, message: str, param: str | None) -> OpenAIError:
    """Map an engine ErrorResponse (vLLM puts the HTTP status in ``code``) to an OpenAI error."""
    status = status if 400 <= status < 600 else 500
    lowered = message.lower()
    if "context length" in lowered or "maximum context" in lowered or "too long" in lowered:
        return OpenAIError(400, message, code="context_length_exceeded", param=param or "messages")
    if status >= 500:
        return OpenAIError(status, "The engine failed to process the request.", code="engine_error")
    return OpenAIError(status, message, code="invalid_value", param=param)
