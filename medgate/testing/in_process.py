"""The gateway's app in this process, over stand-in engines, reached through httpx's ASGI transport.

Everything but the engine is real: auth, limits, the guards with the packaged policy and
classifier, the audit log and the metrics objects. Start-up takes a second or two (the
guard models load), requests a few milliseconds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from medgate.serving.app import create_app
from medgate.serving.config import Settings
from medgate.serving.engine_client import EngineClient
from medgate.serving.gateway import Gateway


@dataclass
class InProcessGateway:
    gateway: Gateway
    client: httpx.AsyncClient
    api_key: str

    def headers(self, key: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {key or self.api_key}"}


@asynccontextmanager
async def in_process_gateway(
    settings: Settings,
    engines: Mapping[str, EngineClient],
    api_key: str,
    guard_engines: Mapping[str, EngineClient] | None = None,
) -> AsyncIterator[InProcessGateway]:
    """``settings`` must configure ``api_key`` for some tenant and an audit directory of the test's own
    (and ``guard_engines`` each guard model it configures)."""
    gateway = Gateway.build(settings, engines, replica_id="in-process", guard_engines=guard_engines)
    transport = httpx.ASGITransport(app=create_app(gateway))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://medgate.test", timeout=60) as client:
            yield InProcessGateway(gateway, client, api_key)
    finally:
        gateway.close()


def settings_for_tests(audit_dir: Path, keys: Mapping[str, str], **overrides: object) -> Settings:
    """Settings for an in-process gateway: the given ``tenant: key`` pairs, one tiny model name, a private audit dir."""
    fields: dict[str, object] = {
        "api_keys": ",".join(f"{tenant}:{key}" for tenant, key in keys.items()),
        "audit": {
            "dir": str(audit_dir),
            "anchor_dir": str(audit_dir.parent / "anchors"),
            "secrets_dir": str(audit_dir.parent / "secrets"),
            "fsync": "never",
        },
        "models": [{"name": "fake-model", "max_model_len": 1024}],
        **overrides,
    }
    return Settings.model_validate(fields)
