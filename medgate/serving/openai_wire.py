"""The OpenAI wire format at the gateway: request bodies in, engine packets and SSE events out.

A body is read with its size capped, parsed as JSON and validated into vLLM's own
request model (``ChatCompletionRequest`` / ``CompletionRequest``) before any guard
spends time on it; the engine later receives that validated object, with the
guards' redactions written into its text slots. Answers come back from the engine
deployment as vLLM response objects (whole answers) or SSE strings (streams,
possibly batched in lists); the helpers here read and rewrite their choices.
"""

from __future__ import annotations

import json
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from fastapi import Request
from pydantic import BaseModel, ValidationError
from ray.serve.llm.openai_api_models import ChatCompletionRequest, CompletionRequest

from medgate.serving.errors import OpenAIError, from_engine_error, from_validation_errors

Endpoint = Literal["chat", "completions"]
EngineRequest: TypeAlias = ChatCompletionRequest | CompletionRequest
JsonObject: TypeAlias = dict[str, object]
# What an engine deployment yields: a response model (whole answers, errors) or SSE strings (streams, maybe batched).
EnginePacket: TypeAlias = BaseModel | str
EngineItem: TypeAlias = EnginePacket | list[EnginePacket]

DONE = "data: [DONE]\n\n"
_INTEGER_PARAMS = ("max_tokens", "max_completion_tokens", "n")


async def read_json_body(request: Request, max_bytes: int) -> JsonObject:
    """The request body as a JSON object; 413 past ``max_bytes`` (checked before and while reading), 415, 400."""
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if content_type not in ("application/json", ""):
        raise OpenAIError(415, "Send the request body as application/json.", code="unsupported_media_type")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        chunks.append(chunk)
    try:
        body = json.loads(b"".join(chunks).decode("utf-8"))
    except UnicodeDecodeError:
        raise OpenAIError(400, "The request body is not valid UTF-8.", code="invalid_encoding") from None
    except (json.JSONDecodeError, RecursionError):
        raise OpenAIError(400, "The request body is not valid JSON.", code="invalid_json") from None
    if not isinstance(body, dict):
        raise OpenAIError(400, "The request body must be a JSON object.", code="invalid_json")
    return body


def _too_large(max_bytes: int) -> OpenAIError:
    return OpenAIError(413, f"The request body exceeds {max_bytes} bytes.", code="request_too_large")


def model_name(body: JsonObject, served: Sequence[str]) -> str:
    """The requested model: 400 when missing, 404 when not served here."""
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise OpenAIError(400, "You must provide a model parameter.", code="missing_model", param="model")
    if model not in served:
        raise OpenAIError(404, f"The model '{model}' does not exist.", code="model_not_found", param="model")
    return model


def parse_request(endpoint: Endpoint, body: JsonObject, request_id: str) -> EngineRequest:
    """Validate the body as vLLM's request model (its own parameter checks included); usage is always
    requested on streams, for metering."""
    for param in _INTEGER_PARAMS:  # pydantic's lax mode would take true for 1 and "8" for 8
        value = body.get(param)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise OpenAIError(400, f"'{param}' must be an integer.", code="invalid_value", param=param)
    engine_body = {**body, "request_id": request_id}
    if body.get("stream") is True:
        options = body.get("stream_options")
        engine_body["stream_options"] = {**(options if isinstance(options, dict) else {}), "include_usage": True}
    model_cls = ChatCompletionRequest if endpoint == "chat" else CompletionRequest
    try:
        return model_cls.model_validate(engine_body)
    except ValidationError as exc:
        raise from_validation_errors([dict(error) for error in exc.errors()]) from None
    except ValueError as exc:  # vLLM's own parameter checks
        raise OpenAIError(400, str(exc), code="invalid_value", param=getattr(exc, "parameter", None)) from None


def requested_max_tokens(request: EngineRequest) -> tuple[str, int | None]:
    """The completion-length cap the client asked for, and its parameter's name."""
    if isinstance(request, ChatCompletionRequest) and request.max_completion_tokens is not None:
        return "max_completion_tokens", request.max_completion_tokens
    value = request.__dict__.get("max_tokens")  # read without vLLM's deprecation warning for chat
    return "max_tokens", value if isinstance(value, int) else None


def wants_usage(body: JsonObject) -> bool:
    """Whether the client itself asked for the usage chunk of a stream."""
    options = body.get("stream_options")
    return isinstance(options, dict) and bool(options.get("include_usage"))


