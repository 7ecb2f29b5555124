"""The tamper-evident audit log: hash-chained JSON Lines, one writer per file, and its verifier."""

from medgate.audit.log import AuditLog, AuditLogCorrupt
from medgate.audit.verify import VerifyReport, verify, verify_main

__all__ = ["AuditLog", "AuditLogCorrupt", "VerifyReport", "verify", "verify_main"]
