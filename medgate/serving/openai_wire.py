"""The OpenAI wire format at the gateway: request bodies in, engine packets and SSE events out.

A body is read with its size capped, parsed as JSON and validated against medgate's
allow-list (``protocol.py``) and vLLM's own request model before any guard spends time
on it; the guards' redactions are written into the validated request's text slots, and
the engine receives vLLM's request model built from it. Answers come back from the engine
deployment as vLLM response objects (whole answers) or SSE strings (streams,
possibly batched in lists); the helpers here read and rewrite their choices.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from fastapi import Request
from pydantic import BaseModel, ValidationError
from ray.serve.llm.openai_api_models import ChatCompletionRequest as VllmChatRequest
from ray.serve.llm.openai_api_models import CompletionRequest as VllmCompletionRequest

from medgate.serving.errors import OpenAIError, from_engine_error, from_validation_errors
from medgate.serving.protocol import (
    ChatRequest,
    ClientRequest,
    CompletionRequest,
    FunctionDefinition,
    refuse_unsupported,
)

Endpoint = Literal["chat", "completions", "moderations"]
EngineRequest: TypeAlias = VllmChatRequest | VllmCompletionRequest
JsonObject: TypeAlias = dict[str, object]
# What an engine deployment yields: a response model (whole answers, errors) or SSE strings (streams, maybe batched).
EnginePacket: TypeAlias = BaseModel | str
EngineItem: TypeAlias = EnginePacket | list[EnginePacket]

DONE = "data: [DONE]\n\n"


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


def parse_request(endpoint: Endpoint, body: JsonObject) -> ClientRequest:
    """The body against medgate's allow-list (protocol.py): unknown or unguarded fields are refused with a 400."""
    refuse_unsupported(body)
    model_cls = ChatRequest if endpoint == "chat" else CompletionRequest
    try:
        return model_cls.model_validate(body)
    except ValidationError as exc:
        raise from_validation_errors([dict(error) for error in exc.errors()]) from None


def engine_request(client: ClientRequest, *, request_id: str, max_tokens: int, cache_salt: str) -> EngineRequest:
    """vLLM's request model built from the validated client request (vLLM's own parameter checks included).

    The gateway always sets the completion cap, the request id and the tenant's prefix-cache salt;
    streams always carry usage, for metering.
    """
    data = client.model_dump(exclude_none=True)
    data |= {"request_id": request_id, "cache_salt": cache_salt}
    if isinstance(client, ChatRequest):
        data.pop("max_tokens", None)
        data["max_completion_tokens"] = max_tokens
    else:
        data["max_tokens"] = max_tokens
    if client.stream:
        data["stream_options"] = {**data.get("stream_options", {}), "include_usage": True}
    model_cls = VllmChatRequest if isinstance(client, ChatRequest) else VllmCompletionRequest
    try:
        return model_cls.model_validate(data)
    except ValidationError as exc:
        raise from_validation_errors([dict(error) for error in exc.errors()]) from None
    except ValueError as exc:  # vLLM's own parameter checks
        raise OpenAIError(400, str(exc), code="invalid_value", param=getattr(exc, "parameter", None)) from None


def requested_max_tokens(request: ClientRequest) -> tuple[str, int | None]:
    """The completion-length cap the client asked for, and its parameter's name."""
    if isinstance(request, ChatRequest) and request.max_completion_tokens is not None:
        return "max_completion_tokens", request.max_completion_tokens
    return "max_tokens", request.max_tokens


def prompt_count(request: ClientRequest) -> int:
    """How many prompts the request asks completions for (a completions ``prompt`` may be a list)."""
    return len(request.prompt) if isinstance(request, CompletionRequest) and isinstance(request.prompt, list) else 1


def wants_usage(body: JsonObject) -> bool:
    """Whether the client itself asked for the usage chunk of a stream."""
    options = body.get("stream_options")
    return isinstance(options, dict) and bool(options.get("include_usage"))


@dataclass(frozen=True)
class _AttrSlot:
    """A string attribute of a validated request part (a message's content or name, a tool's description...)."""

    holder: BaseModel
    attr: str

    def get(self) -> str:
        value = getattr(self.holder, self.attr)
        return value if isinstance(value, str) else ""

    def set(self, text: str) -> None:
        setattr(self.holder, self.attr, text)


@dataclass(frozen=True)
class _ListSlot:
    """One string of a completions ``prompt`` list."""

    items: list[str]
    index: int

    def get(self) -> str:
        return self.items[self.index]

    def set(self, text: str) -> None:
        self.items[self.index] = text


@dataclass(frozen=True)
class _JsonSlot:
    """A tool's parameter schema, guarded as its JSON text; a redaction that breaks the JSON fails closed."""

    holder: FunctionDefinition

    def get(self) -> str:
        return json.dumps(self.holder.parameters, ensure_ascii=False)

    def set(self, text: str) -> None:
        if text == self.get():
            return
        try:
            self.holder.parameters = json.loads(text)
        except json.JSONDecodeError:
            raise OpenAIError(
                400,
                "A tool's parameter schema holds an identifier that cannot be redacted; remove it.",
                code="content_policy_violation",
                param="tools",
            ) from None


_Slot: TypeAlias = _AttrSlot | _ListSlot | _JsonSlot