@dataclass(frozen=True)
class _ItemSlot:
    """A text held at ``container[key]`` (a message dict, a content part, a prompt list)."""

    container: MutableMapping[str, object] | list[str]
    key: str | int

    def get(self) -> str:
        value = self.container[self.key]  # type: ignore[index]  # key type matches the container by construction
        return value if isinstance(value, str) else ""

    def set(self, text: str) -> None:
        self.container[self.key] = text  # type: ignore[index]


@dataclass(frozen=True)
class _PromptSlot:
    """The single string ``prompt`` of a completion request."""

    request: CompletionRequest

    def get(self) -> str:
        return self.request.prompt if isinstance(self.request.prompt, str) else ""

    def set(self, text: str) -> None:
        self.request.prompt = text


class TextSlots:
    """The guardable texts of one validated request, read and replaced in place."""

    def __init__(self, slots: list[_ItemSlot | _PromptSlot]) -> None:
        self._slots = slots

    def values(self) -> list[str]:
        return [slot.get() for slot in self._slots]

    def replace(self, texts: Sequence[str]) -> None:
        if len(texts) != len(self._slots):
            raise ValueError("one replacement per text slot is required")
        for slot, text in zip(self._slots, texts, strict=True):
            slot.set(text)

    @classmethod
    def of(cls, request: EngineRequest) -> TextSlots:
        return cls._of_chat(request) if isinstance(request, ChatCompletionRequest) else cls._of_completion(request)

    @classmethod
    def _of_chat(cls, request: ChatCompletionRequest) -> TextSlots:
        """Every text in ``messages``: string contents and ``{"type": "text"}`` parts."""
        if not request.messages:
            raise OpenAIError(400, "'messages' must be a non-empty list.", code="invalid_value", param="messages")
        slots: list[_ItemSlot | _PromptSlot] = []
        for message in request.messages:
            content = message.get("content")
            if isinstance(content, str):
                slots.append(_ItemSlot(message, "content"))
            elif isinstance(content, list):
                slots += [
                    _ItemSlot(part, "text")
                    for part in content
                    if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
                ]
        return cls(slots)

    @classmethod
    def _of_completion(cls, request: CompletionRequest) -> TextSlots:
        """``prompt`` as a string or a list of strings; token-id prompts cannot be guarded and are refused."""
        prompt = request.prompt
        if isinstance(prompt, str):
            return cls([_PromptSlot(request)])
        if isinstance(prompt, list) and prompt and all(isinstance(p, str) for p in prompt):
            return cls([_ItemSlot(prompt, i) for i in range(len(prompt))])
        raise OpenAIError(
            400,
            "'prompt' must be a string or a non-empty list of strings (token ids cannot be guarded).",
            code="invalid_value",
            param="prompt",
        )


def check_engine_item(item: EngineItem) -> EngineItem:
    """Raise engine errors (vLLM's parameter and context-length errors) as OpenAI errors; else return the item."""
    for packet in item if isinstance(item, list) else [item]:
        if isinstance(packet, str):
            parse_packet(packet)  # raises on an error event
        elif (error := getattr(packet, "error", None)) is not None and hasattr(error, "message"):
            raise from_engine_error(int(error.code), error.message, getattr(error, "param", None))
    return item


def packets(item: EngineItem) -> list[EnginePacket]:
    return item if isinstance(item, list) else [item]


def parse_packet(packet: EnginePacket) -> JsonObject | None:
    """One engine packet as a JSON object (None for keep-alives and ``[DONE]``); error events raise."""
    if not isinstance(packet, str):
        return packet.model_dump(mode="json")
    payload = packet.strip().removeprefix("data:").strip()
    if not payload or payload == "[DONE]":
        return None
    data: JsonObject = json.loads(payload)
    error = data.get("error")
    if isinstance(error, dict):
        code = error.get("code", 500)
        raise from_engine_error(
            int(code) if isinstance(code, int | str) and str(code).isdigit() else 500,
            str(error.get("message", "")),
            str(error["param"]) if error.get("param") is not None else None,
        )
    return data


def choice_text(endpoint: Endpoint, choice: JsonObject) -> str:
    """The text of one choice (chat message or delta content, or completion text); "" when it has none."""
    if endpoint == "chat":
        holder = choice.get("delta") if "delta" in choice else choice.get("message")
        text = holder.get("content") if isinstance(holder, dict) else None
    else:
        text = choice.get("text")
    return text if isinstance(text, str) else ""


def set_choice_text(endpoint: Endpoint, choice: JsonObject, text: str) -> None:
    if endpoint == "chat":
        key = "delta" if "delta" in choice else "message"
        holder = choice.get(key)
        if not isinstance(holder, dict):
            holder = choice[key] = {}
        holder["content"] = text
    else:
        choice["text"] = text


def sse(data: JsonObject) -> str:
    """One server-sent event."""
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"
