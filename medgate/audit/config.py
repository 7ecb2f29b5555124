"""The audit log's settings (``audit:`` in medgate's config; ``MEDGATE_AUDIT__*`` variables).

Three places, kept apart: ``dir`` holds the chains and their manifest (the audit volume);
``anchor_dir`` the anchor log (default ``DIR-anchors`` beside it; in a cluster another volume,
writable only by the gateway, so that whoever can rewrite the audit volume cannot also rewrite
the anchors); the key and the salt come from
Secrets (``key_file``/``salt_file`` or ``MEDGATE_AUDIT__KEY``/``MEDGATE_AUDIT__SALT``), never
from either volume. With ``generate_secrets`` (local use) a missing key or salt is generated
once in ``secrets_dir``; it defaults to false inside Kubernetes, so that a missing Secret stops
the start instead of yielding a key that dies with the pod.
"""

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from medgate.audit.chain import ChainKey
from medgate.audit.keys import create_secret_once, is_inside, read_secret_file

FsyncPolicy = Literal["always", "interval", "never"]
FailurePolicy = Literal["block", "continue"]


def _xdg(variable: str, fallback: str) -> Path:
    return Path(os.environ.get(variable, Path.home() / fallback))


def _default_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / "medgate" / "audit"


def _default_anchor_dir(data: dict[str, object]) -> Path:
    """Beside the audit directory (``DIR-anchors``): enough locally; a cluster mounts another volume."""
    directory = data.get("dir")
    directory = directory if isinstance(directory, Path) else _default_dir()
    return directory.parent / f"{directory.name}-anchors"


def _in_kubernetes() -> bool:
    """In a pod a generated key would die with the container: there, a missing Secret must stop the start."""
    return "KUBERNETES_SERVICE_HOST" in os.environ


def _default_secrets_dir() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / "medgate"


class AuditConfig(BaseModel):
    """Where and how the gateway writes its keyed, anchored audit chains (one per ingress replica)."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)  # never echo a key or salt

    dir: Path = Field(default_factory=_default_dir)
    anchor_dir: Path = Field(default_factory=_default_anchor_dir)
    key: SecretStr | None = None  # the chain's HMAC key (>= 32 bytes)
    key_file: Path | None = None
    salt: SecretStr | None = None  # the salt of the prompt/answer hashes
    salt_file: Path | None = None
    generate_secrets: bool = Field(default_factory=lambda: not _in_kubernetes())  # create a missing key/salt
    secrets_dir: Path = Field(default_factory=_default_secrets_dir)
    fsync: FsyncPolicy = "always"  # always: a record is acknowledged once fsynced (one fsync per batch)
    fsync_interval_s: float = Field(1.0, gt=0)
    rotate_bytes: int | None = Field(64 * 1024 * 1024, gt=0)
    on_failure: FailurePolicy = "block"  # block: refuse requests (503) while records cannot be written
    queue_size: int = Field(4096, gt=0)  # records waiting for the writer thread; beyond it writers wait
    max_batch: int = Field(512, gt=0)  # records per group commit
    write_timeout_s: float = Field(10.0, gt=0)  # longest a request waits for its record to be durable
    write_retries: int = Field(2, ge=0)  # retries of a failed group commit before giving up on it
    retry_after_s: int = Field(5, ge=0)  # Retry-After on 503 audit_unavailable
    anchor_interval_s: float = Field(30.0, gt=0)
    auth_failure_interval_s: float = Field(60.0, gt=0)  # one record per source per interval
    max_auth_failure_sources: int = Field(1024, gt=0)  # beyond it failures are counted under "other"

    @model_validator(mode="after")
    def _places_apart(self) -> "AuditConfig":
        if self.key is not None and self.key_file is not None:
            raise ValueError("audit: set key or key_file, not both")
        if self.salt is not None and self.salt_file is not None:
            raise ValueError("audit: set salt or salt_file, not both")
        if is_inside(self.anchor_dir, self.dir) or is_inside(self.dir, self.anchor_dir):
            raise ValueError("audit.anchor_dir must be outside audit.dir (and the reverse)")
        for name in ("key_file", "salt_file", "secrets_dir"):
            value = getattr(self, name)
            if value is not None and (is_inside(value, self.dir) or is_inside(value, self.anchor_dir)):
                raise ValueError(f"audit.{name} must not be on the audit or anchor volume ({value})")
        return self

    def chain_key(self) -> ChainKey:
        """The key records are signed with (generated in secrets_dir only when allowed)."""
        return ChainKey(self._secret(self.key, self.key_file, "audit-chain.key", "key"))

    def salt_bytes(self) -> bytes:
        """The salt of the text hashes (generated in secrets_dir only when allowed)."""
        return self._secret(self.salt, self.salt_file, "audit-hash.salt", "salt")

    def _secret(self, value: SecretStr | None, file: Path | None, generated: str, what: str) -> bytes:
        if value is not None:
            return value.get_secret_value().encode("utf-8")
        if file is not None:
            return read_secret_file(file)
        if not self.generate_secrets:
            raise ValueError(
                f"audit.{what} is not configured (set audit.{what}_file to a Secret's file or "
                f"MEDGATE_AUDIT__{what.upper()}) and audit.generate_secrets is false"
            )
        return create_secret_once(self.secrets_dir / generated)
