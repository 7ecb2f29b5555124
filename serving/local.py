"""``medgate serve``: run the gateway on a local Ray instance until interrupted."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

from medgate.serving.auth import load_or_create_local_key, user_key_file
from medgate.serving.config import ModelConfig, Settings

_RAY_START_ATTEMPTS = 3


def prepare_settings(config: Path | None, *, model: Path | None, host: str | None, port: int | None) -> Settings:
    """Load settings and apply command-line overrides; create a local API key when none is configured."""
    settings = Settings.load(config)
    if model is not None:
        settings.models = [ModelConfig(name=model.expanduser().resolve().name, path=model)]
    if host is not None:
        settings.host = host
    if port is not None:
        settings.port = port
    if not settings.api_keys:
        entries, new_key = load_or_create_local_key()
        settings.api_keys = entries
        if new_key:
            print(f"No API key was configured. Generated one for tenant 'local' (shown once, only its hash is kept in "
                  f"{user_key_file()}):\n\n    {new_key}\n", flush=True)
        else:
            print(f"Using the API key stored (as a hash) in {user_key_file()}.", flush=True)
    return settings


def start(settings: Settings) -> None:
    """Start (or join) Ray and deploy the application; returns once every deployment is running."""
    import ray
    from ray import serve

    from medgate.serving.builder import build_app

    if settings.ray.address is None:
        # Ray's metrics agent exports through the OpenTelemetry SDK, which OTEL_SDK_DISABLED (set by
        # medgate for guardrails-ai) would turn into a no-op: start Ray's own processes without it.
        # guardrails-ai stays off in every replica through medgate.guardrails.telemetry.
        otel = os.environ.pop("OTEL_SDK_DISABLED", None)
        for attempt in range(1, _RAY_START_ATTEMPTS + 1):
            try:
                ray.init(
                    num_cpus=settings.ray.num_cpus or max(4, os.cpu_count() or 1),
                    include_dashboard=False,
                    _metrics_export_port=settings.ray.metrics_export_port,
                    runtime_env={"env_vars": {"RAY_USAGE_STATS_ENABLED": "0"}},
                    log_to_driver=os.environ.get("MEDGATE_RAY_LOGS", "0") == "1",
                )
                break
            except Exception as exc:  # Ray gives its raylet 30 s to register: a busy machine can miss that
                ray.shutdown()
                if attempt == _RAY_START_ATTEMPTS:
                    raise
                print(f"Ray did not start ({exc}); retrying ({attempt}/{_RAY_START_ATTEMPTS})...", flush=True)
        if otel is not None:
            os.environ["OTEL_SDK_DISABLED"] = otel
    else:
        ray.init(address=settings.ray.address)
    serve.start(http_options={"host": settings.host, "port": settings.port})
    serve.run(build_app(settings), name="medgate", route_prefix="/", blocking=False)


def serve_forever(settings: Settings) -> int:
    from ray import serve

    if any(m.embedded for m in settings.models):
        print("NOTE: serving the embedded tiny model with RANDOM weights: its answers are meaningless. "
              "Give a real checkpoint with `medgate serve --model PATH`.", flush=True)
    print("Starting Ray Serve and the engine (the first start takes a minute or two)...", flush=True)
    start(settings)
    names = ", ".join(m.name for m in settings.models)
    print(f"medgate is ready on http://{settings.host}:{settings.port}/v1 (models: {names}). Ctrl-C stops it.", flush=True)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    stop.wait()
    print("Draining in-flight requests and shutting down...", flush=True)
    # Deleting the application first drains it: replicas stop taking requests and finish their in-flight ones
    # (up to limits.drain_timeout_s) while the HTTP proxy still streams their answers; serve.shutdown() alone
    # would kill the proxy, and with it every open connection, at once.
    serve.delete("medgate")
    serve.shutdown()
    return 0
