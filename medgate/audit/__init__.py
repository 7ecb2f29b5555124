"""The audit trail: keyed HMAC chains per gateway replica, a manifest, an anchor log, a group-commit writer.

The request path uses ``open_audit_writer`` and the ``AuditWriter`` it returns (``write``,
``healthy``, ``record_auth_failure``, ``close``); auditors use ``verify``.
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
