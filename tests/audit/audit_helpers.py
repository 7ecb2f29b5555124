"""Helpers for the audit tests: a chain key, a configured writer, the lines of a log file."""

from __future__ import annotations

from pathlib import Path

from medgate.audit import AuditConfig, ChainKey, VerifyReport, open_audit_writer, verify

KEY = ChainKey(b"k" * 32 + b"-test-chain-key")
SALT = "test-salt-of-the-hashes"


def audit_config(root: Path, **overrides: object) -> AuditConfig:
    """A config with every place under ``root``: logs, anchors, and the key/salt given as values."""
    values: dict[str, object] = {
        "dir": root / "audit",
        "anchor_dir": root / "anchors",
        "key": KEY.secret.decode(),
        "salt": SALT,
        "generate_secrets": False,
        "secrets_dir": root / "secrets",
        **overrides,
    }
    return AuditConfig.model_validate(values)


def write_records(config: AuditConfig, replica: str, n: int, *, start: int = 0) -> list[dict[str, object]]:
    """n records through a real writer (group commit, anchors, manifest), closed at the end."""
    with open_audit_writer(config, replica) as writer:
        written = [writer.append({"request_id": f"{replica}-{i}", "status": 200}) for i in range(start, start + n)]
    assert all(r is not None for r in written)
    return [r for r in written if r is not None]


def check(root: Path, *, keys: list[ChainKey] | None = None, anchors: bool = True) -> VerifyReport:
    return verify([root / "audit"], keys=keys or [KEY], anchors=root / "anchors" if anchors else None)


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)
