"""One request's record while it runs: what the guards decided, what was released, what it cost.

Its :meth:`RequestRecord.outcome` is the single summary of a request: the client's
``medgate`` field and the audit record are both built from it, so they cannot disagree.
The audit record carries decisions, counts and salted hashes, never text.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from medgate.guardrails import GuardVerdict
from medgate.serving.errors import OpenAIError
from medgate.serving.limits import Admission
from medgate.serving.openai_wire import Endpoint, JsonObject


@dataclass(frozen=True)
class Outcome:
    """The guards' outcome of a request, as clients and auditors see it."""

    request_id: str
    input_decision: str | None
    output_decisions: list[str]
    categories: list[str]
    phi_redacted: dict[str, int]
    review_required: bool
    review_reasons: list[str]

    def client_view(self) -> JsonObject:
        """The ``medgate`` field of an answer."""
        return {
            "request_id": self.request_id,
            "review_required": self.review_required,
            "review_reasons": self.review_reasons,
            "input_decision": self.input_decision,
            "output_decisions": self.output_decisions,
            "phi_redacted": self.phi_redacted,
        }


@dataclass
class RequestRecord:
    """What the gateway knows about one request while it runs."""

    endpoint: Endpoint
    request_id: str
    tenant: str = "-"
    model: str = "-"
    stream: bool = False
    started: float = field(default_factory=time.perf_counter)
    status: int = 200
    error_code: str | None = None
    prompt_text: str = ""  # as the engine received it (redacted); only its salted hash is kept
    answer_text: str = ""  # as released to the client
    input_verdict: GuardVerdict | None = None
    output_verdicts: list[GuardVerdict] = field(default_factory=list)
    first_token_at: float | None = None
    token_times: list[float] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reasons: list[str] = field(default_factory=list)
    finished: bool = False
    counted: bool = False  # counted in the ongoing-requests gauge
    admission: Admission | None = None  # rate-limit reservation and headers
    entered: bool = False  # holds one of its tenant's concurrent-request slots
    client_request_id: str | None = None  # the client's own x-request-id, kept for correlation only
    client_host: str = "unknown"  # where failed authentications come from (aggregated, not per request)
    streamed_deltas: int = 0  # text deltas the engine streamed: what a stream cut short is charged

    def charged_tokens(self) -> int:
        """Tokens to settle the rate limit with: the engine's usage, else what the stream is known to have cost."""
        if self.prompt_tokens or self.completion_tokens:
            return self.prompt_tokens + self.completion_tokens
        prompt = self.admission.prompt_estimate if self.admission is not None else 0
        return prompt + self.streamed_deltas

    def mark_released(self) -> None:
        """Text was just released to the client (for TTFT and inter-token latency)."""
        now = time.perf_counter()
        if self.first_token_at is None:
            self.first_token_at = now
        self.token_times.append(now)

    def fail(self, error: OpenAIError) -> None:
        self.status, self.error_code = error.status, error.code

    def set_usage(self, usage: object) -> None:
        """Take the engine's token counts from a ``usage`` object, when it has one."""
        if isinstance(usage, dict):
            self.prompt_tokens = _count(usage.get("prompt_tokens"))
            self.completion_tokens = _count(usage.get("completion_tokens"))

    @property
    def rate_headers(self) -> dict[str, str]:
        return self.admission.headers if self.admission is not None else {}

    @property
    def verdicts(self) -> list[tuple[str, GuardVerdict]]:
        """(direction, verdict) for every check made so far."""
        first = [("input", self.input_verdict)] if self.input_verdict is not None else []
        return first + [("output", verdict) for verdict in self.output_verdicts]

    def outcome(self) -> Outcome:
        review_reasons: list[str] = []
        phi: Counter[str] = Counter()
        categories: set[str] = set()
        for _, verdict in self.verdicts:
            if verdict.review_required:
                review_reasons += [r for r in verdict.reasons if r not in review_reasons]
            phi.update(verdict.phi_counts)
            categories |= {name for name, fired in verdict.categories.items() if fired}
        return Outcome(
            request_id=self.request_id,
            input_decision=self.input_verdict.decision if self.input_verdict else None,
            output_decisions=[v.decision for v in self.output_verdicts],
            categories=sorted(categories),
            phi_redacted=dict(phi),
            review_required=any(v.review_required for _, v in self.verdicts),
            review_reasons=review_reasons,
        )

    def audit_record(self, hash_text: Callable[[str], str], *, e2e_s: float, ttft_s: float | None) -> JsonObject:
        """The audit log's record of this request: decisions, counts and salted hashes, never text."""
        outcome = self.outcome()
        stages = [
            {
                "direction": direction,
                "stage": stage.name,
                "decision": stage.decision,
                "categories": list(stage.categories),
                "latency_ms": round(stage.latency_ms, 3),
                "failed": stage.error is not None,
            }
            for direction, verdict in self.verdicts
            for stage in verdict.stages
        ]
        return {
            "request_id": self.request_id,
            "client_request_id": self.client_request_id,
            "tenant": self.tenant,
            "model": self.model,
            "endpoint": self.endpoint,
            "stream": self.stream,
            "status": self.status,
            "error_code": self.error_code,
            "input_decision": outcome.input_decision,
            "output_decisions": outcome.output_decisions,
            "categories": outcome.categories,
            "stages": stages,
            "phi_counts": outcome.phi_redacted,
            "review_required": outcome.review_required,
            "review_reasons": outcome.review_reasons,
            "prompt_sha256": hash_text(self.prompt_text) if self.prompt_text else None,
            "answer_sha256": hash_text(self.answer_text) if self.answer_text else None,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "finish_reasons": self.finish_reasons,
            "latency_ms": {
                "e2e": round(e2e_s * 1000, 3),
                "ttft": round(ttft_s * 1000, 3) if ttft_s is not None else None,
            },
        }


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
