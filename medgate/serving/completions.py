"""The request path of ``/v1/chat/completions`` and ``/v1/completions``, top to bottom.

auth -> body parsed against the allow-list and validated into vLLM's request model ->
limits -> input guards over every text the model will read -> engine -> output guards
over every text the client will get (whole answers, or each streamed window of each
field of each choice) -> audit record and metrics, exactly once per request, whatever
happened. Every failure leaves as an OpenAI-shaped error; a guard that cannot decide
blocks (fail closed).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from fastapi import Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from ray.serve.exceptions import BackPressureError

from medgate.audit import AuditUnavailable
from medgate.guardrails import GuardPolicy, GuardVerdict, RequestGuard
from medgate.serving.errors import OpenAIError
from medgate.serving.gateway import Gateway, audit_unavailable
from medgate.serving.json_answers import Schema, json_content, requested_json
from medgate.serving.limits import overload_error
from medgate.serving.openai_wire import (
    DONE,
    Endpoint,
    EngineItem,
    TextSlots,
    answer_fields,
    check_engine_item,
    choices_of,
    clear_choice,
    client_view,
    engine_request,
    model_name,
    packets,
    parse_packet,
    parse_request,
    prompt_count,
    read_json_body,
    requested_max_tokens,
    sse,
    text_of,
    wants_usage,
)
from medgate.serving.protocol import ChatRequest, ClientRequest
from medgate.serving.request import RequestRecord
from medgate.serving.streamed_answer import GuardedChoices

logger = logging.getLogger("medgate.gateway")

REVIEW_HEADER = "x-medgate-review-required"
REVIEW_REASONS_HEADER = "x-medgate-review-reasons"
REQUEST_ID_HEADER = "x-medgate-request-id"
_MAX_CHARS_PER_TOKEN = 32  # no tokenizer packs more characters than this into a token on real text


class CompletionPath:
    """Serves one completion request from the client's bytes to its audit record."""

    def __init__(self, gateway: Gateway) -> None:
        self.gw = gateway
        self.limits = gateway.settings.limits
        self.context_tokens = {m.name: m.max_model_len for m in gateway.settings.models}

    async def __call__(self, http: Request, endpoint: Endpoint) -> Response:
        gw = self.gw
        record = gw.new_record(endpoint, http)
        try:
            gw.ensure_auditable()
            record.tenant = gw.auth.tenant_for(http.headers.get("authorization"))
            gw.limiter.enter(record.tenant)
            record.entered = True
            body = await read_json_body(http, self.limits.max_body_bytes)
            record.model = model_name(body, list(gw.engines))
            request = parse_request(endpoint, body)
            record.stream = bool(request.stream)
            gw.metrics.request_started(model=record.model, tenant=record.tenant)
            record.counted = True
            policy = gw.guards.policy.for_tenant(record.tenant)
            self._check_logprobs(request, policy)

            texts = TextSlots.of(request)
            prompts = prompt_count(request)
            if prompts > self.limits.max_prompts:
                raise OpenAIError(
                    400,
                    f"'prompt' may hold at most {self.limits.max_prompts} texts.",
                    code="invalid_value",
                    param="prompt",
                )
            max_tokens_param, requested = requested_max_tokens(request)
            record.admission = gw.limiter.admit(
                record.tenant,
                max_tokens=requested,
                max_tokens_param=max_tokens_param,
                n=(request.n or 1) * prompts,
                prompt_texts=texts.values(),
                prompt_param="messages" if endpoint == "chat" else "prompt",
            )
            self._check_context(record.model, texts.values())
            max_tokens = min(requested or self.limits.max_tokens_cap, self.limits.max_tokens_cap)
            salt = gw.cache_salt(record.tenant)
            engine_request(request, request_id=record.request_id, max_tokens=max_tokens, cache_salt=salt)  # checks

            guard = gw.guards.new_request(record.tenant)
            verdict = await guard.acheck_input(texts.values())
            record.input_verdict = verdict
            gw.count_verdict(verdict, "input")
            if verdict.blocked:
                raise self._blocked(verdict)
            texts.replace(verdict.redacted_texts)
            record.prompt_text = "\n".join(texts.values())

            engine = gw.engines[record.model]
            answer = engine.generate(
                engine_request(request, request_id=record.request_id, max_tokens=max_tokens, cache_salt=salt)
            )
            headers = {REQUEST_ID_HEADER: record.request_id, **record.rate_headers}
            if record.stream:
                try:  # errors before the stream starts are plain 4xx/5xx answers
                    async with asyncio.timeout(self.limits.stream_first_token_timeout_s):
                        first = check_engine_item(await _first_item(answer))
                except TimeoutError:
                    await _cancel(answer)
                    raise OpenAIError(504, "The engine did not start answering in time.", code="timeout") from None
                events = self._stream(
                    record, guard, first, answer, include_usage=wants_usage(body), json_spec=requested_json(request)
                )
                return StreamingResponse(events, media_type="text/event-stream", headers=headers)
            return await self._respond(record, guard, policy, answer, headers, requested_json(request))
        except Exception as exc:  # noqa: BLE001 - every failure leaves as an OpenAI-shaped error
            error = self._as_openai_error(record, exc)
            record.fail(error)
            await gw.finish_quietly(record)
            return error.response()

    # -- output guards ----------------------------------------------------------------------------------------------
    async def _respond(
        self,
        record: RequestRecord,
        guard: RequestGuard,
        policy: GuardPolicy,
        answer: AsyncIterator[EngineItem],
        headers: dict[str, str],
        json_spec: tuple[bool, Schema | None],
    ) -> Response:
        """A whole answer: every text of every choice is checked, then released at once."""
        try:
            async with asyncio.timeout(self.limits.request_timeout_s):
                item = check_engine_item(await _first_item(answer))
        except TimeoutError:
            raise OpenAIError(504, "The engine did not answer in time.", code="timeout") from None
        body = parse_packet(packets(item)[0])
        if body is None:
            raise OpenAIError(502, "The engine returned no answer.", code="engine_failed", type="server_error")
        for choice in choices_of(body):
            fields = answer_fields(record.endpoint, choice)
            raw = [text_of(holder, key) for holder, key in fields]
            verdict = await guard.acheck_output(raw)
            record.output_verdicts.append(verdict)
            self.gw.count_verdict(verdict, "output")
            released = list(verdict.redacted_texts)
            if json_spec[0] and not verdict.blocked:
                document = json_content(guard, raw[0], verdict, json_spec[1])
                if document is None:
                    verdict.decision = "block"
                    verdict.reasons.append("json: no valid redaction of the requested JSON")
                else:
                    released[0] = document
            if verdict.blocked:
                clear_choice(record.endpoint, choice)
                choice["finish_reason"] = "content_filter"
            else:
                for (holder, key), old, new in zip(fields, raw, released, strict=True):
                    if new != old or holder.get(key) is not None:
                        holder[key] = new
            if verdict.blocked or released != raw or not policy.allow_logprobs:
                choice["logprobs"] = None  # token-level data never says more than the released text
            record.answer_text += "".join(text_of(holder, key) for holder, key in fields)
            record.finish_reasons.append(str(choice.get("finish_reason")))
        record.mark_released()
        record.set_usage(body.get("usage"))
        outcome = record.outcome()
        body["medgate"] = outcome.client_view()
        headers = {REVIEW_HEADER: str(outcome.review_required).lower(), **headers}
        if outcome.review_required:
            headers[REVIEW_REASONS_HEADER] = ",".join(outcome.review_reasons)[:512]
        await self.gw.finish(record)  # block mode: no answer without its record (AuditUnavailable -> 503)
        return JSONResponse(client_view(body), headers=headers)

    async def _stream(
        self,
        record: RequestRecord,
        guard: RequestGuard,
        first: EngineItem,
        answer: AsyncIterator[EngineItem],
        *,
        include_usage: bool,
        json_spec: tuple[bool, Schema | None],
    ) -> AsyncIterator[str]:
        """A streamed answer: each text field of each choice passes its own StreamGuard before any of it is sent."""
        choices = GuardedChoices(self.gw, record, guard, json_spec)
        loop = asyncio.get_running_loop()
        first_deadline = loop.time() + self.limits.stream_first_token_timeout_s
        last_deadline = loop.time() + self.limits.stream_timeout_s
        try:
            async with asyncio.timeout_at(min(first_deadline, last_deadline)) as deadline:
                async for item in _chain(first, answer):
                    for packet in packets(item):
                        chunk = parse_packet(packet)
                        if chunk is None:
                            continue
                        released = await choices.release(chunk, include_usage=include_usage)
                        if released is not None:
                            yield sse(client_view(released))
                    if record.first_token_at is not None:
                        deadline.reschedule(last_deadline)
                    if choices.all_blocked:
                        break  # every choice was stopped by the guard: cancel the engine request
            await _cancel(answer)
            await self.gw.finish(record)  # the record first: a client that saw [DONE] has it even if we crash now
            yield DONE
        except AuditUnavailable:
            error = audit_unavailable(self.gw.audit.retry_after_s)
            yield sse(error.body())
            yield DONE
        except asyncio.CancelledError:
            record.status, record.error_code = 499, "client_closed_request"  # the engine request is cancelled with us
            raise
        except TimeoutError:
            await _cancel(answer)
            self.gw.metrics.rate_limited(tenant=record.tenant, limit="deadline")
            error = OpenAIError(504, "The answer took longer than this gateway's stream deadline.", code="timeout")
            record.fail(error)
            yield sse(error.body())
            yield DONE
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
            await self.gw.finish_quietly(record)

    # -- checks -------------------------------------------------------------------------------------------------------
    def _check_logprobs(self, request: ClientRequest, policy: GuardPolicy) -> None:
        """Token-level data can spell what the guards redacted: refused unless the policy allows it; never streamed."""
        wanted = bool(request.logprobs or (isinstance(request, ChatRequest) and request.top_logprobs))
        if not wanted:
            return
        if not policy.allow_logprobs or request.stream:
            why = "on streams" if policy.allow_logprobs else "by this tenant's guard policy"
            raise OpenAIError(
                400, f"'logprobs' are not available {why}.", code="unsupported_parameter", param="logprobs"
            )

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
        categories = verdict.fired
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
        if isinstance(exc, AuditUnavailable):
            return audit_unavailable(self.gw.audit.retry_after_s)
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


async def _first_item(answer: AsyncIterator[EngineItem]) -> EngineItem:
    try:
        return await answer.__anext__()
    except StopAsyncIteration:
        raise OpenAIError(502, "The engine returned no answer.", code="engine_failed", type="server_error") from None


async def _chain(first: EngineItem, rest: AsyncIterator[EngineItem]) -> AsyncIterator[EngineItem]:
    yield first
    async for item in rest:
        yield item


async def _cancel(answer: AsyncIterator[EngineItem]) -> None:
    """Stop the engine's generation for an answer nobody will read any more."""
    cancel = getattr(answer, "cancel", None)  # a Serve DeploymentResponseGenerator
    if callable(cancel):
        cancel()
        return
    close = getattr(answer, "aclose", None)  # an async generator
    if callable(close):
        await close()
