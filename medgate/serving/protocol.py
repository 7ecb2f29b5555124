"""The requests medgate accepts, as allow-lists: anything the guards do not cover is refused at the edge.

vLLM's own request models accept extra fields, custom roles, content parts the guards never
read (``refusal``, ``thinking``, ``input_text``...), and parameters that change what the model
sees or what the client gets (``chat_template``, ``documents``, ``return_token_ids``...). Here
every field is named: a body is parsed into these models first (unknown fields: 400
``unknown_parameter``; fields no guard covers: 400 ``unsupported_parameter``), and the engine
request is then built from the validated model, never from the raw body.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from medgate.serving.errors import OpenAIError

# Parameters vLLM knows that change what the model sees or what the client gets, and that no guard covers.
UNSUPPORTED_PARAMETERS = frozenset(
    {
        "chat_template",
        "chat_template_kwargs",
        "documents",
        "mm_processor_kwargs",
        "media_io_kwargs",
        "prompt_logprobs",
        "logprob_token_ids",
        "return_token_ids",
        "return_tokens_as_token_ids",
        "return_token_offsets",
        "return_prompt_text",
        "return_mm_kwargs",
        "prompt_embeds",
        "mm_payload",
        "add_generation_prompt",
        "continue_final_message",
        "add_special_tokens",
        "suffix",
        "functions",
        "function_call",
        "cache_salt",
        "kv_transfer_params",
        "ec_transfer_params",
        "vllm_xargs",
        "request_id",
        "session_id",
        "priority",
        "routed_experts_prompt_start",
        "reasoning_effort",
        "thinking_token_budget",
        "include_reasoning",
        "use_beam_search",
        "truncate_prompt_tokens",
        "truncation_side",
    }
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextPart(_Strict):
    type: Literal["text"]
    text: str


class FunctionCall(_Strict):
    name: str
    arguments: str


class ToolCall(_Strict):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class Message(_Strict):
    """One chat message; its ``content``, ``name`` and tool calls all reach the model, so all are guarded."""

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[TextPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None


class FunctionDefinition(_Strict):
    name: str
    description: str | None = None
    parameters: dict[str, JsonValue] | None = None
    strict: bool | None = None


class Tool(_Strict):
    type: Literal["function"]
    function: FunctionDefinition


class StreamOptions(_Strict):
    include_usage: bool | None = None
    continuous_usage_stats: bool | None = None


class _Sampling(_Strict):
    """Sampling and decoding parameters both endpoints share; vLLM checks their ranges."""

    model: str
    max_tokens: Annotated[int, Field(strict=True)] | None = None
    n: Annotated[int, Field(strict=True)] | None = None
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    repetition_penalty: float | None = None
    length_penalty: float | None = None
    seed: int | None = None
    stop: str | list[str] | None = None
    stop_token_ids: list[int] | None = None
    bad_words: list[str] | None = None
    logit_bias: dict[str, float] | None = None
    allowed_token_ids: list[int] | None = None
    ignore_eos: bool | None = None
    min_tokens: int | None = None
    skip_special_tokens: bool | None = None
    spaces_between_special_tokens: bool | None = None
    include_stop_str_in_output: bool | None = None
    user: str | None = None
    response_format: dict[str, JsonValue] | None = None
    structured_outputs: dict[str, JsonValue] | None = None
    repetition_detection: dict[str, JsonValue] | None = None
    stream_interval: int | None = None
    watermarking: bool | None = None


class ChatRequest(_Sampling):
    messages: Annotated[list[Message], Field(min_length=1)]
    max_completion_tokens: Annotated[int, Field(strict=True)] | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    tools: list[Tool] | None = None
    tool_choice: str | dict[str, JsonValue] | None = None
    parallel_tool_calls: bool | None = None


class CompletionRequest(_Sampling):
    prompt: str | Annotated[list[str], Field(min_length=1)]
    echo: bool | None = None
    logprobs: int | None = None


ClientRequest = ChatRequest | CompletionRequest


def refuse_unsupported(body: dict[str, object]) -> None:
    """400 naming the first field, top-level or in a message, that no guard covers."""
    for key in body:
        if key in UNSUPPORTED_PARAMETERS:
            raise OpenAIError(
                400,
                f"The parameter '{key}' is not supported by this gateway: its effect is not covered by the guards.",
                code="unsupported_parameter",
                param=key,
            )
    messages = body.get("messages")
    for i, message in enumerate(messages if isinstance(messages, list) else []):
        if not isinstance(message, dict):
            continue
        content = message.get("content")
        for j, part in enumerate(content if isinstance(content, list) else []):
            kind = part.get("type") if isinstance(part, dict) else None
            if kind != "text":
                raise OpenAIError(
                    400,
                    f"Content parts of type {kind!r} are not accepted: only 'text' parts are guarded.",
                    code="unsupported_content_type",
                    param=f"messages.{i}.content.{j}.type",
                )
