"""A streamed answer behind the output guards: each text field of each choice has its own StreamGuard.

Text is released only once checked (see ``guardrails/stream.py`` for the hold-back); reasoning,
refusal and content are guarded as separate streams; tool calls are held whole until their
choice finishes, then checked and sent in one delta; a JSON answer is released whole, still
valid. A choice any of whose fields is blocked ends with ``content_filter``.
"""

from __future__ import annotations

from medgate.guardrails import GatedStream, GuardVerdict, RequestGuard, StreamGuard
from medgate.serving.gateway import Gateway
from medgate.serving.json_answers import Schema, json_content
from medgate.serving.openai_wire import MESSAGE_TEXT_FIELDS, JsonObject, choices_of, clear_choice, text_of
from medgate.serving.request import RequestRecord


class GuardedChoices:
    """The choices of one streamed answer: each text field of each choice behind its own StreamGuard.

    Tool calls are held whole until their choice finishes, then checked and sent in one delta.
    """

    def __init__(
        self, gateway: Gateway, record: RequestRecord, guard: RequestGuard, json_spec: tuple[bool, Schema | None]
    ) -> None:
        self._json_spec = json_spec  # JSON answers are checked whole, at the end, so the document stays valid
        self._json_raw: dict[int, str] = {}
        self._json_verdicts: dict[int, GuardVerdict] = {}
        self._gw = gateway
        self._record = record
        self._guard = guard
        self._guards: dict[int, dict[str, StreamGuard | GatedStream]] = {}
        self._tool_calls: dict[int, dict[int, JsonObject]] = {}
        self._tool_verdicts: dict[int, GuardVerdict] = {}
        self._closed: set[int] = set()

    @property
    def all_blocked(self) -> bool:
        """Every choice has ended, and each was stopped by the guard."""
        verdicts = self._record.output_verdicts
        return bool(self._guards) and len(self._closed) == len(self._guards) and all(v.blocked for v in verdicts)

    async def release(self, chunk: JsonObject, *, include_usage: bool) -> JsonObject | None:
        """The chunk rewritten to carry only checked text; None when it has nothing to send."""
        record = self._record
        if chunk.get("usage"):
            record.set_usage(chunk["usage"])
        choices = [c for c in [await self._release_choice(choice) for choice in choices_of(chunk)] if c is not None]
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

    async def _release_choice(self, choice: JsonObject) -> JsonObject | None:
        record, endpoint = self._record, self._record.endpoint
        index = choice.get("index", 0)
        index = index if isinstance(index, int) else 0
        if index in self._closed:
            return None
        guards = self._guards.setdefault(index, {})
        delta = choice.get("delta") if endpoint == "chat" else choice
        holder: JsonObject = delta if isinstance(delta, dict) else {}
        self._collect_tool_calls(index, holder)
        keys = ("text",) if endpoint != "chat" else MESSAGE_TEXT_FIELDS
        finishing = bool(choice.get("finish_reason"))
        released_any = False
        for key in keys:
            text = text_of(holder, key)
            if text:
                record.streamed_deltas += 1
            if self._json_spec[0] and key in ("content", "text"):
                released = await self._json_part(index, text, finishing)
                if released or key in holder:
                    holder[key] = released
                released_any = released_any or bool(released)
                record.answer_text += released
                continue
            if not text and not (finishing and key in guards):
                continue
            if key not in guards:
                guards[key] = self._guard.stream(disclaim=key in ("content", "text"))
            stream_guard = guards[key]
            released = await stream_guard.afeed(text) + (await stream_guard.afinish() if finishing else "")
            holder[key] = released
            if released:
                released_any = True
                record.answer_text += released
                record.mark_released()
        if finishing:
            await self._finish_tool_calls(index, holder)
        extra = [v for v in (self._tool_verdicts.get(index), self._json_verdicts.get(index)) if v is not None]
        verdict = GuardVerdict.merged([g.verdict for g in guards.values()] + extra)
        if verdict.blocked:
            clear_choice(endpoint, choice)
            choice["finish_reason"] = "content_filter"
            choice["medgate"] = {"blocked": True, "categories": verdict.fired, "reasons": verdict.reasons}
            released_any = False
        choice.pop("logprobs", None)
        finish_reason = choice.get("finish_reason")
        if finish_reason:
            self._closed.add(index)
            record.finish_reasons.append(str(finish_reason))
            record.output_verdicts.append(verdict)
            self._gw.count_verdict(verdict, "output")
        opens_message = endpoint == "chat" and bool(holder.get("role"))
        return choice if released_any or finish_reason or opens_message or holder.get("tool_calls") else None

    async def _json_part(self, index: int, text: str, finishing: bool) -> str:
        """Hold a JSON answer until it is whole; then release it checked, redacted and still valid."""
        raw = self._json_raw[index] = self._json_raw.get(index, "") + text
        if not finishing:
            return ""
        verdict = await self._guard.acheck_output([raw])
        document = None if verdict.blocked else json_content(self._guard, raw, verdict, self._json_spec[1])
        if document is None and not verdict.blocked:
            verdict.decision = "block"
            verdict.reasons.append("json: no valid redaction of the requested JSON")
        self._json_verdicts[index] = verdict
        if document:
            self._record.mark_released()
        return document or ""

    def _collect_tool_calls(self, index: int, holder: JsonObject) -> None:
        """Accumulate streamed tool-call fragments; none of them is released before the whole call is checked."""
        calls = holder.pop("tool_calls", None)
        for call in calls if isinstance(calls, list) else []:
            if not isinstance(call, dict):
                continue
            position = call.get("index", 0)
            whole = self._tool_calls.setdefault(index, {}).setdefault(position if isinstance(position, int) else 0, {})
            for key in ("id", "type"):
                if call.get(key):
                    whole[key] = call[key]
            function = call.get("function")
            if isinstance(function, dict):
                target = whole.get("function")
                target = target if isinstance(target, dict) else {}
                whole["function"] = {
                    key: text_of(target, key) + text_of(function, key) for key in ("name", "arguments")
                }

    async def _finish_tool_calls(self, index: int, holder: JsonObject) -> None:
        calls = self._tool_calls.get(index)
        if not calls:
            return
        fields: list[tuple[JsonObject, str]] = []
        for call in calls.values():
            function = call.get("function")
            if isinstance(function, dict):
                fields += [(function, "name"), (function, "arguments")]
        verdict = await self._guard.acheck_output([text_of(h, k) for h, k in fields])
        self._tool_verdicts[index] = verdict
        if not verdict.blocked:
            for (function, key), text in zip(fields, verdict.redacted_texts, strict=True):
                function[key] = text
            holder["tool_calls"] = [{"index": i, **call} for i, call in sorted(calls.items())]
