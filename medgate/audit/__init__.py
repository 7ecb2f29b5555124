"""The audit trail: keyed HMAC chains per gateway replica, a manifest, an anchor log, a group-commit writer.

The request path uses ``open_audit_writer`` and the ``AuditWriter`` it returns; auditors use ``verify``::

    audit = open_audit_writer(settings.audit, replica_id,
                              on_write_failure=metrics.audit_write_failed, on_health_change=metrics.audit_health)
    if audit.blocking and not audit.healthy:        # before accepting a request
        ...503 audit_unavailable, Retry-After: audit.retry_after_s
    audit.record_auth_failure(client_host, code)    # on a 401, instead of a record per request
    await audit.write(record)                       # durable on return; AuditUnavailable in block mode
    audit.close()                                   # at shutdown: drain, sync, final anchor
"""

from medgate.audit.chain import ChainKey
from medgate.audit.config import AuditConfig
from medgate.audit.log import AuditLog, AuditLogCorrupt
from medgate.audit.replica import open_audit_writer
from medgate.audit.verify import VerifyReport, verify, verify_main
from medgate.audit.writer import AuditUnavailable, AuditWriter, WriterOptions, WriterStats

__all__ = [
    "AuditConfig",
    "AuditLog",
    "AuditLogCorrupt",
    "AuditUnavailable",
    "AuditWriter",
    "ChainKey",
    "VerifyReport",
    "WriterOptions",
    "WriterStats",
    "open_audit_writer",
    "verify",
    "verify_main",
]