class TextSlots:
    """Every text of a validated request that the model will read, to be guarded and replaced in place.

    Chat: each message's content (string or text parts) and name, assistant tool-call names and
    arguments, and each tool's name, description and parameter schema. Completions: each prompt.
    """

    def __init__(self, slots: list[_Slot]) -> None:
        self._slots = slots

    def values(self) -> list[str]:
        return [slot.get() for slot in self._slots]

    def replace(self, texts: Sequence[str]) -> None:
        if len(texts) != len(self._slots):
            raise ValueError("one replacement per text slot is required")
        for slot, text in zip(self._slots, texts, strict=True):
            slot.set(text)

    @classmethod
    def of(cls, request: ClientRequest) -> TextSlots:
        if isinstance(request, CompletionRequest):
            if isinstance(request.prompt, str):
                return cls([_AttrSlot(request, "prompt")])
            return cls([_ListSlot(request.prompt, i) for i in range(len(request.prompt))])
        slots: list[_Slot] = []
        for message in request.messages:
            if isinstance(message.content, str):
                slots.append(_AttrSlot(message, "content"))
            elif message.content is not None:
                slots += [_AttrSlot(part, "text") for part in message.content]
            if message.name is not None:
                slots.append(_AttrSlot(message, "name"))
            for call in message.tool_calls or []:
                slots += [_AttrSlot(call.function, "name"), _AttrSlot(call.function, "arguments")]
        for tool in request.tools or []:
            slots.append(_AttrSlot(tool.function, "name"))
            if tool.function.description is not None:
                slots.append(_AttrSlot(tool.function, "description"))
            if tool.function.parameters is not None:
                slots.append(_JsonSlot(tool.function))
        return cls(slots)


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


# Text fields of a chat message the client reads; content first (the disclaimer is appended to the main text).
MESSAGE_TEXT_FIELDS = ("content", "refusal", "reasoning", "reasoning_content")


def choices_of(body: JsonObject) -> list[JsonObject]:
    choices = body.get("choices")
    return [c for c in choices if isinstance(c, dict)] if isinstance(choices, list) else []


def text_of(holder: JsonObject, key: str) -> str:
    value = holder.get(key)
    return value if isinstance(value, str) else ""


def answer_fields(endpoint: Endpoint, choice: JsonObject) -> list[tuple[JsonObject, str]]:
    """Every text of a whole answer's choice the client will read, the main text first."""
    if endpoint != "chat":
        return [(choice, "text")]
    found = choice.get("message")
    message: JsonObject = found if isinstance(found, dict) else {"role": "assistant", "content": ""}
    choice["message"] = message
    fields: list[tuple[JsonObject, str]] = [(message, "content")]
    fields += [(message, key) for key in MESSAGE_TEXT_FIELDS[1:] if isinstance(message.get(key), str)]
    calls = message.get("tool_calls")
    for call in calls if isinstance(calls, list) else []:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            fields += [(function, key) for key in ("name", "arguments") if isinstance(function.get(key), str)]
    return fields


def clear_choice(endpoint: Endpoint, choice: JsonObject) -> None:
    """Nothing of a blocked choice reaches the client: no text, no tool call, no token data."""
    choice["logprobs"] = None
    if endpoint != "chat":
        choice["text"] = ""
        return
    key = "delta" if "delta" in choice else "message"
    holder = choice.get(key)
    if isinstance(holder, dict):
        for field in (*MESSAGE_TEXT_FIELDS, "tool_calls"):
            holder.pop(field, None)
        holder["content"] = ""


# What reaches the client of an answer (chat or text completion, whole or streamed): the OpenAI API's keys whose
# text the output guards read or that carry no text, and medgate's own block. The engine's other keys are not
# passed on: vLLM's (prompt_text, prompt_token_ids, kv_transfer_params, stop_reason, its version in
# system_fingerprint, ...) and text fields no guard reads (a message's audio, annotations or legacy
# function_call), so a field an engine adds later cannot carry unchecked text past the guards.
ANSWER_KEYS = frozenset({"id", "object", "created", "model", "choices", "usage", "service_tier", "medgate"})
CHOICE_KEYS = frozenset({"index", "message", "delta", "text", "logprobs", "finish_reason", "medgate"})
MESSAGE_KEYS = frozenset({*MESSAGE_TEXT_FIELDS, "role", "tool_calls"})
USAGE_KEYS = frozenset(
    {"prompt_tokens", "completion_tokens", "total_tokens", "prompt_tokens_details", "completion_tokens_details"}
)


def client_view(body: JsonObject) -> JsonObject:
    """``body`` with only the keys above (the same object, trimmed in place)."""
    _keep(body, ANSWER_KEYS)
    for choice in choices_of(body):
        _keep(choice, CHOICE_KEYS)
        for key in ("message", "delta"):
            holder = choice.get(key)
            if isinstance(holder, dict):
                _keep(holder, MESSAGE_KEYS)
    usage = body.get("usage")
    if isinstance(usage, dict):
        _keep(usage, USAGE_KEYS)
    return body


def _keep(holder: JsonObject, keys: frozenset[str]) -> None:
    for key in [k for k in holder if k not in keys]:
        del holder[key]


def sse(data: JsonObject) -> str:
    """One server-sent event."""
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"
