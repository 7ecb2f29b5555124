"""Open the audit writer of one gateway replica from its settings."""

import re
from collections.abc import Callable

from medgate.audit.chain import ANCHORS_NAME
from medgate.audit.config import AuditConfig
from medgate.audit.log import AuditLog
from medgate.audit.shared import SharedChain
from medgate.audit.writer import AuditWriter, WriterOptions


def chain_name(replica_id: str) -> str:
    """The replica's chain file name (one writer per file keeps each chain linear)."""
    return "audit-" + re.sub(r"[^A-Za-z0-9_.-]", "_", replica_id) + ".jsonl"


def writer_options(config: AuditConfig) -> WriterOptions:
    return WriterOptions(
        fsync=config.fsync,
        fsync_interval_s=config.fsync_interval_s,
        on_failure=config.on_failure,
        queue_size=config.queue_size,
        max_batch=config.max_batch,
        write_timeout_s=config.write_timeout_s,
        write_retries=config.write_retries,
        retry_after_s=config.retry_after_s,
        anchor_interval_s=config.anchor_interval_s,
        auth_failure_interval_s=config.auth_failure_interval_s,
        max_auth_failure_sources=config.max_auth_failure_sources,
    )


def open_audit_writer(
    config: AuditConfig,
    replica_id: str,
    *,
    on_write_failure: Callable[[int], None] | None = None,
    on_health_change: Callable[[bool], None] | None = None,
) -> AuditWriter:
    """The replica's writer: its own chain in ``config.dir``, anchored in ``config.anchor_dir``.

    Raises (so the replica does not start) when the key or salt is missing and may not be
    generated, or when a directory cannot be written.
    """
    key, salt = config.chain_key(), config.salt_bytes()
    directory = config.dir.expanduser().resolve()
    log = AuditLog(directory / chain_name(replica_id), key=key, fsync=config.fsync, rotate_bytes=config.rotate_bytes)
    anchors = SharedChain(config.anchor_dir.expanduser().resolve() / ANCHORS_NAME, key)
    options = writer_options(config)
    return AuditWriter(
        log,
        salt=salt,
        anchors=anchors,
        options=options,
        on_write_failure=on_write_failure,
        on_health_change=on_health_change,
    )
