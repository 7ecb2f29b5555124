"""Each gateway replica's own audit log file, and the salt its hashes use."""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from medgate.audit.log import AuditLog
from medgate.serving.config import AuditConfig


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
