"""The gateway's ingress deployment: one Ray Serve replica running the app over its own Gateway.

Serve builds the ASGI app on the replica (``__serve_build_asgi_app__``), after the
constructor, so each replica's routes close over that replica's guards, limiter,
audit log and engine handles; the request path itself is ``completions.py``.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI
from ray import serve
from ray.serve.handle import DeploymentHandle

from medgate.serving.app import create_app
from medgate.serving.config import Settings
from medgate.serving.engine_client import ServeEngine
from medgate.serving.gateway import Gateway
from medgate.serving.rate_bank import BankClient

logger = logging.getLogger("medgate.gateway")


class GatewayIngress:
    """Deployed as ``serve.ingress()(GatewayIngress)`` (see builder.py)."""

    def __init__(
        self,
        settings: Settings,
        engines: dict[str, DeploymentHandle],
        guard_engines: dict[str, DeploymentHandle] | None = None,
    ) -> None:
        self.gateway = Gateway.build(
            settings,
            {name: ServeEngine(handle) for name, handle in engines.items()},
            replica_id=serve.get_replica_context().replica_id.unique_id,
            bank=shared_rate_bank(),
            guard_engines={name: ServeEngine(handle) for name, handle in (guard_engines or {}).items()},
        )

    def __serve_build_asgi_app__(self) -> FastAPI:
        return create_app(self.gateway)

    def __del__(self) -> None:  # Serve calls it when the replica shuts down
        if (gateway := getattr(self, "gateway", None)) is not None:
            gateway.close()


def shared_rate_bank() -> BankClient | None:
    """The bank that shares tenant rates across gateway replicas; without it this replica limits alone (logged)."""
    try:
        return BankClient()
    except Exception as exc:  # noqa: BLE001 - a replica must still start (and still limit) without the bank
        logger.warning("shared rate bank could not be started (%s): tenant rates are per replica", type(exc).__name__)
        return None
