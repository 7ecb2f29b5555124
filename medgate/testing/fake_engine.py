"""A stand-in engine for in-process tests of the request path (no Ray, no vLLM engine).

It answers what a test scripts (``reply``), in the shapes Ray Serve LLM's ``LLMServer``
yields: a vLLM response object for whole answers, lists of SSE strings for streams
(role chunk, content deltas of ``chunk_chars`` characters, a finishing chunk, then a
usage chunk). It records every request it received, so a test can check exactly what
reached the model. It is *not* vLLM: the real engine is covered by the integration tests.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from ray.serve.llm.openai_api_models import ChatCompletionRequest, ChatCompletionResponse, CompletionResponse

from medgate.serving.openai_wire import EngineItem, EngineRequest, JsonObject


def prompt_text(request: EngineRequest) -> str:
    """Every text the engine would read, joined: message contents and text parts, or the prompt(s)."""
    if not isinstance(request, ChatCompletionRequest):
        return request.prompt if isinstance(request.prompt, str) else "\n".join(map(str, request.prompt or []))
    texts: list[str] = []
    for message in request.messages:
        content = dict(message).get("content")
        if isinstance(content, str):
            texts.append(content)
        elif isinstance(content, list):
            texts += [str(part.get("text")) for part in content if isinstance(part, dict) and "text" in part]
    return "\n".join(texts)


def echo(request: EngineRequest) -> str:
    """The default reply: the last text the engine was given."""
    return prompt_text(request).split("\n")[-1]


@dataclass
class FakeEngine:
    """Scripted answers; ``fail_after`` chunks raise (a dying replica), ``error`` answers with an engine error."""

    reply: Callable[[EngineRequest], str] = echo
    chunk_chars: int = 4
    delay_s: float = 0.0
    fail_after: int | None = None
    error: tuple[int, str] | None = None  # (HTTP status, message) of an ErrorResponse-like event
    healthy: bool = True
    logprobs: bool = False  # answer token logprobs (one "token" per word) when the request asks for them
    requests: list[EngineRequest] = field(default_factory=list)

    def generate(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        self.requests.append(request)
        return self._stream(request) if request.stream else self._whole(request)

    async def check_health(self) -> None:
        if not self.healthy:
            raise RuntimeError("fake engine marked unhealthy")

    @property
    def last_prompt(self) -> str:
        return prompt_text(self.requests[-1])

    async def _whole(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        if self.error is not None:
            yield _error_event(*self.error)
            return
        await asyncio.sleep(self.delay_s)
        text = self.reply(request)
        n = request.n or 1
        usage = {"prompt_tokens": len(prompt_text(request)) // 4, "completion_tokens": len(text) // 4 * n}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        common = {"id": f"cmpl-{request.request_id}", "created": int(time.time()), "model": "fake", "usage": usage}
        if isinstance(request, ChatCompletionRequest):
            tokens: list[JsonObject] = [
                {"token": t, "logprob": -0.1, "bytes": None, "top_logprobs": []} for t in text.split()
            ]
            logprobs = {"content": tokens} if self.logprobs and request.logprobs else None
            choices = [
                {
                    "index": i,
                    "message": {"role": "assistant", "content": text},
                    "logprobs": logprobs,
                    "finish_reason": "stop",
                }
                for i in range(n)
            ]
            yield ChatCompletionResponse.model_validate({**common, "object": "chat.completion", "choices": choices})
        else:
            choices = [{"index": i, "text": text, "finish_reason": "stop"} for i in range(n)]
            yield CompletionResponse.model_validate({**common, "object": "text_completion", "choices": choices})

    async def _stream(self, request: EngineRequest) -> AsyncIterator[EngineItem]:
        if self.error is not None:
            yield [_error_event(*self.error)]
            return
        chat = isinstance(request, ChatCompletionRequest)
        text = self.reply(request)
        n = request.n or 1
        pieces = [text[i : i + self.chunk_chars] for i in range(0, len(text), self.chunk_chars)]
        base: JsonObject = {
            "id": f"cmpl-{request.request_id}",
            "created": int(time.time()),
            "model": "fake",
            "object": "chat.completion.chunk" if chat else "text_completion",
        }

        def chunk(index: int, piece: str | None, finish: str | None = None, role: bool = False) -> str:
            if chat:
                delta: JsonObject = {"role": "assistant", "content": ""} if role else {"content": piece}
                choice: JsonObject = {"index": index, "delta": delta, "finish_reason": finish}
            else:
                choice = {"index": index, "text": piece or "", "finish_reason": finish}
            return f"data: {json.dumps({**base, 'choices': [choice]})}\n\n"

        if chat:
            yield [chunk(i, None, role=True) for i in range(n)]
        for sent, piece in enumerate(pieces):
            if self.fail_after is not None and sent >= self.fail_after:
                raise RuntimeError("fake engine replica died")
            await asyncio.sleep(self.delay_s)
            yield [chunk(i, piece) for i in range(n)]
        yield [chunk(i, "", finish="stop") for i in range(n)]
        usage = {"prompt_tokens": len(prompt_text(request)) // 4, "completion_tokens": len(pieces) * n}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        yield [f"data: {json.dumps({**base, 'choices': [], 'usage': usage})}\n\n"]


def _error_event(status: int, message: str) -> str:
    return f"data: {json.dumps({'error': {'message': message, 'type': 'BadRequestError', 'code': status}})}\n\n"
