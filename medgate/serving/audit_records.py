"""What the gateway writes to the audit log for each request: decisions, counts and salted hashes, never text."""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from medgate.audit.log import AuditLog
from medgate.serving.config import AuditConfig

if TYPE_CHECKING:
    from medgate.serving.ingress import Call


def audit_log_for_replica(config: AuditConfig, replica_id: str) -> AuditLog:
    """Open this replica's own log file (one writer per file keeps each hash chain linear)."""
    directory = config.dir.expanduser().resolve()
    directory.mkdir(parents=True, exist_ok=True)
    salt = config.salt.get_secret_value().encode("utf-8") if config.salt else _shared_salt(directory)
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", replica_id)
    return AuditLog(directory / f"audit-{name}.jsonl", salt=salt, fsync=config.fsync, rotate_bytes=config.rotate_bytes)


def _shared_salt(directory: Path) -> bytes:
    """A random salt kept beside the logs (mode 0600), shared by every replica writing there."""
    path = directory / ".salt"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_hex(32))
    return path.read_bytes().strip()


def build_record(call: Call, audit: AuditLog, *, e2e_s: float, ttft_s: float | None) -> dict[str, Any]:
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
