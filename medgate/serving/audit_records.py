"""What the gateway writes to the audit log for each request: decisions, counts and salted hashes, never text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from medgate.audit.config import AuditConfig
from medgate.audit.replica import open_audit_writer
from medgate.audit.writer import AuditWriter

if TYPE_CHECKING:
    from medgate.serving.ingress import Call


def audit_log_for_replica(config: AuditConfig, replica_id: str) -> AuditWriter:
    """This replica's audit writer (kept for the current ingress; new code calls ``open_audit_writer``)."""
    return open_audit_writer(config, replica_id)


def build_record(call: Call, audit: AuditWriter, *, e2e_s: float, ttft_s: float | None) -> dict[str, Any]:
    """The request's audit record. ``call.prompt_text`` and ``call.answer_text`` must be the texts after
    PHI redaction (what the engine saw, what the client got): a salted hash of the raw prompt would let
    anyone holding the salt confirm a guess at a patient's identifiers."""
    verdicts = [("input", call.input_verdict)] + [("output", v) for v in call.output_verdicts]
    stages = [
        {
            "direction": direction,
            "stage": stage.name,
            "decision": stage.decision,
            "categories": list(stage.categories),
            "latency_ms": round(stage.latency_ms, 3),
            "failed": stage.error is not None,
        }
        for direction, verdict in verdicts
        if verdict is not None
        for stage in verdict.stages
    ]
    phi_counts: dict[str, int] = {}
    for _, verdict in verdicts:
        for kind, count in (verdict.phi_counts if verdict else {}).items():
            phi_counts[kind] = phi_counts.get(kind, 0) + count
    return {
        "request_id": call.request_id,
        "tenant": call.tenant,
        "model": call.model,
        "endpoint": call.endpoint,
        "stream": call.stream,
        "status": call.status,
        "error_code": call.error_code,
        "input_decision": call.input_verdict.decision if call.input_verdict else None,
        "output_decisions": [v.decision for v in call.output_verdicts],
        "categories": sorted({c for _, v in verdicts if v for c, on in v.categories.items() if on}),
        "stages": stages,
        "phi_counts": phi_counts,
        "review_required": call.review_required,
        "review_reasons": call.review_reasons,
        "prompt_sha256": audit.hash_text(call.prompt_text) if call.prompt_text else None,
        "answer_sha256": audit.hash_text(call.answer_text) if call.answer_text else None,
        "prompt_tokens": call.prompt_tokens,
        "completion_tokens": call.completion_tokens,
        "finish_reasons": call.finish_reasons,
        "latency_ms": {"e2e": round(e2e_s * 1000, 3), "ttft": round(ttft_s * 1000, 3) if ttft_s is not None else None},
    }
