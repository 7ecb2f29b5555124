"""The Serve application builder, shared by ``medgate serve`` and production Serve configs.

Production (``serve deploy`` / KubeRay ``serveConfigV2``)::

    applications:
      - name: medgate
        route_prefix: /
        import_path: medgate.serving.builder:app_builder
        args: {config: /etc/medgate/config.yaml}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ray import serve
from ray.serve.deployment import Application

from medgate.guardrails import GuardPolicy
from medgate.serving.config import ModelConfig, Settings
from medgate.serving.engine import engine_deployment
from medgate.serving.guard_engine import guard_deployment
from medgate.serving.ingress import GatewayIngress
from medgate.serving.integrity import verify_manifest
from medgate.serving.tiny_model import ensure_tiny_model


def resolve_model_path(model: ModelConfig) -> Path:
    """The directory to load: the embedded model (built on first use) or a checked real checkpoint."""
    if model.path is None:
        return ensure_tiny_model()
    path = model.path.expanduser().resolve()
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"model '{model.name}': {path} is not a model directory (no config.json)")
    if model.sha256_manifest is not None:
        verify_manifest(path, model.sha256_manifest)
    return path


def build_app(settings: Settings) -> Application:
    if not settings.api_keys:
        raise ValueError("no API keys configured: set api_keys in the config file or MEDGATE_API_KEYS")
    GuardPolicy.load(settings.guard_policy)  # a broken policy fails here, not in every replica
    engines = {
        model.name: engine_deployment(model, resolve_model_path(model), settings.limits) for model in settings.models
    }
    guards = {
        model.name: guard_deployment(model, resolve_model_path(model), settings.limits)
        for model in settings.guard_models
    }
    gateway = serve.deployment(
        serve.ingress()(GatewayIngress),
        name="Gateway",
        ray_actor_options={"num_cpus": settings.gateway.num_cpus},
        max_ongoing_requests=settings.gateway.max_ongoing_requests,
        max_queued_requests=settings.limits.gateway_max_queued_requests,  # per HTTP proxy; beyond: 503
        backpressure_config={"status_code": 503, "retry_after_s": settings.limits.retry_after_s},
        graceful_shutdown_timeout_s=settings.limits.drain_timeout_s,
        autoscaling_config={
            "min_replicas": max(1, settings.gateway.replicas.min),
            "max_replicas": settings.gateway.replicas.max,
            "target_ongoing_requests": settings.gateway.replicas.target_ongoing_requests,
        },
    )
    return gateway.bind(settings, engines, guards)


def app_builder(args: dict[str, Any]) -> Application:
    """Entry point for Serve config files: ``args: {config: PATH}``."""
    config = args.get("config")
    return build_app(Settings.load(Path(config) if config else None))
