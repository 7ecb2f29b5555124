"""The request path of ``/v1/chat/completions`` and ``/v1/completions``, top to bottom.

auth -> body validated into vLLM's request model -> limits -> input guards -> engine
-> output guards (whole answers, or each streamed window of each choice) -> audit
record and metrics, exactly once per request, whatever happened. Every failure leaves
as an OpenAI-shaped error; a guard that cannot decide blocks (fail closed).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

from fastapi import Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from ray.serve.exceptions import BackPressureError

from medgate.guardrails import GuardVerdict, RequestGuard, StreamGuard
from medgate.serving.errors import OpenAIError
from medgate.serving.gateway import Gateway
from medgate.serving.limits import overload_error
from medgate.serving.openai_wire import (
    DONE,
    Endpoint,
    EngineItem,
    JsonObject,
    TextSlots,
    check_engine_item,
    choice_text,
    model_name,
    packets,
    parse_packet,
    parse_request,
    read_json_body,
    requested_max_tokens,
    set_choice_text,
    sse,
    wants_usage,
)
from medgate.serving.request import RequestRecord

logger = logging.getLogger("medgate.gateway")

REVIEW_HEADER = "x-medgate-review-required"
REVIEW_REASONS_HEADER = "x-medgate-review-reasons"
_MAX_CHARS_PER_TOKEN = 32  # no tokenizer packs more characters than this into a token on real text


class CompletionPath:
    """Serves one completion request from the client's bytes to its audit record."""

    def __init__(self, gateway: Gateway) -> None:
        self.gw = gateway
        self.limits = gateway.settings.limits
        self.context_tokens = {m.name: m.max_model_len for m in gateway.settings.models}

    async def __call__(self, http: Request, endpoint: Endpoint) -> Response:
        record = RequestRecord(endpoint=endpoint, request_id=self.gw.request_id())
        try:
            record.tenant = self.gw.auth.tenant_for(http.headers.get("authorization"))
            body = await read_json_body(http, self.limits.max_body_bytes)
            record.model = model_name(body, list(self.gw.engines))
            request = parse_request(endpoint, body, record.request_id)
            record.stream = bool(request.stream)
            self.gw.metrics.request_started(model=record.model, tenant=record.tenant)
            record.counted = True

            texts = TextSlots.of(request)
            max_tokens_param, max_tokens = requested_max_tokens(request)
            record.admission = self.gw.limiter.admit(
                record.tenant,
                max_tokens=max_tokens,
                max_tokens_param=max_tokens_param,
                n=request.n or 1,
                prompt_texts=texts.values(),
                prompt_param="messages" if endpoint == "chat" else "prompt",
            )
            self._check_context(record.model, texts.values())

            guard = self.gw.guards.new_request(record.tenant)
            verdict = await guard.acheck_input(texts.values())
            record.input_verdict = verdict
            self._count_verdict(verdict, "input")
            if verdict.blocked:
                raise self._blocked(verdict)
            texts.replace(verdict.redacted_texts)
            record.prompt_text = "\n".join(texts.values())

            answer = self.gw.engines[record.model].generate(request)
            if record.stream:
                first = check_engine_item(await _first_item(answer))  # errors before the stream starts are plain 4xx
                events = self._stream(record, guard, first, answer, include_usage=wants_usage(body))
                return StreamingResponse(events, media_type="text/event-stream", headers=record.rate_headers)
            return await self._respond(record, guard, answer)
        except Exception as exc:  # noqa: BLE001 - every failure leaves as an OpenAI-shaped error
            error = self._as_openai_error(record, exc)
            record.fail(error)
            self._finish(record)
            return error.response()

    # -- output guards ----------------------------------------------------------------------------------------------
    async def _respond(self, record: RequestRecord, guard: RequestGuard, answer: AsyncIterator[EngineItem]) -> Response:
        """A whole answer: every choice is checked, then released at once."""
        try:
            async with asyncio.timeout(self.limits.request_timeout_s):
                item = check_engine_item(await _first_item(answer))
        except TimeoutError:
            raise OpenAIError(504, "The engine did not answer in time.", code="timeout") from None
        body = parse_packet(packets(item)[0])
        if body is None:
            raise OpenAIError(502, "The engine returned no answer.", code="engine_failed", type="server_error")
        for choice in _choices(body):
            verdict = await guard.acheck_output(choice_text(record.endpoint, choice))
            record.output_verdicts.append(verdict)
            self._count_verdict(verdict, "output")
            if verdict.blocked:
                set_choice_text(record.endpoint, choice, "")
                choice["finish_reason"] = "content_filter"
            else:
                set_choice_text(record.endpoint, choice, verdict.redacted_texts[0])
            record.answer_text += choice_text(record.endpoint, choice)
            record.finish_reasons.append(str(choice.get("finish_reason")))
        record.mark_released()
        record.set_usage(body.get("usage"))
        outcome = record.outcome()
        body["medgate"] = outcome.client_view()
        headers = {REVIEW_HEADER: str(outcome.review_required).lower(), **record.rate_headers}
        if outcome.review_required:
            headers[REVIEW_REASONS_HEADER] = ",".join(outcome.review_reasons)[:512]
        self._finish(record)  # failures are finished by __call__, with their status
        return JSONResponse(body, headers=headers)

    async def _stream(
        self,
        record: RequestRecord,
        guard: RequestGuard,
        first: EngineItem,
        answer: AsyncIterator[EngineItem],
        *,
        include_usage: bool,
    ) -> AsyncIterator[str]:
        """A streamed answer: each choice's text passes its own StreamGuard before any of it is sent."""
        choices = _GuardedChoices(self, record, guard)
        try:
            async for item in _chain(first, answer):
                for packet in packets(item):
                    chunk = parse_packet(packet)
                    if chunk is None:
                        continue
                    released = choices.release(chunk, include_usage=include_usage)
                    if released is not None:
                        yield sse(released)
                if choices.all_blocked:
                    break  # every choice was stopped by the guard: cancel the engine request
            self._finish(record)  # audit record first: a client that saw [DONE] has its record even if we crash now
            yield DONE
        except asyncio.CancelledError:
            record.status, record.error_code = 499, "client_closed_request"  # the engine request is cancelled with us
            raise
        except OpenAIError as exc:
            record.fail(exc)
            yield sse(exc.body())
            yield DONE
        except Exception:  # noqa: BLE001 - a dead replica must end the stream with an error, never hang it
            logger.exception("stream %s failed", record.request_id)
            error = OpenAIError(
                502, "The engine failed while streaming; retry the request.", code="engine_failed", type="server_error"
            )
            record.fail(error)
            yield sse(error.body())
            yield DONE
        finally:
            self._finish(record)

    # -- checks and bookkeeping ---------------------------------------------------------------------------------------
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

    def _blocked(self, verdict: GuardVerdict) -> OpenAIError:
        """What a blocked input gets: 400 when the guards flagged it; 503 (retry later) when one could not decide.

        Either way nothing reaches the engine (fail closed). A failed stage is named, but its
        internal error stays in the server log.
        """
        categories = _fired(verdict)
        if verdict.failed_closed:
            failed = [stage.name for stage in verdict.stages if stage.error is not None] or ["guard"]
            logger.warning("guard failed closed: %s", "; ".join(s.error or "" for s in verdict.stages if s.error))
            return OpenAIError(
                503,
                "A medgate guard stage could not decide in time, so the request was blocked (fail closed); "
                "retry later.",
                code="guard_unavailable",
                type="service_unavailable_error",
                headers={"retry-after": str(self.limits.retry_after_s)},
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

    def _as_openai_error(self, record: RequestRecord, exc: Exception) -> OpenAIError:
        if isinstance(exc, OpenAIError):
            if exc.code == "request_too_large":
                self.gw.metrics.rate_limited(tenant=record.tenant, limit="body")
            return exc
        if isinstance(exc, BackPressureError):  # the engine deployment's Serve queue is full
            self.gw.metrics.rate_limited(tenant=record.tenant, limit="queue")
            return overload_error(self.limits.retry_after_s)
        logger.error("request %s failed: %s", record.request_id, type(exc).__name__, exc_info=exc)
        return OpenAIError(
            503,
            "The model is temporarily unavailable; retry the request.",
            code="engine_unavailable",
            type="server_error",
            headers={"retry-after": str(self.limits.retry_after_s)},
        )

    def count_output(self, record: RequestRecord, verdict: GuardVerdict) -> None:
        record.output_verdicts.append(verdict)
        self._count_verdict(verdict, "output")

    def _count_verdict(self, verdict: GuardVerdict, direction: str) -> None:
        metrics = self.gw.metrics
        for stage in verdict.stages:
            metrics.guard_stage(stage=stage.name, direction=direction, latency_s=stage.latency_ms / 1000)
            for category in stage.categories or ["none"]:
                metrics.guard_decision(stage=stage.name, direction=direction, category=category, action=stage.decision)
            if stage.error is not None:
                metrics.fail_closed(stage=stage.name)
        if verdict.phi_counts:
            metrics.phi_redacted(verdict.phi_counts)

    def _finish(self, record: RequestRecord) -> None:
        """Write the audit record and the request metrics, exactly once per request."""
        if record.finished:
            return
        record.finished = True
        e2e = time.perf_counter() - record.started
        ttft = (record.first_token_at - record.started) if record.first_token_at else None
        itl = [b - a for a, b in zip(record.token_times, record.token_times[1:], strict=False)]
        metrics = self.gw.metrics
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
        if record.admission is not None:
            self.gw.limiter.settle(record.admission, record.prompt_tokens + record.completion_tokens)
        outcome = record.outcome()
        if outcome.review_required:
            metrics.review_flagged(model=record.model, reason=(outcome.review_reasons or ["unspecified"])[0])
        try:
            self.gw.audit.append(record.audit_record(self.gw.audit.hash_text, e2e_s=e2e, ttft_s=ttft))
        except Exception:  # noqa: BLE001 - counted and alerted on; the answer itself was already decided
            logger.exception("audit write failed for %s", record.request_id)
            metrics.audit_write_failed()


class _GuardedChoices:
    """The choices of one streamed answer, each behind its own StreamGuard."""

    def __init__(self, path: CompletionPath, record: RequestRecord, guard: RequestGuard) -> None:
        self._path = path
        self._record = record
        self._guard = guard
        self._guards: dict[int, StreamGuard] = {}
        self._closed: set[int] = set()

    @property
    def all_blocked(self) -> bool:
        """Every choice has ended, and each was stopped by the guard."""
        verdicts = self._record.output_verdicts
        return bool(self._guards) and len(self._closed) == len(self._guards) and all(v.blocked for v in verdicts)

    def release(self, chunk: JsonObject, *, include_usage: bool) -> JsonObject | None:
        """The chunk rewritten to carry only checked text; None when it has nothing to send."""
        record = self._record
        if chunk.get("usage"):
            record.set_usage(chunk["usage"])
        choices = [c for c in (self._release_choice(choice) for choice in _choices(chunk)) if c is not None]
        if any(choice.get("finish_reason") for choice in choices):
            chunk["medgate"] = record.outcome().client_view()
        if chunk.get("usage") and not chunk.get("choices"):  # the usage chunk
            if not include_usage:
                return None
            chunk["medgate"] = record.outcome().client_view()
            return chunk
        if not choices:
            return None
        chunk["choices"] = choices
        chunk.pop("usage", None)
        return chunk

    def _release_choice(self, choice: JsonObject) -> JsonObject | None:
        record, endpoint = self._record, self._record.endpoint
        index = choice.get("index", 0)
        index = index if isinstance(index, int) else 0
        if index in self._closed:
            return None
        stream_guard = self._guards.setdefault(index, self._guard.stream())
        released = stream_guard.feed(choice_text(endpoint, choice))
        if choice.get("finish_reason"):
            released += stream_guard.finish()
        verdict = stream_guard.verdict
        if verdict.blocked:
            choice["finish_reason"] = "content_filter"
            choice["medgate"] = {"blocked": True, "categories": _fired(verdict), "reasons": verdict.reasons}
            released = ""
        set_choice_text(endpoint, choice, released)
        if released:
            record.answer_text += released
            record.mark_released()
        finish_reason = choice.get("finish_reason")
        if finish_reason:
            self._closed.add(index)
            record.finish_reasons.append(str(finish_reason))
            self._path.count_output(record, verdict)
        delta = choice.get("delta")
        opens_message = endpoint == "chat" and isinstance(delta, dict) and bool(delta.get("role"))
        return choice if released or finish_reason or opens_message else None


def _choices(body: JsonObject) -> list[JsonObject]:
    choices = body.get("choices")
    return [c for c in choices if isinstance(c, dict)] if isinstance(choices, list) else []


def _fired(verdict: GuardVerdict) -> list[str]:
    return [name for name, fired in verdict.categories.items() if fired]


async def _first_item(answer: AsyncIterator[EngineItem]) -> EngineItem:
    try:
        return await answer.__anext__()
    except StopAsyncIteration:
        raise OpenAIError(502, "The engine returned no answer.", code="engine_failed", type="server_error") from None


async def _chain(first: EngineItem, rest: AsyncIterator[EngineItem]) -> AsyncIterator[EngineItem]:
    yield first
    async for item in rest:
        yield item
