"""Bearer API keys per tenant, stored only as SHA-256 hashes and compared in constant time."""

from __future__ import annotations

import hmac
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

import yaml

from medgate.serving.config import ApiKeyEntry, duplicate_key_tenants, hash_api_key
from medgate.serving.errors import OpenAIError


class ApiKeyAuth:
    """Maps a presented bearer token to its tenant. Keys never appear in logs or errors."""

    def __init__(self, entries: Sequence[ApiKeyEntry]) -> None:
        if not entries:
            raise ValueError("at least one API key must be configured")
        if clashes := duplicate_key_tenants(list(entries)):
            raise ValueError(f"the same API key is configured for more than one tenant: {sorted(clashes.values())}")
        self._entries = [(bytes.fromhex(e.key_sha256), e.tenant) for e in entries]

    def tenant_for(self, authorization: str | None) -> str:
        """Return the tenant owning the key in an ``Authorization: Bearer`` header, or raise 401."""
        if not authorization:
            raise OpenAIError(401, "Missing API key: send 'Authorization: Bearer <key>'.", code="missing_api_key")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise OpenAIError(401, "Malformed Authorization header: expected 'Bearer <key>'.", code="invalid_api_key")
        presented = bytes.fromhex(hash_api_key(token.strip()))
        tenant = None
        for digest, owner in self._entries:  # no early exit: the time taken does not depend on which key matched
            if hmac.compare_digest(digest, presented):
                tenant = owner
        if tenant is None:
            raise OpenAIError(401, "Incorrect API key provided.", code="invalid_api_key")
        return tenant

    def is_valid(self, authorization: str | None) -> bool:
        """Whether the header carries a configured key (no error raised)."""
        try:
            self.tenant_for(authorization)
        except OpenAIError:
            return False
        return True


def user_key_file() -> Path:
    """``$XDG_CONFIG_HOME/medgate/api_keys.yaml`` (hashes only)."""
    base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "medgate" / "api_keys.yaml"


def load_or_create_local_key(path: Path | None = None) -> tuple[list[ApiKeyEntry], str | None]:
    """Keys for a local ``medgate serve`` with none configured.

    Returns the stored entries, plus the new plaintext key when one had to be
    generated (the caller prints it once; only its hash is written to disk).
    """
    path = path or user_key_file()
    if path.exists():
        entries = [ApiKeyEntry(**item) for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
        if entries:
            return entries, None
    key = "mg-" + secrets.token_urlsafe(32)
    entries = [ApiKeyEntry(tenant="local", key_sha256=hash_api_key(key))]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        yaml.safe_dump([e.model_dump() for e in entries], handle)
    return entries, key
